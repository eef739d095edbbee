import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { LspProcess } from './lsp-process.js';

// A client that answers workspace/configuration but never pushes a configuration change (as Neovim
// does) must still get the user's rule settings from the start.

let lsp: LspProcess | undefined;
afterAll(() => lsp?.kill());

test('rule settings fetched at start-up re-grade diagnostics without any configuration change', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tw-settings-'));
    lsp = LspProcess.start(process.execPath, { tracewright: { rules: { 'entity-without-primary-key': 'error' }, coverage: { enabled: false } } });
    await lsp.initialize(folder);
    const uri = pathToFileURL(path.join(folder, 'a.req')).href;
    await lsp.open(uri, 'entity Ledger { name: text }\n');
    const diagnostics = await lsp.diagnosticsOf(uri, found => found.some(d => d.code === 'entity-without-primary-key' && d.severity === 1));
    expect(diagnostics.filter(d => d.code === 'entity-without-primary-key').map(d => d.severity)).toEqual([1]);
    expect(diagnostics.filter(d => String(d.code).startsWith('unjustified'))).toEqual([]);
});
