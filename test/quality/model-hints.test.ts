import { describe, expect, test } from 'vitest';
import { isListLikeName, isPluralName, singularName } from '../../server/src/quality/english-number.js';
import { releasesOverBudget } from '../../server/src/quality/must-budget.js';
import { isEntity } from '../../server/src/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { casePatterns, fitsCase, majorityCase, toCase, type ConcreteCase } from '../../server/src/quality/name-case.js';
import { parseQualitySettings } from '../../server/src/quality/quality-settings.js';

describe('plural names', () => {
    test.each([
        ['Books', 'Book'], ['SupportGroups', 'SupportGroup'], ['Categories', 'Category'], ['Boxes', 'Box'],
        ['Branches', 'Branch'], ['People', 'Person'], ['support_groups', 'support_group'], ['Keys', 'Key']
    ])('%s → %s', (plural, singular) => {
        expect(singularName(plural)).toBe(singular);
    });

    test.each(['Status', 'Series', 'Address', 'Analysis', 'Campus', 'Business', 'Book', 'ServiceLevel', 'Access', 'News'])('%s is singular', name => {
        expect(isPluralName(name)).toBe(false);
    });

    test.each(['Constructor', 'ToString', 'ValueOf', 'HasOwnProperty', '__proto__'])('%s, named like a member of Object, is an ordinary word', name => {
        expect(isPluralName(name)).toBe(false);
        expect(singularName(name)).toBeUndefined();
    });

    test('plural free-text fields are not lists', () => {
        expect(isListLikeName('tags')).toBe(true);
        expect(isListLikeName('authorNames')).toBe(true);
        expect(isListLikeName('notes')).toBe(false);
        expect(isListLikeName('comments')).toBe(false);
    });
});

describe('name cases', () => {
    test('classification and conversion', () => {
        expect(fitsCase('SupportGroup', 'PascalCase')).toBe(true);
        expect(fitsCase('name', 'camelCase') && fitsCase('name', 'snake_case')).toBe(true);
        expect(fitsCase('closed_at', 'camelCase')).toBe(false);
        expect(toCase('support_group', 'PascalCase')).toBe('SupportGroup');
        expect(toCase('openedAt', 'snake_case')).toBe('opened_at');
        expect(toCase('openedAt', 'UPPER_CASE')).toBe('OPENED_AT');
    });

    test('letters of any script have their case; other characters end a word or are dropped', () => {
        expect(fitsCase('größe', 'camelCase') && fitsCase('Größe', 'PascalCase') && fitsCase('ÉTAT_CIVIL', 'UPPER_CASE')).toBe(true);
        expect(fitsCase('title’s', 'camelCase')).toBe(false);
        // Letters without case follow every convention: there is nothing to change.
        expect(['PascalCase', 'camelCase', 'snake_case', 'UPPER_CASE'].every(c => fitsCase('日本語', c as 'camelCase'))).toBe(true);
        expect(fitsCase('日本語_名前', 'camelCase')).toBe(false);
        expect(toCase('日本語_名前', 'camelCase')).toBe('日本語名前');
        expect(toCase('title’s', 'camelCase')).toBe('titles');
        expect(toCase('état_civil', 'PascalCase')).toBe('ÉtatCivil');
        expect(toCase('due–date', 'snake_case')).toBe('due_date');
    });

    test('no suggestion when no name of that case can be made: it would be the same, empty or start with a digit', () => {
        expect(toCase('openedAt', 'camelCase')).toBeUndefined();
        expect(toCase('\u{1F4D6}', 'camelCase')).toBeUndefined();
        expect(toCase('_1st', 'camelCase')).toBeUndefined();
    });

    test('the majority: one-word lowercase names count for camelCase and snake_case alike', () => {
        expect(majorityCase(['id', 'name', 'openedAt', 'closed_at'])).toBe('camelCase');
        expect(majorityCase(['id', 'name', 'opened_at', 'closedAt', 'due_at'])).toBe('snake_case');
        expect(majorityCase([])).toBeUndefined();
    });

    test('an element with no name yet (half typed) has no say in its kind\'s majority', async () => {
        // Two PascalCase entities, one camelCase, and two being typed: were the missing names counted
        // (as the text "undefined", camelCase), camelCase would win and the finished ones be flagged.
        const ws = await buildWorkspace({ 'm.req': 'entity Invoice { id: int pk }\nentity Order { id: int pk }\nentity lineItem { id: int pk }\nentity {\n}\nentity {\n}\n' });
        const entities = ws.model('m.req').elements.filter(isEntity);
        expect(entities.map(entity => entity.name)).toEqual(['Invoice', 'Order', 'lineItem', undefined, undefined]);
        const flagged = ws.diagnostics('m.req').filter(d => d.code === 'inconsistent-name-case').map(d => d.message);
        expect(flagged).toHaveLength(1);
        expect(flagged[0]).toContain("'lineItem' does not follow PascalCase");
    });

    test('ASCII names are read without the patterns, to the answer the patterns give', () => {
        // Seeded, so a failure names a name that can be tried again.
        let seed = 7;
        const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
        const alphabet = ['A', 'Q', 'Z', 'a', 'q', 'z', '0', '9', '_', '_', '-', ' ', '$', '@', '[', '`', '{', '/', ':', 'é', 'É', '日', '’'];
        const names = ['', '_', 'a_', 'A__B', 'a_1', 'A_1', '1a', 'aB_c', 'AB_c'];
        for (let i = 0; i < 20_000; i++) names.push(Array.from({ length: 1 + random(7) }, () => alphabet[random(alphabet.length)]).join(''));
        const cases = Object.keys(casePatterns) as ConcreteCase[];
        const mismatches = names.flatMap(name => cases.filter(c => fitsCase(name, c) !== casePatterns[c].test(name)).map(c => `${JSON.stringify(name)} ${c}`));
        expect(mismatches).toEqual([]);
        // Each case is met by some of these names, so the comparison covered every case.
        expect(cases.every(c => names.some(name => casePatterns[c].test(name) && !/[^\x00-\x7f]/.test(name)))).toBe(true);
        const byPatterns = (list: string[]) => {
            const counts = cases.map(c => list.filter(name => casePatterns[c].test(name)).length);
            const best = Math.max(...counts);
            return best === 0 ? undefined : cases[counts.indexOf(best)];
        };
        for (let start = 0; start < names.length; start += 1000) {
            const slice = names.slice(start, start + 1 + random(1000));
            expect(majorityCase(slice)).toBe(byPatterns(slice));
        }
    });
});

