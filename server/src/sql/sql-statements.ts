import type { ScriptWriter } from './script-writer.js';
import type { Origin, SqlDialect, SqlForeignKey, SqlSchema, SqlTable } from './sql-schema.js';

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

/** Quoted names separated by `, `; indented as part of a CREATE TABLE element when `inTable`. */
export function writeNames(writer: ScriptWriter, names: readonly string[], dialect: SqlDialect, inTable: boolean): void {
    for (let i = 0; i < names.length; i++) {
        if (i > 0) writer.write(', ');
        if (inTable) writer.identInTable(names[i], dialect);
        else writer.ident(names[i], dialect);
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
    if (inTable) writer.identInTable(foreignKey.name, dialect);
    else writer.ident(foreignKey.name, dialect);
    writer.write(' FOREIGN KEY (');
    writeNames(writer, foreignKey.columns, dialect, inTable);
    writer.write(') REFERENCES ');
    if (inTable) writer.identInTable(foreignKey.referencedTable, dialect);
    else writer.ident(foreignKey.referencedTable, dialect);
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
