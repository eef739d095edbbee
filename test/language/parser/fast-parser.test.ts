import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layouts, syntheticWorkspace } from '../../../bench/synthetic-workspace.js';
import { corpus, showInput } from '../../robustness/corpus.js';
import { cases, fuzzSeed } from '../../robustness/fuzz-budget.js';
import { mutate, tokens } from '../../robustness/mutations.js';
import type { Entity, Model } from '../../../server/src/generated/ast.js';
import { modelArbitrary } from '../../robustness/random-model.js';
import { Random } from '../../robustness/random.js';
import { firstDifference } from './compare-parse-results.js';
import { compareOn, parsers } from './parsers.js';

// The fast parser answers for valid text with exactly Langium's result, and leaves every text with
// an error to Langium's parser. Each case parses the text twice, with the language's parser and
// with Langium's alone, and compares the two results object by object.

const p = parsers();

/** Valid text: the fast path answered, and its result is Langium's. */
function expectFastAndEqual(text: string, label = showInput(text)): void {
    const { fast, valid, difference } = compareOn(p, text);
    expect(valid, `Langium finds errors in ${label}`).toBe(true);
    expect(difference, `differs from Langium's result for ${label}`).toBeUndefined();
    expect(fast, `the fast path did not answer for ${label}`).toBe(true);
}

/** Any text: the fast path answers exactly when Langium finds no error, and the result is Langium's. */
function expectSameAsLangium(text: string, label = showInput(text)): boolean {
    const { fast, valid, difference } = compareOn(p, text);
    expect(difference, `differs from Langium's result for ${label}`).toBeUndefined();
    expect(fast, valid ? `the fast path did not answer for valid ${label}` : `the fast path answered for invalid ${label}`).toBe(valid);
    return valid;
}

/** The same tokens with other whitespace and comments between them: comments land where Langium puts them. */
function withComments(text: string, random: Random): string {
    const gaps = [' ', '\n', '\r\n', '\t', ' // note\n', ' /* c */ ', '\n/** doc\n * more */\n', '/*x*/', '//\r'];
    return tokens(text).map(token => /^\s+$/.test(token) ? random.pick(gaps) : token).join('') + random.pick(['', '// end', '\n/* end */\n']);
}

describe('the fast parser builds exactly what Langium builds', () => {
    test('every example and fixture: valid files on the fast path, the others through Langium', () => {
        let valid = 0, invalid = 0;
        for (const entry of corpus()) {
            for (const [file, text] of Object.entries(entry.files)) {
                if (expectSameAsLangium(text, `${entry.name}/${file}`)) valid++; else invalid++;
            }
        }
        expect(valid).toBeGreaterThan(50);
        expect(invalid).toBeGreaterThan(0);
    });

    test.each(layouts)('the synthetic benchmark workspace, 100 entities, layout %s', layout => {
        for (const [file, text] of Object.entries(syntheticWorkspace(100, layout).files)) expectFastAndEqual(text, `${layout}/${file}`);
    });

    test(`${cases(150, 3000)} random models (seed ${fuzzSeed}), as printed and with comments between their tokens`, { timeout: 900_000 }, () => {
        const random = new Random(fuzzSeed);
        let valid = 0;
        for (const model of fc.sample(modelArbitrary, { seed: fuzzSeed, numRuns: cases(150, 3000) })) {
            if (expectSameAsLangium(model.text)) valid++;
            expectSameAsLangium(withComments(model.text, random));
        }
        // Nearly all random models are valid.
        expect(valid).toBeGreaterThan(cases(150, 3000) * 0.8);
    });

    test(`${cases(600, 20_000)} damaged examples and fixtures (seed ${fuzzSeed}): each parser agrees on which are valid`, { timeout: 900_000 }, () => {
        const random = new Random(fuzzSeed + 1);
        const texts = corpus().flatMap(entry => Object.values(entry.files));
        let valid = 0;
        for (let i = 0; i < cases(600, 20_000); i++) {
            const { text, applied } = mutate(random.pick(texts), random);
            if (expectSameAsLangium(text, `${applied.join('+')}: ${showInput(text)}`)) valid++;
        }
        // Some damage keeps a file valid (a swapped line, CRLF), so both branches run.
        expect(valid).toBeGreaterThan(0);
        expect(valid).toBeLessThan(cases(600, 20_000));
    });
});

