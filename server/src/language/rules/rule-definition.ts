/**
 * Every diagnostic Tracewright reports belongs to a rule with a stable id. The id is the diagnostic's
 * `code`, so settings can re-grade or switch a rule off, a comment can silence it on one line, and
 * quick fixes and hovers find it again.
 */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

export type RuleCategory = 'integrity' | 'coverage' | 'wording' | 'data-model' | 'sql';

export interface RuleDefinition {
    readonly id: string;
    readonly category: RuleCategory;
    readonly severity: RuleSeverity;
    /** One line, shown in `tracewright check --rules` and the README table. */
    readonly summary: string;
    /** Why the rule exists, shown in hovers; our own words. */
    readonly explanation?: string;
    readonly good?: string;
    readonly bad?: string;
}

export const severityRank: Record<Exclude<RuleSeverity, 'off'>, 1 | 2 | 3 | 4> = {
    error: 1, warning: 2, info: 3, hint: 4
};

export function isRuleSeverity(value: unknown): value is RuleSeverity {
    return value === 'error' || value === 'warning' || value === 'info' || value === 'hint' || value === 'off';
}
