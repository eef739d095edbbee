import type { Random } from './random.js';

/**
 * Ways to damage a .req file the way half-typed text, bad merges, wrong encodings and hostile files
 * do. Each mutation is a pure function of the text and the PRNG, so a seed replays a case exactly.
 */
export type Mutation = (text: string, random: Random) => string;

/** Words, strings (also unterminated), comments, whitespace runs and single characters. */
export function tokens(text: string): string[] {
    return text.match(/\s+|"(?:\\.|[^"\\])*"?|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/|[\w\u00C0-\uFFFF]+|\.\.|--|->|[^\s\w]/g) ?? [];
}

function onTokens(edit: (parts: string[], random: Random) => void): Mutation {
    return (text, random) => {
        const parts = tokens(text);
        if (parts.length === 0) return text;
        edit(parts, random);
        return parts.join('');
    };
}

function onLines(edit: (lines: string[], random: Random) => void): Mutation {
    return (text, random) => {
        const lines = text.split('\n');
        edit(lines, random);
        return lines.join('\n');
    };
}

function insertAt(text: string, random: Random, insertion: string): string {
    const at = random.below(text.length + 1);
    return text.slice(0, at) + insertion + text.slice(at);
}

const strangeCharacters = ['\0', '\uFEFF', '\r', '\t', '\u2028', '\uFFFD', '\uD800', '\uDC00', '😀', 'é', '\\', '"', '{', '}', '(', ')', '.', ':', ',', '*', '-', '/', '\u0301', '\x7F', '\x1B'];

export const mutations: Record<string, Mutation> = {
    deleteToken: onTokens((parts, random) => { parts.splice(random.below(parts.length), 1); }),
    duplicateToken: onTokens((parts, random) => { const i = random.below(parts.length); parts.splice(i, 0, parts[i]); }),
    swapTokens: onTokens((parts, random) => {
        const i = random.below(parts.length), j = random.below(parts.length);
        [parts[i], parts[j]] = [parts[j], parts[i]];
    }),
    deleteLine: onLines((lines, random) => { lines.splice(random.below(lines.length), 1); }),
    duplicateLine: onLines((lines, random) => { const i = random.below(lines.length); lines.splice(i, 0, lines[i]); }),
    swapLines: onLines((lines, random) => {
        const i = random.below(lines.length), j = random.below(lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
    }),
    randomBytes: (text, random) => {
        let bytes = '';
        for (let n = 1 + random.below(8); n > 0; n--) bytes += random.chance(0.5) ? random.pick(strangeCharacters) : String.fromCharCode(random.below(0x3000));
        return insertAt(text, random, bytes);
    },
    truncate: (text, random) => text.slice(0, random.below(text.length + 1)),
    unbalancedBrace: (text, random) => insertAt(text, random, random.pick(['{', '}', '{{{', '}}}', '(', ')'])),
    unbalancedQuote: (text, random) => insertAt(text, random, random.pick(['"', '"\\', '/*', '\\"'])),
    byteOrderMark: text => '\uFEFF' + text,
    crlf: text => text.replace(/\r?\n/g, '\r\n'),
    lonelyCarriageReturns: text => text.replace(/\r?\n/g, '\r'),
    nulBytes: (text, random) => insertAt(insertAt(text, random, '\0'), random, '\0\0\0'),
    keywordSoup: (text, random) => insertAt(text, random, ` ${random.pick(['entity', 'relationship', 'requirement', 'story', 'goal', 'enum', 'pk', 'traces', 'depends', 'constraint unique', '1..*', '--', '->'])} `)
};

export const mutationNames = Object.keys(mutations);

/** Applies 1–4 random mutations in a row; returns the text and their names (for the failure message). */
export function mutate(text: string, random: Random): { text: string, applied: string[] } {
    const applied: string[] = [];
    for (let n = 1 + random.below(4); n > 0; n--) {
        const name = random.pick(mutationNames);
        text = mutations[name](text, random);
        applied.push(name);
    }
    return { text, applied };
}

/** Structures nested `depth` levels deep: braces, parentheses, comments and entity bodies. */
export function deepNesting(depth: number): string[] {
    return [
        '{'.repeat(depth) + '}'.repeat(depth),
        '{'.repeat(depth),
        'entity A { ' + 'b: int '.repeat(10) + '('.repeat(depth),
        'requirement R functional "x" { traces ' + 'A.'.repeat(depth) + 'b }',
        'entity E { ' + 'entity F { '.repeat(depth),
        '/*'.repeat(depth) + '*/'.repeat(depth),
        'goal G "t" { parent ' + 'G, '.repeat(depth) + ' }'
    ];
}
