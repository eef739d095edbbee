import type { ValidationAcceptor } from 'langium';
import { isEntity, isEnum, type Attribute, type Entity, type Enum, type Relationship } from '../../generated/ast.js';
import { singularName } from '../../quality/english-number.js';
import { fitsCase, majorityCase, toCase, type ConcreteCase } from '../../quality/name-case.js';
import type { NamedKind } from '../../quality/quality-settings.js';
import { dialectsReserving } from '../../quality/sql-reserved-words.js';
import { report } from '../rules/report.js';
import type { RuleSettings } from '../rules/rule-settings.js';
import { holdsNoNodes, type WorkspaceFacts } from './workspace-facts.js';

type Named = Entity | Attribute | Relationship | Enum;

function kindOf(node: Named): NamedKind {
    return isEntity(node) ? 'entity' : isEnum(node) ? 'enum' : node.$type === 'Relationship' ? 'relationship' : 'attribute';
}

/** The facts key of each kind's majority case, made once (not a new string for every name checked). */
const majorityCaseKeys: Readonly<Record<NamedKind, string>> = {
    entity: 'majority-case:entity', attribute: 'majority-case:attribute', relationship: 'majority-case:relationship', enum: 'majority-case:enum'
};

/**
 * Names that become SQL identifiers: one case convention per kind, singular entities, no reserved words.
 * (Names too long for PostgreSQL/MySQL are the SQL rule 'sql-name-shortened'.)
 */
export class NamingValidator {
    constructor(private readonly facts: WorkspaceFacts, private readonly settings: RuleSettings) {}

    checkName(node: Named, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const kind = kindOf(node);
        this.checkCase(node, kind, accept);
        if (isEntity(node)) {
            const singular = singularName(node.name);
            if (singular) {
                report(accept, 'plural-entity-name', `Entity '${node.name}' has a plural name; an entity describes one thing. Call it '${singular}'.`,
                    { node, property: 'name', data: { rename: singular } });
            }
        }
        if (kind !== 'relationship') {
            const dialects = dialectsReserving(node.name);
            if (dialects.length > 0) {
                report(accept, 'reserved-sql-word', `'${node.name}' is reserved in ${dialects.join(' and ')}: generated SQL quotes it, and so must every query. Consider a longer name.`,
                    { node, property: 'name' });
            }
        }
    }

    private checkCase(node: Named, kind: NamedKind, accept: ValidationAcceptor): void {
        const setting = this.settings.current.quality.naming[kind];
        if (setting === 'any') return;
        const expected: ConcreteCase | undefined = setting === 'consistent'
            ? this.facts.cached(majorityCaseKeys[kind], () => majorityCase(this.facts.namesOf(kind)), holdsNoNodes)
            : setting;
        if (!expected || fitsCase(node.name, expected)) return;
        const renamed = toCase(node.name, expected);
        const why = setting === 'consistent' ? `most ${kind} names in the workspace are ${expected}` : `the ${kind} convention is ${expected} (tracewright.quality.naming)`;
        if (renamed) {
            report(accept, 'inconsistent-name-case', `'${node.name}' does not follow ${expected}: ${why}. Call it '${renamed}'.`,
                { node, property: 'name', data: { rename: renamed } });
        } else {
            // Nothing to offer a rename to: say what keeps the name from fitting.
            report(accept, 'inconsistent-name-case', `'${node.name}' does not follow ${expected}: ${why}. Use only letters and digits, ${startsWith[expected]}.`,
                { node, property: 'name' });
        }
    }
}

/** What a name in each case starts with, for names no rename can fix. */
const startsWith: Record<ConcreteCase, string> = {
    PascalCase: 'starting with a capital letter',
    camelCase: 'starting with a lowercase letter',
    snake_case: 'lowercase words joined by `_`, starting with a letter',
    UPPER_CASE: 'capital words joined by `_`, starting with a letter'
};
