import type { ScriptWriter } from './script-writer.js';
import type { Origin, SqlColumn, SqlDialect, SqlForeignKey, SqlSchema, SqlTable } from './sql-schema.js';

/** One generated statement and the model element it came from, so database errors point at the model. */
export interface Statement {
    sql: string;
    origin?: Origin;
    /** The 1-based line where it starts in the script. */
    line: number;
}

export interface DialectGenerator {
    /** Name shown in the header, e.g. 'PostgreSQL'. */
    title: string;
    /** Lines for the header that explain dialect-specific choices. */
    notes: string[];
    /**
     * Writes the statements after the header, section by section in the script's order (types,
     * tables, indexes, comments, foreign keys), so the order of statements is fixed by the code.
     */
    write(schema: SqlSchema, writer: ScriptWriter, warn: (message: string, origin: Origin) => void): void;
}

/*
 * Every dialect writes CREATE TABLE the same way: an optional `--` line, `CREATE TABLE "t" (`, one
 * element (column, key, foreign key) per line, indented by four spaces, each line break inside an
 * element followed by the same four spaces, `)`, a suffix and `;`. The generators write that text
 * piece by piece into the script (`ScriptWriter`), indenting the pieces that come from the model
 * (`identInTable`, `indented`); the golden tests pin the layout.
 */

/** A quoted name; indented as part of a CREATE TABLE element when `inTable`. */
function writeName(writer: ScriptWriter, name: string, dialect: SqlDialect, inTable: boolean): void {
    if (inTable) writer.identInTable(name, dialect);
    else writer.ident(name, dialect);
}

/** Quoted names separated by `, `; indented as part of a CREATE TABLE element when `inTable`. */
export function writeNames(writer: ScriptWriter, names: readonly string[], dialect: SqlDialect, inTable: boolean): void {
    for (let i = 0; i < names.length; i++) {
        if (i > 0) writer.write(', ');
        writeName(writer, names[i], dialect, inTable);
    }
}

/**
 * `CREATE TABLE "t" (` and its columns and primary key, one per line, without the closing line: the
 * PostgreSQL and MySQL tables differ only in how a column reads and in what follows the parenthesis.
 */
export function writeTableElements(writer: ScriptWriter, table: SqlTable, dialect: SqlDialect, writeColumn: (column: SqlColumn) => void): void {
    writer.write('CREATE TABLE ');
    writer.ident(table.name, dialect);
    writer.write(' (\n');
    const columns = table.columns;
    for (let i = 0; i < columns.length; i++) {
        writer.write(i > 0 ? ',\n    ' : '    ');
        writeColumn(columns[i]);
    }
    if (table.primaryKey.length > 0) {
        writer.write(columns.length > 0 ? ',\n    PRIMARY KEY (' : '    PRIMARY KEY (');
        writeNames(writer, table.primaryKey, dialect, true);
        writer.write(')');
    }
}

/** Unique constraints as unique indexes: the one form all three dialects accept after CREATE TABLE. */
export function writeUniqueIndexes(writer: ScriptWriter, table: SqlTable, dialect: SqlDialect): void {
    for (const unique of table.uniques) {
        writer.begin(unique.origin);
        writer.write('CREATE UNIQUE INDEX ');
        writer.ident(unique.name, dialect);
        writer.write(' ON ');
        writer.ident(table.name, dialect);
        writer.write(' (');
        writeNames(writer, unique.columns, dialect, false);
        writer.write(');');
        writer.end();
    }
}

/** `CONSTRAINT … FOREIGN KEY (…) REFERENCES … (…)`; indented as a CREATE TABLE element when `inTable`. */
export function writeForeignKeyClause(writer: ScriptWriter, foreignKey: SqlForeignKey, dialect: SqlDialect, inTable: boolean): void {
    writer.write('CONSTRAINT ');
    writeName(writer, foreignKey.name, dialect, inTable);
    writer.write(' FOREIGN KEY (');
    writeNames(writer, foreignKey.columns, dialect, inTable);
    writer.write(') REFERENCES ');
    writeName(writer, foreignKey.referencedTable, dialect, inTable);
    writer.write(' (');
    writeNames(writer, foreignKey.referencedColumns, dialect, inTable);
    writer.write(')');
}

/** `ALTER TABLE "t" ADD CONSTRAINT …;` for the dialects that add foreign keys after all tables. */
export function writeForeignKeyStatements(writer: ScriptWriter, table: SqlTable, dialect: SqlDialect): void {
    for (const foreignKey of table.foreignKeys) {
        writer.begin(foreignKey.origin);
        writer.write('ALTER TABLE ');
        writer.ident(table.name, dialect);
        writer.write(' ADD ');
        writeForeignKeyClause(writer, foreignKey, dialect, false);
        writer.write(';');
        writer.end();
    }
}
