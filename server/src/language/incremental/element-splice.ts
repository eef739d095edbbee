import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, LeafCstNode, ParseResult, RootCstNode } from 'langium';
import type { Element, Model } from '../../generated/ast.js';
import { collectLeaves, leavesOf } from '../parser/cst-leaves.js';
import { skeleton } from './document-change.js';

/**
 * An edit of a big file read again one element at a time: when the text changed only inside one
 * top-level element, that element alone is parsed again and put in place of the old one. The rest of
 * the tree stays as it is; the tokens after the edit move by the number of characters it added or
 * removed. The result is the tree a parse of the whole new text gives (the tests compare both object
 * by object), at the cost of parsing one element instead of the file, which is what lets typing stay
 * instant in a file of 10,000 requirements.
 *
 * Two kinds of edit are spliced (`SpliceKind`):
 * - `prose`: only the wording of the element's prose changed (a keystroke in a statement). The builder
 *   keeps the rest of the tree's resolved references and index entries, and links only the new element.
 * - `lines-kept`: anything inside the element that keeps its lines (a name typed, a trace added on an
 *   existing line). The builder replaces the element's index entries and resolves again only the
 *   references to its old nodes and the failed ones, in every document; the whole-workspace analyses
 *   are rebuilt and every document is validated again.
 * Either way no line number after the element changes; only tokens on the element's last line after
 * it change column.
 */
export type SpliceKind = 'prose' | 'lines-kept';

export interface ElementSplice {
    readonly document: LangiumDocument;
    readonly text: string;
    readonly index: number;
    readonly before: Element;
    readonly after: Element;
    /** Characters added (or, negative, removed) by the edit. */
    readonly delta: number;
    /** The new element's text, which its values and names are read from (not a slice of `text`). */
    readonly elementText: string;
    /** The document's text before the edit. */
    readonly oldText: string;
}

/** Parses valid text the fast way, or answers undefined (any error, or a choice left to Langium). */
export type ValidTextParser = (text: string) => ParseResult<Model> | undefined;

/** The splice that turns the document's tree into the tree of `text`, or undefined when the edit is not of that kind or reaches beyond one element. */
export function planElementSplice(document: LangiumDocument, text: string, parseValid: ValidTextParser, kind: SpliceKind = 'prose'): ElementSplice | undefined {
    const { value, lexerErrors, parserErrors } = document.parseResult;
    const model = value as Partial<Model>;
    const root = model.$cstNode as RootCstNode | undefined;
    if (model.$type !== 'Model' || !root || !Array.isArray(model.elements) || lexerErrors.length > 0 || parserErrors.length > 0) return undefined;
    const old = root.fullText;
    if (old === text) return undefined;
    const start = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, start);
    const index = elementAt(model.elements, start);
    if (index < 0) return undefined;
    const before = model.elements[index];
    const cst = before.$cstNode!;
    // The edit must lie inside the element: its text before the edit ends at `old.length - suffix`.
    if (old.length - suffix > cst.end) return undefined;
    const delta = text.length - old.length;
    const next = model.elements[index + 1]?.$cstNode;
    if (next && next.range.start.line === cst.range.end.line) return undefined; // the next element would move sideways
    const elementText = detached(text.substring(cst.offset, cst.end + delta));
    const parsed = parseValid(elementText);
    if (!parsed || parsed.value.elements.length !== 1 || (parsed.value.$cstNode as RootCstNode).content.length !== 1) return undefined;
    const after = parsed.value.elements[0];
    // Starts and ends where the old element did: text added before its first token or after its last
    // (line breaks, comments) moves what follows in ways only a parse of the file places.
    if (after.$cstNode!.offset !== 0 || after.$cstNode!.end !== cst.end + delta - cst.offset) return undefined;
    if (after.$type !== before.$type) return undefined;
    if (kind === 'prose' ? skeleton(after) !== skeleton(before) : lineCount(after.$cstNode!) !== lineCount(cst)) return undefined;
    return { document, text, index, before, after, delta, elementText, oldText: old };
}

function lineCount(cst: CstNode): number {
    const { start, end } = cst.range;
    return end.line - start.line;
}

/**
 * A copy of a short piece of a long text. V8 makes a substring a view of the whole text, and the new
 * element's values (its statement, names) are substrings of what it was parsed from: a view would keep
 * the whole file as it was at that keystroke alive for as long as the element lives, one file per
 * edited element. Slicing a concatenation copies the piece into a string of its own first.
 */
function detached(piece: string): string {
    return (piece + ' ').slice(0, -1);
}

