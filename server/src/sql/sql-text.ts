import type { SqlDialect } from './sql-schema.js';

/**
 * Text built piece by piece with `+` (a chunk of the script, `ScriptWriter`), then flattened once.
 * V8 represents a concatenation as a "cons string" node pointing at both halves; reading a character
 * of one copies the whole tree into one flat string in place, so the tree's nodes die young instead
 * of being copied by the garbage collector for as long as the script is being built. This is cheaper
 * than joining an array of the pieces, which allocates the array and its store and takes far longer
 * a piece.
 */
export function flatten(text: string): string {
    // Stored, so the compiler cannot drop the read as unused.
    readSink.last = text.charCodeAt(0);
    return text;
}
const readSink = { last: 0 };

/**
 * Whether the text holds none of the characters quoting, indenting or a line comment changes (`'`,
 * `\\`, line feed, carriage return): true for nearly every name and id, found in one pass instead of
 * one `includes` per character.
 */
export function isPlain(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code <= 39 ? code === 39 || code === 10 || code === 13 : code === 92) return false;
    }
    return true;
}

/** How `createTable` indents an element: every line break is followed by four spaces. */
export function indented(text: string): string {
    return text.includes('\n') ? text.replaceAll('\n', '\n    ') : text;
}

/**
 * An identifier as `quoteIdent` quotes it, indented as an element of CREATE TABLE. Quoting and
 * indenting work character by character, so quoting the pieces of a text one by one gives the
 * quoted text; names cannot hold line breaks, but the check is cheap and keeps that an assumption.
 */
export function quotedName(name: string, dialect: SqlDialect): string {
    const mark = dialect === 'mysql' ? '`' : '"';
    const escaped = name.includes(mark) ? name.replaceAll(mark, mark + mark) : name;
    return mark + (escaped.includes('\n') ? escaped.replaceAll('\n', '\n    ') : escaped) + mark;
}

/** The inside of a string literal, as `quoteString` escapes it (without the quotes). */
export function escapedText(text: string, dialect: SqlDialect): string {
    if (isPlain(text)) return text;
    const escaped = dialect === 'mysql' && text.includes('\\') ? text.replaceAll('\\', '\\\\') : text;
    return escaped.includes("'") ? escaped.replaceAll("'", "''") : escaped;
}

/** Whether `commentText(description, justifiedBy)` has text: the ids join to more than nothing, or there is a description. */
export function hasIds(justifiedBy: readonly string[]): boolean {
    return justifiedBy.length > 1 || (justifiedBy.length === 1 && justifiedBy[0] !== '');
}

/**
 * `commentText(description, justifiedBy)` with `each` applied to the description and to every id,
 * built without joining the ids first; undefined when there is no comment. Every transformation
 * used here (escaping, indenting, a line comment's line breaks) works on each piece alone, because
 * the constant text between the pieces holds no character they change.
 */
export function commentPieces(description: string | undefined, justifiedBy: readonly string[], each: (text: string) => string): string | undefined {
    if (!hasIds(justifiedBy)) return description ? each(description) : undefined;
    let text = description ? each(description) + ' (justified by ' : 'Justified by ';
    for (let i = 0; i < justifiedBy.length; i++) text += i > 0 ? ', ' + each(justifiedBy[i]) : each(justifiedBy[i]);
    return description ? text + ')' : text;
}

/** The length of `commentText(description, justifiedBy)` in UTF-16 units, without building it. */
export function commentLength(description: string | undefined, justifiedBy: readonly string[]): number {
    if (!hasIds(justifiedBy)) return description ? description.length : 0;
    let length = description ? description.length + ' (justified by '.length + 1 : 'Justified by '.length;
    for (let i = 0; i < justifiedBy.length; i++) length += justifiedBy[i].length + (i > 0 ? 2 : 0);
    return length;
}

/** Text for a `--` comment line, as `lineComment` makes it (without the `-- `). */
export function oneLine(text: string): string {
    if (isPlain(text)) return text;
    return text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]+/g, ' ') : text;
}
