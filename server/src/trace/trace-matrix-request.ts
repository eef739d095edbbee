import { DocumentState, URI } from 'langium';
import type { TracewrightServices } from '../language/tracewright-module.js';
import type { TraceMatrix, TraceMatrixParams } from './trace-matrix-types.js';
import { workspaceTraceMatrix } from './workspace-matrix.js';

/**
 * Handles `tracewright/traceMatrix`: waits until the document's workspace is validated (so gaps are
 * current), then returns the matrix with file locations as URIs the client can open.
 */
export async function traceMatrixFor(services: TracewrightServices, params: TraceMatrixParams): Promise<TraceMatrix> {
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, URI.parse(params.uri));
    return workspaceTraceMatrix(services, uri => uri.toString());
}
