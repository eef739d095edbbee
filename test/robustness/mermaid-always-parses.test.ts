import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewData } from '../../server/src/diagram/preview-data.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';
import { launchChromium } from '../preview/webview-harness.js';
import { repositoryRoot } from './corpus.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { modelArbitrary } from './random-model.js';

// For random models (hostile descriptions and verbs included), the generated erDiagram passes
// `mermaid.parse`, renders, shows every entity name as text, and inserting the SVG into a page runs
// no script, opens no dialog and makes no request. Mermaid needs a DOM: headless Chromium.

const ORIGIN = 'https://mermaid.test';
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    const mermaidScript = fs.readFileSync(path.join(repositoryRoot, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
    await page.route('**/*', route => {
        const url = new URL(route.request().url());
        if (url.origin === ORIGIN && url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body><div id="out"></div></body></html>' });
        if (url.origin === ORIGIN && url.pathname === '/mermaid.min.js') return route.fulfill({ contentType: 'text/javascript', body: mermaidScript });
        foreignRequests.push(url.href);
        return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ url: `${ORIGIN}/mermaid.min.js` });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 5_000_000 }));
}, 120_000);
afterAll(async () => { await browser?.close(); });

interface Rendered { parsed: boolean; error?: string; text?: string; scripts?: number; images?: number; handlers?: string[]; pwned?: unknown }

async function renderInPage(source: string, id: string): Promise<Rendered> {
    return page.evaluate(async ({ source, id }) => {
        const w = window as unknown as { mermaid: { parse(s: string): Promise<unknown>, render(id: string, s: string): Promise<{ svg: string }> }, __pwned?: unknown };
        try {
            await w.mermaid.parse(source);
            const { svg } = await w.mermaid.render(id, source);
            const out = document.getElementById('out')!;
            out.innerHTML = svg; // as the webview does with Mermaid's (sanitised) output
            const all = Array.from(out.querySelectorAll('*'));
            return {
                parsed: true, text: out.textContent ?? '',
                scripts: out.querySelectorAll('script').length, images: out.querySelectorAll('img').length,
                handlers: all.flatMap(e => Array.from(e.attributes).filter(a => a.name.startsWith('on') || /javascript:/i.test(a.value)).map(a => `${e.tagName}.${a.name}`)),
                pwned: w.__pwned
            };
        } catch (error) {
            return { parsed: false, error: String((error as Error)?.message ?? error) };
        }
    }, { source, id });
}

describe('the generated Mermaid diagram always parses and renders, and hostile text stays text', () => {
    test(`${cases(20, 400)} random models (seed ${fuzzSeed})`, { timeout: 1_800_000 }, async () => {
        let rendered = 0;
        await fc.assert(fc.asyncProperty(modelArbitrary, async model => {
            const ws = await buildWorkspace({ 'm.req': model.text });
            const data = buildPreviewData([ws.documentOf('m.req')], ws.documentOf('m.req'), { uri: testUri('m.req').toString(), slice: { kind: 'all' } });
            if (data.entities.length === 0) return;
            const result = await renderInPage(data.mermaid, `d${++rendered}`);
            const context = `--- model\n${model.text}--- mermaid\n${data.mermaid}`;
            expect(result.error, context).toBeUndefined();
            expect({ scripts: result.scripts, images: result.images, handlers: result.handlers, pwned: result.pwned }, context)
                .toEqual({ scripts: 0, images: 0, handlers: [], pwned: undefined });
            const shown = (result.text ?? '').normalize();
            // Labels longer than 80 characters are cut (with an ellipsis) by design.
            const label = (name: string) => [...name].length > 80 ? [...name].slice(0, 79).join('') : name;
            for (const entity of data.entities) expect(shown, context).toContain(label(entity.name.normalize()));
        }), { seed: fuzzSeed, numRuns: cases(20, 400), endOnFailure: process.env.FUZZ_SHRINK !== '1' });
        expect(rendered).toBeGreaterThanOrEqual(cases(20, 400) * 0.8);
        expect(dialogs).toEqual([]);
        expect(foreignRequests).toEqual([]);
    });
});
