import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cancellation, DocumentState, OperationCancelled, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTracewrightServices } from '../../server/src/language/tracewright-module.js';

// The language server's first build of a workspace folder (WorkspaceManager.initializeWorkspace),
// and what happens when an editor opens a file while it runs: the open cancels the build, and
// Langium resumes a cancelled build with the options it started with.

const model = 'entity Customer {\n    id: int pk\n    email: text\n}\n';
const needs = 'requirement R1 functional "The system shall store the customer\'s email." {\n    traces Customer.emial\n}\n';
let folder: string | undefined;

afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

function startOn(files: Record<string, string>) {
    folder = mkdtempSync(join(tmpdir(), 'tracewright-first-build-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const { shared } = createTracewrightServices(NodeFileSystem);
    const manager = shared.workspace.WorkspaceManager;
    const folders = [{ uri: pathToFileURL(folder).href, name: 'workspace' }];
    manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: folders });
    const documentOf = (name: string) => shared.workspace.LangiumDocuments.getDocument(URI.file(join(folder!, name)))!;
    return { shared, manager, folders, documentOf };
}

describe('the first build of a workspace', () => {
    test('validates every file, open or not', async () => {
        const { manager, folders, documentOf } = startOn({ 'model.req': model, 'needs.req': needs });
        await manager.initializeWorkspace(folders);
        expect(documentOf('needs.req').state).toBe(DocumentState.Validated);
        expect(documentOf('needs.req').diagnostics?.map(d => d.message).join('\n')).toContain("'Customer' has no attribute 'emial'");
        expect(documentOf('model.req').state).toBe(DocumentState.Validated);
        expect(documentOf('model.req').diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a file opened while it runs is validated when the build resumes', async () => {
        const { shared, manager, folders, documentOf } = startOn({ 'model.req': model, 'needs.req': needs });
        const builder = shared.workspace.DocumentBuilder;
        // The open arrives once the files are indexed: its update cancels the first build there.
        const opened = new Cancellation.CancellationTokenSource();
        const listener = builder.onBuildPhase(DocumentState.IndexedContent, () => {
            listener.dispose();
            opened.cancel();
        });
        await expect(manager.initializeWorkspace(folders, opened.token)).rejects.toBe(OperationCancelled);
        expect(documentOf('needs.req').state).toBeLessThan(DocumentState.Validated);

        const uri = documentOf('needs.req').uri;
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'tracewright', 1, needs));
        await builder.update([uri], []);
        expect(documentOf('needs.req').state).toBe(DocumentState.Validated);
        expect(documentOf('needs.req').diagnostics?.map(d => d.message).join('\n')).toContain("'Customer' has no attribute 'emial'");
        expect(documentOf('model.req').state).toBe(DocumentState.Validated);
    });
});
