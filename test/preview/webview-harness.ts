import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/preview-html.js';
import type { HostMessage } from '../../client/src/preview/preview-messages.js';

/**
 * Loads the preview webview (the real HTML shell, bundled script, stylesheet and mermaid.min.js) in
 * headless Chromium, outside VS Code: a stub `acquireVsCodeApi` records what the page posts, files
 * are served from a fake origin that stands in for `webview.cspSource`, and every other request is
 * recorded and refused.
 */
export const ORIGIN = 'https://preview.test';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A dark VS Code theme's variables, as VS Code would set them on <html>. */
export const DARK_THEME = `:root {
  --vscode-editor-background: #1e1e1e; --vscode-editor-foreground: #d4d4d4; --vscode-foreground: #cccccc;
  --vscode-editorWidget-background: #252526; --vscode-editorWidget-border: #454545; --vscode-focusBorder: #007fd4;
  --vscode-editorWarning-foreground: #cca700; --vscode-panel-border: #80808059; --vscode-descriptionForeground: #ccccccb3;
  --vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace;
  --vscode-dropdown-background: #3c3c3c; --vscode-dropdown-foreground: #f0f0f0; --vscode-dropdown-border: #3c3c3c;
  --vscode-button-secondaryBackground: #3a3d41; --vscode-button-secondaryForeground: #ffffff;
  --vscode-panelTitle-activeForeground: #e7e7e7; --vscode-panelTitle-activeBorder: #e7e7e7; --vscode-panelTitle-inactiveForeground: #e7e7e799;
  --vscode-inputValidation-warningBackground: #352a05; --vscode-inputValidation-warningBorder: #b89500;
  --vscode-textLink-foreground: #3794ff; --vscode-textCodeBlock-background: #0a0a0a66; --vscode-errorForeground: #f48771;
  --vscode-symbolIcon-classForeground: #ee9d28; --vscode-debugTokenExpression-string: #ce9178; --vscode-debugTokenExpression-number: #b5cea8;
  --vscode-debugTokenExpression-name: #c586c0;
}\n`;

/** A light theme (VS Code's Light Modern, abridged). */
export const LIGHT_THEME = `:root {
  --vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-foreground: #3b3b3b;
  --vscode-editorWidget-background: #f8f8f8; --vscode-editorWidget-border: #c8c8c8; --vscode-focusBorder: #005fb8;
  --vscode-editorWarning-foreground: #bf8803; --vscode-panel-border: #e5e5e5; --vscode-descriptionForeground: #3b3b3b;
  --vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace;
}\n`;

let bundled: string | undefined;
async function webviewBundle(): Promise<string> {
    if (bundled) return bundled;
    const result = await esbuild.build({
        entryPoints: [path.join(ROOT, 'webview/src/main.ts')], bundle: true, write: false,
        platform: 'browser', format: 'iife', target: 'chrome114', logLevel: 'silent'
    });
    bundled = result.outputFiles[0].text;
    return bundled;
}

export interface PreviewPage {
    page: Page;
    /** Messages the webview posted to the host, in order. */
    posted(): Promise<Array<Record<string, unknown>>>;
    send(message: HostMessage): Promise<void>;
    /** Waits until the diagram shows `entities` entity boxes from a render newer than the last call. */
    waitForDiagram(timeoutMs?: number): Promise<{ renderMs: number, entities: number }>;
    /** Requests the page tried to make outside the served files. */
    foreignRequests: string[];
    dialogs: string[];
    pageErrors: string[];
    close(): Promise<void>;
}

export async function openPreviewPage(browser: Browser, theme = DARK_THEME): Promise<PreviewPage> {
    const script = await webviewBundle();
    const files: Record<string, { body: string, type: string }> = {
        '/index.html': {
            type: 'text/html; charset=utf-8',
            body: previewHtml({
                cspSource: ORIGIN, nonce: randomBytes(16).toString('base64'),
                scriptUri: `${ORIGIN}/preview.js`, mermaidUri: `${ORIGIN}/mermaid.min.js`, styleUri: `${ORIGIN}/preview.css`
            })
        },
        '/preview.js': { type: 'text/javascript', body: script },
        '/mermaid.min.js': { type: 'text/javascript', body: fs.readFileSync(path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') },
        // The theme variables ride along with the stylesheet so the HTML shell is served unchanged.
        '/preview.css': { type: 'text/css', body: theme + fs.readFileSync(path.join(ROOT, 'media/preview/preview.css'), 'utf8') }
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const foreignRequests: string[] = [];
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', error => pageErrors.push(error.message));
    await page.route('**/*', route => {
        const url = new URL(route.request().url());
        const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
        if (file) return route.fulfill({ status: 200, contentType: file.type, body: file.body });
        foreignRequests.push(url.href);
        return route.abort();
    });
    await page.addInitScript(() => {
        const w = window as unknown as { __posted: unknown[], __state: unknown, acquireVsCodeApi: () => unknown };
        w.__posted = [];
        w.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => w.__posted.push(JSON.parse(JSON.stringify(message))),
            getState: () => w.__state,
            setState: (state: unknown) => { w.__state = state; }
        });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some(m => m.type === 'ready'));
    let renders = 0;
    return {
        page, foreignRequests, dialogs, pageErrors,
        posted: () => page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted),
        send: async message => { await page.evaluate(m => window.postMessage(m, '*'), message); },
        async waitForDiagram(timeoutMs = 60_000) {
            renders++;
            await page.waitForFunction(count => {
                const diagram = document.getElementById('diagram');
                return diagram?.querySelector(`svg[id="tw-diagram-${count}"]`) !== null;
            }, renders, { timeout: timeoutMs });
            return page.evaluate(() => {
                const diagram = document.getElementById('diagram')!;
                return { renderMs: Number(diagram.dataset.renderMs), entities: Number(diagram.dataset.entities) };
            });
        },
        close: () => page.close()
    };
}

export async function launchChromium(): Promise<Browser> {
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!fs.existsSync(executablePath)) {
        throw new Error(`the preview tests need Chromium at ${executablePath}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
    }
    // Playwright starts Chromium with a fresh, empty temporary profile (user data dir) each launch.
    return chromium.launch({
        executablePath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
}
