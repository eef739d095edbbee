// `npm run test:electron`: the same extension-host suites (test/e2e/extension-host/<group>/) in a
// desktop VS Code downloaded by @vscode/test-electron, for machines with internet access (this one
// has none: use `npm run test:e2e`, which runs them in code-server). The extension is loaded from
// the repo (the npm script builds dist/ first), each group opens a scratch copy of its workspace.
// VSCODE_VERSION picks the VS Code build (default: stable); VSCODE_EXECUTABLE uses an installed one.
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildE2e } from './run.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

await buildE2e();
// test/e2e/workspaces.ts, bundled by buildE2e(): which repo folders each group opens.
const { workspaces } = await import(pathToFileURL(path.join(repoRoot, 'out', 'e2e', 'workspaces.mjs')).href);
const groupsDir = path.join(repoRoot, 'out', 'e2e', 'extension-host');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-electron-'));
let failed = 0;
try {
    for (const group of fs.readdirSync(groupsDir).sort()) {
        const folder = path.join(scratch, group);
        for (const source of workspaces[group] ?? []) fs.cpSync(path.join(repoRoot, source), folder, { recursive: true });
        if (!fs.existsSync(folder)) throw new Error(`no workspace for extension-host group '${group}' in test/e2e/workspaces.ts`);
        console.log(`=== extension-host tests: ${group}`);
        try {
            await runTests({
                version: process.env.VSCODE_VERSION,
                vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
                extensionDevelopmentPath: repoRoot,
                extensionTestsPath: path.join(groupsDir, group, 'index.cjs'),
                launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
            });
        } catch (error) {
            failed++;
            console.error(`group ${group} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
} finally {
    fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
