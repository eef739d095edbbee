import type { AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { sqlHoverSection } from '../../server/src/sql/sql-hover.js';
import * as ast from '../../server/src/generated/ast.js';
import { buildWorkspace, isInCurrentTree, type TestWorkspace } from '../helpers/workspace.js';

/** Whether a node belongs to the tree its document holds now (not to a tree an edit replaced). */
function isCurrent(ws: TestWorkspace, node: AstNode): boolean {
    return isInCurrentTree(ws.shared.workspace.LangiumDocuments, node);
}

/** Every AST node the trace graph, the coverage gaps and the SQL names hold that an edit replaced. */
function replacedNodesHeld(ws: TestWorkspace): string[] {
    const found: string[] = [];
    const check = (what: string, node: AstNode | undefined) => {
        if (node && !isCurrent(ws, node)) found.push(what);
    };
    const traces = ws.Tracewright.traces.TraceIndex;
    const graph = traces.graph;
    for (const element of [...graph.goals, ...graph.stories, ...graph.requirements, ...graph.entities, ...graph.relationships]) {
        check(`graph element ${(element as { name?: string }).name}`, element);
        for (const link of [...graph.outgoing(element), ...graph.incoming(element)]) {
            check(`link ${link.kind} source`, link.source);
            check(`link ${link.kind} target`, link.target);
            check(`link ${link.kind} at`, link.at.node);
        }
    }
    for (const kind of ['realizes', 'satisfies', 'refines', 'traces', 'uses', 'conflicts', 'depends', 'parent'] as const) {
        for (const link of graph.linksOf(kind)) {
            check(`${kind} list source`, link.source);
            check(`${kind} list target`, link.target);
        }
    }
    for (const gap of ws.Tracewright.traces.CoverageAnalysis.all()) check(`gap ${gap.ruleId} ${gap.element}`, gap.node);
    const schema = ws.Tracewright.sql.SqlNamingValidator.currentSchema();
    for (const table of schema.tables) {
        check(`table ${table.name}`, table.origin.node);
        for (const column of table.columns) check(`column ${table.name}.${column.name}`, column.origin.node);
    }
    return found;
}

const reword = (text: string) => text.replace(/"The system shall [^"]*"/, '"The system shall put it another way."');

describe('a prose-only edit keeps the whole-workspace analyses, with the new nodes in them', () => {
    test('the trace graph is kept and holds only current nodes, in the edited file and its neighbours', async () => {
        const files = { ...syntheticWorkspace(30, 'split-10', 5).files };
        const ws = await buildWorkspace(files);
        const graphBefore = ws.Tracewright.traces.TraceIndex.graph;
        const analysis = Object.keys(files).find(name => name.startsWith('analysis') && /The system shall/.test(files[name]))!;
        const rewordedAnalysis = reword(files[analysis]);
        expect(rewordedAnalysis).not.toBe(files[analysis]);
        await ws.edit(analysis, files[analysis] = rewordedAnalysis);
        expect(ws.Tracewright.traces.TraceIndex.graph).toBe(graphBefore);
        expect(replacedNodesHeld(ws)).toEqual([]);
        // The data model file: its entities are what the SQL names and coverage gaps point at.
        const model = Object.keys(files).find(name => name.startsWith('model'))!;
        const reworded = files[model].replace(/entity (\w+) "([^"]*)"/, 'entity $1 "Reworded: $2"');
        expect(reworded).not.toBe(files[model]);
        await ws.edit(model, files[model] = reworded);
        expect(ws.Tracewright.traces.TraceIndex.graph).toBe(graphBefore);
        expect(replacedNodesHeld(ws)).toEqual([]);
    });

    test('rewording two elements at once (a whole-file parse, not a splice) keeps them too', async () => {
        const files = { ...syntheticWorkspace(30, 'single', 5).files };
        const ws = await buildWorkspace(files);
        const graphBefore = ws.Tracewright.traces.TraceIndex.graph;
        const name = Object.keys(files)[0];
        const modelBefore = ws.model(name);
        const reworded = files[name].replace(/entity (\w+) "([^"]*)"/, 'entity $1 "Reworded: $2"').replace(/"The system shall [^"]*"/, '"The system shall put it another way."');
        await ws.edit(name, files[name] = reworded);
        expect(ws.model(name)).not.toBe(modelBefore);
        expect(ws.Tracewright.traces.TraceIndex.graph).toBe(graphBefore);
        expect(replacedNodesHeld(ws)).toEqual([]);
    });

    test('a structural edit builds the analyses again', async () => {
        const files = { ...syntheticWorkspace(10, 'split-10', 5).files };
        const ws = await buildWorkspace(files);
        const graphBefore = ws.Tracewright.traces.TraceIndex.graph;
        const analysis = Object.keys(files).find(name => name.startsWith('analysis') && files[name].includes('\nrequirement '))!;
        files[analysis] = files[analysis].replace(/\nrequirement (\w+)/, '\nrequirement $1Renamed');
        await ws.edit(analysis, files[analysis]);
        expect(ws.Tracewright.traces.TraceIndex.graph).not.toBe(graphBefore);
        expect(replacedNodesHeld(ws)).toEqual([]);
    });

    test('the SQL hover of an entity in the reworded file still finds its table', async () => {
        const files = {
            'model.req': 'entity Book "A book" {\n    id: int pk auto\n    title: text(80)\n}\n',
            'analysis.req': 'requirement R1 functional "The system shall record the title of each book." {\n    traces Book.title\n}\n'
        };
        const ws = await buildWorkspace(files);
        await ws.edit('model.req', files['model.req'].replace('"A book"', '"A book the library lends"'));
        const book = ws.model('model.req').elements.find(ast.isEntity)!;
        expect(sqlHoverSection(book, ws.Tracewright.sql.SqlNamingValidator.currentSchema())).toContain('table `Book`');
        expect(sqlHoverSection(book.attributes[1], ws.Tracewright.sql.SqlNamingValidator.currentSchema())).toContain('`Book.title`');
    });
});
