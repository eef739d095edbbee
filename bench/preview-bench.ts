/**
 * `npm run bench:preview`: how long the preview takes to draw ER diagrams of 10, 50 and 200 entities
 * (synthetic models of bench/synthetic-model.ts, one file, "Entities of this file" slice) and of the
 * service-desk example, in headless Chromium with the real webview. Prints a table; asserts nothing.
 * `--with-500` adds the 500-entity whole-model view (Mermaid's raised limits; slow).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildPreviewData } from '../server/src/diagram/preview-data.js';
import type { PreviewData, SliceRequest } from '../server/src/diagram/preview-protocol.js';
import { buildWorkspace, testUri } from '../test/helpers/workspace.js';
import { launchChromium, openPreviewPage } from '../test/preview/webview-harness.js';
import { syntheticWorkspace } from './synthetic-workspace.js';

const RUNS = 3;

async function previewData(files: Record<string, string>, file: string, slice: SliceRequest): Promise<{ data: PreviewData, serverMs: number }> {
    const ws = await buildWorkspace(files);
    const started = performance.now();
    const data = buildPreviewData(ws.shared.workspace.LangiumDocuments.all.toArray(), ws.documentOf(file), { uri: testUri(file).toString(), slice });
    return { data, serverMs: performance.now() - started };
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const cases: Array<{ label: string, runs?: number, load: () => Promise<{ data: PreviewData, serverMs: number }> }> = [10, 50, 200].map(n => ({
    label: `${n} entities`,
    load: () => previewData(syntheticWorkspace(n, 'single').files, 'part-001.req', { kind: 'file' })
}));
const desk = 'examples/service-desk';
if (fs.existsSync(desk)) {
    const files = Object.fromEntries(fs.readdirSync(desk).filter(n => n.endsWith('.req')).map(n => [n, fs.readFileSync(path.join(desk, n), 'utf8')]));
    cases.push({ label: 'service-desk (whole model)', load: () => previewData(files, Object.keys(files)[0], { kind: 'all' }) });
}
if (process.argv.includes('--with-500')) {
    cases.push({ label: '500 entities (whole model)', runs: 1, load: () => previewData(syntheticWorkspace(500, 'single').files, 'part-001.req', { kind: 'all' }) });
}

const browser = await launchChromium();
try {
    console.log('| slice | entities | relationships | Mermaid source | preview data (server) | render in webview, median (runs) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const { label, load, runs = RUNS } of cases) {
        const { data, serverMs } = await load();
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
            // A fresh page per run: Mermaid caches nothing between pages, so every run is a first render.
            const page = await openPreviewPage(browser);
            await page.send({ type: 'preview', data });
            // Clicked from inside the page: Playwright's click would wait on the main thread the render keeps busy.
            if (data.entities.length > 120) {
                await page.page.locator('#draw-anyway').waitFor();
                await page.page.evaluate(() => (document.getElementById('draw-anyway') as HTMLButtonElement).click());
            }
            times.push((await page.waitForDiagram(900_000)).renderMs);
            await page.close();
        }
        console.log(`| ${label} | ${data.entities.length} | ${data.relationshipCount} | ${(data.mermaid.length / 1024).toFixed(1)} KiB | ${serverMs.toFixed(0)} ms | ${median(times)} ms (${times.join(', ')}) |`);
    }
} finally {
    await browser.close();
}
