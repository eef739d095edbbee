// A thin driver for the VS Code workbench in the browser: what a user does (command palette, quick
// open, go to line) written once, so UI tests read as steps. Selectors are VS Code's own DOM
// classes (quick-input-widget, monaco-list-row, view-lines); they are stable across recent versions.
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';

export class Workbench {
    private shots = 0;

    constructor(readonly page: Page, private readonly screenshotPrefix: string, private readonly resultsDir: string) {}

    /** Waits until the explorer shows the workspace: the workbench and the remote connection are up. */
    async waitUntilReady(): Promise<void> {
        await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
    }

    /** Saves a screenshot named `<test>-<nn>-<label>.png`; returns its path. */
    async screenshot(label: string): Promise<string> {
        const file = path.join(this.resultsDir, `${this.screenshotPrefix}-${String(++this.shots).padStart(2, '0')}-${label}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }

    /** Opens the command palette (F1, which pre-fills '>') and waits for it. */
    async openPalette(): Promise<void> {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('F1');
        await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    }

    /** Types into the open quick input and returns the labels of the rows shown. */
    async typeInQuickInput(text: string, expectRow?: string): Promise<string[]> {
        await this.page.keyboard.type(text, { delay: 10 });
        if (expectRow) await this.quickInputRow(expectRow).waitFor({ timeout: 20_000 });
        else await this.page.waitForTimeout(500);
        return this.page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    }

    private quickInputRow(label: string) {
        return this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    }

    /** Runs a command by its palette title, clicking the row (Enter can race the list filtering). */
    async runCommand(title: string): Promise<void> {
        await this.openPalette();
        await this.typeInQuickInput(title, title);
        await this.page.waitForTimeout(200);
        await this.quickInputRow(title).click();
    }

    /** Quick Open (palette without '>') a workspace file by name and waits for its editor to show `expectedText`. */
    async openFile(name: string, expectedText: string): Promise<void> {
        await this.openPalette();
        await this.page.keyboard.press('Backspace');
        await this.typeInQuickInput(name, name);
        await this.page.waitForTimeout(200);
        await this.quickInputRow(name).click();
        await this.page.locator('.editor-instance .view-lines', { hasText: expectedText }).first().waitFor({ timeout: 20_000 });
    }

    /**
     * The frame of a webview (e.g. the diagram preview) that contains `selector`. A webview is an
     * iframe inside an iframe, served from the same origin, so we search every frame of the page.
     */
    async webviewFrame(selector: string, timeoutMs = 30_000): Promise<Frame> {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (await frame.$(selector).catch(() => null)) return frame;
            }
            await this.page.waitForTimeout(500);
        }
        throw new Error(`no webview frame contains '${selector}' after ${timeoutMs / 1000} s`);
    }

    /**
     * The text of a notification containing `text`. With the smoke-test driver on (needed for the
     * extension-host tests) VS Code never pops notifications up as toasts, so read the centre.
     */
    async notification(text: string): Promise<string> {
        await this.runCommand('Notifications: Show Notifications');
        const item = this.page.locator('.notifications-center .monaco-list-row', { hasText: text }).first();
        await item.waitFor({ timeout: 20_000 });
        return item.innerText();
    }

    /** Moves the cursor of the active editor to a 1-based line and column (Go to Line, `:line:col`). */
    async goToLine(line: number, column: number): Promise<void> {
        await this.openPalette();
        await this.page.keyboard.press('Backspace');
        await this.page.keyboard.type(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.waitForTimeout(300);
    }
}
