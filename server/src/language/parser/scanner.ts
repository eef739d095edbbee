import type { Token, TokenType } from './grammar-elements.js';

/**
 * The tokens of one text, as columns of numbers instead of one object per token: Chevrotain's
 * lexer makes an object and a string for each of the ~260,000 tokens of the benchmark workspace,
 * all alive until the parse ends, which the garbage collector copies twice. Positions are already
 * in the CST's form (0-based lines and columns, exclusive end column).
 */
export class ScannedTokens {
    count = 0;
    /** Index into `Scanner.types`. */
    kind = new Int32Array(1024);
    start = new Int32Array(1024);
    end = new Int32Array(1024);
    line = new Int32Array(1024);
    column = new Int32Array(1024);
    endLine = new Int32Array(1024);
    endColumn = new Int32Array(1024);
    /** Comments, as Chevrotain tokens: Langium's CstNodeBuilder places them. */
    hidden: Token[] = [];

    push(kind: number, start: number, end: number, line: number, column: number, endLine: number, endColumn: number): void {
        if (this.count === this.kind.length) this.grow();
        const i = this.count++;
        this.kind[i] = kind;
        this.start[i] = start;
        this.end[i] = end;
        this.line[i] = line;
        this.column[i] = column;
        this.endLine[i] = endLine;
        this.endColumn[i] = endColumn;
    }

    private grow(): void {
        const double = (from: Int32Array) => { const to = new Int32Array(from.length * 2); to.set(from); return to; };
        this.kind = double(this.kind);
        this.start = double(this.start);
        this.end = double(this.end);
        this.line = double(this.line);
        this.column = double(this.column);
        this.endLine = double(this.endLine);
        this.endColumn = double(this.endColumn);
    }
}

/** Character classes of the grammar's terminals (tracewright.langium), for UTF-16 code units as JavaScript regexes see them. */
const enum Char {
    Tab = 9, LineFeed = 10, VerticalTab = 11, FormFeed = 12, CarriageReturn = 13, Space = 32,
    Quote = 34, Star = 42, Minus = 45, Dot = 46, Slash = 47, Zero = 48, Nine = 57, Colon = 58, GreaterThan = 62,
    Backslash = 92, Underscore = 95
}

