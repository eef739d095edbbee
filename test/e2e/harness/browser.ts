// Headless Chromium driven by playwright-core. We always pass the executable (Debian's chromium or
// CHROMIUM_PATH): playwright-core never downloads a browser, and neither may we.
import { chromium, type Browser, type Page } from 'playwright-core';
import { onCleanup } from './cleanup.js';
import type { Scratch } from './scratch.js';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

let browser: Browser | undefined;

/** One browser per run (start-up costs a second or two); each test gets a fresh page via newPage(). */
export async function launchBrowser(executablePath: string, scratch: Scratch): Promise<Browser> {
    // Signals are left to cleanup.ts: Playwright's own handlers would exit the process before
    // code-server is stopped.
    browser ??= await chromium.launch({ executablePath, headless: true, args: chromiumArgs, env: { ...process.env, ...scratch.xdgEnv },
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    const launched = browser;
    onCleanup(() => launched.close());
    return launched;
}

/** A fresh context (no shared storage between tests) with a page the size of a laptop screen. */
export async function newPage(browser: Browser): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    return context.newPage();
}
