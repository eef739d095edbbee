import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// dist/extension.cjs is loaded by VS Code's extension host (Node 20 in VS Code 1.91) with `vscode`
// provided by the host. Loading it under Node with a stand-in `vscode` module catches bundling
// mistakes (ES-module leftovers, missing dependencies, top-level code that touches the API) without
// a VS Code download. Activation itself is covered by the code-server end-to-end test.

const bundle = fileURLToPath(new URL('../../dist/extension.cjs', import.meta.url));
const runtime = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;

/**
 * A module that answers every property with itself (a callable, constructible, extendable stand-in),
 * so importing `vscode` APIs and extending its classes at load time works. `__esModule` keeps
 * esbuild's import helper from copying it; `then` keeps it from looking like a promise.
 */
const loader = `
const Module = require('module');
const target = function () {};
const stub = new Proxy(target, {
    get: (t, key) => key === 'prototype' ? Reflect.get(t, key) : key === '__esModule' ? true : key === 'then' ? undefined : stub,
    apply: () => stub,
    construct: () => stub
});
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const extension = require(process.argv[1]);
console.log(JSON.stringify({ activate: typeof extension.activate, deactivate: typeof extension.deactivate }));
`;

test(`dist/extension.cjs loads in ${runtime} and exports activate and deactivate`, () => {
    expect(existsSync(bundle), 'run `npm run build` first').toBe(true);
    let output: string;
    try {
        output = execFileSync(runtime, ['-e', loader, bundle], { encoding: 'utf8', timeout: 30_000, stdio: 'pipe' });
    } catch (error) {
        // Node prints the failing (minified, megabyte-long) source line; keep only the error itself.
        const stderr = String((error as { stderr?: unknown }).stderr ?? error);
        throw new Error(stderr.split('\n').find(line => /^\w*Error\b/.test(line)) ?? stderr.slice(0, 500));
    }
    expect(JSON.parse(output)).toEqual({ activate: 'function', deactivate: 'function' });
});
