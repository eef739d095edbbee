// `npm run test:e2e`: the extension in a real VS Code (code-server) driven by headless Chromium,
// plus Neovim as a second LSP client. Steps: tools (cached) → package the .vsix → throwaway
// code-server → extension-host tests → UI tests → Neovim → `e2e: N passed, M failed`.
// `--only=ext-host,ui,neovim` runs a subset while working on tests; `--install-only` just installs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './browser.js';
import { cleanupAll } from './cleanup.js';
import { startCodeServer } from './code-server.js';
import { runExtensionHostGroup } from './ext-host-runner.js';
import { ensureCodeServer } from './install-code-server.js';
import { ensureSystemTools } from './install-system.js';
import { elapsedSeconds, step } from './log.js';
import { runNeovimCase } from './neovim-runner.js';
import { installedExtensionPath, packageExtension } from './package-extension.js';
import { buildDir, repoRoot, resultsDir } from './paths.js';
import { record, summary } from './results.js';
import { createScratch } from './scratch.js';
import { runUiTests } from './ui-runner.js';
import { brokenErrors } from '../expected/broken-errors.js';
import { allUiTests } from '../ui/all-ui-tests.js';
import { isWorkspaceName, workspaces } from '../workspaces.js';

const onlyArg = process.argv.find(arg => arg.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : ['ext-host', 'ui', 'neovim']);

function extensionHostGroups(): string[] {
    const dir = path.join(buildDir, 'extension-host');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter(group => fs.statSync(path.join(dir, group)).isDirectory()).sort() : [];
}

async function main(): Promise<void> {
    step('tools: Chromium, Neovim, Node 24, code-server');
    const tools = await ensureSystemTools();
    const codeServerBin = await ensureCodeServer();
    if (process.argv.includes('--install-only')) return;

    fs.rmSync(resultsDir, { recursive: true, force: true });
    fs.mkdirSync(resultsDir, { recursive: true });
    const vsix = await packageExtension();
    const scratch = createScratch();
    const workspaceFolder = (name: string): string => {
        if (!isWorkspaceName(name)) throw new Error(`no workspace '${name}' in test/e2e/workspaces.ts`);
        return scratch.workspace(name, workspaces[name]);
    };

    if (only.has('ext-host') || only.has('ui')) {
        const server = await startCodeServer(codeServerBin, vsix, scratch);
        const extensionPath = installedExtensionPath(server.extensionsDir);
        const browser = await launchBrowser(tools.chromium, scratch);
        if (only.has('ext-host')) {
            for (const group of extensionHostGroups()) {
                step(`extension-host tests: ${group}`);
                try {
                    await runExtensionHostGroup(browser, server, group, workspaceFolder(group), extensionPath,
                        path.join(buildDir, 'extension-host', group, 'index.cjs'));
                } catch (error) {
                    record({ suite: `extension-host/${group}`, name: 'suite ran', passed: false, detail: String(error) });
                }
            }
        }
        if (only.has('ui')) {
            step(`UI tests (${allUiTests.length})`);
            await runUiTests(browser, server, allUiTests, test => workspaceFolder(test.workspace));
        }
    }

    if (only.has('neovim')) {
        step('Neovim LSP client');
        await runNeovimCase(tools.nvim, { name: 'broken', folder: workspaceFolder('broken'), files: ['model.req', 'requirements.req'], errors: brokenErrors });
        const serviceDesk = fs.readdirSync(path.join(repoRoot, 'examples', 'service-desk')).filter(f => f.endsWith('.req'));
        await runNeovimCase(tools.nvim, { name: 'service-desk', folder: workspaceFolder('service-desk'), files: serviceDesk, errors: [] });
    }
}

let exitCode = 0;
try {
    await main();
} catch (error) {
    // Set-up failures (install, packaging, start-up) count as a failed run with a readable reason.
    record({ suite: 'setup', name: 'harness', passed: false, detail: error instanceof Error ? error.message : String(error) });
} finally {
    step('stopping code-server, browser; removing the scratch folder');
    await cleanupAll();
}
if (!process.argv.includes('--install-only')) {
    const { passed, failed } = summary();
    if (fs.existsSync(resultsDir)) console.log(`screenshots and logs: ${path.relative(process.cwd(), resultsDir) || resultsDir}/ (${elapsedSeconds()} s)`);
    for (const f of failed) console.log(`  failed: [${f.suite}] ${f.name}`);
    console.log(`e2e: ${passed} passed, ${failed.length} failed`);
    exitCode = failed.length > 0 || passed === 0 ? 1 : 0;
} else {
    const { failed } = summary();
    exitCode = failed.length > 0 ? 1 : 0;
}
process.exit(exitCode);
