import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { allRules } from '../../server/src/language/rules/rule-catalog.js';


describe('tracewright check --rules', () => {
    test('text: one aligned line per rule with id, category and default severity', async () => {
        const { code, output } = await cli('check', '--rules');
        expect(code).toBe(0);
        const lines = output.split('\n');
        expect(lines).toHaveLength(allRules.length);
        expect(lines.find(l => l.startsWith('vague-term '))).toMatch(/^vague-term +wording +warning +Vague words such as "fast"/);
        expect(lines.find(l => l.startsWith('ears-pattern '))).toMatch(/^ears-pattern +wording +hint +A requirement statement/);
        expect(lines.find(l => l.startsWith('repeating-group '))).toMatch(/^repeating-group +data-model +info +Numbered attributes/);
    });

    test('json: ids, categories, severities and summaries of every rule', async () => {
        const { output } = await cli('check', '--rules', '--format', 'json');
        const rules = JSON.parse(output) as Array<{ id: string; category: string; severity: string; summary: string }>;
        expect(rules.map(r => r.id)).toEqual(allRules.map(r => r.id));
        expect(rules.find(r => r.id === 'unjustified-personal-data')).toEqual({
            id: 'unjustified-personal-data', category: 'data-model', severity: 'warning',
            summary: 'An attribute marked `pii` needs a requirement that traces it and gives a rationale (data minimisation).'
        });
    });

    test('md: the README table, pipes escaped', async () => {
        const { output } = await cli('check', '--rules', '--format', 'md');
        const lines = output.split('\n');
        expect(lines.slice(0, 2)).toEqual(['| Rule | Category | Default | What it checks |', '| --- | --- | --- | --- |']);
        expect(lines).toHaveLength(allRules.length + 2);
        expect(lines).toContain('| `must-depends-on-wont` | wording | warning | A must-have requirement cannot depend on a requirement marked wont. |');
        expect(lines.every(line => line.split(/(?<!\\)\|/).length === 6)).toBe(true);
    });

    test('an unknown format is a usage error', async () => {
        await expect(cli('check', '--rules', '--format', 'html')).rejects.toThrow("--format must be one of text, json, md, not 'html'.");
    });
});
