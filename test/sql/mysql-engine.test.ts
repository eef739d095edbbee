import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { findMariaDb } from '../../server/src/sql/verify/mariadb-server.js';
import { MysqlEngine } from '../../server/src/sql/verify/mysql-engine.js';
import { verifySql } from '../../server/src/sql/verify/verify-sql.js';
import { checkOnEngine, engineCases } from './engine-cases.js';
import { fixtureSchema } from './sql-fixtures.js';

// MariaDB is a system package; CI installs it. Without it these tests are skipped, and say why.
const mariadb = findMariaDb();
const missing = 'missing' in mariadb ? mariadb.missing : undefined;
if (missing) console.warn(`Skipping the MySQL engine tests: ${missing}.`);

describe.skipIf(missing !== undefined)('generated MySQL runs on MariaDB', () => {
    let engine: MysqlEngine;
    beforeAll(async () => { engine = await MysqlEngine.start(); }, 120_000);
    afterAll(async () => { await engine?.close(); }, 30_000);

    describe('and the catalogue matches the model', () => {
        test.each(engineCases())('%s', async (name, schema) => {
            await checkOnEngine(engine, 'mysql', name, schema);
        });
    });

    test('comments keep quotes and backslashes exactly as written', async () => {
        const schema = await fixtureSchema('basics');
        expect((await verifySql(engine, 'comments', schema, generateSql(schema, 'mysql'))).errors).toEqual([]);
        const server = (engine as unknown as { server: { query(sql: string): Promise<string[][]> } }).server;
        const rows = await server.query(`SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'comments' AND TABLE_NAME = 'Customer'`);
        expect(rows).toEqual([[`Someone who buys: they're "valued", C:\\temp\\path (justified by R2, US1)`]]);
    });

    test('an error names the model element and the source line', async () => {
        const schema = await fixtureSchema('cycles');
        schema.tables.find(t => t.name === 'Department')!.foreignKeys[0].referencedColumns = ['missing'];
        const report = await verifySql(engine, 'broken_fk', schema, generateSql(schema, 'mysql'));
        expect(report.errors).toHaveLength(1);
        expect(report.errors[0].origin?.element).toBe('HeadedBy (head)');
        expect(report.errors[0].origin?.line).toBe(4);
    });
});
