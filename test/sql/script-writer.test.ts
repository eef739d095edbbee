import { describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import type { SqlColumn, SqlSchema, SqlTable } from '../../server/src/sql/sql-schema.js';

const origin = (element: string) => ({ element, uri: 'file:///m.req', line: 0 });
const column = (name: string, extra: Partial<SqlColumn> = {}): SqlColumn =>
    ({ name, type: { kind: 'int' }, nullable: false, auto: false, indexed: false, justifiedBy: [], origin: origin(name), ...extra });
const table = (name: string, columns: SqlColumn[], extra: Partial<SqlTable> = {}): SqlTable =>
    ({ name, kind: 'entity', columns, primaryKey: [], uniques: [], foreignKeys: [], justifiedBy: [], origin: origin(name), ...extra });

/**
 * The script is written piece by piece with statements recorded as places in it (`ScriptWriter`):
 * the blank line before a statement of several lines is decided once the statement is written, and
 * each statement's text and line are read back from the script.
 */
describe('the script as written', () => {
    const schema: SqlSchema = {
        modelName: 'm', warnings: [],
        enums: [{ name: 'Mood', literals: ['calm'], description: 'How it\nfeels', origin: origin('Mood') }],
        tables: [table('T', [
            column('a', { justifiedBy: ['R1'] }),
            column('b', { description: 'two\nlines', justifiedBy: ['R2'] }),
            column('c', { description: 'one line' })
        ], { justifiedBy: ['R1', 'R2'], uniques: [{ name: 'uq_T_a', columns: ['a'], origin: origin('T unique (a)') }] })]
    };

    test('a statement of several lines gets a blank line before it unless it is its section\'s first; a statement of one line gets none', () => {
        const { sql } = generateSql(schema, 'postgres');
        expect(sql).toContain(`-- Provenance: requirements and stories behind each table and column\n\nCOMMENT ON TYPE "Mood" IS 'How it\nfeels';\nCOMMENT ON TABLE "T" IS 'Justified by R1, R2';\n`);
        expect(sql).toContain(`COMMENT ON COLUMN "T"."a" IS 'Justified by R1';\n\nCOMMENT ON COLUMN "T"."b" IS 'two\nlines (justified by R2)';\nCOMMENT ON COLUMN "T"."c" IS 'one line';\n`);
        expect(sql).toContain(`-- Unique constraints\n\nCREATE UNIQUE INDEX "uq_T_a" ON "T" ("a");\n`);
        expect(sql.endsWith(';\n')).toBe(true);
        expect(sql).not.toContain('\n\n\n');
    });

    test.each(['postgres', 'sqlite', 'mysql'] as const)('%s: each statement is the text at its place in the script, its line where its SQL starts', dialect => {
        const { sql, statements } = generateSql(schema, dialect);
        const lines = sql.split('\n');
        let from = 0;
        for (const statement of statements) {
            const at = sql.indexOf(statement.sql, from);
            expect(at).toBeGreaterThanOrEqual(from);
            expect(sql[at + statement.sql.length]).toBe('\n');
            from = at + statement.sql.length;
            const firstSqlLine = statement.sql.split('\n').find(line => !line.startsWith('--'))!;
            expect(lines[statement.line - 1]).toBe(firstSqlLine);
            expect(JSON.parse(JSON.stringify(statement)).sql).toBe(statement.sql);
        }
        expect(statements.map(s => s.origin?.element)).toContain('T');
    });
});
