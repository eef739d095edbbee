import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { TracewrightServices } from '../language/tracewright-module.js';
import { registerSqlHandlers } from './sql-handlers.js';
import { previewDataFor } from '../diagram/preview-data.js';
import { PreviewDataRequest, TraceMatrixRequest, type PreviewDataParams, type TraceMatrixParams } from '../protocol.js';
import { traceMatrixFor } from '../trace/trace-matrix-request.js';
import { registerCodeLensRefresh } from '../trace/code-lens-refresh.js';

/**
 * Connection-level wiring beyond what Langium does: rule settings from the client, and (later)
 * custom requests. Handlers are plain functions of the services so tests can call them directly.
 */
export function registerServerHandlers(connection: Connection, shared: LangiumSharedServices, services: TracewrightServices): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'tracewright') return;
        const problems = services.rules.RuleSettings.update(update.configuration);
        for (const problem of problems) connection.window.showWarningMessage(`Tracewright settings: ${problem}`);
        await revalidateAll(shared);
    });
    // By method name: the connection's vscode-jsonrpc copy differs from protocol.ts's, so the RequestType objects don't type-match.
    connection.onRequest(PreviewDataRequest.method, (params: PreviewDataParams) => previewDataFor(shared, params));
    registerSqlHandlers(connection, shared, services);
    connection.onRequest(TraceMatrixRequest.method, (params: TraceMatrixParams) => traceMatrixFor(services, params));
    registerCodeLensRefresh(connection, shared);
}

/** Runs validation again on every document, e.g. after a rule was re-graded in settings. */
export async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    const builder = shared.workspace.DocumentBuilder;
    for (const document of documents) {
        if (document.state > DocumentState.Linked) builder.resetToState(document, DocumentState.Linked);
    }
    await builder.build(documents, { validation: true });
}