/** Puts the new element in place of the old one, in the AST and the CST, and moves the tokens after it. */
export function applyElementSplice(splice: ElementSplice): void {
    const { document, text, index, before, after, delta } = splice;
    const model = document.parseResult.value as Model;
    const root = model.$cstNode as RootCstNode;
    const oldCst = before.$cstNode as CompositeCstNode;
    const { start, end: oldEnd } = oldCst.range;
    const newCst = after.$cstNode as CompositeCstNode;
    moveElement(newCst, oldCst.offset, start.line, start.character);
    const columnDelta = newCst.range.end.character - oldEnd.character;

    // The leaf list of the tree before the splice, then with the new element's leaves in place of the old one's.
    const leaves = leavesOf(root);
    const first = indexOfLeaf(leaves, firstLeaf(oldCst));
    const newLeaves = collectLeaves(newCst, []);
    leaves.splice(first, countLeaves(oldCst), ...newLeaves);
    shiftLeaves(leaves, first + newLeaves.length, delta, oldEnd.line, columnDelta);

    const content = root.content as CstNode[];
    content[content.indexOf(oldCst)] = newCst;
    (newCst as { container?: CompositeCstNode }).container = root;
    const fields = root as unknown as { _text: string; _rangeCache: unknown };
    fields._text = text;
    fields._rangeCache = undefined;

    model.elements[index] = after;
    const node = after as AstNode as { $container: AstNode; $containerProperty: string; $containerIndex: number };
    node.$container = model;
    node.$containerProperty = 'elements';
    node.$containerIndex = index;
    // A new parse result object: what was computed for the old one (element snapshots) is not reused.
    document.parseResult = { ...document.parseResult };
}

/**
 * After a splice failed part way (a bug): the tree says it was read from the old text again, so the
 * next update parses the whole new text instead of taking the half-spliced tree for it.
 */
export function abandonElementSplice(splice: ElementSplice): void {
    const root = (splice.document.parseResult.value as Model).$cstNode as unknown as { _text: string; _rangeCache: unknown };
    root._text = splice.oldText;
}

interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/** From the element's own text (offset 0, line 0) to where it stands in the file. */
function moveElement(node: CstNode, offset: number, line: number, column: number): void {
    if (isComposite(node)) {
        (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
        for (const child of node.content) moveElement(child, offset, line, column);
        return;
    }
    const leaf = node as unknown as LeafFields;
    leaf._offset += offset;
    if (leaf._startLine === 0) leaf._startColumn += column;
    if (leaf._endLine === 0) leaf._endColumn += column;
    leaf._startLine += line;
    leaf._endLine += line;
}

function countLeaves(node: CstNode): number {
    const content = (node as Partial<CompositeCstNode>).content;
    if (content === undefined) return 1;
    let count = 0;
    for (let i = 0; i < content.length; i++) count += countLeaves(content[i]);
    return count;
}

/** The first leaf of a subtree, hidden or not (an element's composite nodes are never empty). */
function firstLeaf(node: CstNode): LeafCstNode {
    let current = node;
    while ((current as Partial<CompositeCstNode>).content !== undefined) current = (current as CompositeCstNode).content[0];
    return current as LeafCstNode;
}

/** The index of `leaf` in a text-ordered list of leaves, found by its offset. */
function indexOfLeaf(leaves: readonly LeafCstNode[], leaf: LeafCstNode): number {
    let low = 0, high = leaves.length - 1;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (leaves[mid].offset < leaf.offset) low = mid + 1; else high = mid;
    }
    if (leaves[low] !== leaf) throw new Error('Tracewright element splice: the leaf list is out of step with the tree.');
    return low;
}

/**
 * The leaves after the edited element: `delta` characters further, and sideways if they are on the
 * element's last line (nothing after the element starts before that line, and what ends on it starts on it).
 */
function shiftLeaves(leaves: readonly LeafCstNode[], from: number, delta: number, line: number, columnDelta: number): void {
    for (let i = from; i < leaves.length; i++) {
        const leaf = leaves[i] as unknown as LeafFields;
        leaf._offset += delta;
        if (leaf._startLine === line) {
            leaf._startColumn += columnDelta;
            if (leaf._endLine === line) leaf._endColumn += columnDelta;
        }
    }
}

function isComposite(node: CstNode): node is CompositeCstNode {
    return Array.isArray((node as Partial<CompositeCstNode>).content);
}

/** The last element starting at or before `offset`, by binary search (-1 when none does). */
function elementAt(elements: readonly Element[], offset: number): number {
    let low = 0, high = elements.length - 1, found = -1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const cst = elements[mid].$cstNode;
        if (!cst) return -1;
        if (cst.offset <= offset) {
            found = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return found;
}

/** Compared a block at a time: a block comparison is one native call, so a 10 MB file costs a few milliseconds. */
const block = 4096;

function commonPrefix(a: string, b: string): number {
    const max = Math.min(a.length, b.length);
    let at = 0;
    while (at + block <= max && a.substring(at, at + block) === b.substring(at, at + block)) at += block;
    while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
    return at;
}

/** The length of the common end of both texts that does not reach into their first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
    const max = Math.min(a.length, b.length) - prefix;
    let length = 0;
    while (length + block <= max && a.substring(a.length - length - block, a.length - length) === b.substring(b.length - length - block, b.length - length)) length += block;
    while (length < max && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
    return length;
}
