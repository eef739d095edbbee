import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewData } from '../../server/src/diagram/preview-data.js';
import type { PreviewData, PreviewDataParams } from '../../server/src/diagram/preview-protocol.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';
import { LIGHT_THEME, launchChromium, openPreviewPage, type PreviewPage } from './webview-harness.js';

const SHOTS = 'test-results/preview';
const SERVICE_DESK = 'examples/service-desk';

async function previewOf(files: Record<string, string>, file: string, params: Partial<PreviewDataParams> = {}): Promise<PreviewData> {
    const ws = await buildWorkspace(files);
    return buildPreviewData(ws.shared.workspace.LangiumDocuments.all.toArray(), ws.documentOf(file),
        { uri: testUri(file).toString(), slice: { kind: 'file' }, ...params });
}

function serviceDesk(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of fs.readdirSync(SERVICE_DESK).filter(n => n.endsWith('.req'))) files[name] = fs.readFileSync(path.join(SERVICE_DESK, name), 'utf8');
    return files;
}

/** Every text field of the language holds a payload; names are the words Mermaid treats as syntax. */
const XSS = {
    img: '<img src=x onerror=window.__pwned=1>',
    script: '</script><script>window.__pwned=2</script>',
    directive: '%%{init: {"securityLevel":"loose","theme":"dark"}}%%',
    link: 'javascript:window.__pwned=3',
    quote: '" \\ #lt; &amp; %'
};
const q = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const hostileModel = `
stakeholder to ${q(XSS.img)}
goal one ${q(XSS.script)} { measure ${q(XSS.directive)} owner to }
story u ${q(XSS.img)} { as to want ${q(XSS.link)} so ${q(XSS.quote)} realizes one uses many(read)
  acceptance ${q(XSS.script)} { given ${q(XSS.img)} when ${q(XSS.directive)} then ${q(XSS.link)} } }
requirement script functional ${q(XSS.img)} { rationale ${q(XSS.script)} fit ${q(XSS.directive)} satisfies u traces many.style }
enum zero { one ${q(XSS.link)} many ${q(XSS.quote)} }
entity many ${q(XSS.img)} {
  id: int pk ${q(XSS.script)}
  style: text ${q(XSS.directive)}
  to: zero optional ${q(XSS.quote)}
}
entity one ${q(XSS.link)} { u: int pk ${q(XSS.img)} }
relationship classDef: many * -- 1 one ${q(XSS.img)}
relationship to: one 0..1 -- 1..* many ${q(XSS.directive + ' ' + XSS.script)}
`;

let browser: Browser;
beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
}, 60_000);
afterAll(async () => { await browser?.close(); });

async function withPage(run: (preview: PreviewPage) => Promise<void>, theme?: string): Promise<void> {
    const preview = await openPreviewPage(browser, theme);
    try {
        await run(preview);
        expect(preview.pageErrors).toEqual([]);
        expect(preview.foreignRequests).toEqual([]);
    } finally {
        await preview.close();
    }
}

