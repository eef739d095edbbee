import { flat } from './flat-text.js';
import { lineComment, quoteIdent, quoteString } from './sql-identifiers.js';
import type { ColumnDefault, ColumnType, SqlColumn, SqlSchema, SqlTable } from './sql-schema.js';
import { commentText, createTable, emptyBuckets, foreignKeyClause, primaryKeyClause, uniqueIndexes, type DialectGenerator } from './sql-statements.js';

const q = (name: string) => quoteIdent(name, 'sqlite');
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
        buckets.preamble.push({ sql: 'PRAGMA foreign_keys = ON;' });
        for (const table of schema.tables) {
            buckets.tables.push({ sql: tableStatement(table), origin: table.origin });
            buckets.indexes.push(...uniqueIndexes(table, 'sqlite'));
        }
        return buckets;
    }
};

function tableStatement(table: SqlTable): string {
    const autoKey = table.primaryKey.length === 1 && table.columns.some(c => c.auto && c.name === table.primaryKey[0]);
    const elements = table.columns.map(column => withComment(columnDefinition(column, autoKey), commentText(column.description, column.justifiedBy)));
    const primaryKey = primaryKeyClause(table, 'sqlite');
    // AUTOINCREMENT is only allowed on an inline `INTEGER PRIMARY KEY`, so that key is not repeated here.
    if (primaryKey && !autoKey) elements.push(primaryKey);
    elements.push(...table.foreignKeys.map(fk => foreignKeyClause(fk, 'sqlite')));
    const tableComment = commentText(table.description, table.justifiedBy);
    return createTable(table, 'sqlite', elements, '', tableComment);
}

function withComment(definition: string, comment: string | undefined): string {
    return comment ? flat`${lineComment(comment)}\n${definition}` : definition;
}

function columnDefinition(column: SqlColumn, autoKey: boolean): string {
    const name = q(column.name);
    const autoIncrement = column.auto && autoKey ? ' PRIMARY KEY AUTOINCREMENT' : '';
    // SQLite lets non-integer key columns hold NULL unless told otherwise, so NOT NULL is always spelled out.
    const notNull = column.nullable ? '' : ' NOT NULL';
    const defaultClause = column.default ? ' DEFAULT ' + defaultOf(column.default, column.type) : '';
    const check = checkOf(name, column.type);
    const checkClause = check ? ' CHECK (' + check + ')' : '';
    return flat`${name} ${typeOf(column.type)}${autoIncrement}${notNull}${defaultClause}${checkClause}`;
}

/** The type mapping table in docs/sql.md, SQLite column. */
function typeOf(type: ColumnType): string {
    switch (type.kind) {
        case 'int': case 'bigint': case 'bool': return 'INTEGER';
        case 'decimal': return 'NUMERIC';
        default: return 'TEXT';
    }
}

function checkOf(name: string, type: ColumnType): string | undefined {
    switch (type.kind) {
        case 'text': return type.length !== undefined ? `length(${name}) <= ${type.length}` : undefined;
        case 'bool': return `${name} IN (0, 1)`;
        case 'enum': return `${name} IN (${type.literals.map(s).join(', ')})`;
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
