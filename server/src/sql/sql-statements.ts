import type { Origin, SqlDialect, SqlSchema, SqlTable } from './sql-schema.js';
import { flat } from './flat-text.js';
import { quoteIdent } from './sql-identifiers.js';

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
    if (description && ids) return `${description} (justified by ${ids})`;
    if (ids) return `Justified by ${ids}`;
    return description || undefined;
}

/** `CREATE TABLE "t" (` + one element per line + `)` + suffix. Elements may carry `--` lines before them. */
export function createTable(table: SqlTable, dialect: SqlDialect, elements: readonly string[], suffix = ''): string {
    // Every line of an element is indented, including the `--` lines before it.
    const body = elements.map(element => '    ' + (element.includes('\n') ? element.replaceAll('\n', '\n    ') : element)).join(',\n');
    return flat`CREATE TABLE ${quoteIdent(table.name, dialect)} (\n${body}\n)${suffix};`;
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
