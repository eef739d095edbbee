// Neovim as a second LSP client: proves the server speaks plain LSP over stdio, not only to
// VS Code's client. Neovim opens the files, collects the published diagnostics (see
// test/e2e/neovim/collect-diagnostics.lua) and the harness compares them with the expected errors.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exec } from './exec.js';
import { info } from './log.js';
import { repoRoot, resultsDir } from './paths.js';
import { record } from './results.js';
import { at, sortDiagnostics, type ExpectedDiagnostic } from '../expected/diagnostics.js';

interface LspDiagnostic {
    range: { start: { line: number, character: number }, end: { line: number, character: number } };
    severity?: number;
    code?: string | number;
    message: string;
}

interface Collected {
    error?: string;
    files?: Record<string, { lsp: LspDiagnostic[], accepted: number }>;
}

export interface NeovimCase {
    name: string;
    /** Workspace folder (a scratch copy) and the files to open in it. */
    folder: string;
    files: string[];
    /** The exact errors (severity 1) expected over all files. */
    errors: ExpectedDiagnostic[];
}

async function collect(nvim: string, testCase: NeovimCase): Promise<Collected> {
    const out = path.join(resultsDir, `neovim-${testCase.name}.json`);
    fs.rmSync(out, { force: true });
    const env = { ...process.env, TW_NODE: process.execPath, TW_SERVER: path.join(repoRoot, 'dist', 'server.cjs'),
        TW_ROOT: testCase.folder, TW_FILES: testCase.files.join(','), TW_OUT: out };
    const script = path.join(repoRoot, 'test', 'e2e', 'neovim', 'collect-diagnostics.lua');
    await exec('timeout', ['120', nvim, '--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], { env }).catch(error => {
        if (!fs.existsSync(out)) throw error;
    });
    if (!fs.existsSync(out)) throw new Error(`Neovim wrote no ${out}`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as Collected;
}

export async function runNeovimCase(nvim: string, testCase: NeovimCase): Promise<void> {
    const name = `${testCase.name}: diagnostics over stdio match`;
    try {
        const collected = await collect(nvim, testCase);
        if (collected.error) throw new Error(`collect-diagnostics.lua: ${collected.error}`);
        const files = collected.files ?? {};
        assert.deepEqual(Object.keys(files).sort(), [...testCase.files].sort(), 'Neovim did not get diagnostics for every file');
        const errors: ExpectedDiagnostic[] = [];
        for (const [file, { lsp, accepted }] of Object.entries(files)) {
            // json_encode turns an empty Lua table into {} or []: both mean "no diagnostics".
            const diagnostics = Array.isArray(lsp) ? lsp : [];
            assert.equal(accepted, diagnostics.length, `${file}: Neovim stored ${accepted} of ${diagnostics.length} published diagnostics`);
            for (const d of diagnostics.filter(d => d.severity === 1)) {
                errors.push({ at: at(file, d.range.start, d.range.end), severity: 'error', code: String(d.code), message: d.message });
            }
        }
        assert.deepEqual(sortDiagnostics(errors), sortDiagnostics(testCase.errors));
        info(`neovim ${testCase.name}: ${errors.length} errors as expected`);
        record({ suite: 'neovim', name, passed: true });
    } catch (error) {
        record({ suite: 'neovim', name, passed: false, detail: error instanceof Error ? error.message : String(error) });
    }
}
