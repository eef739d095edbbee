import { describe, expect, test } from 'vitest';
import { closestName } from '../../server/src/language/util/closest-name.js';

describe('the name suggested for a misspelt reference', () => {
    test.each([
        ['titel', 'title'], ['cod', 'code'], ['Incidnet', 'Incident'], ['priorty', 'priority'], ['Custmoer', 'Customer']
    ])('%s → %s', (typed, meant) => {
        expect(closestName(typed, ['title', 'code', 'Incident', 'priority', 'Customer', 'status'])).toBe(meant);
    });

    test('nothing when no name is close', () => {
        expect(closestName('budget', ['title', 'code', 'status'])).toBeUndefined();
    });
});
