import type { Origin, SqlDialect, SqlSchema, SqlTable } from './sql-schema.js';
import { flat } from './flat-text.js';
import { lineComment, quoteIdent } from './sql-identifiers.js';

/** One generated statement and the model element it came from, so database errors point at the model. */
export interface Statement {
    sql: string;
    origin?: Origin;
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

/** A comment for a table or column: its description plus provenance, or undefined when there is neither. */
export function commentText(description: string | undefined, justifiedBy: readonly string[]): string | undefined {
    const ids = justifiedBy.join(', ');
    // Flat strings: quoting reads them, which would copy a concatenation first.
    if (description && ids) return flat`${description} (justified by ${ids})`;
    if (ids) return flat`Justified by ${ids}`;
    return description || undefined;
}

/**
 * `CREATE TABLE "t" (` + one element per line + `)` + suffix, after an optional `--` line. Elements
 * may carry `--` lines before them. Built in one join, so the statement is one flat string.
 */
export function createTable(table: SqlTable, dialect: SqlDialect, elements: readonly string[], suffix = '', comment?: string): string {
    const parts = [comment !== undefined ? lineComment(comment) + '\n' : '', 'CREATE TABLE ', quoteIdent(table.name, dialect), ' (\n'];
    elements.forEach((element, index) => {
        // Every line of an element is indented, including the `--` lines before it.
        parts.push(index > 0 ? ',\n    ' : '    ', element.includes('\n') ? element.replaceAll('\n', '\n    ') : element);
    });
    parts.push('\n)', suffix, ';');
    return parts.join('');
}

/** Unique constraints as unique indexes: the one form all three dialects accept after CREATE TABLE. */
export function uniqueIndexes(table: SqlTable, dialect: SqlDialect): Statement[] {
    return table.uniques.map(unique => ({
        sql: flat`CREATE UNIQUE INDEX ${quoteIdent(unique.name, dialect)} ON ${quoteIdent(table.name, dialect)} (${unique.columns.map(c => quoteIdent(c, dialect)).join(', ')});`,
        origin: unique.origin
    }));
}

export function primaryKeyClause(table: SqlTable, dialect: SqlDialect): string | undefined {
    return table.primaryKey.length > 0 ? `PRIMARY KEY (${table.primaryKey.map(c => quoteIdent(c, dialect)).join(', ')})` : undefined;
}

export function foreignKeyClause(foreignKey: SqlTable['foreignKeys'][number], dialect: SqlDialect): string {
    const q = (name: string) => quoteIdent(name, dialect);
    return `CONSTRAINT ${q(foreignKey.name)} FOREIGN KEY (${foreignKey.columns.map(q).join(', ')}) REFERENCES ${q(foreignKey.referencedTable)} (${foreignKey.referencedColumns.map(q).join(', ')})`;
}

export function emptyBuckets(): StatementBuckets {
    return { preamble: [], types: [], tables: [], indexes: [], comments: [], foreignKeys: [] };
}
