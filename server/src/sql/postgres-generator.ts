import { quoteString } from './sql-identifiers.js';
import type { ColumnDefault, ColumnType, Origin, SqlColumn, SqlSchema, SqlTable } from './sql-schema.js';
import type { ScriptWriter } from './script-writer.js';
import { writeForeignKeyStatements, writeTableElements, writeUniqueIndexes, type DialectGenerator } from './sql-statements.js';
import { hasIds, indented, quotedName } from './sql-text.js';

const s = (text: string) => quoteString(text, 'postgres');

/** PostgreSQL: enums as types, identity columns, COMMENT ON for provenance, foreign keys by ALTER TABLE. */
export const postgresGenerator: DialectGenerator = {
    title: 'PostgreSQL',
    notes: ['Foreign keys are added after all tables, so tables may reference each other in cycles.'],
    write(schema: SqlSchema, writer: ScriptWriter) {
        // Index loops: this runs once a request, much of it before it is optimised, where `for…of`
        // allocates a result object per element.
        const { enums, tables } = schema;
        writer.beginSection('types');
        for (let e = 0; e < enums.length; e++) {
            const enumeration = enums[e];
            writer.begin(enumeration.origin);
            writer.write('CREATE TYPE ');
            writer.ident(enumeration.name, 'postgres');
            writer.write(' AS ENUM (');
            for (let i = 0; i < enumeration.literals.length; i++) {
                if (i > 0) writer.write(', ');
                writer.modelText(s(enumeration.literals[i]));
            }
            writer.write(');');
            writer.end();
        }
        writer.beginSection('tables');
        for (let t = 0; t < tables.length; t++) {
            writer.begin(tables[t].origin, true);
            writeCreateTable(writer, tables[t]);
            writer.end();
        }
        writer.beginSection('indexes');
        for (let t = 0; t < tables.length; t++) writeUniqueIndexes(writer, tables[t], 'postgres');
        writer.beginSection('comments');
        for (let e = 0; e < enums.length; e++) {
            const enumeration = enums[e];
            if (enumeration.description) writeCommentOn(writer, 'TYPE', enumeration.name, undefined, enumeration.description, noIds, enumeration.origin);
        }
        for (let t = 0; t < tables.length; t++) writeComments(writer, tables[t]);
        writer.beginSection('foreignKeys');
        for (let t = 0; t < tables.length; t++) writeForeignKeyStatements(writer, tables[t], 'postgres');
    }
};

/** COMMENT ON the table and each of its columns that has a description or ids. */
function writeComments(writer: ScriptWriter, table: SqlTable): void {
    if (table.description || hasIds(table.justifiedBy)) writeCommentOn(writer, 'TABLE', table.name, undefined, table.description, table.justifiedBy, table.origin);
    const columns = table.columns;
    for (let i = 0; i < columns.length; i++) {
        const column = columns[i];
        if (column.description || hasIds(column.justifiedBy)) writeCommentOn(writer, 'COLUMN', table.name, column.name, column.description, column.justifiedBy, column.origin);
    }
}

const noIds: readonly string[] = [];
const commentOn = { TYPE: 'COMMENT ON TYPE ', TABLE: 'COMMENT ON TABLE ', COLUMN: 'COMMENT ON COLUMN ' } as const;

/** `COMMENT ON <kind> "name" IS '…';` (`"table"."column"` for a column), the comment written piece by piece. */
function writeCommentOn(writer: ScriptWriter, kind: 'TYPE' | 'TABLE' | 'COLUMN', name: string, member: string | undefined,
    description: string | undefined, justifiedBy: readonly string[], origin: Origin): void {
    writer.begin(origin);
    writer.write(commentOn[kind]);
    writer.ident(name, 'postgres');
    if (member !== undefined) {
        writer.write('.');
        writer.ident(member, 'postgres');
    }
    writer.write(" IS '");
    writeComment(writer, description, justifiedBy);
    writer.write("';");
    writer.end();
}

/** `commentText(description, justifiedBy)`, escaped, piece by piece; only called when there is a comment. */
function writeComment(writer: ScriptWriter, description: string | undefined, justifiedBy: readonly string[]): void {
    if (!hasIds(justifiedBy)) {
        writer.escaped(description!, 'postgres');
        return;
    }
    if (description) {
        writer.escaped(description, 'postgres');
        writer.write(' (justified by ');
    } else {
        writer.write('Justified by ');
    }
    for (let i = 0; i < justifiedBy.length; i++) {
        if (i > 0) writer.write(', ');
        writer.escaped(justifiedBy[i], 'postgres');
    }
    if (description) writer.write(')');
}

/** `CREATE TABLE`, one column or key per line. */
function writeCreateTable(writer: ScriptWriter, table: SqlTable): void {
    writeTableElements(writer, table, 'postgres', column => writeColumnDefinition(writer, column));
    writer.write('\n);');
}

/** A column's line, indented as an element of CREATE TABLE. */
function writeColumnDefinition(writer: ScriptWriter, column: SqlColumn): void {
    writer.identInTable(column.name, 'postgres');
    writer.write(' ');
    writer.write(typeOf(column.type));
    if (column.auto) writer.write(' GENERATED BY DEFAULT AS IDENTITY');
    if (!column.nullable) writer.write(' NOT NULL');
    if (column.default) {
        writer.write(' DEFAULT ');
        writer.write(indented(defaultOf(column.default, column.type)));
    }
}

/** The type mapping table in docs/sql.md, PostgreSQL column (indented, as part of a column's line). */
function typeOf(type: ColumnType): string {
    switch (type.kind) {
        case 'text': return type.length !== undefined ? 'varchar(' + type.length + ')' : 'text';
        case 'decimal': return type.precision !== undefined ? 'numeric(' + type.precision + ', ' + (type.scale ?? 0) + ')' : 'numeric';
        case 'int': return 'integer';
        case 'bigint': return 'bigint';
        case 'bool': return 'boolean';
        case 'date': return 'date';
        case 'time': return 'time';
        case 'datetime': return 'timestamp';
        case 'uuid': return 'uuid';
        case 'enum': return quotedName(type.enumName, 'postgres');
    }
}

function defaultOf(value: ColumnDefault, type: ColumnType): string {
    switch (value.kind) {
        case 'now': return type.kind === 'time' ? 'CURRENT_TIME' : 'CURRENT_TIMESTAMP';
        case 'today': return 'CURRENT_DATE';
        case 'bool': return value.value ? 'TRUE' : 'FALSE';
        case 'number': return String(value.value);
        case 'string': return s(value.value);
    }
}
