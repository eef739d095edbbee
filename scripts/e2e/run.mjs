// Entry point of `npm run test:e2e`. The harness and the tests are TypeScript (type-checked with the
// rest of the repo); esbuild bundles them into out/e2e/ and this script runs the harness bundle.
// The extension-host suites become CommonJS because they are loaded by VS Code's extension host.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(repoRoot, 'out', 'e2e');

/** Test groups: test/e2e/extension-host/<group>/*.e2e.ts, each run in its own workspace. */
function extensionHostEntries() {
    const root = path.join(repoRoot, 'test', 'e2e', 'extension-host');
    const entries = [];
    for (const group of fs.readdirSync(root, { withFileTypes: true })) {
        if (!group.isDirectory()) continue;
        entries.push({ in: path.join(root, 'index.ts'), out: `extension-host/${group.name}/index` });
        for (const file of fs.readdirSync(path.join(root, group.name))) {
            if (file.endsWith('.e2e.ts')) entries.push({ in: path.join(root, group.name, file), out: `extension-host/${group.name}/${file.replace(/\.ts$/, '')}` });
        }
    }
    return entries;
}

export async function buildE2e() {
    fs.rmSync(outDir, { recursive: true, force: true });
    const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'inline', logLevel: 'warning' };
    await esbuild.build({
        ...common,
        entryPoints: [
            { in: path.join(repoRoot, 'test', 'e2e', 'harness', 'main.ts'), out: 'harness' },
            // The workspace table, for scripts/e2e/test-electron.mjs.
            { in: path.join(repoRoot, 'test', 'e2e', 'workspaces.ts'), out: 'workspaces' }
        ],
        outdir: outDir, outExtension: { '.js': '.mjs' }, format: 'esm', packages: 'external'
    });
    await esbuild.build({
        ...common,
        entryPoints: extensionHostEntries(),
        outdir: outDir, outExtension: { '.js': '.cjs' }, format: 'cjs',
        // vscode comes from the extension host. Mocha 12 is an ES module, which a CommonJS require()
        // in the extension host cannot use as a constructor, so it is bundled in.
        external: ['vscode'],
        // Mocha's parallel mode (worker files found by require.resolve) is not used in the extension host.
        logOverride: { 'require-resolve-not-external': 'silent' }
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    await buildE2e();
    const child = spawn(process.execPath, [path.join(outDir, 'harness.mjs'), ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'] });
    // Ctrl-C reaches the harness (same process group); it stops what it started and exits itself.
    process.on('SIGINT', () => {});
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
