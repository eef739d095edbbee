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
    const configuration = shared.workspace.ConfigurationProvider;
    const applyRuleSettings = async (section: unknown) => {
        const problems = services.rules.RuleSettings.update(section);
        for (const problem of problems) connection.window.showWarningMessage(`Tracewright settings: ${problem}`);
        await revalidateAll(shared);
    };
    configuration.onConfigurationSectionUpdate(async update => {
        if (update.section === 'tracewright') await applyRuleSettings(update.configuration);
    });
    // Langium fetches the settings once at start without raising an update: apply those too, so clients
    // that never push a configuration change (Neovim, for one) still get the user's rules.
    void configuration.ready.then(async () => {
        const keys = ['rules', 'coverage', 'quality'] as const;
        const values = await Promise.all(keys.map(key => configuration.getConfiguration('tracewright', key)));
        if (values.some(value => value !== undefined)) await applyRuleSettings(Object.fromEntries(keys.map((key, i) => [key, values[i]])));
    });
    connection.onRequest(PreviewDataRequest, (params: PreviewDataParams) => previewDataFor(shared, params));
    registerSqlHandlers(connection, shared, services);
    connection.onRequest(TraceMatrixRequest, (params: TraceMatrixParams) => traceMatrixFor(services, params));
    registerCodeLensRefresh(connection, shared);
}

/**
 * Runs validation again on every document, e.g. after a rule was re-graded in settings. Under the
 * workspace lock, so it never interleaves with an edit's build; back to IndexedReferences only, so
 * links and the reference index are kept.
 */
export async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceLock.write(async token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        const builder = shared.workspace.DocumentBuilder;
        for (const document of documents) {
            if (document.state > DocumentState.IndexedReferences) builder.resetToState(document, DocumentState.IndexedReferences);
        }
        await builder.build(documents, { validation: true }, token);
    });
}
