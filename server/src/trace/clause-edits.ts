import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/**
 * Text edits that add a line to an element's body, in the layout the element already has:
 * `story US1 "…"` gains a body, a one-line body gains ` clause` before its `}`, and a multi-line
 * body gains an indented line above its `}`.
 */
export function addToBody(node: AstNode, clause: string): WorkspaceEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const uri = AstUtils.getDocument(node).uri.toString();
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const closers = GrammarUtils.findNodesForKeyword(cst, '}');
    const close = closers[closers.length - 1];
    let edit: TextEdit;
    if (!open || !close) {
        edit = { range: { start: cst.range.end, end: cst.range.end }, newText: ` { ${clause} }` };
    } else if (open.range.start.line === close.range.start.line) {
        edit = { range: { start: close.range.start, end: close.range.start }, newText: `${clause} ` };
    } else {
        const text = AstUtils.getDocument(node).textDocument.getText();
        const lineStart = close.offset - close.range.start.character;
        const indent = /^[ \t]*/.exec(text.slice(lineStart, close.offset))?.[0] ?? '';
        const closeIsAlone = indent.length === close.range.start.character;
        const start = { line: close.range.start.line, character: closeIsAlone ? 0 : close.range.start.character };
        edit = { range: { start, end: start }, newText: closeIsAlone ? `${indent}  ${clause}\n` : `\n  ${clause}\n` };
    }
    return { changes: { [uri]: [edit] } };
}

/** Appends a block at the end of a document, separated by a blank line. */
export function appendToDocument(node: AstNode, block: string): WorkspaceEdit {
    const document = AstUtils.getDocument(node);
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { changes: { [document.uri.toString()]: [{ range: { start: end, end }, newText: `${separator}${block}\n` }] } };
}
