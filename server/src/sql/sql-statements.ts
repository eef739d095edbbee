import type { Origin, SqlDialect, SqlForeignKey, SqlSchema, SqlTable } from './sql-schema.js';
import { quoteIdent } from './sql-identifiers.js';
import { flatten, quotedName } from './sql-text.js';

/** One generated statement and the model element it came from, so database errors point at the model. */
export interface Statement {
    sql: string;
    origin?: Origin;
    /** The 1-based line where it starts in the script; 0 until `generateSql` places it. */
    line: number;
}

/**
 * A statement yet to be placed. It has its `line` from the start, so placing it fills that slot
 * rather than copying ten thousand statements into new objects.
 */
export function statement(sql: string, origin?: Origin): Statement {
    return origin ? { sql, origin, line: 0 } : { sql, line: 0 };
}

/**
 * What a dialect generator fills; `generateSql` joins the buckets once, always in this order, so the
 * order of statements is fixed by the code: types, tables, indexes, comments, foreign keys.
 */
export interface StatementBuckets {
    preamble: Statement[];
    types: Statement[];
    tables: Statement[];
    indexes: Statement[];
    comments: Statement[];
    foreignKeys: Statement[];
}

export interface DialectGenerator {
    /** Name shown in the header, e.g. 'PostgreSQL'. */
    title: string;
    /** Lines for the header that explain dialect-specific choices. */
    notes: string[];
    generate(schema: SqlSchema, warn: (message: string, origin: Origin) => void): StatementBuckets;
}

/*
 * Every dialect writes CREATE TABLE the same way: an optional `--` line, `CREATE TABLE "t" (`, one
 * element (column, key, foreign key) per line, indented by four spaces, each line break inside an
 * element followed by the same four spaces, `)`, a suffix and `;`. The generators write that text
 * directly, as one concatenation flattened once (`flatten`), indenting the pieces that come from
 * the model (`quotedName`, `indented`); the golden tests pin the layout.
 */

/** Quoted names separated by `, `; indented as part of a CREATE TABLE element when `inTable`. */
export function quotedNames(names: readonly string[], dialect: SqlDialect, inTable: boolean): string {
    let text = '';
    for (let i = 0; i < names.length; i++) {
        const name = inTable ? quotedName(names[i], dialect) : quoteIdent(names[i], dialect);
        text += i > 0 ? ', ' + name : name;
    }
    return text;
}

/** Unique constraints as unique indexes: the one form all three dialects accept after CREATE TABLE. */
export function uniqueIndexes(table: SqlTable, dialect: SqlDialect, into: Statement[]): void {
    for (const unique of table.uniques) {
        into.push(statement(
            flatten('CREATE UNIQUE INDEX ' + quoteIdent(unique.name, dialect) + ' ON ' + quoteIdent(table.name, dialect) + ' (' + quotedNames(unique.columns, dialect, false) + ');'),
            unique.origin
        ));
    }
}

/** `CONSTRAINT … FOREIGN KEY (…) REFERENCES … (…)`; indented as a CREATE TABLE element when `inTable`. */
export function foreignKeyClause(foreignKey: SqlForeignKey, dialect: SqlDialect, inTable: boolean): string {
    const name = (text: string) => inTable ? quotedName(text, dialect) : quoteIdent(text, dialect);
    return 'CONSTRAINT ' + name(foreignKey.name) + ' FOREIGN KEY (' + quotedNames(foreignKey.columns, dialect, inTable) + ') REFERENCES '
        + name(foreignKey.referencedTable) + ' (' + quotedNames(foreignKey.referencedColumns, dialect, inTable) + ')';
}

/** `ALTER TABLE "t" ADD CONSTRAINT …;` for the dialects that add foreign keys after all tables. */
export function foreignKeyStatement(tableName: string, foreignKey: SqlForeignKey, dialect: SqlDialect): string {
    return flatten('ALTER TABLE ' + tableName + ' ADD ' + foreignKeyClause(foreignKey, dialect, false) + ';');
}

export function emptyBuckets(): StatementBuckets {
    return { preamble: [], types: [], tables: [], indexes: [], comments: [], foreignKeys: [] };
}
