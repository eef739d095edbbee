import { quoteString } from './sql-identifiers.js';
import type { ColumnDefault, ColumnType, Origin, SqlColumn, SqlSchema, SqlTable } from './sql-schema.js';
import type { ScriptWriter } from './script-writer.js';
import { writeForeignKeyStatements, writeTableElements, writeUniqueIndexes, type DialectGenerator } from './sql-statements.js';
import { commentLength, commentPieces, escapedText, hasIds, indented, isPlain } from './sql-text.js';

const s = (text: string) => quoteString(text, 'mysql');
const identity = (text: string) => text;

/** utf8mb4 takes up to 4 bytes a character: varchar's 65,535 bytes hold 16,383 characters, and an InnoDB index key 3,072 bytes. */
const maxVarcharCharacters = 16383;
const maxKeyBytes = 3072;

/** MySQL's limits on comment lengths, in characters. */
const maxColumnComment = 1024;
const maxTableComment = 2048;

/**
 * MySQL (and MariaDB): inline ENUM types, AUTO_INCREMENT, COMMENT clauses for provenance, InnoDB with
 * utf8mb4 so foreign keys are enforced and any text fits, foreign keys by ALTER TABLE after all tables.
 */
export const mysqlGenerator: DialectGenerator = {
    title: 'MySQL',
    notes: ['Foreign keys are added after all tables, so tables may reference each other in cycles.'],
    write(schema: SqlSchema, writer: ScriptWriter, warn) {
        const tables = schema.tables;
        writer.beginSection('tables');
        for (let t = 0; t < tables.length; t++) {
            const table = tables[t];
            writer.begin(table.origin, true);
            writeCreateTable(writer, table, warn);
            writer.end();
            warnAboutLongKeys(table, warn);
        }
        writer.beginSection('indexes');
        for (let t = 0; t < tables.length; t++) writeUniqueIndexes(writer, tables[t], 'mysql');
        writer.beginSection('foreignKeys');
        for (let t = 0; t < tables.length; t++) writeForeignKeyStatements(writer, tables[t], 'mysql');
    }
};

type Warn = (message: string, origin: Origin) => void;

/** CREATE TABLE with the table's comment in its options. */
function writeCreateTable(writer: ScriptWriter, table: SqlTable, warn: Warn): void {
    writeTableElements(writer, table, 'mysql', column => writeColumnDefinition(writer, column, warn));
    writer.write('\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4');
    // The options follow the closing parenthesis, so the comment is not indented.
    writeQuotedComment(writer, ' COMMENT=', table.description, table.justifiedBy, maxTableComment, table.origin, warn, false);
    writer.write(';');
}

/** A column's line, indented as an element of CREATE TABLE. */
function writeColumnDefinition(writer: ScriptWriter, column: SqlColumn, warn: Warn): void {
    writer.identInTable(column.name, 'mysql');
    writer.write(' ');
    writer.write(typeOf(column, warn));
    if (!column.nullable) writer.write(' NOT NULL');
    if (column.auto) writer.write(' AUTO_INCREMENT');
    if (column.default) {
        writer.write(' DEFAULT ');
        writer.write(indented(defaultOf(column.default, column.type)));
    }
    writeQuotedComment(writer, ' COMMENT ', column.description, column.justifiedBy, maxColumnComment, column.origin, warn, true);
}

/**
 * `before` and the comment as a string literal, shortened to `max` characters (with a warning) when
 * longer; written piece by piece when it is short enough, which it nearly always is. Nothing when
 * there is no comment.
 */
function writeQuotedComment(writer: ScriptWriter, before: string, description: string | undefined, justifiedBy: readonly string[], max: number, origin: Origin, warn: Warn, inTable: boolean): void {
    if (!description && !hasIds(justifiedBy)) return;
    writer.write(before);
    // A string has at least as many UTF-16 units as characters, so a short one fits without counting.
    if (commentLength(description, justifiedBy) <= max) {
        writer.write("'");
        writeComment(writer, description, justifiedBy, inTable);
        writer.write("'");
        return;
    }
    const quoted = s(limit(commentPieces(description, justifiedBy, identity)!, max, origin, warn));
    writer.write(inTable ? indented(quoted) : quoted);
}

/** `commentText(description, justifiedBy)`, escaped (and indented in a table), piece by piece. */
function writeComment(writer: ScriptWriter, description: string | undefined, justifiedBy: readonly string[], inTable: boolean): void {
    if (!hasIds(justifiedBy)) {
        writeEscaped(writer, description!, inTable);
        return;
    }
    if (description) {
        writeEscaped(writer, description, inTable);
        writer.write(' (justified by ');
    } else {
        writer.write('Justified by ');
    }
    for (let i = 0; i < justifiedBy.length; i++) {
        if (i > 0) writer.write(', ');
        writeEscaped(writer, justifiedBy[i], inTable);
    }
    if (description) writer.write(')');
}

