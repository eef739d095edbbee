// System tools the harness needs from Debian: Chromium (the browser that drives the workbench),
// Neovim (the second LSP client) and the headers code-server's native add-ons compile against
// (kerberos needs gssapi.h). Installed with apt only when missing and we are root; otherwise we say
// which environment variable points the harness at an existing binary.
import * as fs from 'node:fs';
import { exec, onPath } from './exec.js';
import { info, step } from './log.js';

export interface SystemTools {
    chromium: string;
    nvim: string;
}

const isRoot = process.getuid?.() === 0;

async function locate(envVar: string, command: string): Promise<string | undefined> {
    const fromEnv = process.env[envVar];
    if (fromEnv) {
        if (!fs.existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist: point it at the ${command} executable or unset it.`);
        return fromEnv;
    }
    return onPath(command);
}

async function aptInstall(packages: string[]): Promise<void> {
    if (!isRoot) {
        throw new Error(`missing Debian packages: ${packages.join(' ')}. Install them (sudo apt-get install ${packages.join(' ')}) `
            + 'or set CHROMIUM_PATH / NVIM_PATH to existing binaries, then rerun npm run test:e2e.');
    }
    step(`apt-get install ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await exec('apt-get', ['update', '-qq'], { env });
    await exec('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

/** Finds Chromium and Neovim, installing what is missing (with the build headers code-server needs). */
export async function ensureSystemTools(): Promise<SystemTools> {
    const missing: string[] = [];
    let chromium = await locate('CHROMIUM_PATH', 'chromium');
    let nvim = await locate('NVIM_PATH', 'nvim');
    if (!chromium) missing.push('chromium');
    if (!nvim) missing.push('neovim');
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    if (!(await onPath('pkg-config'))) missing.push('pkg-config');
    if (!(await onPath('make')) || !(await onPath('g++'))) missing.push('make', 'g++');
    if (missing.length > 0) await aptInstall(missing);
    chromium ??= await onPath('chromium');
    nvim ??= await onPath('nvim');
    if (!chromium || !nvim) throw new Error('apt-get reported success but chromium/nvim are still not on PATH; set CHROMIUM_PATH and NVIM_PATH.');
    info(`chromium: ${chromium}, nvim: ${nvim}`);
    return { chromium, nvim };
}
