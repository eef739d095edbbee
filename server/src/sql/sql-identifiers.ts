import type { SqlDialect } from './sql-schema.js';

/**
 * The one quoting function per dialect. Every identifier is quoted, always: reserved words (`user`,
 * `order`, `select`, `group`...) then work in every dialect without a reserved-word list to keep up
 * to date, and names keep their case in PostgreSQL (which folds unquoted names to lower case).
 * Embedded quote characters are doubled, which is how all three dialects escape them.
 */
export function quoteIdent(name: string, dialect: SqlDialect): string {
    // Names with quote characters in them are rare; `includes` spares the copy for all the others.
    if (dialect === 'mysql') return '`' + (name.includes('`') ? name.replaceAll('`', '``') : name) + '`';
    return '"' + (name.includes('"') ? name.replaceAll('"', '""') : name) + '"';
}

/**
 * A string literal. Single quotes are doubled everywhere; MySQL also treats backslash as an escape
 * character by default (unless NO_BACKSLASH_ESCAPES), so there it is doubled too.
 */
export function quoteString(text: string, dialect: SqlDialect): string {
    const escaped = dialect === 'mysql' && text.includes('\\') ? text.replaceAll('\\', '\\\\') : text;
    return "'" + (escaped.includes("'") ? escaped.replaceAll("'", "''") : escaped) + "'";
}

/** Text for a `--` comment: one line, whatever the user typed. */
export function lineComment(text: string): string {
    return '-- ' + (text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]+/g, ' ') : text);
}
