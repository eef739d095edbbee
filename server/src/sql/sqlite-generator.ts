import { quoteString } from './sql-identifiers.js';
import type { ColumnDefault, ColumnType, SqlColumn, SqlSchema, SqlTable } from './sql-schema.js';
import type { ScriptWriter } from './script-writer.js';
import { writeForeignKeyClause, writeNames, writeUniqueIndexes, type DialectGenerator } from './sql-statements.js';
import { hasIds, indented, oneLine, quotedName } from './sql-text.js';

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
    write(schema: SqlSchema, writer: ScriptWriter) {
        const tables = schema.tables;
        writer.beginSection('preamble');
        writer.begin(undefined);
        writer.write('PRAGMA foreign_keys = ON;');
        writer.end();
        writer.beginSection('tables');
        for (let t = 0; t < tables.length; t++) {
            writer.begin(tables[t].origin, true);
            writeTableStatement(writer, tables[t]);
            writer.end();
        }
        writer.beginSection('indexes');
        for (let t = 0; t < tables.length; t++) writeUniqueIndexes(writer, tables[t], 'sqlite');
    }
};

/** CREATE TABLE with the table's comment before it and each column's before the column. */
function writeTableStatement(writer: ScriptWriter, table: SqlTable): void {
    const autoKey = table.primaryKey.length === 1 && table.columns.some(c => c.auto && c.name === table.primaryKey[0]);
    if (table.description || hasIds(table.justifiedBy)) {
        writer.write('-- ');
        writeComment(writer, table.description, table.justifiedBy);
        writer.write('\n');
    }
    writer.write('CREATE TABLE ');
    writer.ident(table.name, 'sqlite');
    writer.write(' (\n');
    let elements = 0;
    const columns = table.columns;
    for (let i = 0; i < columns.length; i++) {
        const column = columns[i];
        writer.write(elements++ > 0 ? ',\n    ' : '    ');
        // The comment's line is part of the element, so the column's line after it is indented too.
        if (column.description || hasIds(column.justifiedBy)) {
            writer.write('-- ');
            writeComment(writer, column.description, column.justifiedBy);
            writer.write('\n    ');
        }
        writeColumnDefinition(writer, column, autoKey);
    }
    // AUTOINCREMENT is only allowed on an inline `INTEGER PRIMARY KEY`, so that key is not repeated here.
    if (table.primaryKey.length > 0 && !autoKey) {
        writer.write(elements++ > 0 ? ',\n    PRIMARY KEY (' : '    PRIMARY KEY (');
        writeNames(writer, table.primaryKey, 'sqlite', true);
        writer.write(')');
    }
    for (const foreignKey of table.foreignKeys) {
        writer.write(elements++ > 0 ? ',\n    ' : '    ');
        writeForeignKeyClause(writer, foreignKey, 'sqlite', true);
    }
    writer.write('\n);');
}

/** `commentText(description, justifiedBy)` for a `--` line, piece by piece; only called when there is a comment. */
function writeComment(writer: ScriptWriter, description: string | undefined, justifiedBy: readonly string[]): void {
    if (!hasIds(justifiedBy)) {
        writer.write(oneLine(description!));
        return;
    }
    if (description) {
        writer.write(oneLine(description));
        writer.write(' (justified by ');
    } else {
        writer.write('Justified by ');
    }
    for (let i = 0; i < justifiedBy.length; i++) {
        if (i > 0) writer.write(', ');
        writer.write(oneLine(justifiedBy[i]));
    }
    if (description) writer.write(')');
}

/** A column's line, indented as an element of CREATE TABLE. */
function writeColumnDefinition(writer: ScriptWriter, column: SqlColumn, autoKey: boolean): void {
    const name = quotedName(column.name, 'sqlite');
    writer.write(name);
    writer.write(' ');
    writer.write(typeOf(column.type));
    if (column.auto && autoKey) writer.write(' PRIMARY KEY AUTOINCREMENT');
    // SQLite lets non-integer key columns hold NULL unless told otherwise, so NOT NULL is always spelled out.
    if (!column.nullable) writer.write(' NOT NULL');
    if (column.default) {
        writer.write(' DEFAULT ');
        writer.write(indented(defaultOf(column.default, column.type)));
    }
    const check = checkOf(name, column.type);
    if (check !== undefined) {
        writer.write(' CHECK (');
        writer.write(check);
        writer.write(')');
    }
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
