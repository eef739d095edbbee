import { quoteIdent, quoteString } from './sql-identifiers.js';
import type { ColumnDefault, ColumnType, SqlColumn, SqlSchema, SqlTable } from './sql-schema.js';
import { emptyBuckets, foreignKeyClause, quotedNames, statement, uniqueIndexes, type DialectGenerator } from './sql-statements.js';
import { commentPieces, flatten, indented, oneLine, quotedName } from './sql-text.js';

const s = (text: string) => quoteString(text, 'sqlite');

/**
 * SQLite: few storage classes, so enums, booleans and text lengths become CHECK constraints.
 * SQLite has no ALTER TABLE ... ADD CONSTRAINT, so foreign keys are declared inside CREATE TABLE;
 * SQLite resolves them when rows are written, not when the table is created, so forward references
 * and cycles are fine. Provenance goes into `--` comments, which SQLite keeps in sqlite_master.
 */
export const sqliteGenerator: DialectGenerator = {
    title: 'SQLite',
    notes: [
        'Foreign keys are declared inside CREATE TABLE (SQLite cannot add them later); SQLite checks them only with PRAGMA foreign_keys = ON.',
        'Enums, booleans and text lengths are CHECK constraints; dates and times are ISO-8601 text.'
    ],
    generate(schema: SqlSchema) {
        const buckets = emptyBuckets();
        buckets.preamble.push(statement('PRAGMA foreign_keys = ON;'));
        for (const table of schema.tables) {
            buckets.tables.push(statement(tableStatement(table), table.origin));
            uniqueIndexes(table, 'sqlite', buckets.indexes);
        }
        return buckets;
    }
};

/** CREATE TABLE with the table's comment before it and each column's before the column, in one flattened concatenation. */
function tableStatement(table: SqlTable): string {
    const autoKey = table.primaryKey.length === 1 && table.columns.some(c => c.auto && c.name === table.primaryKey[0]);
    const tableComment = commentPieces(table.description, table.justifiedBy, oneLine);
    let sql = (tableComment !== undefined ? '-- ' + tableComment + '\n' : '') + 'CREATE TABLE ' + quoteIdent(table.name, 'sqlite') + ' (\n';
    let elements = 0;
    for (const column of table.columns) {
        const comment = commentPieces(column.description, column.justifiedBy, oneLine);
        // The comment's line is part of the element, so the column's line after it is indented too.
        sql += (elements++ > 0 ? ',\n    ' : '    ') + (comment !== undefined ? '-- ' + comment + '\n    ' : '') + columnDefinition(column, autoKey);
    }
    // AUTOINCREMENT is only allowed on an inline `INTEGER PRIMARY KEY`, so that key is not repeated here.
    if (table.primaryKey.length > 0 && !autoKey) sql += (elements++ > 0 ? ',\n    ' : '    ') + 'PRIMARY KEY (' + quotedNames(table.primaryKey, 'sqlite', true) + ')';
    for (const foreignKey of table.foreignKeys) sql += (elements++ > 0 ? ',\n    ' : '    ') + foreignKeyClause(foreignKey, 'sqlite', true);
    return flatten(sql + '\n);');
}

/** A column's line, indented as an element of CREATE TABLE. */
function columnDefinition(column: SqlColumn, autoKey: boolean): string {
    const name = quotedName(column.name, 'sqlite');
    let sql = name + ' ' + typeOf(column.type);
    if (column.auto && autoKey) sql += ' PRIMARY KEY AUTOINCREMENT';
    // SQLite lets non-integer key columns hold NULL unless told otherwise, so NOT NULL is always spelled out.
    if (!column.nullable) sql += ' NOT NULL';
    if (column.default) sql += ' DEFAULT ' + indented(defaultOf(column.default, column.type));
    const check = checkOf(name, column.type);
    if (check !== undefined) sql += ' CHECK (' + check + ')';
    return sql;
}

/** The type mapping table in docs/sql.md, SQLite column. */
function typeOf(type: ColumnType): string {
    switch (type.kind) {
        case 'int': case 'bigint': case 'bool': return 'INTEGER';
        case 'decimal': return 'NUMERIC';
        default: return 'TEXT';
    }
}

/** The CHECK for a column of this type, with `name` already quoted and indented. */
function checkOf(name: string, type: ColumnType): string | undefined {
    switch (type.kind) {
        case 'text': return type.length !== undefined ? 'length(' + name + ') <= ' + type.length : undefined;
        case 'bool': return name + ' IN (0, 1)';
        case 'enum': {
            let list = '';
            for (let i = 0; i < type.literals.length; i++) list += (i > 0 ? ', ' : '') + indented(s(type.literals[i]));
            return name + ' IN (' + list + ')';
        }
        default: return undefined;
    }
}

function defaultOf(value: ColumnDefault, type: ColumnType): string {
    switch (value.kind) {
        case 'now': return type.kind === 'time' ? 'CURRENT_TIME' : 'CURRENT_TIMESTAMP';
        case 'today': return 'CURRENT_DATE';
        case 'bool': return value.value ? '1' : '0';
        case 'number': return String(value.value);
        case 'string': return s(value.value);
    }
}
