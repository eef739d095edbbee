// A throwaway code-server (a real VS Code workbench served to the browser, with a Node extension
// host) on a free loopback port, with the packaged .vsix installed. It runs in its own process
// group so stopping it also stops the extension host and our language server under it.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { onCleanup } from './cleanup.js';
import { exec } from './exec.js';
import { node24Env } from './install-code-server.js';
import { info, step } from './log.js';
import { resultsDir } from './paths.js';
import type { Scratch } from './scratch.js';

export interface CodeServer {
    /** `http://127.0.0.1:PORT` */
    origin: string;
    /** Where code-server keeps installed extensions (the .vsix unpacked as `<publisher>.<name>-<version>`). */
    extensionsDir: string;
    /** Workbench URL that opens `folder`; `payload` carries extension-test options (see ext-host-runner.ts). */
    urlFor(folder: string, payload?: [string, string][]): string;
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, tips, trust prompt, updates or AI. */
const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'files.autoSave': 'off',
    // The UI tests type text key by key. A suggestion list that opens mid-word can take the Enter
    // meant for a new line: once, on a slow run, `id: int pk }` became the keyword `parent`.
    // Completion is tested over LSP and in the extension host, not through this list.
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'window.restoreWindows': 'none'
};

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const port = (server.address() as net.AddressInfo).port;
            server.close(() => resolve(port));
        });
    });
}

async function waitUntilHealthy(origin: string, exited: () => string | undefined): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        const exit = exited();
        if (exit) throw new Error(`code-server stopped during start-up (${exit}); see ${path.join(resultsDir, 'code-server.log')}`);
        try {
            if ((await fetch(`${origin}/healthz`)).ok) return;
        } catch { /* not listening yet */ }
        await new Promise(resolve => setTimeout(resolve, 500));
    }
    throw new Error(`code-server did not answer on ${origin}/healthz within 60 s; see ${path.join(resultsDir, 'code-server.log')}`);
}

/** Installs `vsix` into a fresh code-server profile and starts the server; stopped by cleanupAll(). */
export async function startCodeServer(bin: string, vsix: string, scratch: Scratch): Promise<CodeServer> {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const config = path.join(scratch.root, 'code-server.yaml');
    const userDataDir = path.join(scratch.root, 'user-data');
    const extensionsDir = path.join(scratch.root, 'extensions');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
    fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    // Node 24 first on PATH: code-server's launcher is `#!/usr/bin/env node` and needs exactly 24.
    const env = { ...node24Env(), ...scratch.xdgEnv };
    const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

    step(`install ${path.basename(vsix)} into a throwaway code-server profile`);
    await exec(bin, [...common, '--install-extension', vsix, '--force'], { env, logFile: path.join(resultsDir, 'code-server.log') });

    step(`start code-server on ${origin}`);
    const log = fs.openSync(path.join(resultsDir, 'code-server.log'), 'a');
    const child = spawn(bin, [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override',
        // Makes the web client honour ?payload=[["extensionTestsPath", ...]] (there is no CLI flag for it).
        '--vscode-option', 'enable-smoke-test-driver'], { env, detached: true, stdio: ['ignore', log, log] });
    let exit: string | undefined;
    child.on('exit', (code, signal) => { exit = `exit ${code ?? signal}`; });
    onCleanup(() => stopProcessGroup(child.pid!, () => exit !== undefined));
    await waitUntilHealthy(origin, () => exit);
    info(`code-server is up (pid ${child.pid}); log: ${path.join(resultsDir, 'code-server.log')}`);

    return {
        origin,
        extensionsDir,
        urlFor(folder, payload) {
            const query = `folder=${encodeURIComponent(folder)}`;
            return `${origin}/?${query}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
        }
    };
}

/** SIGTERM to the whole group, SIGKILL after 10 s if anything is left. */
async function stopProcessGroup(pid: number, exited: () => boolean): Promise<void> {
    const signal = (name: NodeJS.Signals) => { try { process.kill(-pid, name); } catch { /* already gone */ } };
    signal('SIGTERM');
    for (let i = 0; i < 20 && !exited(); i++) await new Promise(resolve => setTimeout(resolve, 500));
    signal('SIGKILL');
}
