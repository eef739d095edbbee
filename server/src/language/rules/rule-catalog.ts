import { coverageRules } from './coverage-rules.js';
import { dataModelRules } from './data-model-rules.js';
import { integrityRules } from './integrity-rules.js';
import type { RuleDefinition } from './rule-definition.js';
import { sqlRules } from './sql-rules.js';
import { wordingRules } from './wording-rules.js';

/** All rules, in the order they are listed to users. Each concern adds its own list here. */
export const allRules: readonly RuleDefinition[] = [
    ...integrityRules,
    ...sqlRules,
    ...coverageRules,
    ...wordingRules,
    ...dataModelRules
];

const rulesById = new Map(allRules.map(rule => [rule.id, rule]));

export function findRule(id: string): RuleDefinition | undefined {
    return rulesById.get(id);
}

export type RuleId = (typeof allRules)[number]['id'];
