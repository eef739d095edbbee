/**
 * The word lists and naming conventions behind the wording and data-model rules. Each list given in
 * settings (`tracewright.quality.*`) replaces its default, so a team can both add and remove words.
 */
export type NameCase = 'PascalCase' | 'camelCase' | 'snake_case' | 'UPPER_CASE' | 'consistent' | 'any';

export const nameCases: readonly NameCase[] = ['PascalCase', 'camelCase', 'snake_case', 'UPPER_CASE', 'consistent', 'any'];

export type NamedKind = 'entity' | 'attribute' | 'relationship' | 'enum';

export interface QualitySettings {
    /** Words a tester cannot check: "fast", "user-friendly"... */
    vagueTerms: string[];
    /** Phrases that let the supplier off: "if possible", "where practical"... */
    escapeClauses: string[];
    /** Phrases that leave a list open: "etc.", "including but not limited to"... */
    openEndedTerms: string[];
    /** Modal verbs that are weaker than "shall" and blur what is binding. */
    weakModals: string[];
    /** Case convention per kind of name; 'consistent' follows the workspace majority. */
    naming: Record<NamedKind, NameCase>;
    /** Largest share (percent) of must-haves in a release before the budget warning. */
    mustBudgetPercent: number;
}

export const defaultQualitySettings: QualitySettings = {
    vagueTerms: [
        'fast', 'quick', 'quickly', 'slow', 'user-friendly', 'user friendly', 'easy', 'easily', 'simple', 'simply', 'intuitive',
        'appropriate', 'appropriately', 'adequate', 'adequately', 'sufficient', 'sufficiently', 'as needed', 'as required',
        'as appropriate', 'flexible', 'robust', 'efficient', 'efficiently', 'reasonable', 'reasonably', 'normally', 'typically',
        'several', 'various', 'minimal', 'optimal', 'seamless', 'seamlessly', 'state-of-the-art', 'modern', 'and/or',
        'as soon as possible', 'asap', 'timely', 'large', 'small', 'significant', 'user-centric', 'high performance'
    ],
    escapeClauses: [
        'if possible', 'if practical', 'if practicable', 'if feasible', 'where possible', 'where practical', 'where feasible',
        'where appropriate', 'as far as possible', 'to the extent possible', 'if necessary', 'if needed', 'when necessary'
    ],
    openEndedTerms: ['etc.', 'etc', 'and so on', 'and so forth', 'including but not limited to', 'among others', 'or similar'],
    weakModals: ['should', 'may', 'will', 'might', 'could'],
    naming: { entity: 'consistent', attribute: 'consistent', relationship: 'consistent', enum: 'consistent' },
    mustBudgetPercent: 60
};

function stringList(value: unknown, key: string, problems: string[]): string[] | undefined {
    // null is what VS Code sends for a list left unset: use the built-in one.
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) return value;
    problems.push(`tracewright.quality.${key}: expected a list of strings; using the default list`);
    return undefined;
}

/** Reads `tracewright.quality` from settings; bad entries are reported and fall back to the defaults. */
export function parseQualitySettings(raw: unknown, problems: string[]): QualitySettings {
    const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const naming = { ...defaultQualitySettings.naming };
    const rawNaming = (input.naming && typeof input.naming === 'object' ? input.naming : {}) as Record<string, unknown>;
    for (const [kind, value] of Object.entries(rawNaming)) {
        if (!(kind in naming)) problems.push(`tracewright.quality.naming: unknown kind '${kind}' (use entity, attribute, relationship, enum)`);
        else if (!nameCases.includes(value as NameCase)) problems.push(`tracewright.quality.naming.${kind}: '${String(value)}' is not one of ${nameCases.join(', ')}`);
        else naming[kind as NamedKind] = value as NameCase;
    }
    let mustBudgetPercent = defaultQualitySettings.mustBudgetPercent;
    if (input.mustBudgetPercent !== undefined) {
        const value = input.mustBudgetPercent;
        if (typeof value === 'number' && value > 0 && value <= 100) mustBudgetPercent = value;
        else problems.push(`tracewright.quality.mustBudgetPercent: '${String(value)}' is not a percentage between 1 and 100`);
    }
    return {
        vagueTerms: stringList(input.vagueTerms, 'vagueTerms', problems) ?? defaultQualitySettings.vagueTerms,
        escapeClauses: stringList(input.escapeClauses, 'escapeClauses', problems) ?? defaultQualitySettings.escapeClauses,
        openEndedTerms: stringList(input.openEndedTerms, 'openEndedTerms', problems) ?? defaultQualitySettings.openEndedTerms,
        weakModals: stringList(input.weakModals, 'weakModals', problems) ?? defaultQualitySettings.weakModals,
        naming,
        mustBudgetPercent
    };
}
