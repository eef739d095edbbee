// Runs a TypeScript benchmark: `node bench/run-ts.mjs bench/<entry>.ts [args]` bundles the entry with
// esbuild and runs it on the Node that npm put first on the PATH (the project's Node 22), passing the
// remaining arguments on (`--quick`, `--with-500`). Dependencies load from node_modules at run time,
// as they do for the language server.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
    console.error('usage: node bench/run-ts.mjs bench/<entry>.ts [args]');
    process.exit(2);
}
const outfile = path.join('out/bench', path.basename(entry).replace(/\.ts$/, '.mjs'));
await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node22', format: 'esm',
    packages: 'external', sourcemap: true, logLevel: 'warning'
});
const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
