// Runs the UI tests (test/e2e/ui/all-ui-tests.ts) one by one, each in a fresh browser context on
// its workspace, and screenshots the page when a test fails.
import type { Browser } from 'playwright-core';
import { newPage } from './browser.js';
import type { CodeServer } from './code-server.js';
import { resultsDir } from './paths.js';
import { record } from './results.js';
import type { UiTest } from '../ui/ui-test.js';
import { Workbench } from '../ui/workbench.js';

export async function runUiTests(browser: Browser, server: CodeServer, tests: readonly UiTest[], workspacePath: (test: UiTest) => string): Promise<void> {
    for (const [index, test] of tests.entries()) {
        const page = await newPage(browser);
        const workbench = new Workbench(page, `ui-${String(index + 1).padStart(2, '0')}-${test.name}`, resultsDir);
        try {
            await page.goto(server.urlFor(workspacePath(test)));
            await workbench.waitUntilReady();
            await test.run(workbench);
            record({ suite: 'ui', name: test.name, passed: true });
        } catch (error) {
            const shot = await workbench.screenshot('FAILED').catch(() => 'no screenshot');
            record({ suite: 'ui', name: test.name, passed: false, detail: `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${shot})` });
        } finally {
            await page.context().close();
        }
    }
}
