import { expect } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import type { SqlDialect, SqlSchema } from '../../server/src/sql/sql-schema.js';
import type { SqlEngine } from '../../server/src/sql/verify/sql-engine.js';
import { formatVerifyError, verifySql } from '../../server/src/sql/verify/verify-sql.js';
import { exampleNames, exampleSchema, fixtureSchema, goldenCases } from './sql-fixtures.js';

/** Every golden case and every example (in both naming conventions): what each engine test runs. */
export function engineCases(): Array<[string, () => Promise<SqlSchema>]> {
    return [
        ...goldenCases().map(name => [`fixture ${name}`, () => fixtureSchema(name)] as [string, () => Promise<SqlSchema>]),
        ...exampleNames().flatMap(name => [
            [`example ${name}`, () => exampleSchema(name)],
            [`example ${name} (snake_case)`, () => exampleSchema(name, 'snake_case')]
        ] as Array<[string, () => Promise<SqlSchema>]>)
    ];
}

/** Runs a case on the engine and expects no error and a catalogue that matches the model. */
export async function checkOnEngine(engine: SqlEngine, dialect: SqlDialect, caseName: string, schema: () => Promise<SqlSchema>): Promise<void> {
    const model = await schema();
    const generated = generateSql(model, dialect);
    const report = await verifySql(engine, sandboxName(caseName), model, generated);
    expect(report.errors.map(e => formatVerifyError(e))).toEqual([]);
    expect(report.differences).toEqual([]);
    // The comparison is only worth something if the model predicted tables at all.
    expect(model.tables.length).toBeGreaterThan(0);
}

export function sandboxName(caseName: string): string {
    return caseName.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}
