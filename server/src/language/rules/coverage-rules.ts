import type { RuleDefinition } from './rule-definition.js';

/**
 * Traceability coverage: every goal is realised, every important story and requirement serves a goal
 * and names its data, and every entity, attribute and relationship has a reason to exist.
 * `tracewright.coverage.enabled: false` switches the whole category off.
 */
export const coverageRules = [
    { id: 'unrealized-goal', category: 'coverage', severity: 'warning',
        summary: 'Every goal should be realised by a story or requirement (`realizes G1`), directly or through a sub-goal.',
        bad: 'goal G1 "Restore service quickly"', good: 'story US1 "Log an incident" { realizes G1 }' },
    { id: 'item-without-goal', category: 'coverage', severity: 'warning',
        summary: 'A must or should story or requirement should serve a goal: `realizes G1`, or satisfy or refine something that does.',
        explanation: 'Work that serves no goal is hard to defend when time runs short; either it serves a goal nobody wrote down, or it can go.' },
    { id: 'item-without-data', category: 'coverage', severity: 'warning',
        summary: 'A functional requirement or a story should name its data (`traces Incident.priority`, `uses Incident(create)`), itself or through a requirement that details it. Non-functional requirements are exempt.' },
    { id: 'unjustified-entity', category: 'coverage', severity: 'warning',
        summary: 'Every entity should be traced by a requirement (itself or one of its attributes) or used by a story.' },
    { id: 'unjustified-attribute', category: 'coverage', severity: 'warning',
        summary: 'Every attribute should be traced by a requirement (`traces Incident.priority`): why does this column exist? Primary keys are exempt unless `tracewright.coverage.exemptKeys` is false.',
        bad: 'entity Incident { id: int pk auto  notes: text }', good: 'requirement R2 functional "The system shall keep notes." { traces Incident.notes }' },
    { id: 'unjustified-relationship', category: 'coverage', severity: 'warning',
        summary: 'Every relationship should be traced by a requirement (`traces Affects`).' },
    { id: 'created-entity-untraced', category: 'coverage', severity: 'warning',
        summary: 'A story that creates an entity needs a requirement that traces it, saying what is recorded.' },
    { id: 'entity-never-created', category: 'coverage', severity: 'info',
        summary: 'When stories use entities, every entity should be created by some story (`uses Service(create)`), or be exempt as reference data.' },
    { id: 'entity-never-read', category: 'coverage', severity: 'info',
        summary: 'When stories use entities, every entity should be read by some story (`uses Incident(read)`): data nobody reads need not be stored.' },
    { id: 'trace-cycle', category: 'coverage', severity: 'error',
        summary: '`refines` and `satisfies` must not form a cycle: R1 refines R2 refines R1 says nothing about either.' },
    { id: 'self-conflict', category: 'coverage', severity: 'error',
        summary: 'A requirement cannot conflict with itself.' },
    { id: 'unresolved-conflict', category: 'coverage', severity: 'warning',
        summary: 'A requirement that conflicts with one of higher priority must be resolved: set its status to `rejected`, or reword one of them and drop the conflict.' }
] as const satisfies readonly RuleDefinition[];
