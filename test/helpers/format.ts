import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace } from './workspace.js';

/** Formats `text` as the language server would, returning the new text and the number of edits. */
export async function formatText(text: string, options = { tabSize: 2, insertSpaces: true }): Promise<{ text: string, edits: number }> {
    const ws = await buildWorkspace({ 'format.req': text });
    const document = ws.documentOf('format.req');
    const edits = await ws.Tracewright.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return { text: TextDocument.applyEdits(document.textDocument, edits), edits: edits.length };
}
