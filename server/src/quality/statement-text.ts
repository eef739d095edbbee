/**
 * Text analysis works on the value of a STRING token (no quotes, escapes resolved), but diagnostics
 * must land on the source columns. This keeps, for each character of the value, where it sits in the token.
 */
export interface StatementText {
    /** The value, as the reader sees it. */
    text: string;
    /** offsets[i] is where text[i] starts inside the token (its backslash, if escaped); offsets[text.length] is the closing quote. */
    offsets: number[];
}

/** A span of the value: `start` inclusive, `end` exclusive. */
export interface TextSpan {
    start: number;
    end: number;
}

export function readStatement(token: string): StatementText {
    const quoted = token.length >= 2 && token.startsWith('"') && token.endsWith('"');
    const body = quoted ? token.slice(1, -1) : token;
    const shift = quoted ? 1 : 0;
    let text = '';
    const offsets: number[] = [];
    for (let i = 0; i < body.length; i++) {
        // An escaped character starts at its backslash, so underlining it covers the whole escape.
        offsets.push(i + shift);
        if (body[i] === '\\' && i + 1 < body.length) i++;
        text += body[i];
    }
    offsets.push(body.length + shift);
    return { text, offsets };
}

/** Where a span of the value starts and ends inside the token (end exclusive). */
export function tokenSpan(statement: StatementText, span: TextSpan): TextSpan {
    // offsets[end] is where the next character (or the closing quote) starts: the exclusive end.
    return { start: statement.offsets[span.start], end: statement.offsets[span.end] };
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One compiled pattern per word list (lists come from settings and are replaced, never mutated).
const patterns = new WeakMap<readonly string[], RegExp | undefined>();

/** A whole-word, case-insensitive pattern for a term; spaces in the term match any run of whitespace. */
export function termPattern(terms: readonly string[]): RegExp | undefined {
    if (patterns.has(terms)) return patterns.get(terms);
    const pattern = compileTerms(terms);
    patterns.set(terms, pattern);
    return pattern;
}

function compileTerms(terms: readonly string[]): RegExp | undefined {
    const alternatives = terms.map(t => t.trim()).filter(t => t.length > 0)
        .sort((a, b) => b.length - a.length)
        .map(t => escapeRegExp(t).replace(/\s+/g, '\\s+'));
    if (alternatives.length === 0) return undefined;
    return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
}

/** Every occurrence of any of the terms, in order, as spans of the text. */
export function findTerms(text: string, terms: readonly string[]): Array<TextSpan & { term: string }> {
    const pattern = termPattern(terms);
    if (!pattern) return [];
    return [...text.matchAll(pattern)].map(m => ({ start: m.index, end: m.index + m[0].length, term: m[0] }));
}
