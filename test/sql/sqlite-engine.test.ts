import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { SqliteEngine } from '../../server/src/sql/verify/sqlite-engine.js';
import { verifySql } from '../../server/src/sql/verify/verify-sql.js';
import { checkOnEngine, engineCases } from './engine-cases.js';
import { fixtureSchema } from './sql-fixtures.js';

let engine: SqliteEngine;
beforeAll(async () => { engine = await SqliteEngine.start(); });
afterAll(async () => { await engine?.close(); });

describe('generated SQLite runs on SQLite (sql.js) and the catalogue matches the model', () => {
    test.each(engineCases())('%s', async (name, schema) => {
        await checkOnEngine(engine, 'sqlite', name, schema);
    });
});

describe('SQLite enforces what the model says', () => {
    test('enum, boolean and length checks and foreign keys reject bad rows', async () => {
        const schema = await fixtureSchema('basics');
        const report = await verifySql(engine, 'rules', schema, generateSql(schema, 'sqlite'));
        expect(report.errors).toEqual([]);
        const db = (engine as unknown as { databases: Map<string, { exec(sql: string): unknown; run(sql: string): unknown }> }).databases.get('rules')!;
        db.run(`INSERT INTO "Customer" ("email", "name") VALUES ('a@b.c', 'Ann')`);
        const attempt = (sql: string) => { try { db.run(sql); return 'ok'; } catch (error) { return (error as Error).message; } };
        expect(attempt(`INSERT INTO "Purchase" ("amount", "ratio", "Customer_id") VALUES (1, 1, 1)`)).toBe('ok');
        expect(attempt(`INSERT INTO "Purchase" ("amount", "ratio", "Customer_id", "state") VALUES (1, 1, 1, 'Lost')`)).toMatch(/CHECK constraint failed/);
        expect(attempt(`INSERT INTO "Purchase" ("amount", "ratio", "Customer_id") VALUES (1, 1, 99)`)).toMatch(/FOREIGN KEY constraint failed/);
        expect(attempt(`INSERT INTO "Customer" ("email", "name") VALUES ('${'x'.repeat(201)}', 'Bob')`)).toMatch(/CHECK constraint failed/);
        expect(attempt(`INSERT INTO "Customer" ("email", "name") VALUES ('a@b.c', 'Cy')`)).toMatch(/UNIQUE constraint failed/);
    });

    test('an error names the model element and the source line', async () => {
        const schema = await fixtureSchema('self-relationships');
        const generated = generateSql(schema, 'sqlite');
        const bad = { ...generated, statements: generated.statements.map(s => s.origin?.element === 'Employee' ? { ...s, sql: s.sql.replace('INTEGER', 'INTEGR ER(') } : s) };
        const broken = await verifySql(engine, 'broken', schema, bad);
        expect(broken.errors[0]?.origin?.element).toBe('Employee');
        expect(broken.errors[0]?.origin?.line).toBe(2);
    });
});
