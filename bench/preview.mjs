// `npm run bench:preview`: bundles bench/preview-bench.ts with esbuild and runs it on the Node npm put
// first on the PATH (the project's Node 22). Needs Chromium at /usr/bin/chromium. Passes arguments on (--with-500).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'out/bench/preview.mjs';
await esbuild.build({
    entryPoints: ['bench/preview-bench.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning'
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
