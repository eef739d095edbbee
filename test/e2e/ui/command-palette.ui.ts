// The command palette lists the extension's commands: every command package.json contributes,
// and at least the ones named here (so the test fails if the manifest loses them).
import * as assert from 'node:assert/strict';
import { contributedCommandTitles } from './extension-manifest.js';
import type { UiTest } from './ui-test.js';

const requiredTitles = ['Tracewright: Restart Language Server'];

export const commandPalette: UiTest = {
    name: 'command-palette',
    workspace: 'service-desk',
    async run(workbench) {
        // Commands are enabled once the extension activated: open a .req file first.
        await workbench.openFile('stories.req', 'story');
        const titles = [...new Set([...requiredTitles, ...contributedCommandTitles()])];
        const missing: string[] = [];
        for (const title of titles) {
            await workbench.openPalette();
            const rows = await workbench.typeInQuickInput(title, title).catch(() => [] as string[]);
            if (!rows.some(row => title.endsWith(row) || row === title)) missing.push(title);
        }
        await workbench.openPalette();
        await workbench.typeInQuickInput('Tracewright');
        await workbench.screenshot('palette-lists-tracewright-commands');
        await workbench.page.keyboard.press('Escape');
        assert.deepEqual(missing, [], `commands missing from the palette: ${missing.join(', ')}`);
    }
};
