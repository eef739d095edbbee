// The throwaway folder of one run: code-server's user data and extensions, XDG dirs (so nothing
// lands in $HOME), browser profiles and copies of the workspaces the tests open (so tests may edit
// and save without touching the repo).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onCleanup } from './cleanup.js';
import { repoRoot } from './paths.js';

export interface Scratch {
    root: string;
    /** XDG variables that keep code-server's and Chromium's config, data and cache in the scratch folder. */
    xdgEnv: Record<string, string>;
    /** Copies repo folders (relative paths) into one fresh workspace folder named `name`; returns its path. */
    workspace(name: string, sources: readonly string[]): string;
}

export function createScratch(): Scratch {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-e2e-'));
    onCleanup(() => fs.rmSync(root, { recursive: true, force: true }));
    const xdg = (dir: string): string => {
        const full = path.join(root, 'xdg', dir);
        fs.mkdirSync(full, { recursive: true });
        return full;
    };
    const xdgEnv = { XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache') };
    return {
        root,
        xdgEnv,
        workspace(name, sources) {
            const target = path.join(root, 'workspaces', name);
            fs.rmSync(target, { recursive: true, force: true });
            fs.mkdirSync(target, { recursive: true });
            for (const source of sources) {
                const from = path.join(repoRoot, source);
                if (!fs.existsSync(from)) throw new Error(`workspace '${name}': ${source} does not exist; fix test/e2e/workspaces.ts`);
                fs.cpSync(from, target, { recursive: true });
            }
            return target;
        }
    };
}
