import type { RuleDefinition } from '../language/rules/rule-definition.js';

/**
 * `tracewright check --rules`: every rule with its id, category and default severity, as aligned
 * text, JSON, or the Markdown table the README embeds (generated, so it never drifts from the catalog).
 */
export function formatRules(rules: readonly RuleDefinition[], format: 'text' | 'json' | 'md'): string {
    if (format === 'json') {
        return JSON.stringify(rules.map(({ id, category, severity, summary }) => ({ id, category, severity, summary })), null, 2);
    }
    if (format === 'md') {
        const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
        return ['| Rule | Category | Default | What it checks |', '| --- | --- | --- | --- |',
            ...rules.map(r => `| \`${r.id}\` | ${r.category} | ${r.severity} | ${cell(r.summary)} |`)].join('\n');
    }
    const idWidth = Math.max(...rules.map(r => r.id.length));
    const categoryWidth = Math.max(...rules.map(r => r.category.length));
    return rules.map(r => `${r.id.padEnd(idWidth)}  ${r.category.padEnd(categoryWidth)}  ${r.severity.padEnd(7)}  ${r.summary}`).join('\n');
}
