/**
 * Custom LSP requests between the VS Code client (and the preview) and the language server,
 * declared once as typed constants that both sides import. This module imports neither `vscode`
 * nor Langium, so the client bundle stays small.
 */
import { RequestType } from 'vscode-languageserver-protocol';

// ---------------------------------------------------------------- SQL (server/src/sql/, server/src/lsp/sql-handlers.ts)
import type { GenerateSqlParams, GenerateSqlResult, VerifySqlParams, VerifySqlResult } from './sql/sql-protocol.js';
export type { GenerateSqlParams, GenerateSqlResult, SqlDialectName, SqlModelMessage, VerifySqlParams, VerifySqlResult } from './sql/sql-protocol.js';

/** The DDL script of a document's workspace, in the requested dialect or the `tracewright.sql.dialect` setting. */
export const GenerateSqlRequest = new RequestType<GenerateSqlParams, GenerateSqlResult, void>('tracewright/generateSql');
/** Runs that script on a real engine (PGlite, sql.js, MariaDB) and returns database errors placed on the model. */
export const VerifySqlRequest = new RequestType<VerifySqlParams, VerifySqlResult, void>('tracewright/verifySql');

// ---------------------------------------------------------------- preview (server/src/diagram/)
import type { PreviewData, PreviewDataParams } from './diagram/preview-protocol.js';
export type { PickerItem, PreviewData, PreviewDataParams, SliceRequest } from './diagram/preview-protocol.js';

/** The preview panel's data for one document: Mermaid source of a slice, pickers, click targets, overlay. */
export const PreviewDataRequest = new RequestType<PreviewDataParams, PreviewData, void>('tracewright/previewData');

// ---------------------------------------------------------------- traceability (server/src/trace/)
import type { TraceMatrix, TraceMatrixParams } from './trace/trace-matrix-types.js';
export type * from './trace/trace-matrix-types.js';

/** The traceability matrix of the document's workspace (goals, items, data, CRUD, gaps); see trace-matrix-types.ts. */
export const TraceMatrixRequest = new RequestType<TraceMatrixParams, TraceMatrix, void>('tracewright/traceMatrix');
