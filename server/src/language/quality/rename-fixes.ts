import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TracewrightServices } from '../tracewright-module.js';

/**
 * plural-entity-name, inconsistent-name-case: rename the element everywhere it is referenced, through
 * the rename provider, to the name the validator suggested in the diagnostic's data.
 */
export function renameTo(services: TracewrightServices) {
    return async (diagnostic: Diagnostic, document: LangiumDocument): Promise<CodeAction[]> => {
        const newName = (diagnostic.data as { rename?: unknown } | undefined)?.rename;
        const renamer = services.lsp.RenameProvider;
        if (typeof newName !== 'string' || !renamer) return [];
        const edit = await renamer.rename(document, { textDocument: { uri: document.uri.toString() }, position: diagnostic.range.start, newName });
        if (!edit) return [];
        return [{ title: `Rename to '${newName}' everywhere`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit }];
    };
}