describe('the preview webview in headless Chromium', { timeout: 90_000 }, () => {
    test('renders the service-desk model: entity boxes, relationships, labels; the slice picker; click reveals', async () => {
        const data = await previewOf(serviceDesk(), 'services-and-changes.req', { slice: { kind: 'all' }, overlay: 'G1' });
        expect(data.entities.length).toBe(10);
        await withPage(async ({ page, send, waitForDiagram, posted }) => {
            await send({ type: 'preview', data });
            const rendered = await waitForDiagram();
            expect(rendered.entities).toBe(10);
            const svg = page.locator('#diagram svg');
            // Entity boxes: one per entity plus one per enum in the slice.
            const enumBoxes = (data.mermaid.match(/^ {4}n\d+\[/gm) ?? []).length;
            await expect.poll(() => svg.locator('g.node').count()).toBe(10 + enumBoxes);
            expect(await svg.locator('path.relationshipLine').count()).toBe(data.relationshipCount);
            expect(data.relationshipCount).toBeGreaterThanOrEqual(10);
            const text = await svg.textContent();
            for (const entity of data.entities) expect(text).toContain(entity.name);
            expect(await page.locator('g.node.tw-traced').count()).toBe(data.entities.filter(e => e.traced).length);
            expect(await page.locator('g.node.tw-unjustified').count()).toBe(data.entities.filter(e => e.unjustified).length);

            // The slice picker offers the fixed slices, every entity's neighbourhood and every analysis element.
            const options = await page.locator('#slice-picker option').evaluateAll(list => list.map(o => (o as HTMLOptionElement).value));
            expect(options.slice(0, 3)).toEqual(['file', 'cursor', 'all']);
            expect(options).toContain('entity:Incident');
            expect(options).toContain('traced:G1');
            expect(await page.locator('#slice-picker').inputValue()).toBe('all');
            expect(await page.locator('#overlay-picker').inputValue()).toBe('G1');
            await page.locator('#slice-picker').selectOption('entity:Incident');
            await page.locator('#overlay-picker').selectOption('');

            // Clicking an entity (mouse, and Enter on the focused box) asks the host to reveal its declaration.
            const incident = data.entities.find(e => e.name === 'Incident')!;
            await page.locator('g.node[data-entity="Incident"]').click();
            await page.locator('g.node[data-entity="Incident"]').focus();
            await page.keyboard.press('Enter');
            const messages = await posted();
            expect(messages).toContainEqual({ type: 'selectSlice', slice: { kind: 'entity', name: 'Incident' } });
            expect(messages).toContainEqual({ type: 'selectOverlay' });
            expect(messages.filter(m => m.type === 'reveal')).toEqual([
                { type: 'reveal', location: incident.location }, { type: 'reveal', location: incident.location }
            ]);
            await page.screenshot({ path: `${SHOTS}/service-desk-whole-model.png`, fullPage: true });
        });
    });

    test('a syntax error keeps the last good diagram and shows a banner; zoom and the tabs work from the keyboard', async () => {
        const files = serviceDesk();
        const good = await previewOf(files, 'people.req');
        const broken = await previewOf({ ...files, 'people.req': files['people.req'] + '\nentity {' }, 'people.req');
        expect(broken.hasSyntaxErrors).toBe(true);
        await withPage(async ({ page, send, waitForDiagram }) => {
            await send({ type: 'preview', data: good });
            await waitForDiagram();
            const before = await page.locator('#diagram svg').getAttribute('id');
            await send({ type: 'preview', data: broken });
            await expect.poll(() => page.locator('#banner').isVisible()).toBe(true);
            expect(await page.locator('#banner').textContent()).toMatch(/^Syntax error at \d+:\d+ .*Showing the last good diagram\.$/);
            expect(await page.locator('#diagram svg').getAttribute('id')).toBe(before);

            const scale = () => page.locator('#diagram').evaluate(d => Number(/scale\(([\d.]+)\)/.exec((d as HTMLElement).style.transform)?.[1]));
            const fitted = await scale();
            expect(fitted).toBeGreaterThan(0);
            expect(fitted).toBeLessThanOrEqual(1);
            await page.locator('#zoom-in').click();
            expect(await scale()).toBeCloseTo(fitted * 1.2);
            await page.locator('#tab-diagram').focus();
            await page.keyboard.press('ArrowRight');
            expect(await page.locator('#tab-sql').getAttribute('aria-selected')).toBe('true');
            expect(await page.locator('#panel-sql').isVisible()).toBe(true);
            await page.keyboard.press('ArrowRight');
            expect(await page.locator('#panel-trace').isVisible()).toBe(true);
            const state = await page.evaluate(() => (window as unknown as { __state: { tab: string, zoom: { scale: number } } }).__state);
            expect(state.tab).toBe('trace');
            expect(state.zoom.scale).toBeCloseTo(fitted * 1.2);
        });
    });

    test('XSS fixtures: hostile text renders as literal text, runs no script, opens no dialog, makes no request', async () => {
        const data = await previewOf({ 'hostile.req': hostileModel }, 'hostile.req', { overlay: 'script' });
        expect(data.entities.map(e => e.name)).toEqual(['many', 'one']);
        await withPage(async ({ page, send, waitForDiagram, dialogs }) => {
            await send({ type: 'preview', data });
            await waitForDiagram();
            await send({ type: 'sql', dialect: 'postgres', sql: `CREATE TABLE "many" (\n  "id" integer PRIMARY KEY\n);\nCOMMENT ON TABLE "many" IS '${XSS.img}';\n` });
            await send({ type: 'trace', view: {
                columns: [{ name: XSS.img, kind: 'entity', location: data.entities[0].location }],
                rows: [{ name: 'script', kind: 'requirement', title: XSS.script, goals: [XSS.directive], stakeholders: [XSS.img], priority: 'must', status: XSS.link, cells: [{ column: 0, label: 'traces' }], location: data.entities[0].location }],
                gaps: [{ element: { name: XSS.link, kind: 'entity' }, message: XSS.script }]
            } });
            await page.locator('#tab-sql').click();
            await page.locator('#tab-trace').click();
            await page.waitForTimeout(300);
            const svgText = await page.locator('#diagram svg').textContent();
            expect(svgText).toContain(XSS.img);
            expect(svgText).toContain('%%{init: {"securityLevel":"loose","theme":"dark"}}%%');
            expect(svgText).toContain('" \\ #lt; &amp; %');
            expect(await page.locator('#panel-sql pre').textContent()).toContain(XSS.img);
            expect(await page.locator('#trace-matrix').textContent()).toContain(XSS.img);
            expect(await page.locator('#trace-gaps').textContent()).toContain(XSS.script);
            expect(await page.locator('#overlay-picker').textContent()).toContain(XSS.img);
            // Nothing the payloads name exists as an element or attribute anywhere in the page.
            const injected = await page.evaluate(() => {
                const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data'];
                return {
                pwned: (window as unknown as { __pwned?: unknown }).__pwned,
                images: document.querySelectorAll('img').length,
                scripts: Array.from(document.querySelectorAll('script')).map(s => s.getAttribute('src')),
                handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).filter(a => a.name.startsWith('on') || (URL_ATTRIBUTES.includes(a.name) && /javascript:/i.test(a.value))).map(a => `${e.tagName} ${a.name}=${a.value}`))
                };
            });
            expect(injected).toEqual({ pwned: undefined, images: 0, scripts: ['https://preview.test/mermaid.min.js', 'https://preview.test/preview.js'], handlers: [] });
            expect(dialogs).toEqual([]);
            await page.locator('#tab-diagram').click();
            await page.screenshot({ path: `${SHOTS}/xss-fixtures.png`, fullPage: true });
        });
    });

    test('a directive inside the diagram text cannot change Mermaid\'s locked settings', async () => {
        const data = await previewOf({ 'm.req': 'entity A { id: int pk }' }, 'm.req');
        // As if the generator let a directive through: theme and security level must stay as configured.
        const tampered = { ...data, mermaid: '%%{init: {"theme":"forest","securityLevel":"loose","themeVariables":{"primaryColor":"#ff0000"}}}%%\n' + data.mermaid };
        await withPage(async ({ page, send, waitForDiagram }) => {
            await send({ type: 'preview', data: tampered });
            await waitForDiagram();
            // The entity box is filled with primaryColor: the test theme's --vscode-editorWidget-background, not the directive's red.
            const fill = await page.locator('#diagram g.node .outer-path path').first().getAttribute('fill');
            expect(fill?.toLowerCase()).toBe('#252526');
        });
    });

    test('colours come from the VS Code theme: a light theme gives light boxes; a theme switch redraws', async () => {
        const data = await previewOf(serviceDesk(), 'incidents-and-problems.req');
        await withPage(async ({ page, send, waitForDiagram }) => {
            await send({ type: 'preview', data });
            await waitForDiagram();
            const fill = () => page.locator('#diagram g.node .outer-path path').first().getAttribute('fill');
            expect((await fill())?.toLowerCase()).toBe('#f8f8f8');
            await page.screenshot({ path: `${SHOTS}/light-theme.png` });
            // What VS Code does on a theme switch: new variable values and a new class on <body>.
            await page.evaluate(() => {
                document.documentElement.style.setProperty('--vscode-editorWidget-background', '#000000');
                document.body.className = 'vscode-high-contrast';
            });
            await waitForDiagram();
            expect((await fill())?.toLowerCase()).toBe('#000000');
        }, LIGHT_THEME);
    });

    test('a slice above 120 entities waits for "Draw anyway"', async () => {
        const text = Array.from({ length: 121 }, (_, i) => `entity E${i} { id: int pk }`).join('\n');
        const data = await previewOf({ 'big.req': text }, 'big.req');
        await withPage(async ({ page, send, waitForDiagram }) => {
            await send({ type: 'preview', data });
            await page.locator('#draw-anyway').waitFor();
            expect(await page.locator('#diagram-status').textContent()).toBe('Entities of big.req has 121 entities; drawing them can take a minute. Pick a smaller slice above, or Draw 121 entities anyway');
            expect(await page.locator('#diagram svg').count()).toBe(0);
            await page.locator('#draw-anyway').click();
            expect((await waitForDiagram()).entities).toBe(121);
            expect(await page.locator('#diagram g.node').count()).toBe(121);
        });
    });

    test('SQL tab: theme-coloured tokens, verification result, copy/save/verify post typed messages', async () => {
        await withPage(async ({ page, send, posted }) => {
            await page.locator('#tab-sql').click();
            await send({ type: 'sql', dialect: 'postgres', sql: 'CREATE TABLE "incident" (\n  "id" integer PRIMARY KEY, -- key\n  "cost" decimal(10,2) DEFAULT 0\n);\n', verification: { ok: true, engine: 'PGlite', message: '3 statements ran' } });
            // The tab renders after the message arrives: wait for it (a loaded machine can be slow) rather than read at once.
            await expect.poll(() => page.locator('.sql-keyword').allTextContents()).toEqual(['CREATE', 'TABLE', 'PRIMARY', 'KEY', 'DEFAULT']);
            expect(await page.locator('.sql-type').allTextContents()).toEqual(['integer', 'decimal']);
            expect(await page.locator('.sql-comment').allTextContents()).toEqual(['-- key']);
            expect(await page.locator('#sql-verification').textContent()).toBe('✓ PGlite: 3 statements ran');
            await page.locator('#sql-dialect').selectOption('sqlite');
            await page.locator('#sql-copy').click();
            await page.locator('#sql-save').click();
            await page.locator('#sql-verify').click();
            const sent = (await posted()).filter(m => String(m.type).includes('Sql'));
            expect(sent).toEqual([
                { type: 'requestSql', dialect: 'postgres' }, { type: 'requestSql', dialect: 'sqlite' },
                { type: 'copySql', dialect: 'sqlite' }, { type: 'saveSql', dialect: 'sqlite' }, { type: 'verifySql', dialect: 'sqlite' }
            ]);
        });
    });

    test('Trace tab: filters by goal, stakeholder, priority and status; a cell reveals the element', async () => {
        const at = (line: number) => ({ uri: 'file:///w/a.req', range: { start: { line, character: 0 }, end: { line, character: 3 } } });
        await withPage(async ({ page, send, posted }) => {
            await page.locator('#tab-trace').click();
            await send({ type: 'trace', view: {
                columns: [{ name: 'Incident', kind: 'entity' }, { name: 'Incident.priority', kind: 'attribute' }],
                rows: [
                    { name: 'US1', kind: 'story', title: 'Log', goals: ['G1'], stakeholders: ['Student'], priority: 'must', cells: [{ column: 0, label: 'uses' }], location: at(1) },
                    { name: 'R1', kind: 'requirement', title: 'Record', goals: ['G2'], stakeholders: ['Analyst'], priority: 'should', status: 'agreed', cells: [{ column: 1, label: 'traces' }], location: at(2) }
                ],
                gaps: [{ element: { name: 'Team', kind: 'entity' }, message: 'nothing justifies it' }]
            } });
            // The page renders each message when it arrives: wait for it, as for the diagram.
            await expect.poll(() => page.locator('#trace-matrix tbody tr').count()).toBe(2);
            await page.locator('#filter-priority').selectOption('should');
            await expect.poll(() => page.locator('#trace-matrix tbody th').allTextContents()).toEqual(['R1']);
            await page.locator('#filter-priority').selectOption('');
            await page.locator('#filter-goal').selectOption('G1');
            await expect.poll(() => page.locator('#trace-matrix tbody th').allTextContents()).toEqual(['US1']);
            await page.locator('#trace-matrix td.traced').first().click();
            expect((await posted()).filter(m => m.type === 'reveal')).toEqual([{ type: 'reveal', location: at(1) }]);
            await expect.poll(() => page.locator('#trace-gaps').textContent()).toBe('Team — nothing justifies it');
            await page.screenshot({ path: `${SHOTS}/trace-tab.png` });
        });
    });
});
