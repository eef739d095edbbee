import { describe, expect, test } from 'vitest';
import type { Model } from '../../server/src/generated/ast.js';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { byId, justificationsFromModels, justificationsFromTraceGraph } from '../../server/src/sql/justifications.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { buildWorkspace } from '../helpers/workspace.js';

// The SQL request's shortcuts (provenance straight from the trace graph's links, ids checked for
// order in one pass, column elements joined when read, statements placed in place) must give what
// the plain definitions give, including for ids the fast comparison leaves to the collator.
const files = {
    'shop/model.req': [
        'entity Order {', '  id: int pk', '  total: decimal(10, 2)', '  note: text optional', '}',
        'entity Item {', '  id: int pk', '  name: text(40) unique', '}',
        'relationship Holds: Order 1 -- * Item "holds"',
        'story US2 "Check an order" {', '  as Clerk', '  want "to see orders"', '  so "they ship"', '  uses Order(read)', '}',
        'story us1 "Place an order" {', '  as Buyer', '  want "to buy"', '  so "I get items"', '  uses Order(create), Item(read)', '}'
    ].join('\n'),
    // Interleaved prefixes, a zero-padded twin (`R01` ranks equal to `R1`), lower case (collator only).
    'shop/reqs.req': [
        ['R10', 'Order.total, Order.note, Item'], ['R1', 'Item.name, Order.total'], ['NFR2', 'Order.note, Order'],
        ['R01', 'Order.total'], ['r3', 'Order.id, Holds'], ['FR7', 'Holds, Item.name']
    ].map(([id, traces]) => `requirement ${id} functional "The system shall do ${id}." {\n  traces ${traces}\n}`).join('\n')
};

describe('the SQL request path', () => {
    test('provenance from the trace graph is distinct, sorted by byId (ties in the order read) and equal to the AST\'s', async () => {
        const ws = await buildWorkspace(files);
        const documents = Object.keys(files).map(ws.documentOf);
        const fromGraph = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromTraceGraph(ws.Tracewright.traces.TraceIndex.graph) });
        const fromAst = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromModels(documents.map(d => d.parseResult.value as Model)) });
        const lists = (schema: typeof fromGraph) => schema.tables.flatMap(t => [t.justifiedBy, ...t.columns.map(c => c.justifiedBy)]);
        expect(lists(fromGraph)).toEqual(lists(fromAst));
        for (const ids of lists(fromGraph)) expect(ids).toEqual([...new Set(ids)].sort(byId));
        const order = fromGraph.tables.find(t => t.name === 'Order')!;
        expect(new Set(order.justifiedBy)).toEqual(new Set(['NFR2', 'R1', 'R10', 'R01', 'r3', 'US2', 'us1']));
        // R1 and R01 rank equal: R1 was read first.
        expect(order.columns.find(c => c.name === 'total')!.justifiedBy).toEqual(['R1', 'R01', 'R10']);
    });

    test('after a prose-only edit (the trace graph kept, its nodes swapped) the graph\'s provenance is still the AST\'s, in the same order', async () => {
        const ws = await buildWorkspace(files);
        const graph = ws.Tracewright.traces.TraceIndex.graph;
        await ws.edit('shop/reqs.req', files['shop/reqs.req'].replace('The system shall do R1.', 'The system shall do R1 in other words.'));
        expect(ws.Tracewright.traces.TraceIndex.graph).toBe(graph);
        const documents = Object.keys(files).map(ws.documentOf);
        const fromGraph = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromTraceGraph(graph) });
        const fromAst = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromModels(documents.map(d => d.parseResult.value as Model)) });
        const lists = (schema: typeof fromGraph) => schema.tables.flatMap(t => [t.justifiedBy, ...t.columns.map(c => c.justifiedBy)]);
        expect(lists(fromGraph)).toEqual(lists(fromAst));
        expect(fromGraph.tables.find(t => t.name === 'Order')!.columns.find(c => c.name === 'total')!.justifiedBy).toEqual(['R1', 'R01', 'R10']);
    });

    test('a column\'s element reads `Owner.attribute`, in JSON too, and statements carry the line they start on', async () => {
        const ws = await buildWorkspace(files);
        const documents = Object.keys(files).map(ws.documentOf);
        const schema = schemaOfDocuments(documents, { naming: 'snake_case' });
        const item = schema.tables.find(t => t.name === 'item')!;
        expect(item.columns.map(c => c.origin.element)).toEqual(['Item.id', 'Item.name', 'Holds (Order)']);
        expect(JSON.parse(JSON.stringify(item.columns[1].origin))).toMatchObject({ element: 'Item.name', property: 'name' });
        for (const dialect of ['postgres', 'sqlite', 'mysql'] as const) {
            const generated = generateSql(schema, dialect);
            const lines = generated.sql.split('\n');
            expect(generated.statements.length).toBeGreaterThan(3);
            for (const statement of generated.statements) {
                // The line is the statement's first line that is not a `--` comment.
                const firstSqlLine = statement.sql.split('\n').find(line => !line.startsWith('--'))!;
                expect(lines[statement.line - 1]).toBe(firstSqlLine);
            }
        }
    });
});