function writeEscaped(writer: ScriptWriter, text: string, inTable: boolean): void {
    if (isPlain(text)) writer.write(text);
    else writer.write(inTable ? indented(escapedText(text, 'mysql')) : escapedText(text, 'mysql'));
}

/** The type mapping table in docs/sql.md, MySQL column. */
function typeOf(column: SqlColumn, warn: Warn): string {
    const type = column.type;
    switch (type.kind) {
        case 'text':
            if (type.length !== undefined && (type.length <= maxVarcharCharacters || column.indexed)) return `varchar(${type.length})`;
            if (type.length !== undefined) {
                warn(`MySQL's varchar holds at most ${maxVarcharCharacters} characters in utf8mb4, so the MySQL script declares '${column.name}' mediumtext, without the length limit of text(${type.length}).`, column.origin);
                return 'mediumtext';
            }
            if (!column.indexed) return 'text';
            // MySQL cannot index TEXT without a prefix length; keys and unique columns get a bounded type.
            warn(`MySQL cannot use unbounded text '${column.name}' in a key or unique constraint, so the MySQL script declares it varchar(255). Give it a length, e.g. text(100).`, column.origin);
            return 'varchar(255)';
        case 'decimal':
            if ((type.scale ?? 0) > 30) warn(`MySQL allows at most 30 digits after the point, so it will refuse decimal(${type.precision},${type.scale}) for '${column.name}'. Use a scale of 30 or less.`, column.origin);
            return type.precision !== undefined ? `decimal(${type.precision}, ${type.scale ?? 0})` : 'decimal(65, 30)';
        case 'int': return 'int';
        case 'bigint': return 'bigint';
        case 'bool': return 'boolean';
        case 'date': return 'date';
        case 'time': return 'time';
        case 'datetime': return 'datetime';
        case 'uuid': return 'char(36)';
        case 'enum': {
            let list = '';
            for (let i = 0; i < type.literals.length; i++) list += (i > 0 ? ', ' : '') + indented(s(type.literals[i]));
            return 'ENUM(' + list + ')';
        }
    }
}

/** MySQL 8 and MariaDB accept expressions as defaults only in parentheses, except CURRENT_TIMESTAMP. */
function defaultOf(value: ColumnDefault, type: ColumnType): string {
    switch (value.kind) {
        case 'now': return type.kind === 'time' ? '(CURRENT_TIME)' : 'CURRENT_TIMESTAMP';
        case 'today': return '(CURRENT_DATE)';
        case 'bool': return value.value ? 'TRUE' : 'FALSE';
        case 'number': return String(value.value);
        case 'string': return type.kind === 'text' && type.length === undefined ? `(${s(value.value)})` : s(value.value);
    }
}

function limit(comment: string, max: number, origin: Origin, warn: Warn): string {
    // A string has at least as many UTF-16 units as characters, so a short one fits without counting.
    if (comment.length <= max) return comment;
    const characters = [...comment];
    if (characters.length <= max) return comment;
    warn(`The comment for ${origin.element} is longer than MySQL's ${max} characters, so the MySQL script shortens it. Shorten its description.`, origin);
    return characters.slice(0, max - 1).join('') + '…';
}

/** InnoDB refuses keys over 3,072 bytes; a prefix index would change what is unique, so the user is told instead. */
function warnAboutLongKeys(table: SqlTable, warn: Warn): void {
    warnAboutLongKey(table, table.primaryKey, table.origin, 'primary key', warn);
    for (const unique of table.uniques) warnAboutLongKey(table, unique.columns, unique.origin, `unique constraint '${unique.name}'`, warn);
}

function warnAboutLongKey(table: SqlTable, columns: readonly string[], origin: Origin, what: string, warn: Warn): void {
    let bytes = 0;
    for (const name of columns) bytes += keyBytes(table.columns.find(c => c.name === name)?.type);
    if (bytes > maxKeyBytes) {
        warn(`The ${what} of '${table.name}' takes up to ${bytes} bytes in MySQL (4 bytes a character in utf8mb4), more than InnoDB's ${maxKeyBytes}, so MySQL will refuse it. Shorten its text(n) columns.`, origin);
    }
}

function keyBytes(type: ColumnType | undefined): number {
    if (!type) return 0;
    if (type.kind === 'text') return 4 * (type.length ?? 255);
    if (type.kind === 'uuid') return 4 * 36;
    if (type.kind === 'enum' || type.kind === 'bigint' || type.kind === 'datetime') return 8;
    return type.kind === 'decimal' ? 32 : 4;
}
