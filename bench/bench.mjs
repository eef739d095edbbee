// `npm run bench`: bundles the TypeScript benchmark (bench/run.ts) with esbuild, then runs it on the
// Node that npm put first on the PATH (the project's Node 22). Arguments are passed through (--quick).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'out/bench/run.mjs';
await esbuild.build({
    entryPoints: ['bench/run.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Dependencies load from node_modules at run time, as they do for the language server.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning'
});
const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
