import { describe, expect, test } from 'vitest';
import { parseWebviewMessage } from '../../client/src/preview/preview-messages.js';
import { traceView } from '../../client/src/preview/trace-view-model.js';
import type { TraceMatrix } from '../../server/src/trace/trace-matrix-types.js';

const location = { uri: 'file:///w/a.req', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } } };

describe('messages from the webview are checked against a typed allow-list', () => {
    test.each([
        [{ type: 'ready' }],
        [{ type: 'selectSlice', slice: { kind: 'entity', name: 'Incident' } }],
        [{ type: 'selectSlice', slice: { kind: 'cursor' } }],
        [{ type: 'selectOverlay', name: 'US1' }],
        [{ type: 'selectOverlay' }],
        [{ type: 'reveal', location }],
        [{ type: 'exportSvg', svg: '<svg></svg>' }],
        [{ type: 'verifySql', dialect: 'mysql' }],
        [{ type: 'requestTrace' }]
    ])('accepts %j', message => {
        expect(parseWebviewMessage(message)).toEqual(message);
    });

    test.each([
        [null], ['ready'], [{ type: 'eval', code: 'x' }], [{ type: 'selectSlice', slice: { kind: 'entity', name: 'a b' } }],
        [{ type: 'selectSlice', slice: { kind: 'everything' } }], [{ type: 'selectOverlay', name: '<img>' }],
        [{ type: 'reveal', location: { ...location, uri: 'command:workbench.action.terminal.new' } }],
        [{ type: 'reveal', location: { ...location, range: { start: { line: -1, character: 0 }, end: location.range.end } } }],
        [{ type: 'exportSvg', svg: '<script>alert(1)</script>' }], [{ type: 'exportSvg', svg: 42 }],
        [{ type: 'saveSql', dialect: 'oracle' }]
    ])('refuses %j', message => {
        expect(parseWebviewMessage(message)).toBeUndefined();
    });

    test('extra properties are dropped, not passed on', () => {
        expect(parseWebviewMessage({ type: 'requestSql', dialect: 'postgres', path: '/etc/passwd' })).toEqual({ type: 'requestSql', dialect: 'postgres' });
    });
});

describe('the trace matrix as the Trace tab draws it', () => {
    test('rows, columns, cells with CRUD letters, stakeholders and status from the preview facts, 0-based locations', () => {
        const at = (line: number) => ({ file: 'file:///w/a.req', line, column: 3 });
        const matrix: TraceMatrix = {
            version: 1,
            summary: { goals: 1, goalsRealised: 1, items: 2, itemsServingGoals: 2, dataElements: 2, dataJustified: 2, gaps: 1 },
            goals: [],
            items: [
                { name: 'US1', kind: 'story', text: 'Log', goals: ['G1'], data: ['Incident'], detailedBy: ['R1'], status: 'covered', location: at(4) },
                { name: 'R1', kind: 'requirement', text: 'Record', priority: 'must', goals: ['G1'], data: ['Incident.priority', 'Gone'], detailedBy: [], status: 'covered', location: at(5) }
            ],
            data: [
                { name: 'Incident', kind: 'entity', justifiedBy: ['US1'], goals: ['G1'], status: 'covered', location: at(8) },
                { name: 'Incident.priority', kind: 'attribute', justifiedBy: ['R1'], goals: ['G1'], status: 'covered', location: at(9) }
            ],
            crud: { entities: ['Incident'], rows: [{ story: 'US1', operations: { Incident: 'CR' } }] },
            gaps: [{ rule: 'entity-unjustified', severity: 'warning', element: 'Team', message: 'nothing justifies Team', location: at(12) }]
        };
        const view = traceView(matrix, { US1: { stakeholders: ['Student'] }, R1: { stakeholders: ['Analyst'], status: 'agreed' } });
        expect(view.columns.map(c => c.name)).toEqual(['Incident', 'Incident.priority']);
        expect(view.rows).toEqual([
            { name: 'US1', kind: 'story', title: 'Log', goals: ['G1'], stakeholders: ['Student'], priority: undefined, status: undefined,
                cells: [{ column: 0, label: 'uses CR' }], location: { uri: 'file:///w/a.req', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } } } },
            { name: 'R1', kind: 'requirement', title: 'Record', goals: ['G1'], stakeholders: ['Analyst'], priority: 'must', status: 'agreed',
                cells: [{ column: 1, label: 'traces' }], location: { uri: 'file:///w/a.req', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } } } }
        ]);
        expect(view.gaps).toEqual([{ element: { name: 'Team', kind: 'entity-unjustified', location: { uri: 'file:///w/a.req', range: { start: { line: 11, character: 2 }, end: { line: 11, character: 2 } } } }, message: 'nothing justifies Team' }]);
    });
});
