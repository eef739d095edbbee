import { lineComment } from './sql-identifiers.js';
import type { Origin, SqlDialect } from './sql-schema.js';
import type { Statement } from './sql-statements.js';
import { escapedText, flatten, isPlain } from './sql-text.js';

/** The sections of a script, in the order they appear; a section without statements is left out. */
export type ScriptSection = 'preamble' | 'types' | 'tables' | 'indexes' | 'comments' | 'foreignKeys';

const sectionTitles: Record<ScriptSection, string> = {
    preamble: '', types: 'Types', tables: 'Tables', indexes: 'Unique constraints',
    comments: 'Provenance: requirements and stories behind each table and column', foreignKeys: 'Foreign keys'
};
const sectionOrder: readonly ScriptSection[] = ['preamble', 'types', 'tables', 'indexes', 'comments', 'foreignKeys'];

/**
 * The script as it is written. A statement's text is concatenated piece by piece (names, ids and
 * keywords the generators write), then added to the current chunk of the script; a chunk is
 * flattened into one string every few tens of kilobytes, and the chunks are joined once at the end.
 * Each statement is recorded as where it starts and ends, its text taken from the script when asked.
 * A script at 1,000 entities has some twenty-five thousand statements: each built as a string of its
 * own, then scanned for its line breaks and joined with the others, was copied twice and read three
 * times. (Pieces pushed to one array and joined at the end cost more: `join` takes some 40 ns an
 * element, a concatenation a few.)
 *
 * Layout: one line per header line, then per section with statements a blank line, its title and a
 * blank line (none for the untitled preamble), its statements one after the other, a blank line
 * before each statement of several lines but the first, and a line break at the very end.
 */
export class ScriptWriter {
    private readonly chunks: string[] = [];
    /** The script since the last chunk, as a concatenation. */
    private chunk = '';
    /** Characters in the chunks before `chunk`. */
    private chunksLength = 0;
    private readonly statements: ScriptStatement[] = [];
    /** Shared by the statements: their text is read from it once the script is joined. */
    private readonly script = { text: '' };
    private section = -1;
    private sectionStarted = false;
    /** The current statement's text so far. */
    private text = '';
    private breaks = false;
    private origin: Origin | undefined = undefined;

    /** A line of the header, before any section. */
    headerLine(text: string): void {
        this.chunk += text + '\n';
    }

    /** Statements go to `section` from now on; sections are written in the order of the script. */
    beginSection(section: ScriptSection): void {
        const index = sectionOrder.indexOf(section);
        if (index <= this.section) throw new Error(`SQL sections written out of order: ${section}`);
        this.section = index;
        this.sectionStarted = false;
    }

    /**
     * Starts a statement. `multiline` says it has a line break whatever the model holds (CREATE
     * TABLE); otherwise the text written with `modelText`, `ident` and `escaped` is checked for one.
     */
    begin(origin: Origin | undefined, multiline = false): void {
        if (this.section < 0) throw new Error('SQL statement written before a section');
        this.text = '';
        this.breaks = multiline;
        this.origin = origin;
    }

    /** Text known to hold no line break, or written in a statement begun as `multiline`. */
    write(text: string): void {
        this.text += text;
    }

    /** Text from the model, which may hold a line break. */
    modelText(text: string): void {
        if (!this.breaks && text.includes('\n')) this.breaks = true;
        this.text += text;
    }

    /** An identifier as `quoteIdent` quotes it. */
    ident(name: string, dialect: SqlDialect): void {
        const mark = dialect === 'mysql' ? '`' : '"';
        this.text += mark;
        this.modelText(name.includes(mark) ? name.replaceAll(mark, mark + mark) : name);
        this.text += mark;
    }

    /** An identifier as `quotedName` quotes it for an element of CREATE TABLE (a `multiline` statement). */
    identInTable(name: string, dialect: SqlDialect): void {
        const mark = dialect === 'mysql' ? '`' : '"';
        const escaped = name.includes(mark) ? name.replaceAll(mark, mark + mark) : name;
        this.text += mark + (escaped.includes('\n') ? escaped.replaceAll('\n', '\n    ') : escaped) + mark;
    }

    /** The inside of a string literal, as `escapedText` gives it. */
    escaped(text: string, dialect: SqlDialect): void {
        if (isPlain(text)) this.text += text;
        else this.modelText(escapedText(text, dialect));
    }

    end(): void {
        let before: string;
        if (!this.sectionStarted) {
            const title = sectionTitles[sectionOrder[this.section]];
            before = title ? '\n' + lineComment(title) + '\n\n' : '\n';
            this.sectionStarted = true;
        } else {
            // A blank line before each statement of several lines but the section's first.
            before = this.breaks ? '\n' : '';
        }
        const start = this.chunksLength + this.chunk.length + before.length;
        const end = start + this.text.length;
        this.statements.push(new ScriptStatement(this.script, start, end, this.origin));
        this.chunk += before + this.text + '\n';
        this.text = '';
        if (this.chunk.length > chunkLength) {
            // Flattened while its pieces are young: kept as a concatenation to the end, the
            // garbage collector would copy every piece and node of it at each collection.
            this.chunksLength += this.chunk.length;
            this.chunks.push(flatten(this.chunk));
            this.chunk = '';
        }
    }

    /** The script, joined once, and its statements with the line each starts on. */
    finish(): { sql: string; statements: Statement[] } {
        this.chunks.push(this.chunk);
        const sql = this.chunks.join('');
        this.script.text = sql;
        let line = 1;
        let next = sql.indexOf('\n');
        for (const statement of this.statements) {
            while (next >= 0 && next < statement.start) {
                line++;
                next = sql.indexOf('\n', next + 1);
            }
            // A statement starts after any `--` lines in front of it, which is where databases count from.
            statement.line = line + leadingCommentLines(sql, statement.start, statement.end);
        }
        return { sql, statements: this.statements };
    }
}

const chunkLength = 1 << 16;

/**
 * How many lines from `start` begin with `--` before the first that does not, within the statement
 * ending at `end`; 0 when they all do (the statement has no SQL line to point at).
 */
function leadingCommentLines(sql: string, start: number, end: number): number {
    let lines = 0;
    let at = start;
    while (sql.startsWith('--', at)) {
        const lineEnd = sql.indexOf('\n', at);
        if (lineEnd < 0 || lineEnd >= end) return 0;
        lines++;
        at = lineEnd + 1;
    }
    return lines;
}

/** A statement of a written script: its text is a slice of the script, taken when asked for. */
class ScriptStatement implements Statement {
    line = 0;

    constructor(private readonly script: { text: string }, readonly start: number, readonly end: number, readonly origin: Origin | undefined) {}

    get sql(): string {
        return this.script.text.slice(this.start, this.end);
    }

    /** Plain data for JSON, as statements were before they were slices (a getter would be left out). */
    toJSON(): { sql: string; origin?: Origin; line: number } {
        return this.origin ? { sql: this.sql, origin: this.origin, line: this.line } : { sql: this.sql, line: this.line };
    }
}
