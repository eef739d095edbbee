import { CstUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, FormattingOptions, Range, TextEdit
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { computeLayout, type Layout } from './formatting/layout.js';

/**
 * The canonical layout, computed token by token: the formatter only ever changes the whitespace
 * between two tokens (or a token and a comment), so it cannot lose or reorder anything the user
 * wrote. A file with syntax errors is left untouched: its structure is a guess.
 */
export class TracewrightFormatter implements Formatter {

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return this.format(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.format(document, params.options).filter(edit => contains(params.range, edit.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private format(document: LangiumDocument, options: FormattingOptions): TextEdit[] {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        const root = value.$cstNode;
        if (lexerErrors.length > 0 || parserErrors.length > 0 || !root || !ast.isModel(value)) return [];
        const text = document.textDocument.getText();
        const tokens = CstUtils.flattenCst(root).toArray();
        const layout = computeLayout(value, tokens);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const indentUnit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 2);
        const edits: TextEdit[] = [];
        const replaceGap = (start: number, end: number, wanted: string) => {
            if (text.slice(start, end) !== wanted) {
                edits.push({ range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: wanted });
            }
        };
        replaceGap(0, tokens[0]?.offset ?? text.length, '');
        for (let i = 1; i < tokens.length; i++) {
            const previous = tokens[i - 1];
            const gap = text.slice(previous.end, tokens[i].offset);
            replaceGap(previous.end, tokens[i].offset, wantedGap(layout, previous, tokens[i], gap, eol, indentUnit));
        }
        const last = tokens[tokens.length - 1];
        if (last) replaceGap(last.end, text.length, eol);
        return edits;
    }
}

/** The whitespace that belongs between two adjacent tokens. */
function wantedGap(layout: Layout, previous: CstNode, token: CstNode, gap: string, eol: string, indentUnit: string): string {
    // A lone \r (old Mac line ends) ends a line comment too; counting only \n joined `// a\r// b` into one comment.
    const existingLines = (gap.match(/\r\n|\r|\n/g) ?? []).length;
    const lines = (min: number) => eol.repeat(Math.min(Math.max(existingLines, min), 2));
    const indent = indentUnit.repeat(layout.depthOf(token));
    const previousIsLineComment = isComment(previous) && previous.text.startsWith('//');
    if (isComment(token)) {
        return existingLines > 0 ? lines(1) + indent : ' ';
    }
    const spacing = layout.spacingBefore(previous, token);
    if (spacing === 'element') return lines(1) + indent;
    if (spacing === 'line') return lines(1) + indent;
    if (previousIsLineComment || (isComment(previous) && existingLines > 0)) return lines(1) + indent;
    return spacing === 'none' ? '' : ' ';
}

function isComment(node: CstNode): boolean {
    return node.hidden;
}

function contains(outer: Range, inner: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
