import { describe, expect, test } from 'vitest';
import { defaultQualitySettings } from '../../server/src/quality/quality-settings.js';
import { forEachMatch, readStatement } from '../../server/src/quality/statement-text.js';
import { findExtraShalls, findUnclearPronouns, findVagueTerms } from '../../server/src/quality/wording-checks.js';

const matches = (pattern: RegExp, text: string) => {
    const found: Array<[number, string]> = [];
    forEachMatch(pattern, text, m => found.push([m.index, m[0]]));
    return found;
};
const viaMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map(m => [m.index, m[0]]);

describe('forEachMatch, matchAll without copying the pattern', () => {
    test('yields what matchAll yields, empty matches and surrogate pairs included, and leaves lastIndex at 0', () => {
        const cases: Array<[RegExp, string]> = [
            [/\bshall\b/gi, 'It shall log; it SHALL mail; shall.'],
            [/x*/g, 'axxb😀x'],
            [/x*/gu, 'axxb😀x'],
            [/(?:)/gu, '😀😀'],
            [/\bby\b/gi, 'nothing here']
        ];
        for (const [pattern, text] of cases) {
            expect(matches(pattern, text)).toEqual(viaMatchAll(pattern, text));
            expect(pattern.lastIndex).toBe(0);
        }
    });

    test('starts from the beginning whatever lastIndex a previous use left', () => {
        const pattern = /a/g;
        pattern.lastIndex = 3;
        expect(matches(pattern, 'aaaa').map(([index]) => index)).toEqual([0, 1, 2, 3]);
    });
});

describe('the quick paths of the wording checks', () => {
    test('pronouns after a clause start are found with or without other pronouns in the text; none without any', () => {
        expect(findUnclearPronouns('The system shall save the form. It shall then mail it.').map(f => f.words)).toEqual(['It']);
        expect(findUnclearPronouns('When THEY log in, the system shall greet them.').map(f => f.words)).toEqual(['THEY']);
        expect(findUnclearPronouns('The system shall show the customer list within two seconds.')).toEqual([]);
    });

    test('vague terms and bounds come out in text order, terms first at a shared start', () => {
        const found = findVagueTerms('at most fast, then at least quickly', defaultQualitySettings.vagueTerms);
        expect(found.map(f => f.words)).toEqual(['at most', 'fast', 'at least', 'quickly']);
        expect(findExtraShalls('shall a, shall b, shall c').map(f => f.start)).toEqual([9, 18]);
    });

    test('a statement without escapes reads as its body, with the offsets of an escaped one', () => {
        expect(readStatement('"abc"')).toEqual({ text: 'abc', offsets: [1, 2, 3, 4] });
        expect(readStatement('abc')).toEqual({ text: 'abc', offsets: [0, 1, 2, 3] });
        expect(readStatement('"a\\"c"')).toEqual({ text: 'a"c', offsets: [1, 2, 4, 5] });
    });
});
