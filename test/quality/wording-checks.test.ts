import { describe, expect, test } from 'vitest';
import { defaultQualitySettings } from '../../server/src/quality/quality-settings.js';
import { splitAtSecondShall } from '../../server/src/quality/split-statement.js';
import { readStatement, tokenSpan } from '../../server/src/quality/statement-text.js';
import {
    findEscapeClauses, findExtraShalls, findOpenEndedLists, findPassiveWithoutActor, findUnclearPronouns, findVagueTerms, findWeakModal
} from '../../server/src/quality/wording-checks.js';

const words = (found: Array<{ words: string }>) => found.map(f => f.words);
const { vagueTerms, escapeClauses, openEndedTerms, weakModals } = defaultQualitySettings;

describe('wording checks', () => {
    test('vague terms as whole words, any case, multi-word and with punctuation', () => {
        expect(words(findVagueTerms('Fast, user-friendly and/or EASY screens as needed; breakfast is fine.', vagueTerms)))
            .toEqual(['Fast', 'user-friendly', 'and/or', 'EASY', 'as needed']);
    });

    test('"at least" and friends are vague only without a number', () => {
        expect(words(findVagueTerms('at least 95% of requests, up to ten users, at most the usual load, no more than needed', vagueTerms)))
            .toEqual(['at most', 'no more than']);
        expect(words(findVagueTerms('back up at least once a day and keep the list up to date', vagueTerms))).toEqual([]);
    });

    test('escape clauses and open-ended lists', () => {
        expect(words(findEscapeClauses('Notify the owner where possible and, if practical, by SMS.', escapeClauses))).toEqual(['where possible', 'if practical']);
        expect(words(findOpenEndedLists('Title, priority, etc. and so on, including  but not limited to CSV', openEndedTerms)))
            .toEqual(['etc.', 'and so on', 'including  but not limited to']);
    });

    test('a weak modal counts only when there is no shall', () => {
        expect(findWeakModal('The system should record the time.', weakModals)?.words).toBe('should');
        expect(findWeakModal('The system shall let users choose what they may see.', weakModals)).toBeUndefined();
    });

    test('every shall after the first', () => {
        expect(findExtraShalls('The system shall record and shall notify and shall log.').map(f => f.start)).toEqual([28, 45]);
    });

    test('passive voice without an actor in the same sentence', () => {
        expect(words(findPassiveWithoutActor('The time shall be recorded. Changes shall be approved by the manager. Data must be kept.'))).toEqual(['be recorded', 'be kept']);
        expect(words(findPassiveWithoutActor('The report shall be based on open incidents.'))).toEqual([]);
    });

    test('pronouns opening a clause, but not determiners', () => {
        expect(words(findUnclearPronouns('It shall close. When they log in, this shall show. This report shall list the time it opened.')))
            .toEqual(['It', 'they', 'this']);
    });
});

describe('statement text', () => {
    test('maps each character of the value back into the token, past quotes and escapes', () => {
        const token = '"say \\"fast\\" now"';
        const statement = readStatement(token);
        expect(statement.text).toBe('say "fast" now');
        const start = statement.text.indexOf('fast');
        const span = tokenSpan(statement, { start, end: start + 4 });
        expect(token.slice(span.start, span.end)).toBe('fast');
        const quoted = tokenSpan(statement, { start: 4, end: 10 });
        expect(token.slice(quoted.start, quoted.end)).toBe('\\"fast\\"');
    });
});

describe('splitting at the second shall', () => {
    test.each([
        ['The system shall record the change and shall notify the owner.', ['The system shall record the change.', 'The system shall notify the owner.']],
        ['The system shall record X, and the mailer shall send Y', ['The system shall record X.', 'The mailer shall send Y.']],
        ['When A, the system shall do B; the log shall keep C.', ['When A, the system shall do B.', 'When A, the log shall keep C.']],
        ['The system shall record the name and address and shall log.', ['The system shall record the name and address.', 'The system shall log.']]
    ])('%s', (statement, parts) => {
        expect(splitAtSecondShall(statement)).toEqual(parts);
    });

    test('nothing to split with one shall', () => {
        expect(splitAtSecondShall('The system shall log.')).toBeUndefined();
    });
});
