import type { RuleDefinition } from './rule-definition.js';

/** Model integrity: what must hold for the model to mean anything (and for SQL to be generated). */
export const integrityRules = [
    { id: 'duplicate-name', category: 'integrity', severity: 'error', summary: 'Every goal, story, requirement, stakeholder, enum, entity and relationship needs a name unique across the workspace.' },
    { id: 'duplicate-member', category: 'integrity', severity: 'error', summary: 'Attribute names within an entity and literals within an enum must be unique.' },
    { id: 'duplicate-property', category: 'integrity', severity: 'error', summary: 'A property such as `priority` or `fit` may be given once per element.' },
    { id: 'unresolved-reference', category: 'integrity', severity: 'error', summary: 'A reference must name an element that exists somewhere in the workspace.' },
    { id: 'invalid-type', category: 'integrity', severity: 'error', summary: 'Type arguments must fit the type: text(n) with n >= 1, decimal(p,s) with 1 <= p <= 65 and 0 <= s <= p, no arguments on other types.' },
    { id: 'invalid-modifier', category: 'integrity', severity: 'error', summary: 'Modifiers must agree: no `pk optional`, `auto` only on a single int/bigint key, defaults of the attribute\'s type.' },
    { id: 'invalid-cardinality', category: 'integrity', severity: 'error', summary: 'A relationship end is 1, 0..1, *, 0..* or 1..*.' },
    { id: 'relationship-end-without-key', category: 'integrity', severity: 'error', summary: 'An entity referenced by a relationship needs a primary key for the foreign key to point at.' },
    { id: 'entity-without-primary-key', category: 'integrity', severity: 'warning', summary: 'Every entity should have a primary key (mark an attribute `pk`).',
        explanation: 'Without a key, rows cannot be told apart, updated safely or referenced by other tables.',
        bad: 'entity Loan { book: text(20) }', good: 'entity Loan { id: int pk auto  book: text(20) }' },
    { id: 'empty-enum', category: 'integrity', severity: 'error', summary: 'An enum needs at least one literal.' }
] as const satisfies readonly RuleDefinition[];
