import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';

/** Builds the quick fixes for one diagnostic of a given rule. */
export type QuickFix = (diagnostic: Diagnostic, document: LangiumDocument) => MaybePromise<CodeAction[] | undefined>;

/**
 * Quick fixes are looked up by the diagnostic's rule id (its `code`). Each concern registers its own
 * fixes in `tracewright-quick-fixes.ts`; this class only dispatches.
 */
export class TracewrightCodeActionProvider implements CodeActionProvider {
    private readonly fixes = new Map<string, QuickFix[]>();

    register(ruleId: string, fix: QuickFix): void {
        this.fixes.set(ruleId, [...(this.fixes.get(ruleId) ?? []), fix]);
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            for (const fix of (ruleId && this.fixes.get(ruleId)) || []) {
                actions.push(...(await fix(diagnostic, document) ?? []));
            }
        }
        return actions;
    }
}
