import type { GenerateSqlResult, PreviewData, PreviewDataParams, TraceMatrix, VerifySqlResult } from '../../../server/src/protocol.js';
import { GenerateSqlRequest, PreviewDataRequest, TraceMatrixRequest, VerifySqlRequest } from '../../../server/src/protocol.js';
import { requireLanguageClient } from '../language-client.js';
import type { SqlDialect } from './preview-messages.js';

/**
 * The language-server requests the preview uses. Sent by method name: the client's copy of
 * vscode-jsonrpc differs from the one protocol.ts imports, so the RequestType objects don't type-match.
 */
export const previewBackend = {
    previewData: (params: PreviewDataParams): Promise<PreviewData> =>
        requireLanguageClient().sendRequest<PreviewData>(PreviewDataRequest.method, params),
    generateSql: (uri: string, dialect: SqlDialect): Promise<GenerateSqlResult> =>
        requireLanguageClient().sendRequest<GenerateSqlResult>(GenerateSqlRequest.method, { uri, dialect }),
    verifySql: (uri: string, dialect: SqlDialect): Promise<VerifySqlResult> =>
        requireLanguageClient().sendRequest<VerifySqlResult>(VerifySqlRequest.method, { uri, dialect }),
    traceMatrix: (uri: string): Promise<TraceMatrix> =>
        requireLanguageClient().sendRequest<TraceMatrix>(TraceMatrixRequest.method, { uri })
};
export type PreviewBackend = typeof previewBackend;
