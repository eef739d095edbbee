import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';

/**
 * Trace code lenses count links from every file, so an edit in one file changes the lenses of
 * others. VS Code only asks again for the edited file; after each validated build this asks the
 * client to refresh all code lenses (when the client says it supports that).
 */
export function registerCodeLensRefresh(connection: Connection, shared: LangiumSharedServices): void {
    let supported = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        supported = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (supported) connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    });
}
