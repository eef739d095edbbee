import type { GenerateSqlResult, PreviewData, PreviewDataParams, TraceMatrix, VerifySqlResult } from '../../../server/src/protocol.js';
import { GenerateSqlRequest, PreviewDataRequest, TraceMatrixRequest, VerifySqlRequest } from '../../../server/src/protocol.js';
import { requireLanguageClient } from '../language-client.js';
import type { SqlDialect } from './preview-messages.js';

/** The language-server requests the preview uses, typed by the constants in protocol.ts. */
export const previewBackend = {
    previewData: (params: PreviewDataParams): Promise<PreviewData> =>
        requireLanguageClient().sendRequest(PreviewDataRequest, params),
    generateSql: (uri: string, dialect: SqlDialect): Promise<GenerateSqlResult> =>
        requireLanguageClient().sendRequest(GenerateSqlRequest, { uri, dialect }),
    verifySql: (uri: string, dialect: SqlDialect): Promise<VerifySqlResult> =>
        requireLanguageClient().sendRequest(VerifySqlRequest, { uri, dialect }),
    traceMatrix: (uri: string): Promise<TraceMatrix> =>
        requireLanguageClient().sendRequest(TraceMatrixRequest, { uri })
};
export type PreviewBackend = typeof previewBackend;
