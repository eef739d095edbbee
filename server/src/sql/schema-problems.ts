import { isEnum } from '../generated/ast.js';
import { checkEnumLiterals } from './enum-literal-check.js';
import { checkSchemaNames } from './schema-name-check.js';
import type { SchemaIssue, SqlSchema, SqlTable } from './sql-schema.js';

/**
 * What would make the schema's script fail on some database: enum literals it refuses, tables
 * without columns, names that collide. The editor reports them as errors (SqlNamingValidator) before
 * any SQL runs; generating a script does not need them, so it does not pay for them.
 */
export function schemaProblems(schema: SqlSchema): SchemaIssue[] {
    const literalProblems = schema.enums.flatMap(e => isEnum(e.origin.node) ? checkEnumLiterals(e.origin.node) : []);
    return [...literalProblems, ...emptyTables(schema.tables), ...checkSchemaNames(schema.enums, schema.tables)];
}

/** SQLite and MySQL refuse a table without columns (PostgreSQL allows it). */
function emptyTables(tables: readonly SqlTable[]): SchemaIssue[] {
    return tables.filter(t => t.columns.length === 0).map(table => ({
        rule: 'sql-empty-table', origin: table.origin,
        message: `'${table.origin.element}' has no attributes, and SQLite and MySQL cannot create a table without columns. Add its attributes, e.g. \`id: int pk auto\`.`
    }));
}
