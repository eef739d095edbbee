// Bundles the language server, the CLI and the VS Code client into dist/ as CommonJS files that
// VS Code's Node and plain Node both load. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';

const watch = process.argv.includes('--watch');
const entries = [
    { in: 'server/src/main.ts', out: 'server' },
    { in: 'server/src/cli.ts', out: 'cli' }
];
if (fs.existsSync('client/src/extension.ts')) entries.push({ in: 'client/src/extension.ts', out: 'extension' });

const options = {
    entryPoints: entries,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: true,
    minify: !watch,
    logLevel: 'warning',
    // Langium and its dependencies are ES modules; this keeps `import.meta.url` meaningful in CJS.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await esbuild.build(options);
}
