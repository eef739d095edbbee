// The preview in a real VS Code: "Tracewright: Open Preview" beside services-and-changes.req renders
// the ER diagram in the webview, typing a new entity shows up in the diagram, and clicking an entity
// box moves the editor to its declaration; the SQL and Trace tabs show what the server generates.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import type { UiTest } from './ui-test.js';
import type { Workbench } from './workbench.js';

/**
 * The model editor's cursor line (1-based): the status bar's "Ln 12, Col 1", or, when the status bar
 * shows no editor items (on a loaded machine the webview that was clicked can keep the focus, and
 * the status bar then belongs to it), the editor's highlighted line number. Neither is
 * waited for, so the callers' deadlines hold.
 */
async function cursorLine(workbench: Workbench): Promise<number> {
    const status = workbench.page.locator('[id="status.editor.selection"]');
    if (await status.count() > 0) return Number(/Ln (\d+)/.exec(await status.first().innerText())?.[1] ?? NaN);
    const activeNumber = workbench.page.locator('.editor-group-container').first().locator('.line-numbers.active-line-number');
    return await activeNumber.count() > 0 ? Number(await activeNumber.first().innerText()) : NaN;
}

async function entityNames(frame: Frame): Promise<string[]> {
    return frame.locator('#diagram g.node[data-entity]').evaluateAll(nodes => nodes.map(n => n.getAttribute('data-entity') ?? ''));
}

export const preview: UiTest = {
    name: 'preview',
    workspace: 'service-desk',
    async run(workbench) {
        const { page } = workbench;
        await workbench.openFile('services-and-changes.req', 'entity Service');
        await workbench.runCommand('Tracewright: Open Preview');
        const frame = await workbench.webviewFrame('#diagram svg g.node[data-entity]', 60_000);
        const before = await entityNames(frame);
        assert.deepEqual(before, ['Service', 'ServiceLevel', 'ConfigurationItem', 'ChangeRequest', 'ServiceRequest']);
        // The four relationships between this file's entities (the others reach entities of other files).
        assert.equal(await frame.locator('#diagram svg path.relationshipLine').count(), 4, 'relationships are drawn');
        await workbench.screenshot('diagram-of-services-file');

        // Typing in the model updates the diagram (debounced), without saving.
        await page.locator('.editor-group-container').first().locator('.view-lines').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nentity PreviewProbe { id: int pk }\n', { delay: 5 });
        await frame.locator('#diagram g.node[data-entity="PreviewProbe"]').waitFor({ timeout: 30_000 });
        assert.deepEqual(await entityNames(frame), [...before, 'PreviewProbe']);
        await workbench.screenshot('diagram-after-typing-an-entity');

        // Clicking an entity box reveals its declaration in the editor.
        await workbench.goToLine(1, 1);
        const atStart = Date.now() + 15_000;
        while (await cursorLine(workbench) !== 1 && Date.now() < atStart) await page.waitForTimeout(300);
        assert.equal(await cursorLine(workbench), 1);
        await frame.locator('#diagram g.node[data-entity="ChangeRequest"]').click();
        const deadline = Date.now() + 15_000;
        while (await cursorLine(workbench) !== 24 && Date.now() < deadline) await page.waitForTimeout(300);
        assert.equal(await cursorLine(workbench), 24, 'the editor moved to `entity ChangeRequest` (line 24)');
        await workbench.screenshot('editor-revealed-change-request');

        // The SQL tab shows the server's DDL (coloured) and verifies it on embedded PostgreSQL.
        await frame.locator('#tab-sql').click();
        await frame.locator('#sql-code .sql-keyword', { hasText: 'CREATE' }).first().waitFor({ timeout: 30_000 });
        assert.ok((await frame.locator('#sql-code').innerText()).includes('preview_probe') || (await frame.locator('#sql-code').innerText()).toLowerCase().includes('previewprobe'), 'the typed entity is in the DDL');
        await frame.locator('#sql-verify').click();
        await frame.locator('#sql-verification', { hasText: '✓' }).waitFor({ timeout: 90_000 });
        await workbench.screenshot('sql-tab-verified');

        // The Trace tab shows the matrix from the server.
        await frame.locator('#tab-trace').click();
        await frame.locator('#trace-matrix tbody tr').first().waitFor({ timeout: 30_000 });
        assert.ok(await frame.locator('#trace-matrix tbody tr').count() > 5, 'stories and requirements are listed');
        await workbench.screenshot('trace-tab');
    }
};
