// The preview in a real VS Code (code-server) is inert to the model text: xss.req puts a payload in
// every text field (script tags, event handlers, javascript: URLs, CSS, Mermaid directives, HTML
// entities). The diagram, SQL and Trace tabs render it with no script run, no dialog and no request.
import * as assert from 'node:assert/strict';
import type { UiTest } from './ui-test.js';

export const previewXss: UiTest = {
    name: 'preview-xss',
    workspace: 'xss',
    async run(workbench) {
        const { page } = workbench;
        const dialogs: string[] = [];
        const evilRequests: string[] = [];
        page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
        page.on('request', request => { if (/evil\.test|^javascript:/i.test(request.url())) evilRequests.push(request.url()); });

        await workbench.openFile('xss.req', 'entity Victim');
        await workbench.runCommand('Tracewright: Open Preview');
        const frame = await workbench.webviewFrame('#diagram svg g.node[data-entity]', 60_000);
        assert.deepEqual(await frame.locator('#diagram g.node[data-entity]').evaluateAll(nodes => nodes.map(n => n.getAttribute('data-entity'))), ['Victim', 'Other']);
        await frame.locator('#tab-sql').click();
        await frame.locator('#sql-code .sql-keyword', { hasText: 'CREATE' }).first().waitFor({ timeout: 30_000 });
        assert.ok((await frame.locator('#sql-code').innerText()).includes('<object data="javascript:alert(6)"></object>'), 'payloads are shown as text in the SQL');
        await frame.locator('#tab-trace').click();
        await frame.locator('#trace-matrix tbody tr').first().waitFor({ timeout: 30_000 });
        await frame.locator('#tab-diagram').click();
        await page.waitForTimeout(1000);

        const injected = await frame.evaluate(() => ({
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            elements: Array.from(document.querySelectorAll('img, iframe, object, embed, svg script, a[href^="javascript"]')).map(e => e.tagName),
            handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)
                .filter(a => a.name.startsWith('on') || /javascript:|evil\.test/i.test(a.value)).map(a => `${e.tagName}.${a.name}`))
        }));
        assert.deepEqual(injected, { pwned: undefined, elements: [], handlers: [] });
        assert.deepEqual(dialogs, []);
        assert.deepEqual(evilRequests, []);
        await workbench.screenshot('xss-fixture-rendered-as-text');
    }
};
