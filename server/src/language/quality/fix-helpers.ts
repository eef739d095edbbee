import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { NameRegistry } from '../tracewright-name-registry.js';

/** The innermost node of the given type under the start of a diagnostic. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, is: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(range.start);
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

/** A quick fix that edits one document. */
export function quickFix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: { changes: { [document.uri.toString()]: edits } }
    };
}

/** Text as a STRING token: quoted, with quotes and backslashes escaped. */
export function quoted(text: string): string {
    return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** `base`, or `base_2`, `base_3`... whichever is not yet declared anywhere in the workspace. */
export function unusedName(names: NameRegistry, base: string, first = 2, taken: ReadonlySet<string> = new Set()): string {
    const free = (name: string) => names.declarationsOf(name).length === 0 && !taken.has(name);
    if (first <= 1 && free(base)) return base;
    for (let n = Math.max(first, 2); ; n++) {
        if (free(`${base}_${n}`)) return `${base}_${n}`;
    }
}
