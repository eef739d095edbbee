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

// The embedded SQL engines load their WASM files from next to the bundle: PGlite resolves
// `new URL('./pglite.wasm', import.meta.url)` (dist/<bundle>.cjs through the define above), sql.js reads
// `__dirname + '/sql-wasm.wasm'`. Both are imported lazily, only when a schema is verified.
fs.mkdirSync('dist', { recursive: true });
for (const file of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) fs.copyFileSync(`node_modules/@electric-sql/pglite/dist/${file}`, `dist/${file}`);
fs.copyFileSync('node_modules/sql.js/dist/sql-wasm.wasm', 'dist/sql-wasm.wasm');

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await esbuild.build(options);
}

// The preview webview (webview/src/main.ts → media/preview/preview.js): a browser IIFE loaded with a
// CSP nonce, next to a copy of Mermaid's own IIFE bundle (local, never a CDN). Both are build
// output: ignored by git, shipped in the .vsix through `!media/**`.
if (fs.existsSync('webview/src/main.ts')) {
    const webviewOptions = {
        entryPoints: { preview: 'webview/src/main.ts' },
        outdir: 'media/preview',
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'chrome114',
        minify: !watch,
        logLevel: 'warning'
    };
    fs.mkdirSync('media/preview', { recursive: true });
    fs.copyFileSync('node_modules/mermaid/dist/mermaid.min.js', 'media/preview/mermaid.min.js');
    if (watch) await (await esbuild.context(webviewOptions)).watch();
    else await esbuild.build(webviewOptions);
}
