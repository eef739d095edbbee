import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { zipEntries, type ZipEntry } from './zip-entries.js';

// Packages the .vsix once (vsce, no signing; bundles rebuilt only when stale) and inspects what ships.

const root = new URL('../../', import.meta.url);
const version = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
const vsixPath = new URL(`tracewright-${version}.vsix`, root);

/**
 * Size budget. Measured 2026-11-21: 7.6 MB zipped / 22.7 MB unpacked, of which PGlite (the server
 * verifies schemas on real PostgreSQL: pglite.wasm + pglite.data + initdb.wasm) is 5.5 MB zipped,
 * mermaid for the preview 1.6 MB, sql.js 0.3 MB, the two bundles 0.5 MB. 10 MB / 30 MB leaves ~2.4 MB
 * of headroom and still fails on the mistakes that matter: node_modules, source maps (12 MB
 * unpacked), a second engine or a debug build slipping in.
 */
const MAX_ZIPPED_BYTES = 10 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 30 * 1024 * 1024;

/**
 * Modules a bundle requires only inside code that never runs in Tracewright: `ws` is required by
 * Emscripten's socket file system in sql.js/PGlite, used only when SQLite or Postgres open network
 * sockets, which embedded verification never does.
 */
const LAZY_OPTIONAL_REQUIRES = new Set(['ws']);

let vsixSize = 0;
let entries: ZipEntry[] = [];
const files = (): string[] => entries.map(entry => entry.name.replace(/^extension\//, '')).filter(name => !name.startsWith('[') && name !== 'extension.vsixmanifest');
const read = (name: string): string => {
    const entry = entries.find(e => e.name === `extension/${name}`);
    if (!entry) throw new Error(`${name} is not in the .vsix`);
    return entry.read().toString('utf8');
};

/** The newest modification time among the files under `paths` (relative to the repository root). */
function newest(paths: string[]): number {
    let time = 0;
    for (const path of paths) {
        const url = new URL(path, root);
        if (!existsSync(url)) continue;
        const stat = statSync(url);
        const files = stat.isDirectory() ? (readdirSync(url, { recursive: true }) as string[]).map(file => new URL(`${path}/${file}`, root)) : [url];
        for (const file of files) time = Math.max(time, statSync(file).mtimeMs);
    }
    return time;
}

/**
 * `npm run package` = build + `vsce package`. When the bundles are already newer than every source
 * (as in `npm test`, which builds first), only the vsce half runs: rebuilding dist/ here would race
 * with the LSP tests that run the same bundles in parallel.
 */
function packageExtension(): void {
    const bundlesFresh = Math.min(...['dist/server.cjs', 'dist/extension.cjs'].map(b => existsSync(new URL(b, root)) ? statSync(new URL(b, root)).mtimeMs : 0))
        > newest(['server/src', 'client/src', 'esbuild.mjs']);
    if (bundlesFresh) {
        execFileSync('npx', ['vsce', 'package', '--no-dependencies', '-o', `tracewright-${version}.vsix`], { cwd: root, stdio: 'pipe', timeout: 170_000 });
    } else {
        execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'pipe', timeout: 170_000 });
    }
}

test('`npm run package` builds the bundles, then packages exactly as this test does', () => {
    const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.package).toBe('npm run build --silent && vsce package --no-dependencies -o tracewright-$npm_package_version.vsix');
});

beforeAll(() => {
    packageExtension();
    const zip = readFileSync(vsixPath);
    vsixSize = zip.length;
    entries = zipEntries(zip);
}, 180_000);

describe(`npm run package → tracewright-${version}.vsix`, () => {
    test('ships the run-time files', () => {
        expect(files()).toEqual(expect.arrayContaining([
            'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'language-configuration.json',
            'dist/extension.cjs', 'dist/server.cjs', 'syntaxes/tracewright.tmLanguage.json',
            'snippets/tracewright.json', 'media/icon.png'
        ]));
    });

    test('ships every run-time file the build put in dist/ and media/ (engines, webview), but not the CLI or maps', () => {
        const built = ['dist', 'media'].flatMap(folder =>
            (readdirSync(new URL(folder, root), { recursive: true, withFileTypes: true }))
                .filter(entry => entry.isFile())
                .map(entry => `${entry.parentPath.slice(fileURLToPath(root).length)}/${entry.name}`.replace(/\\/g, '/')))
            .filter(name => !name.endsWith('.map') && !name.startsWith('dist/cli.'));
        expect(built.filter(name => !files().includes(name))).toEqual([]);
    });

    test('ships no sources, tests, examples, benchmarks, dependencies, source maps or the CLI', () => {
        const forbidden = files().filter(name =>
            /^(server|client|src|test|tests|examples|bench|scripts|docs|node_modules|out)\//.test(name)
            || /\.(ts|map|mts|langium|vsix)$/.test(name)
            || name === 'dist/cli.cjs' || name.startsWith('.'));
        expect(forbidden).toEqual([]);
    });

    test(`stays under ${MAX_ZIPPED_BYTES / 1024 / 1024} MB zipped and ${MAX_UNPACKED_BYTES / 1024 / 1024} MB unpacked`, () => {
        expect(vsixSize).toBeLessThan(MAX_ZIPPED_BYTES);
        expect(entries.reduce((sum, entry) => sum + entry.size, 0)).toBeLessThan(MAX_UNPACKED_BYTES);
    });

    test('every path the manifest names is inside the package', () => {
        const manifest = JSON.parse(read('package.json')) as {
            main: string; icon: string;
            contributes: { languages: { configuration: string }[]; grammars: { path: string }[]; snippets: { path: string }[] };
        };
        const named = [manifest.main, manifest.icon,
            ...manifest.contributes.languages.map(l => l.configuration),
            ...manifest.contributes.grammars.map(g => g.path),
            ...manifest.contributes.snippets.map(s => s.path)].map(path => path.replace(/^\.\//, ''));
        expect(named.filter(path => !files().includes(path))).toEqual([]);
    });

    test('the bundles are self-contained: they require only Node built-ins (and the client `vscode`)', () => {
        const builtins = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);
        const requiredBy = (bundle: string) => [...new Set([...read(bundle).matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]))];
        expect(requiredBy('dist/server.cjs').filter(name => !builtins.has(name) && !LAZY_OPTIONAL_REQUIRES.has(name))).toEqual([]);
        expect(requiredBy('dist/extension.cjs').filter(name => !builtins.has(name) && name !== 'vscode')).toEqual([]);
        expect(requiredBy('dist/server.cjs')).not.toContain('vscode');
    });

    test('the icon is a 128x128 PNG', () => {
        const png = entries.find(e => e.name === 'extension/media/icon.png')!.read();
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    });
});