describe('must-have budget', () => {
    const item = (priority: string, release?: string, effort?: number, kind = 'Story') => ({ kind, priority, release, effort });

    test('per kind and release, by count', () => {
        const items = [item('must', 'R1'), item('must', 'R1'), item('must', 'R1'), item('should', 'R1'), item('could', 'R1'),
            item('must', 'R2'), item('must', 'R2'), item('must', 'R2'), item('must', 'R2'), item('could', 'R2')];
        const excess = releasesOverBudget(items, 60);
        expect(excess.map(e => [e.release, e.must, e.total, e.percent, e.basis])).toEqual([['R2', 4, 5, 80, 'count']]);
        expect(excess[0].anchor).toBe(items[5]);
    });

    test('by effort when every item declares it', () => {
        const items = [item('must', undefined, 1), item('must', undefined, 1), item('must', undefined, 1), item('must', undefined, 1), item('could', undefined, 10)];
        expect(releasesOverBudget(items, 60)).toEqual([]);
        items[4].effort = undefined;
        expect(releasesOverBudget(items, 60).map(e => e.basis)).toEqual(['count']);
    });

    test('stories and requirements are separate backlogs; small backlogs are not judged', () => {
        // 3 of 4 stories and 4 of 6 items in all are musts, but each backlog has fewer than 5 items.
        const items = [item('must'), item('must'), item('must'), item('must', undefined, undefined, 'Requirement'), item('could', undefined, undefined, 'Requirement'),
            item('could')];
        expect(releasesOverBudget(items, 60)).toEqual([]);
        expect(releasesOverBudget([...items, item('must')], 60).map(e => [e.kind, e.must, e.total])).toEqual([['Story', 4, 5]]);
    });
});

describe('quality settings', () => {
    test('lists replace the defaults; bad entries are reported and fall back', () => {
        const problems: string[] = [];
        const settings = parseQualitySettings({ vagueTerms: ['snappy'], escapeClauses: 'if possible', naming: { entity: 'snake_case', table: 'x', attribute: 'Camel' }, mustBudgetPercent: 150 }, problems);
        expect(settings.vagueTerms).toEqual(['snappy']);
        expect(settings.escapeClauses).toContain('if possible');
        expect(settings.naming.entity).toBe('snake_case');
        expect(settings.naming.attribute).toBe('consistent');
        expect(settings.mustBudgetPercent).toBe(60);
        expect(problems).toEqual([
            'tracewright.quality.naming: unknown kind \'table\' (use entity, attribute, relationship, enum)',
            'tracewright.quality.naming.attribute: \'Camel\' is not one of PascalCase, camelCase, snake_case, UPPER_CASE, consistent, any',
            'tracewright.quality.mustBudgetPercent: \'150\' is not a percentage between 1 and 100',
            'tracewright.quality.escapeClauses: expected a list of strings; using the default list'
        ]);
    });
});
