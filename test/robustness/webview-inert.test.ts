import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewData } from '../../server/src/diagram/preview-data.js';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';
import { launchChromium, openPreviewPage } from '../preview/webview-harness.js';
import { repositoryRoot } from './corpus.js';

// test/fixtures/robustness/xss/xss.req puts a payload in every text field (script tags, event handlers,
// javascript: URLs, CSS, Mermaid directives, HTML entities). The preview (the real webview HTML and
// script, with a stub acquireVsCodeApi, in headless Chromium) shows it with no script run, no
// dialog, no request, and no injected style applied.

const fixture = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/robustness/xss/xss.req'), 'utf8');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); }, 60_000);
afterAll(async () => { await browser?.close(); });

describe('the preview is inert to the model text', { timeout: 120_000 }, () => {
    test.each(['all', 'file'] as const)('the XSS fixture in the %s slice, with its SQL and trace overlay', async slice => {
        const ws = await buildWorkspace({ 'xss.req': fixture });
        expect(ws.diagnostics('xss.req').filter(d => d.severity === 1)).toEqual([]);
        const model = ws.documentOf('xss.req');
        const data = buildPreviewData([model], model, { uri: testUri('xss.req').toString(), slice: { kind: slice }, overlay: 'R1' });
        const sql = generateSql(schemaOfDocuments([model], { naming: 'asWritten' }), 'postgres').sql;
        const preview = await openPreviewPage(browser);
        try {
            await preview.send({ type: 'preview', data });
            const rendered = await preview.waitForDiagram();
            expect(rendered.entities).toBe(2);
            await preview.send({ type: 'sql', dialect: 'postgres', sql });
            await preview.page.locator('#tab-sql').click();
            await preview.page.locator('#tab-diagram').click();
            await preview.page.waitForTimeout(300);
            const page = await preview.page.evaluate(() => ({
                pwned: (window as unknown as { __pwned?: unknown }).__pwned,
                bodyDisplay: getComputedStyle(document.body).display,
                // Mermaid writes its own <style> into the SVG; a payload's style would carry its text.
                injected: Array.from(document.querySelectorAll('img, iframe, object, embed, link[href*="evil"], svg script, a[href^="javascript"]')).map(e => e.tagName)
                    .concat(Array.from(document.querySelectorAll('style')).filter(e => /display:\s*none !important|evil\.test|fill:#f00/.test(e.textContent ?? '')).map(() => 'STYLE')),
                handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)
                    .filter(a => a.name.startsWith('on') || /javascript:|evil\.test/i.test(a.value)).map(a => `${e.tagName}.${a.name}`))
            }));
            expect(page).toEqual({ pwned: undefined, bodyDisplay: 'block', injected: [], handlers: [] });
            // The text is there, as text.
            expect(await preview.page.locator('#diagram svg').textContent()).toContain('Victim');
            expect(await preview.page.locator('#panel-sql pre').textContent()).toContain('<object data="javascript:alert(6)"></object>');
            expect(preview.dialogs).toEqual([]);
            expect(preview.foreignRequests).toEqual([]);
            expect(preview.pageErrors).toEqual([]);
        } finally {
            await preview.close();
        }
    });
});
