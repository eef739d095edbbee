/**
 * Custom LSP requests between the VS Code client (and the preview) and the language server,
 * declared once as typed constants that both sides import. This module imports neither `vscode`
 * nor Langium, so the client bundle stays small.
 */
import { RequestType } from 'vscode-languageserver-protocol';

void RequestType;

// ---------------------------------------------------------------- preview (server/src/diagram/)
import type { PreviewData, PreviewDataParams } from './diagram/preview-protocol.js';
export type { PickerItem, PreviewData, PreviewDataParams, SliceRequest } from './diagram/preview-protocol.js';

/** The preview panel's data for one document: Mermaid source of a slice, pickers, click targets, overlay. */
export const PreviewDataRequest = new RequestType<PreviewDataParams, PreviewData, void>('tracewright/previewData');
