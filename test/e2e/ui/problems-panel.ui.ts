// The Problems panel lists the broken fixture's errors, with their messages.
import * as assert from 'node:assert/strict';
import { brokenErrors } from '../expected/broken-errors.js';
import type { UiTest } from './ui-test.js';

export const problemsPanel: UiTest = {
    name: 'problems-panel',
    workspace: 'broken',
    async run(workbench) {
        await workbench.openFile('model.req', 'entity Ticket');
        await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const panel = workbench.page.locator('.markers-panel');
        await panel.waitFor({ timeout: 20_000 });
        // The list is virtual: only rows on screen are in the DOM, so give the panel the whole window.
        await workbench.runCommand('View: Toggle Maximized Panel');
        await workbench.page.waitForTimeout(500);  // let the palette fade out of the screenshot
        // Rows appear as the server publishes; wait until every expected message is listed.
        const deadline = Date.now() + 30_000;
        let shown = '';
        do {
            shown = (await panel.locator('.monaco-list-row').evaluateAll(rows => rows.map(r => r.getAttribute('aria-label') ?? r.textContent ?? ''))).join('\n');
            if (brokenErrors.every(e => shown.includes(e.message.slice(0, 60)))) break;
            await workbench.page.waitForTimeout(500);
        } while (Date.now() < deadline);
        await workbench.screenshot('problems-of-broken-fixture');
        for (const error of brokenErrors) assert.ok(shown.includes(error.message.slice(0, 60)), `Problems panel lacks: ${error.message}\nshown:\n${shown}`);
    }
};
