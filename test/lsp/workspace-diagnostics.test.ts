import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { LspProcess } from './lsp-process.js';

// What an editor shows when it starts on a workspace: every file's problems, whether or not it is
// open, and the open file's problems even when it was opened while the workspace was still being
// read (VS Code reopens the editors of the last session right after `initialized`).

let folder: string | undefined;
let lsp: LspProcess | undefined;

afterEach(() => {
    lsp?.kill();
    lsp = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

function workspaceFolder(files: Record<string, string>): string {
    folder = mkdtempSync(join(tmpdir(), 'tracewright-lsp-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

describe('diagnostics of a workspace as the language server starts', () => {
    test('every file gets its diagnostics without being opened', async () => {
        const root = workspaceFolder({
            'model.req': 'entity Customer {\n    id: int pk\n    email: text\n}\n',
            'needs.req': 'requirement R1 functional "The system shall store the customer\'s emial." {\n    traces Customer.emial\n}\n'
        });
        lsp = LspProcess.start();
        await lsp.initialize(root);
        const needs = await lsp.diagnosticsOf(pathToFileURL(join(root, 'needs.req')).href, diagnostics => diagnostics.length > 0);
        expect(needs.map(d => d.message).join('\n')).toContain("'Customer' has no attribute 'emial'");
        const model = await lsp.diagnosticsOf(pathToFileURL(join(root, 'model.req')).href);
        expect(model.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a big file opened as the workspace is read gets its diagnostics without an edit', async () => {
        const { files } = syntheticWorkspace(1000, 'single');
        const [[name, text]] = Object.entries(files);
        const root = workspaceFolder(files);
        lsp = LspProcess.start();
        await lsp.initialize(root);
        const uri = pathToFileURL(join(root, name)).href;
        await lsp.open(uri, text);
        const diagnostics = await lsp.diagnosticsOf(uri, published => published.length > 0, 60_000);
        expect(diagnostics.some(d => d.code === 'missing-fit-criterion')).toBe(true);
    }, 90_000);
});
