import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../../bench/synthetic-workspace.js';
import { ScannedTokens, Scanner } from '../../../server/src/language/parser/scanner.js';
import { corpus, showInput } from '../../robustness/corpus.js';
import { cases, fuzzSeed } from '../../robustness/fuzz-budget.js';
import { mutate } from '../../robustness/mutations.js';
import { modelArbitrary } from '../../robustness/random-model.js';
import { Random } from '../../robustness/random.js';
import { parsers } from './parsers.js';

// The fast parser's scanner reads exactly the tokens Langium's Chevrotain lexer reads, and gives up
// exactly where that lexer reports an error.

const { services } = parsers();
const lexer = services.parser.Lexer;
const scanner = new Scanner(lexer.definition);
const scanned = new ScannedTokens();

/** The first difference between the scanner's tokens and Chevrotain's, or undefined. */
function difference(text: string): string | undefined {
    const expected = lexer.tokenize(text);
    const accepted = scanner.scan(text, scanned);
    if (accepted !== (expected.errors.length === 0)) return accepted ? 'accepted text with a lexer error' : 'gave up on text without a lexer error';
    if (!accepted) return undefined;
    if (scanned.count !== expected.tokens.length) return `${scanned.count} tokens instead of ${expected.tokens.length}`;
    for (let i = 0; i < scanned.count; i++) {
        const token = expected.tokens[i];
        const actual = {
            type: scanner.types[scanned.kind[i]].name, offset: scanned.start[i], length: scanned.end[i] - scanned.start[i],
            line: scanned.line[i], column: scanned.column[i], endLine: scanned.endLine[i], endColumn: scanned.endColumn[i]
        };
        // What Langium's CstNodeBuilder takes from a token.
        const wanted = {
            type: token.tokenType.name, offset: token.startOffset, length: token.image.length,
            line: token.startLine! - 1, column: token.startColumn! - 1, endLine: token.endLine! - 1, endColumn: token.endColumn!
        };
        if (JSON.stringify(actual) !== JSON.stringify(wanted)) return `token ${i}: ${JSON.stringify(actual)} instead of ${JSON.stringify(wanted)}`;
        if (scanner.types[scanned.kind[i]] !== token.tokenType) return `token ${i}: another token type object`;
        if ((scanned.kind[i] === scanner.kindEscapedString) !== (token.tokenType.name === 'STRING' && token.image.includes('\\'))) return `token ${i}: escapes not marked`;
    }
    if (scanned.hidden.length !== expected.hidden.length) return `${scanned.hidden.length} comments instead of ${expected.hidden.length}`;
    for (let i = 0; i < scanned.hidden.length; i++) {
        const actual = JSON.stringify({ ...scanned.hidden[i], tokenType: scanned.hidden[i].tokenType.name });
        const wanted = JSON.stringify({ ...expected.hidden[i], tokenType: expected.hidden[i].tokenType.name });
        if (actual !== wanted) return `comment ${i}: ${actual} instead of ${wanted}`;
        if (scanned.hidden[i].tokenType !== expected.hidden[i].tokenType) return `comment ${i}: another token type object`;
    }
    return undefined;
}

function expectSameTokens(text: string, label = showInput(text)): void {
    expect(difference(text), label).toBeUndefined();
}

describe('the scanner reads what Chevrotain reads', () => {
    test('examples, fixtures and the synthetic workspace', () => {
        for (const entry of corpus()) for (const [file, text] of Object.entries(entry.files)) expectSameTokens(text, `${entry.name}/${file}`);
        for (const text of Object.values(syntheticWorkspace(100, 'split-10').files)) expectSameTokens(text);
    });

    test('keywords against IDs, numbers against punctuation, strings, comments, line breaks, unicode', () => {
        for (const text of [
            '', ' ', 'entity entity1 entityé _entity Entity e', 'date datetime dates time timestamp', 'pk pkx as so',
            '1 -1 1.5 -1.25 1..* 0..1 1.5.3 ..5 1. -x --1 -->- -> - --', 'a.b a..b a . b *', '{}(),:.*',
            '"" "a" "a\\"b" "a\\\\" "a\\nb" "multi\nline" "cr\rlf\r\nx" "\\u00e9"', '"unterminated', '"back\\\nslash"', '"back\\\u2028"',
            '// line\n/* block */ /* multi\nline\r\nblock */ //\r x //', '/* unterminated', '/', 'a/b',
            '\uFEFFentity A {}', 'a\u3000b \u3000 c\u00A0d', '\u00A0\u2028\u2029entity', 'Straße 日本語 😀 naïve_coördinate', '\u0080', '\u00BF', '@', ';', '#',
            'a\r\rb\r\n\r\nc\n\rd', 'x "s\n" y /*\n*/ z', 'entity E { a: int }\r\n'
        ]) expectSameTokens(text);
    });

    test(`${cases(150, 3000)} random models and ${cases(600, 20_000)} damaged files (seed ${fuzzSeed})`, { timeout: 900_000 }, () => {
        for (const model of fc.sample(modelArbitrary, { seed: fuzzSeed, numRuns: cases(150, 3000) })) expectSameTokens(model.text);
        const random = new Random(fuzzSeed + 2);
        const texts = corpus().flatMap(entry => Object.values(entry.files));
        for (let i = 0; i < cases(600, 20_000); i++) {
            const { text, applied } = mutate(random.pick(texts), random);
            expectSameTokens(text, `${applied.join('+')}: ${showInput(text)}`);
        }
    });
});
