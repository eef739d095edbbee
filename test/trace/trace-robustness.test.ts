import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { impactOf } from '../../server/src/trace/impact.js';
import { traceSummary } from '../../server/src/trace/trace-summary.js';
import { workspaceTraceMatrix } from '../../server/src/trace/workspace-matrix.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';

/** Half-typed and broken files: every trace feature must answer without throwing. */
const folders = ['test/fixtures/broken', 'test/fixtures/robustness', 'test/fixtures/trace/gaps'];
const files = folders.flatMap(folder => fs.readdirSync(folder).filter(f => f.endsWith('.req')).map(f => path.join(folder, f)));
const truncations = (text: string) => [text, ...[0.25, 0.5, 0.75].map(share => text.slice(0, Math.floor(text.length * share)))];

describe('trace features on broken input', () => {
    test.each(files)('%s, whole and cut short', async file => {
        for (const text of truncations(fs.readFileSync(file, 'utf8'))) {
            const ws = await buildWorkspace({ 'a.req': text });
            const services = ws.Tracewright;
            const matrix = workspaceTraceMatrix(services, uri => uri.toString());
            expect(matrix.version).toBe(1);
            const document = ws.documentOf('a.req');
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                traceSummary(services.traces.TraceIndex, node);
                impactOf(services.traces.TraceIndex, node, uri => uri.toString());
            }
            await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: testUri('a.req').toString() } });
            const diagnostics = ws.diagnostics('a.req');
            await services.lsp.CodeActionProvider!.getCodeActions(document,
                { textDocument: { uri: testUri('a.req').toString() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } });
        }
    });
});
