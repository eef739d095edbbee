import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// language-configuration.json is read by VS Code itself; these tests check its regexes do what the
// editor relies on: double-click selects one name, Enter continues doc comments, regions fold.

interface OnEnterRule { beforeText: string; afterText?: string; action: { indent: string; appendText?: string; removeText?: number } }
const config = JSON.parse(readFileSync(new URL('../../language-configuration.json', import.meta.url), 'utf8')) as {
    comments: { lineComment: string; blockComment: [string, string] };
    autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
    wordPattern: string;
    folding: { markers: { start: string; end: string } };
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules: OnEnterRule[];
};

/** The words VS Code would find in `line` (it runs the pattern globally). */
const words = (line: string): string[] => [...line.matchAll(new RegExp(config.wordPattern, 'gu'))].map(match => match[0]);

/** The action VS Code takes on Enter at the end of `before` (first matching rule wins), or undefined. */
const onEnter = (before: string, after = ''): OnEnterRule['action'] | undefined => config.onEnterRules.find(rule =>
    new RegExp(rule.beforeText).test(before) && (rule.afterText === undefined || new RegExp(rule.afterText).test(after)))?.action;

describe('word pattern', () => {
    test.each([
        ['traces Incident.priority, Affects', ['traces', 'Incident', 'priority', 'Affects']],
        ['  größe: decimal(10, 2) default -1.5', ['größe', 'decimal', '10', '2', 'default', '-1.5']],
        ['relationship R: A 0..1 -- * B', ['relationship', 'R', 'A', '0', '1', 'B']],
        ['// tracewright-disable-next-line duplicate-name', ['tracewright-disable-next-line', 'duplicate-name']],
        ['say "hello_world"', ['say', 'hello_world']]
    ])('%s', (line, expected) => {
        expect(words(line)).toEqual(expected);
    });
});

describe('enter in doc comments', () => {
    test('after `/**` with `*/` behind the cursor: indent-outdent and start a ` * ` line', () => {
        expect(onEnter('/**', ' */')).toEqual({ indent: 'indentOutdent', appendText: ' * ' });
    });
    test('after `/** text`: continue with ` * `', () => {
        expect(onEnter('  /** Documents G1')).toEqual({ indent: 'none', appendText: ' * ' });
    });
    test('inside the comment: continue with `* `', () => {
        expect(onEnter('   * more text')).toEqual({ indent: 'none', appendText: '* ' });
    });
    test('after the closing ` */`: remove the extra space', () => {
        expect(onEnter('   */')).toEqual({ indent: 'none', removeText: 1 });
    });
    test('not in ordinary code or a one-line doc comment', () => {
        expect(onEnter('entity Incident {')).toBeUndefined();
        expect(onEnter('/** done */')).toBeUndefined();
        expect(onEnter('  traces A * B')).toBeUndefined();
    });
});

describe('indentation, folding, comments and auto-closing', () => {
    test('an open brace indents the next line, a closing brace outdents; braces in comments do not', () => {
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        expect(increase.test('entity Incident "x" {')).toBe(true);
        expect(increase.test('entity Service { id: int pk }')).toBe(false);
        expect(increase.test('// see {')).toBe(false);
        expect(decrease.test('  }')).toBe(true);
    });

    test('`// #region` and `// #endregion` are folding markers', () => {
        expect(new RegExp(config.folding.markers.start).test('  // #region people')).toBe(true);
        expect(new RegExp(config.folding.markers.end).test('// #endregion')).toBe(true);
        expect(new RegExp(config.folding.markers.start).test('// region of the desk')).toBe(false);
        expect(new RegExp(config.folding.markers.start).test('// regional office')).toBe(false);
    });

    test('comments match the language and quotes do not auto-close inside strings or comments', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.autoClosingPairs.find(pair => pair.open === '"')?.notIn).toEqual(['string', 'comment']);
    });
});
