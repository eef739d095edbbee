/**
 * Custom LSP requests between the VS Code client (and the preview) and the language server,
 * declared once as typed constants that both sides import. This module imports neither `vscode`
 * nor Langium, so the client bundle stays small.
 */
import { RequestType } from 'vscode-languageserver-protocol';

void RequestType;
