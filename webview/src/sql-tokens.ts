/** A tiny SQL tokenizer for colouring: enough for the DDL the generator writes, not a parser. */
export type SqlTokenKind = 'keyword' | 'type' | 'string' | 'number' | 'comment' | 'identifier' | 'punctuation' | 'space';
export interface SqlToken { kind: SqlTokenKind, text: string }

const KEYWORDS = new Set(('create table index unique primary key foreign references on delete update cascade restrict set null not default ' +
    'check constraint alter add comment is type as enum if exists drop insert into values select from where and or in ' +
    'begin commit transaction pragma engine charset collate auto_increment autoincrement generated always identity by ' +
    'column to with without rowid current_timestamp current_date true false action no').split(' '));
const TYPES = new Set(('int integer bigint smallint serial bigserial decimal numeric real double precision float text varchar char ' +
    'character varying boolean bool date time timestamp timestamptz datetime uuid blob json jsonb tinyint').split(' '));

const PATTERNS: Array<[SqlTokenKind, RegExp]> = [
    ['space', /^\s+/],
    ['comment', /^--[^\n]*/],
    ['comment', /^\/\*[\s\S]*?(\*\/|$)/],
    ['string', /^'(?:[^']|'')*'?/],
    ['identifier', /^"(?:[^"]|"")*"?/],
    ['identifier', /^`(?:[^`]|``)*`?/],
    ['identifier', /^\[[^\]]*\]?/],
    ['number', /^\d+(?:\.\d+)?/],
    ['identifier', /^[A-Za-z_\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/],
    ['punctuation', /^[\s\S]/]
];

export function tokenizeSql(sql: string): SqlToken[] {
    const tokens: SqlToken[] = [];
    let rest = sql;
    while (rest.length > 0) {
        for (const [kind, pattern] of PATTERNS) {
            const match = pattern.exec(rest);
            if (!match || match[0].length === 0) continue;
            const text = match[0];
            const word = text.toLowerCase();
            const refined = kind === 'identifier' && /^[A-Za-z_]/.test(text)
                ? (KEYWORDS.has(word) ? 'keyword' : TYPES.has(word) ? 'type' : 'identifier')
                : kind;
            tokens.push({ kind: refined, text });
            rest = rest.slice(text.length);
            break;
        }
    }
    return tokens;
}
