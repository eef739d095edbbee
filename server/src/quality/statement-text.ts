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
    if (!body.includes('\\')) {
        // No escapes (the usual case): the value is the body, character i at i + shift; the array at its final size.
        const offsets = new Array<number>(body.length + 1);
        for (let i = 0; i <= body.length; i++) offsets[i] = i + shift;
        return { text: body, offsets };
    }
    const offsets: number[] = [];
    let text = '';
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
    const found: Array<TextSpan & { term: string }> = [];
    forEachMatch(pattern, text, m => found.push({ start: m.index, end: m.index + m[0].length, term: m[0] }));
    return found;
}

/**
 * What `text.matchAll(pattern)` yields, for a global pattern, without the copy of the pattern that
 * matchAll makes on every call (these checks run for every statement of the workspace). Leaves the
 * shared pattern's `lastIndex` at 0.
 */
export function forEachMatch(pattern: RegExp, text: string, action: (match: RegExpExecArray) => void): void {
    pattern.lastIndex = 0;
    try {
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
            // An empty match moves on by one character (one code point in unicode mode), as matchAll does.
            if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
            action(match);
        }
    } finally {
        pattern.lastIndex = 0;
    }
}

function advance(text: string, index: number, unicode: boolean): number {
    if (!unicode || index + 1 >= text.length) return index + 1;
    const first = text.charCodeAt(index);
    const second = text.charCodeAt(index + 1);
    return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