/** `\s` of JavaScript regexes. */
function isSpace(c: number): boolean {
    if (c < 128) return c === Char.Space || (c >= Char.Tab && c <= Char.CarriageReturn);
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
        || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first character of ID: `[_a-zA-Z\u00C0-\uFFFF]`. */
function isIdStart(c: number): boolean {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === Char.Underscore || c >= 0xc0;
}

/** The other characters of ID: `[\w\u00C0-\uFFFF]`. */
function isIdPart(c: number): boolean {
    return isIdStart(c) || (c >= Char.Zero && c <= Char.Nine);
}

/** The hash the scanner computes while it reads a word. */
function wordHash(text: string, start: number, end: number): number {
    let hash = text.charCodeAt(start);
    for (let i = start + 1; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    return hash;
}

function isDigit(c: number): boolean {
    return c >= Char.Zero && c <= Char.Nine;
}

/**
 * Reads the tokens of valid text exactly as Langium's Chevrotain lexer does for this grammar:
 * keywords first, longest keyword first, a keyword that continues as an ID is the ID; then WS
 * (skipped), ID, NUMBER, STRING, and the comments (hidden); lines counted at `\n`, `\r\n` and `\r`.
 * It returns false where that lexer would report an error (and the caller leaves the text to
 * Langium), and also at the one case it does not model: a backslash before a line break in a string.
 * A test compares its tokens with Chevrotain's.
 */
export class Scanner {
    /** Token types by kind: the keywords, then ID, NUMBER, STRING, and STRING with escapes. */
    readonly types: TokenType[];
    readonly kindId: number;
    readonly kindNumber: number;
    readonly kindString: number;
    /** A STRING with a backslash in it: the same token type; its value needs the value converter. */
    readonly kindEscapedString: number;
    private readonly keywordKinds = new Map<string, number>();
    /** Word keywords by a hash of their characters, so a word is looked up without making a string of it. */
    private readonly wordsByHash = new Map<number, { keyword: string, kind: number }>();
    private readonly punctuation: Array<number | undefined> = [];
    private readonly comments: { multi: TokenType, single: TokenType };

    constructor(definition: Record<string, TokenType>) {
        const types: TokenType[] = [];
        for (const type of Object.values(definition)) {
            const pattern = type.PATTERN;
            if (typeof pattern !== 'string') continue;
            this.keywordKinds.set(pattern, types.length);
            if (pattern.length === 1) this.punctuation[pattern.charCodeAt(0)] = types.length;
            types.push(type);
        }
        const terminal = (name: string) => {
            const type = definition[name];
            if (!type) throw new Error(`The lexer has no token ${name}.`);
            return type;
        };
        this.kindId = types.push(terminal('ID')) - 1;
        this.kindNumber = types.push(terminal('NUMBER')) - 1;
        this.kindString = types.push(terminal('STRING')) - 1;
        this.kindEscapedString = types.push(terminal('STRING')) - 1;
        this.types = types;
        this.comments = { multi: terminal('ML_COMMENT'), single: terminal('SL_COMMENT') };
        for (const keyword of ['..', '--', '->']) {
            if (!this.keywordKinds.has(keyword)) throw new Error(`The lexer has no keyword ${keyword}.`);
        }
        for (const [keyword, kind] of this.keywordKinds) {
            if (!isIdStart(keyword.charCodeAt(0))) continue;
            const hash = wordHash(keyword, 0, keyword.length);
            if (this.wordsByHash.has(hash)) throw new Error(`Keywords '${keyword}' and '${this.wordsByHash.get(hash)!.keyword}' have the same hash.`);
            this.wordsByHash.set(hash, { keyword, kind });
        }
    }

    /** The keyword kind of the word `text[start, end)`, or the kind of ID. */
    private wordKind(text: string, start: number, end: number, hash: number): number {
        const word = this.wordsByHash.get(hash);
        return word !== undefined && word.keyword.length === end - start && text.startsWith(word.keyword, start) ? word.kind : this.kindId;
    }

    /** Fills `out` with the tokens of `text`; false if the text has a lexer error (or a case left to Chevrotain). */
    scan(text: string, out: ScannedTokens): boolean {
        out.count = 0;
        out.hidden = [];
        const length = text.length;
        let offset = 0, line = 0, lineStart = 0;
        while (offset < length) {
            const c = text.charCodeAt(offset);
            const start = offset;
            if (isSpace(c)) {
                // WS: skipped, but it moves the line and column.
                do {
                    const s = text.charCodeAt(offset);
                    if (s === Char.LineFeed) { line++; lineStart = offset + 1; } else if (s === Char.CarriageReturn) {
                        if (text.charCodeAt(offset + 1) === Char.LineFeed) offset++;
                        line++;
                        lineStart = offset + 1;
                    }
                    offset++;
                } while (offset < length && isSpace(text.charCodeAt(offset)));
                continue;
            }
            const column = start - lineStart;
            if (isIdStart(c)) {
                let hash = c;
                offset++;
                for (let d = text.charCodeAt(offset); offset < length && isIdPart(d); d = text.charCodeAt(++offset)) hash = (Math.imul(hash, 31) + d) | 0;
                out.push(this.wordKind(text, start, offset, hash), start, offset, line, column, line, column + offset - start);
                continue;
            }
            if (isDigit(c) || (c === Char.Minus && isDigit(text.charCodeAt(offset + 1)))) {
                offset++;
                while (isDigit(text.charCodeAt(offset))) offset++;
                if (text.charCodeAt(offset) === Char.Dot && isDigit(text.charCodeAt(offset + 1))) {
                    offset += 2;
                    while (isDigit(text.charCodeAt(offset))) offset++;
                }
                out.push(this.kindNumber, start, offset, line, column, line, column + offset - start);
                continue;
            }
            if (c === Char.Quote) {
                let escaped = false;
                let lines = 0, lastLineStart = 0;
                offset++;
                for (;;) {
                    if (offset >= length) return false;
                    const s = text.charCodeAt(offset);
                    if (s === Char.Quote) break;
                    if (s === Char.Backslash) {
                        // `\\.`: any character but a line terminator.
                        const next = text.charCodeAt(offset + 1);
                        if (offset + 1 >= length || next === Char.LineFeed || next === Char.CarriageReturn || next === 0x2028 || next === 0x2029) return false;
                        escaped = true;
                        offset += 2;
                        continue;
                    }
                    if (s === Char.LineFeed || s === Char.CarriageReturn) {
                        if (s === Char.CarriageReturn && text.charCodeAt(offset + 1) === Char.LineFeed) offset++;
                        lines++;
                        lastLineStart = offset + 1;
                    }
                    offset++;
                }
                offset++;
                const kind = escaped ? this.kindEscapedString : this.kindString;
                if (lines === 0) {
                    out.push(kind, start, offset, line, column, line, column + offset - start);
                } else {
                    // A string over several lines ends on its last line; it never ends with a line break (it ends with `"`).
                    line += lines;
                    lineStart = lastLineStart;
                    out.push(kind, start, offset, line - lines, column, line, offset - lineStart);
                }
                continue;
            }
            if (c === Char.Slash) {
                const next = text.charCodeAt(offset + 1);
                if (next === Char.Star) {
                    const close = text.indexOf('*/', offset + 2);
                    if (close < 0) return false;
                    offset = close + 2;
                    const startLine = line;
                    let lastBreakEnd = -1, breaks = 0;
                    for (let i = start; i < offset; i++) {
                        const s = text.charCodeAt(i);
                        if (s === Char.CarriageReturn && text.charCodeAt(i + 1) === Char.LineFeed) i++;
                        if (s === Char.LineFeed || s === Char.CarriageReturn) { breaks++; lastBreakEnd = i + 1; }
                    }
                    if (breaks > 0) { line += breaks; lineStart = lastBreakEnd; }
                    out.hidden.push(this.hiddenToken(text, this.comments.multi, start, offset, startLine, column, line, breaks > 0 ? offset - lineStart : column + offset - start));
                    continue;
                }
                if (next === Char.Slash) {
                    offset += 2;
                    while (offset < length) {
                        const s = text.charCodeAt(offset);
                        if (s === Char.LineFeed || s === Char.CarriageReturn) break;
                        offset++;
                    }
                    out.hidden.push(this.hiddenToken(text, this.comments.single, start, offset, line, column, line, column + offset - start));
                    continue;
                }
                return false;
            }
            // Punctuation keywords; the two-character ones first, as Chevrotain tries longer keywords first.
            const next = text.charCodeAt(offset + 1);
            const pair = (c === Char.Dot && next === Char.Dot) ? '..' : c === Char.Minus && next === Char.Minus ? '--' : c === Char.Minus && next === Char.GreaterThan ? '->' : undefined;
            if (pair !== undefined) {
                offset += 2;
                out.push(this.keywordKinds.get(pair)!, start, offset, line, column, line, column + 2);
                continue;
            }
            const single = this.punctuation[c];
            if (single === undefined) return false;
            offset++;
            out.push(single, start, offset, line, column, line, column + 1);
        }
        return true;
    }

    /** A comment as the Chevrotain token Langium's CstNodeBuilder turns into a hidden leaf (1-based lines and columns, inclusive end). */
    private hiddenToken(text: string, tokenType: TokenType, start: number, end: number, line: number, column: number, endLine: number, endColumn: number): Token {
        return {
            image: text.substring(start, end), startOffset: start, endOffset: end - 1,
            startLine: line + 1, endLine: endLine + 1, startColumn: column + 1, endColumn,
            tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType
        };
    }
}