describe('keywords as names, and the choices Langium makes between readings', () => {
    const keywordNames = ['entity', 'text', 'date', 'priority', 'status', 'source', 'owner', 'release', 'pk', 'unique', 'default',
        'now', 'true', 'constraint', 'depends', 'as', 'must', 'draft', 'functional', 'create', 'uuid', 'goal', 'story', 'requirement'];

    test.each(keywordNames)('`%s` as the name of every kind of element and in every reference', word => {
        expectFastAndEqual(`
stakeholder ${word} "s"
goal ${word} "g" { owner ${word} parent ${word} measure "m" }
story ${word} "st" { as ${word} realizes ${word}, ${word} uses ${word}(create, read) priority must effort 3 release "r" }
requirement ${word} ${'constraint'} "x" { source ${word} realizes ${word} satisfies ${word} refines ${word} conflicts ${word}
    depends ${word}, ${word} traces ${word}.${word}, ${word} status draft fit "f" rationale "r" }
enum ${word} "e" { ${word} "l", other, ${word} }
entity ${word} "d" { ${word}: ${word} default ${word}  x: int  depends ${word} -> x  constraint unique (${word}, x) }
relationship ${word}: ${word} as ${word} 0..1 -- 1..* ${word} as ${word} "v" { ${word}: text }`);
    });

    test('`default:` starts the next attribute; other modifier words are modifiers', () => {
        expectFastAndEqual('entity E { a: int pk unique  b: int  c: bool unique  d: text optional auto pii  e: int\n default: int default 1  f: text }');
        expectFastAndEqual('entity E { a: int default now  b: date default today  c: bool default true  d: bool default false  e: S default x "desc" }');
        expectFastAndEqual('entity E { a: int default -3  b: decimal default 1.5  c: text default "x"  d: S default pk  constraint: int  depends: int }');
    });

    test('a modifier word followed by `:` after an attribute type starts the next attribute, in both parsers', () => {
        for (const attributes of ['a: int  pk: int', 'a: int pk  pk: int', 'a: E unique  optional: text', 'a: int(3) default 1  pii: text', 'a: int pk  x: int  auto: int']) {
            expectFastAndEqual(`entity E { ${attributes} }`, attributes);
            expectFastAndEqual(`relationship R: A 1 -- * B { ${attributes} }`, attributes);
        }
        expectFastAndEqual('entity E { a: int pk "described"  pk: int  b: int unique "d"  unique: bool }');
        const model = p.parse('entity E { id: int pk\n  unique: bool unique\n  default: text default "x"\n  auto: int auto }').result.value as Model;
        expect((model.elements[0] as Entity).attributes.map(a => [a.name, a.type.primitive, a.modifiers.map(m => m.$type === 'FlagModifier' ? m.flag : 'default')])).toEqual([
            ['id', 'int', ['pk']], ['unique', 'bool', ['unique']], ['default', 'text', ['default']], ['auto', 'int', ['auto']]
        ]);
    });

    test('a modifier word followed by anything else is a modifier, as before', () => {
        const model = p.parse('entity E { a: int pk unique  b: text }').result.value as Model;
        expect((model.elements[0] as Entity).attributes.map(a => [a.name, a.modifiers.length])).toEqual([['a', 2], ['b', 0]]);
    });

    test('primitive type words are primitive types, other words name enums', () => {
        expectFastAndEqual('entity E { a: int  b: text(20)  c: decimal(10, 2)  d: status  e: Status  f: datetime  g: uuid pk  h: bigint }');
    });

    test('comments anywhere, strings with escapes and line breaks, CRLF, unicode, empty files', () => {
        expectFastAndEqual('');
        expectFastAndEqual('// only a comment');
        expectFastAndEqual('/* one */ /* two */\n// three\n');
        expectFastAndEqual('// before\nentity /* a */ E /* b */ "d\\"e\\\\s\\n" /* c */ { // d\n  a /* e */ : /* f */ int /* g */ pk // h\n} // i\n/* j */');
        expectFastAndEqual('requirement R functional "line one\nline two\r\nline three" {\r\n  rationale "tab\\there"\r\n}\r\n');
        expectFastAndEqual('entity Straße "Ünïcödé “smart” 😀" { Größe: int  日本語: text }\n\n\n');
        expectFastAndEqual('goal G "g" story S "s" { acceptance "a" acceptance "b" { given "g" when "w" then "t" } } stakeholder X');
    });

    test('text with an error goes to Langium with its diagnostics unchanged', () => {
        for (const text of ['entity E {', 'entity E { a: }', 'entity { }', 'goal G', 'entity E { a: int } }', 'entity E { a: int @ }',
            'relationship R: A 1 -- B', 'requirement R sometimes "x"', 'entity E { constraint unique a }', '"unterminated', 'entity E { a: int default }']) {
            const before = p.parser.counts.fallback;
            expect(expectSameAsLangium(text), text).toBe(false);
            expect(p.parser.counts.fallback, text).toBe(before + 1);
            expect(p.parse(text).result.parserErrors.length + p.parse(text).result.lexerErrors.length, text).toBeGreaterThan(0);
        }
    });
});

describe('Langium\'s parser behind the fast path', () => {
    test('is built on the first text that needs it, and then reads it as before', () => {
        const fresh = parsers();
        expect(fresh.parse('entity E { a: int }').fast).toBe(true);
        const broken = fresh.parse('entity E { a: }');
        expect(broken.fast).toBe(false);
        expect(broken.result.parserErrors.map(e => e.message)).toEqual(p.langium('entity E { a: }').parserErrors.map(e => e.message));
        expect(fresh.parser.counts).toEqual({ fast: 1, fallback: 1 });
        expect(fresh.parser.definitionErrors).toEqual([]);
    });

    test('the language server\'s completion parser is Langium\'s own', () => {
        expect(p.services.parser.CompletionParser).not.toBe(p.parser);
        expect(p.services.parser.CompletionParser.constructor.name).toBe('LangiumCompletionParser');
    });
});

describe('the comparison can fail', () => {
    const text = 'entity A { id: int pk // c\n}\n/* x */ entity B { a: A }';

    test('a wrong grammar element, key order, container index, link or comment place is reported with its path', () => {
        const damage: Array<(value: any) => void> = [
            value => { value.elements[0].attributes[0].$cstNode.content[2].grammarSource = {}; },
            value => { const b = value.elements[1]; const name = b.name; delete b.name; b.name = name; },
            value => { value.elements[1].$containerIndex = 0; },
            value => { value.elements[1].attributes[0].type.enum.$refNode = value.elements[0].$cstNode; },
            value => { const content = value.$cstNode.content; [content[1], content[2]] = [content[2], content[1]]; },
            value => { value.elements[0].attributes[0].modifiers[0].flag = 'auto'; }
        ];
        for (const harm of damage) {
            const result = p.parse(text).result;
            expect(firstDifference(result, p.langium(text))).toBeUndefined();
            harm(result.value);
            expect(firstDifference(result, p.langium(text))).toMatch(/^(value|cst)[\w.[\]$]*: /);
        }
    });
});
