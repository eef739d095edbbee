import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { PostgresEngine } from '../../server/src/sql/verify/postgres-engine.js';
import { verifySql } from '../../server/src/sql/verify/verify-sql.js';
import { checkOnEngine, engineCases } from './engine-cases.js';
import { fixtureSchema } from './sql-fixtures.js';

// One PGlite for the whole file: a cold start takes seconds; every case gets its own schema.
let engine: PostgresEngine;
beforeAll(async () => { engine = await PostgresEngine.start(); }, 120_000);
afterAll(async () => { await engine?.close(); });

describe('generated PostgreSQL runs on PostgreSQL (PGlite) and the catalogue matches the model', () => {
    test.each(engineCases())('%s', async (name, schema) => {
        await checkOnEngine(engine, 'postgres', name, schema);
    });
});

describe('database errors point back at the model', () => {
    test('a foreign key to a missing column is reported on the relationship that made it', async () => {
        const schema = await fixtureSchema('cycles');
        const table = schema.tables.find(t => t.name === 'Person')!;
        table.foreignKeys[0].referencedColumns = ['missing'];
        const report = await verifySql(engine, 'broken_fk', schema, generateSql(schema, 'postgres'));
        expect(report.errors).toHaveLength(1);
        expect(report.errors[0].message).toContain('"missing"');
        expect(report.errors[0].origin?.element).toBe('WorksIn (Department)');
        expect(report.errors[0].origin?.line).toBe(3);
    });

    test('comments keep quotes and backslashes exactly as written', async () => {
        const schema = await fixtureSchema('unicode');
        await verifySql(engine, 'comments', schema, generateSql(schema, 'postgres'));
        const pg = engine as unknown as { db: { query<T>(sql: string): Promise<{ rows: T[] }> } };
        const rows = await pg.db.query<{ comment: string }>(`SELECT obj_description('comments."Buch"'::regclass, 'pg_class') AS comment`);
        expect(rows.rows[0].comment).toBe(`Ein „Buch“ – with 'single' and "double" quotes; ends with a backslash \\ (justified by R1)`);
    });
});
