import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import type { ImpactReport } from '../../server/src/trace/impact-types.js';
import type { TraceMatrix } from '../../server/src/trace/trace-matrix-types.js';
import { traceMatrixFor } from '../../server/src/trace/trace-matrix-request.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';


const golden = 'test/fixtures/trace/service-desk.matrix.md';

describe('tracewright trace', () => {
    test('the service-desk matrix matches the golden file and has no gaps', async () => {
        const { code, output } = await cli('trace', 'examples/service-desk', '--fail-on', 'gaps');
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, output + '\n');
        expect(output + '\n').toBe(fs.readFileSync(golden, 'utf8'));
        expect(code).toBe(0);
    });

    test('the library example has no gaps either', async () => {
        const { code, output } = await cli('trace', 'examples/library', '--format', 'json', '--fail-on', 'gaps');
        expect((JSON.parse(output) as TraceMatrix).gaps).toEqual([]);
        expect(code).toBe(0);
    });

    test('the deliberate-gap fixture: exactly these gaps, and --fail-on gaps exits 1', async () => {
        const { code, output } = await cli('trace', 'test/fixtures/trace/gaps', '--format', 'json', '--fail-on', 'gaps');
        const matrix = JSON.parse(output) as TraceMatrix;
        expect(matrix.gaps.map(g => `${path.basename(g.location.file)}:${g.location.line} ${g.rule} ${g.element}`)).toEqual([
            'analysis.req:6 unrealized-goal G2',
            'analysis.req:18 item-without-data US2',
            'model.req:2 entity-never-created Book',
            'model.req:6 unjustified-attribute Book.isbn',
            'model.req:16 unjustified-entity Fine',
            'model.req:16 entity-never-created Fine',
            'model.req:16 entity-never-read Fine',
            'model.req:19 unjustified-attribute Fine.amount',
            'requirements.req:8 item-without-goal R2',
            'requirements.req:8 item-without-data R2',
            'requirements.req:16 trace-cycle R3',
            'requirements.req:20 trace-cycle R4',
            'requirements.req:31 unresolved-conflict R6'
        ]);
        expect(matrix.summary).toEqual({ goals: 2, goalsRealised: 1, items: 8, itemsServingGoals: 7, dataElements: 11, dataJustified: 5, gaps: 13 });
        expect(matrix.items.filter(i => i.status === 'gap').map(i => i.name)).toEqual(['US2', 'R2', 'R3', 'R4', 'R6']);
        expect(matrix.crud).toEqual({ entities: ['Book', 'Loan'], rows: [{ story: 'US1', operations: { Book: 'R', Loan: 'CR' } }] });
        expect(code).toBe(1);
    });

    test('without --fail-on, gaps do not fail the run', async () => {
        expect((await cli('trace', 'test/fixtures/trace/gaps', '--format', 'csv')).code).toBe(0);
    });

    test('CSV: one row per goal → item → data link, quoted where needed', async () => {
        const { output } = await cli('trace', 'test/fixtures/trace/gaps', '--format', 'csv');
        const lines = output.split('\r\n');
        expect(lines[0]).toBe('goal,item,item_kind,priority,data,data_kind,item_status,data_status');
        expect(lines).toContain('G1,R1,functional,must,Loan.dueDate,attribute,covered,covered');
        expect(lines).toContain(',R2,functional,must,,,gap,');
        expect(lines).toContain('G2,,,,,,gap,');
        expect(lines).toContain(',,,,Book.isbn,attribute,,gap');
        expect(lines).toContain('US1,R,CR');
        expect(lines.some(l => l.startsWith('test/fixtures/trace/gaps/requirements.req,31,13,warning,unresolved-conflict,R6,"\'R6\' (should)'))).toBe(true);
    });

    test('HTML: one self-contained page, user text escaped, print styles', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-trace-'));
        fs.writeFileSync(path.join(folder, 'a.req'), 'goal G1 "<script>alert(1)</script> & \\"quotes\\""\nrequirement R1 usability "Fast <b>enough</b>." { realizes G1 }');
        const file = path.join(folder, 'matrix.html');
        const { code, output } = await cli('trace', folder, '--format', 'html', '-o', file);
        expect([code, output]).toEqual([0, `Wrote ${file} (0 gaps).`]);
        const html = fs.readFileSync(file, 'utf8');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
        expect(html).toContain('Fast &lt;b&gt;enough&lt;/b&gt;.');
        expect(html).not.toMatch(/<script|<link|src=|href=/i);
        expect(html).toContain('@media print');
        expect(fs.readdirSync(folder).sort()).toEqual(['a.req', 'matrix.html']);
    });

    test('a wrong option is a one-line usage error', async () => {
        await expect(cli('trace', 'examples/library', '--fail-on', 'warnings')).rejects.toThrow("--fail-on takes 'gaps', not 'warnings'.");
        await expect(cli('trace', 'examples/library', '--format', 'pdf')).rejects.toThrow('--format must be one of md, csv, html, json');
    });
});

describe('tracewright impact', () => {
    test('an attribute: the requirement tracing it, the story it satisfies, the goal above', async () => {
        const { code, output } = await cli('impact', 'Incident.priority', 'examples/service-desk', '--format', 'json');
        const report = JSON.parse(output) as ImpactReport;
        expect(code).toBe(0);
        expect(report.entries.map(e => `${e.depth} ${e.kind} ${e.name}: ${e.reason}`)).toEqual([
            '1 requirement R1: traces Incident.priority',
            '2 story US1: satisfied by R1',
            '3 goal G1: realised by US1'
        ]);
    });

    test('a key attribute drags in the relationships whose foreign keys point at it', async () => {
        const { output } = await cli('impact', 'Book.id', 'test/fixtures/trace/gaps');
        expect(output).toContain('  relationship Borrows: foreign key to Book.id');
        expect(output).toContain('    requirement R1: traces Borrows');
    });

    test('an unknown element suggests the closest name', async () => {
        await expect(cli('impact', 'Incident.priorty', 'examples/service-desk')).rejects.toThrow("No element named 'Incident.priorty' in the workspace. Did you mean 'Incident.priority'?");
    });
});

describe('tracewright/traceMatrix request', () => {
    test('returns the matrix with URIs as file names', async () => {
        const ws = await buildWorkspace({ 'a.req': 'goal G1 "Unrealised"\nentity E { id: int pk auto }\nrequirement R1 functional "Keep E." { traces E }' });
        const matrix = await traceMatrixFor(ws.Tracewright, { uri: testUri('a.req').toString() });
        expect(matrix.gaps.map(g => [g.rule, g.location])).toEqual([['unrealized-goal', { file: testUri('a.req').toString(), line: 1, column: 6 }]]);
        expect(matrix.data.map(d => `${d.name} ${d.status}`)).toEqual(['E covered', 'E.id exempt']);
    });
});
