// Runs one group of extension-host tests (test/e2e/extension-host/<group>/) inside code-server's
// extension host. code-server has no --extensionTestsPath flag; with the smoke-test driver on, the
// web client reads the same options from `?payload=` and reports run()'s outcome by calling
// window.codeAutomationExit(code), which we expose from Playwright. Each test's result arrives as
// a `TRACEWRIGHT-E2E {...}` console line (see extension-host/index.ts) forwarded by codeAutomationLog.
import type { Browser } from 'playwright-core';
import * as path from 'node:path';
import { newPage } from './browser.js';
import type { CodeServer } from './code-server.js';
import { info } from './log.js';
import { resultsDir } from './paths.js';
import { record } from './results.js';
import { resultPrefix, type TestResult } from '../extension-host/result-line.js';

const groupTimeoutMs = 180_000;
/** Offline noise of the workbench that says nothing about our extension. */
const noise = /open-vsx\.org|Canceled|authentication provider 'github'|Creating a socket|connection token|grace-time|AgentHost|AccountPolicyGate|Service Worker|builtin extensions cache|workbench contribution|ENOTFOUND|Long running operations during shutdown/;

async function remoteAuthority(server: CodeServer, folder: string): Promise<string> {
    const html = await (await fetch(server.urlFor(folder))).text();
    const match = /data-settings="(\{[^"]*remoteAuthority[^"]*\})"/.exec(html);
    if (!match) throw new Error('code-server page has no data-settings with remoteAuthority (unexpected code-server version?)');
    const settings = JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    if (!settings.developmentOptions?.enableSmokeTestDriver) throw new Error('code-server was started without --vscode-option enable-smoke-test-driver');
    return settings.remoteAuthority;
}

/** Runs the bundled suite `<buildDir>/extension-host/<group>/index.cjs` against `folder`, the extension at `extensionPath`. */
export async function runExtensionHostGroup(browser: Browser, server: CodeServer, group: string, folder: string, extensionPath: string, testsIndex: string): Promise<void> {
    const authority = await remoteAuthority(server, folder);
    const page = await newPage(browser);
    let reported = 0;
    let finish!: (code: number | string) => void;
    const finished = new Promise<number | string>(resolve => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = (args ?? []).map(String).join(' ');
        if (line.startsWith(resultPrefix)) {
            const result = JSON.parse(line.slice(resultPrefix.length)) as TestResult;
            reported++;
            return record({ suite: `extension-host/${group}`, name: result.title, passed: result.passed, detail: result.error });
        }
        if (type === 'error' && !noise.test(line)) info(`[${group} ${type}] ${line.split('\n')[0]}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const payload: [string, string][] = [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`],
        ['extensionTestsPath', `vscode-remote://${authority}${testsIndex}`]
    ];
    await page.goto(server.urlFor(folder, payload));
    const timer = setTimeout(() => finish('timeout'), groupTimeoutMs);
    const code = await finished;
    clearTimeout(timer);
    await page.screenshot({ path: path.join(resultsDir, `ext-host-${group}.png`) }).catch(() => undefined);
    await page.context().close();
    if (code !== 0 && reported === 0) {
        record({ suite: `extension-host/${group}`, name: 'suite ran', passed: false,
            detail: code === 'timeout' ? `no result within ${groupTimeoutMs / 1000} s` : `run() failed before any test reported (exit ${code}); see the lines above` });
    } else if (code !== 0 && typeof code === 'string') {
        record({ suite: `extension-host/${group}`, name: 'suite finished', passed: false, detail: `stopped: ${code}` });
    }
}
