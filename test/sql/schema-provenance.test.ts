import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateSqlFor } from '../../server/src/lsp/sql-handlers.js';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { justificationsFromTraceGraph } from '../../server/src/sql/justifications.js';
import { withProvenance } from '../../server/src/sql/schema-provenance.js';
import { sqlDialects, sqlNamings, type SqlSchema } from '../../server/src/sql/sql-schema.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { buildWorkspace, testUri, type TestWorkspace } from '../helpers/workspace.js';

// The SQL request completes the schema validation built for its name checks instead of building
// another: it must give exactly the schema and script a fresh build gives, after any edit too.
const serviceDesk = Object.fromEntries(readdirSync('examples/service-desk').filter(f => f.endsWith('.req'))
    .map(f => [`service-desk/${f}`, readFileSync(join('examples/service-desk', f), 'utf8')]));

const shop = {
    'shop/model.req': [
        'enum Status "Where an order is" { Open Shipped }',
        'entity Order "An order a customer placed" {', '  id: int pk auto', '  status: Status default Open', '  total: decimal(10, 2) "What the customer pays"', '  note: text optional', '}',
        'entity Item {', '  id: int pk', '  name: text(40) unique', '}',
        'relationship Holds: Order * -- * Item "holds" {', '  quantity: int "How many"', '}',
        'relationship PartOf: Item * -- 0..1 Order "is part of"'
    ].join('\n'),
    'shop/reqs.req': [
        'requirement R2 functional "The system shall list orders." {', '  traces Order.total, Holds', '}',
        'requirement R1 functional "The system shall keep items." {', '  traces Item.name, Order, Holds.quantity', '}',
        'story US1 "Buy" {', '  as Buyer', '  want "to buy"', '  so "I get items"', '  uses Order(create)', '}'
    ].join('\n')
};

/** What the request now gives, and what building the schema afresh with the same provenance gives. */
function bothSchemas(ws: TestWorkspace, files: Record<string, string>): { completed: SqlSchema; fresh: SqlSchema } {
    const justifications = justificationsFromTraceGraph(ws.Tracewright.traces.TraceIndex.graph);
    const naming = ws.Tracewright.sql.SqlSettings.naming;
    const completed = withProvenance(ws.Tracewright.sql.SqlNamingValidator.currentSchema(), justifications, 'm');
    const fresh = schemaOfDocuments(Object.keys(files).map(ws.documentOf), { naming, modelName: 'm', justifications });
    return { completed, fresh };
}

function expectSameSql(ws: TestWorkspace, files: Record<string, string>): void {
    const { completed, fresh } = bothSchemas(ws, files);
    expect(completed).toEqual(fresh);
    for (const dialect of sqlDialects) expect(generateSql(completed, dialect).sql).toBe(generateSql(fresh, dialect).sql);
}

describe('the SQL request completes the schema validation built', () => {
    for (const [label, files] of [['the service desk example', serviceDesk], ['entities, a junction with an attribute, enums, defaults', shop]] as const) {
        for (const naming of sqlNamings) {
            test(`${label}, ${naming}: the same schema and scripts as a fresh build`, async () => {
                const ws = await buildWorkspace(files);
                ws.Tracewright.sql.SqlSettings.update({ naming });
                const { completed } = bothSchemas(ws, files);
                expect(completed.tables.some(t => t.justifiedBy.length > 0)).toBe(true);
                expect(completed.tables.some(t => t.kind === 'junction')).toBe(true);
                expectSameSql(ws, files);
            });
        }
    }

    test('the schema validation keeps (hovers read it) gets no provenance', async () => {
        const ws = await buildWorkspace(shop);
        const kept = ws.Tracewright.sql.SqlNamingValidator.currentSchema();
        bothSchemas(ws, shop);
        expect(kept.tables.every(t => t.justifiedBy.length === 0 && t.columns.every(c => c.justifiedBy.length === 0))).toBe(true);
        expect(kept.modelName).toBe('');
    });

    test('after prose-only edits (descriptions, a verb) the script has the new wording', async () => {
        const ws = await buildWorkspace(shop);
        const kept = ws.Tracewright.sql.SqlNamingValidator.currentSchema();
        const edited = {
            ...shop,
            'shop/model.req': shop['shop/model.req']
                .replace('An order a customer placed', 'An order as placed')
                .replace('What the customer pays', 'What is paid')
                .replace('Where an order is', 'The state of an order')
                .replace('"holds"', '"contains"')
                .replace('"is part of"', '"belongs to"')
        };
        await ws.edit('shop/model.req', edited['shop/model.req']);
        // Kept across the edit (its nodes swapped), so the request does read the descriptions afresh.
        expect(ws.Tracewright.sql.SqlNamingValidator.currentSchema()).toBe(kept);
        expectSameSql(ws, edited);
        const { sql } = await generateSqlFor(ws.shared, ws.Tracewright, { uri: testUri('shop/model.req').toString(), dialect: 'postgres' });
        for (const wording of ['An order as placed', 'What is paid', 'The state of an order', 'Holds: Order contains Item', 'PartOf: Item belongs to Order']) expect(sql).toContain(wording);
        for (const old of ['An order a customer placed', 'What the customer pays', 'Where an order is', 'Order holds Item', 'is part of']) expect(sql).not.toContain(old);
    });

    test('after rewording one description (the edited element alone is read again) the script has the new wording', async () => {
        const ws = await buildWorkspace(shop);
        const kept = ws.Tracewright.sql.SqlNamingValidator.currentSchema();
        for (const [from, to] of [['What the customer pays', 'What is paid in the end'], ['An order a customer placed', 'An order, placed']]) {
            const edited = { ...shop, 'shop/model.req': ws.documentOf('shop/model.req').textDocument.getText().replace(from, to) };
            await ws.edit('shop/model.req', edited['shop/model.req']);
            expect(ws.Tracewright.sql.SqlNamingValidator.currentSchema()).toBe(kept);
            expectSameSql(ws, edited);
            const { sql } = await generateSqlFor(ws.shared, ws.Tracewright, { uri: testUri('shop/model.req').toString(), dialect: 'mysql' });
            expect(sql).toContain(to);
            expect(sql).not.toContain(from);
        }
    });

    test('after structural edits (a renamed attribute, a new trace) the same schema as a fresh build', async () => {
        const ws = await buildWorkspace(shop);
        const edited = {
            'shop/model.req': shop['shop/model.req'].replace('name: text(40) unique', 'title: text(40) unique'),
            'shop/reqs.req': shop['shop/reqs.req'].replace('traces Item.name, Order', 'traces Item.title, Order.note, Order')
        };
        await ws.edit('shop/model.req', edited['shop/model.req']);
        await ws.edit('shop/reqs.req', edited['shop/reqs.req']);
        expectSameSql(ws, edited);
        const { completed } = bothSchemas(ws, edited);
        const order = completed.tables.find(t => t.name === 'Order')!;
        expect(order.columns.find(c => c.name === 'note')!.justifiedBy).toEqual(['R1']);
        const { sql } = await generateSqlFor(ws.shared, ws.Tracewright, { uri: testUri('shop/model.req').toString(), dialect: 'sqlite' });
        expect(sql).toContain('"title"');
        expect(sql).not.toContain('"name"');
    });
});
