// Small helpers shared by the extension-host tests: open a workspace file, wait for the language
// server, find positions by text (so tests survive edits to the examples' line numbers).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'tracewright.tracewright';

/** The first workspace folder: the harness opens a scratch copy of the group's workspace. */
export function workspaceUri(relativePath: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Polls `probe` until it returns something other than undefined (or throws after `timeoutMs`). */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (error) {
            last = error;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * Opens a workspace `.req` file in an editor and waits until the language server answers for it
 * (its document symbols arrive), which also proves the extension activated on the language.
 */
export async function openReq(relativePath: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'tracewright', `${relativePath} did not get the tracewright language`);
    await waitFor(`the language server to answer for ${relativePath}`, async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
        return symbols && symbols.length > 0 ? symbols : undefined;
    }, 60_000);
    return document;
}

/** The position of the `occurrence`-th (0-based) `needle` in the document, moved `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = document.getText().indexOf(needle, index + 1);
        assert.ok(index >= 0, `'${needle}' occurs fewer than ${occurrence + 1} times in ${document.uri.path}`);
    }
    return document.positionAt(index + offset);
}

/** The position just after `needle`. */
export function positionAfter(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
    return positionOf(document, needle, needle.length, occurrence);
}

/** Workspace-relative path of a URI, for readable assertions. */
export function relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
}

/** Text of hover contents, whatever shape (MarkdownString or MarkedString) the client gives. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
}

/** The diagnostics VS Code currently shows for a workspace file. */
export function diagnosticsOf(relativePath: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(workspaceUri(relativePath));
}

/**
 * Waits until the diagnostics of a file satisfy `predicate`, e.g. a coverage warning appearing in
 * one file after an edit in another. Diagnostics are pushed asynchronously, so never read them once.
 */
export async function waitForDiagnostics(relativePath: string, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
    return waitFor(`${relativePath}: ${what}`, () => {
        const diagnostics = diagnosticsOf(relativePath);
        return predicate(diagnostics) ? diagnostics : undefined;
    }, timeoutMs).catch(error => {
        const shown = diagnosticsOf(relativePath).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n  ');
        throw new Error(`${error instanceof Error ? error.message : String(error)}; shown:\n  ${shown || '(none)'}`);
    });
}

/** Replaces the first `search` in an open document with `replacement`, unsaved, as typing would. */
export async function replaceText(document: vscode.TextDocument, search: string, replacement: string): Promise<void> {
    const start = positionOf(document, search);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(start, start.translate(0, search.length)), replacement);
    assert.ok(await vscode.workspace.applyEdit(edit), `could not edit ${relative(document.uri)}`);
}

/** Every `.req` file of the workspace, workspace-relative and sorted. */
export async function reqFiles(): Promise<string[]> {
    return (await vscode.workspace.findFiles('**/*.req')).map(relative).sort();
}

/** Error-level diagnostics over the whole workspace, as `file:line:col message` lines. */
export function workspaceErrors(): string[] {
    return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics
        .filter(d => d.severity === vscode.DiagnosticSeverity.Error)
        .map(d => `${relative(uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`));
}
