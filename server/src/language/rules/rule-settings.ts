import { isRuleSeverity, type RuleSeverity } from './rule-definition.js';
import { findRule } from './rule-catalog.js';
import { defaultQualitySettings, parseQualitySettings, type QualitySettings } from '../../quality/quality-settings.js';

/** The user's choices about rules, from VS Code settings (`tracewright.*`) or CLI flags. */
export interface RuleSettingsValues {
    /** Per rule id: a new severity, or 'off'. */
    rules: Record<string, RuleSeverity>;
    /** Switches all traceability coverage rules off at once. */
    coverageEnabled: boolean;
    /** Element names (e.g. `Incident.id` or `AuditLog`) exempt from coverage rules. */
    exemptions: string[];
    /** Primary keys and surrogate ids need no justification when true. */
    exemptKeys: boolean;
    /** Word lists and naming conventions of the wording and data-model rules (`tracewright.quality`). */
    quality: QualitySettings;
}

export const defaultRuleSettings: RuleSettingsValues = {
    rules: {}, coverageEnabled: true, exemptions: [], exemptKeys: true, quality: defaultQualitySettings
};

/** Holds the current settings; the language server updates it when the configuration changes. */
export class RuleSettings {
    private values: RuleSettingsValues = defaultRuleSettings;
    /** Problems found in the last settings update, reported once to the user. */
    problems: string[] = [];

    get current(): RuleSettingsValues {
        return this.values;
    }

    /** Accepts raw JSON from a settings file or the client; unknown or invalid entries are reported, never thrown. */
    update(raw: unknown): string[] {
        const problems: string[] = [];
        const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        const rules: Record<string, RuleSeverity> = {};
        const rawRules = input.rules && typeof input.rules === 'object' ? input.rules as Record<string, unknown> : {};
        for (const [id, severity] of Object.entries(rawRules)) {
            if (!findRule(id)) problems.push(`tracewright.rules: unknown rule '${id}' (run \`tracewright check --rules\` for the list)`);
            else if (!isRuleSeverity(severity)) problems.push(`tracewright.rules.${id}: '${String(severity)}' is not one of error, warning, info, hint, off`);
            else rules[id] = severity;
        }
        const coverage = (input.coverage && typeof input.coverage === 'object' ? input.coverage : {}) as Record<string, unknown>;
        const exemptions = Array.isArray(coverage.exemptions) ? coverage.exemptions.filter((e): e is string => typeof e === 'string') : [];
        this.values = {
            rules,
            coverageEnabled: coverage.enabled !== false,
            exemptions,
            exemptKeys: coverage.exemptKeys !== false,
            quality: parseQualitySettings(input.quality, problems)
        };
        this.problems = problems;
        return problems;
    }

    severityOf(ruleId: string): RuleSeverity | undefined {
        const rule = findRule(ruleId);
        if (!rule) return undefined;
        if (rule.category === 'coverage' && !this.values.coverageEnabled) return 'off';
        return this.values.rules[ruleId] ?? rule.severity;
    }

    isExempt(name: string): boolean {
        return this.values.exemptions.includes(name);
    }
}
