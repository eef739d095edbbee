import { CstUtils, GrammarUtils, ValueConverter, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Model } from '../../generated/ast.js';

/**
 * How an edit changed a document, seen from the other documents of the workspace.
 *
 * - `prose`: only the wording inside prose strings changed (a statement, a title, a description),
 *   at the listed top-level elements; every name, reference, keyword, value and line stayed where it
 *   was. Other documents can then only be affected through references to those elements.
 * - `structural`: anything else. Names, references or positions may have moved, so workspace-wide
 *   rules (duplicate names, coverage, ...) may now say something else anywhere.
 *
 * Architecture invariant: no workspace-wide rule reads the *wording* of a prose property of another
 * element (it may read whether it is blank: that is part of the skeleton). A rule that needs more
 * must take its property out of `proseProperties`.
 */
export type DocumentChange = { kind: 'prose'; elements: number[] } | { kind: 'structural' };

/** STRING properties whose wording only local rules read. `release` is not here: release planning rules compare it. */
const proseProperties = new Set([
    'statement', 'rationale', 'fit', 'title', 'description', 'measures', 'want', 'benefit', 'given', 'when', 'then', 'verb'
]);

export interface ElementSnapshot {
    node: AstNode;
    text: string;
    /** 0-based line and character of the element's first token, and the line of its last. */
    line: number;
    column: number;
    endLine: number;
}

/**
 * The top-level elements of a parsed document with their text and where they start and end, read from
 * the syntax tree (its tokens know their lines; scanning a 2.5 MB file for line breaks cost more).
 */
export function snapshotElements(document: LangiumDocument): ElementSnapshot[] {
    const model = document.parseResult.value as Partial<Model>;
    const root = model.$cstNode?.root;
    if (!root || !Array.isArray(model.elements)) return [];
    const text = root.fullText;
    const snapshots: ElementSnapshot[] = [];
    for (const element of model.elements) {
        const cst = element.$cstNode;
        if (!cst) continue;
        // What `cst.offset`, `cst.end` and `cst.range` say, read from the first and last token (the
        // composite nodes' getters walk down to them once each and allocate a range for each element).
        const first = edgeToken(cst, 'first'), last = edgeToken(cst, 'last');
        const start = first.range.start, end = last.range.end;
        snapshots.push({ node: element, text: text.substring(first.offset, last.end), line: start.line, column: start.character, endLine: Math.max(end.line, start.line) });
    }
    return snapshots;
}

/** The first or last token of a node that is not a comment, as Langium's composite nodes find it. */
function edgeToken(cst: CstNode, edge: 'first' | 'last'): CstNode {
    let current = cst;
    while (isCompositeCstNode(current) && current.content.length > 0) {
        const content = current.content;
        let next = edge === 'first' ? content[0] : content[content.length - 1];
        if (edge === 'first') {
            for (let i = 0; i < content.length; i++) if (!content[i].hidden) { next = content[i]; break; }
        } else {
            for (let i = content.length - 1; i >= 0; i--) if (!content[i].hidden) { next = content[i]; break; }
        }
        current = next;
    }
    return current;
}

/** The snapshot after element `index` was parsed again in place: it starts and ends on the lines it did (element-splice.ts). */
export function withElementReplaced(snapshots: readonly ElementSnapshot[], index: number, node: AstNode, text: string): ElementSnapshot[] {
    const copy = snapshots.slice();
    copy[index] = { ...snapshots[index], node, text };
    return copy;
}

export function classifyChange(before: readonly ElementSnapshot[], after: readonly ElementSnapshot[]): DocumentChange {
    if (before.length !== after.length) return { kind: 'structural' };
    const elements: number[] = [];
    for (let i = 0; i < before.length; i++) {
        if (before[i].line !== after[i].line) return { kind: 'structural' };
        if (before[i].text === after[i].text) continue;
        if (skeleton(before[i].node) !== skeleton(after[i].node)) return { kind: 'structural' };
        elements.push(i);
    }
    return { kind: 'prose', elements };
}

/**
 * The element's tokens with their line (relative to the element), prose strings reduced to
 * "blank" or "text". Two elements with the same skeleton differ only in the wording of prose.
 */
export function skeleton(node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return '';
    const startLine = cst.range.start.line;
    const parts: string[] = [];
    for (const child of CstUtils.streamCst(cst)) {
        if (!isLeafCstNode(child) || child.hidden) continue;
        const line = child.range.start.line - startLine;
        let image = child.text;
        if (child.tokenType.name === 'STRING') {
            const feature = GrammarUtils.findAssignment(child)?.feature;
            const newlines = image.split('\n').length - 1;
            // Blank as the rules see it: the converted value (`"\t"` is blank too).
            if (feature && proseProperties.has(feature)) image = `${ValueConverter.convertString(image).trim() ? 'text' : 'blank'}+${newlines}`;
        }
        parts.push(`${line}:${image}`);
    }
    return parts.join(' ');
}
