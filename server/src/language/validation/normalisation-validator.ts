import type { ValidationAcceptor } from 'langium';
import { isEntity, type Attribute, type Entity, type FunctionalDependency } from '../../generated/ast.js';
import { isListLikeName } from '../../quality/english-number.js';
import { hasFlag, primaryKeyOf } from '../model-queries.js';
import { report } from '../rules/report.js';
import { looseName, type WorkspaceFacts } from './workspace-facts.js';

const numbered = /^(.*?[a-zA-Z])_?(\d+)$/;

function nameWords(name: string): string[] {
    return name.split(/_|(?<=[a-z0-9])(?=[A-Z])/).filter(w => w.length > 0);
}

/** Hints for learners about the normal forms: repeating groups, lists in a column, copied data, declared dependencies. */
export class NormalisationValidator {
    constructor(private readonly facts: WorkspaceFacts) {}

    checkNoRepeatingGroups(entity: Entity, accept: ValidationAcceptor): void {
        const groups = new Map<string, Attribute[]>();
        for (const attribute of entity.attributes) {
            const match = numbered.exec(attribute.name ?? '');
            if (match) groups.set(match[1].toLowerCase(), [...(groups.get(match[1].toLowerCase()) ?? []), attribute]);
        }
        for (const members of groups.values()) {
            if (members.length < 2) continue;
            const stem = numbered.exec(members[0].name)![1];
            report(accept, 'repeating-group', `${members.map(m => `'${m.name}'`).join(', ')} are a repeating group. Model '${stem}' as its own entity related to ${entity.name}, one row per value.`,
                { node: members[0], property: 'name' });
        }
    }

    checkAttributeHoldsOneValue(attribute: Attribute, accept: ValidationAcceptor): void {
        if (attribute.name && attribute.type?.primitive === 'text' && isListLikeName(attribute.name)) {
            report(accept, 'list-valued-attribute', `'${attribute.name}' is plural text, probably a list in one column. Model the items as an entity (or an enum if the values are fixed).`,
                { node: attribute, property: 'name' });
        }
    }

    checkAttributeDoesNotCopyEntity(attribute: Attribute, accept: ValidationAcceptor): void {
        const owner = attribute.$container;
        if (!isEntity(owner) || !attribute.name) return;
        const words = nameWords(attribute.name);
        const entities = this.facts.entitiesByLooseName();
        // Try every split "<entity words><field words>": customerName, customer_name, supportGroupEmail.
        for (let split = 1; split < words.length; split++) {
            const other = entities.get(looseName(words.slice(0, split).join('')));
            if (!other || other === owner) continue;
            const field = looseName(words.slice(split).join(''));
            if (field === 'id') continue;
            const copied = other.attributes.find(a => looseName(a.name ?? '') === field);
            if (copied) {
                report(accept, 'attribute-copies-entity', `'${attribute.name}' copies ${other.name}.${copied.name}, so it goes stale when ${other.name} changes. Relate ${owner.name} to ${other.name} and read ${copied.name} from there.`,
                    { node: attribute, property: 'name' });
                return;
            }
        }
    }

    checkDependencyRespectsNormalForms(dependency: FunctionalDependency, accept: ValidationAcceptor): void {
        const entity = dependency.$container;
        const key = new Set(primaryKeyOf(entity));
        const determinants = dependency.determinants.map(d => d.ref).filter((a): a is Attribute => !!a);
        const dependents = dependency.dependents.map(d => d.ref).filter((a): a is Attribute => !!a);
        if (determinants.length !== dependency.determinants.length || dependents.every(a => key.has(a))) return;
        const names = (attributes: Attribute[]) => attributes.map(a => a.name).join(', ');
        const nonKeyDependents = dependents.filter(a => !key.has(a));
        if (key.size > 1 && determinants.every(a => key.has(a)) && determinants.length < key.size) {
            report(accept, 'partial-key-dependency', `${names(nonKeyDependents)} depends on ${names(determinants)}, only part of the key of ${entity.name} (2NF). Move ${names([...determinants, ...nonKeyDependents])} to an entity of their own.`,
                { node: dependency });
        } else if (determinants.every(a => !key.has(a)) && !isCandidateKey(entity, determinants)) {
            report(accept, 'transitive-dependency', `${names(nonKeyDependents)} depends on ${names(determinants)}, which is not a key of ${entity.name} (3NF). Move ${names([...determinants, ...nonKeyDependents])} to an entity of their own and relate it.`,
                { node: dependency });
        }
    }
}

/** A `unique` attribute or a `unique (a, b)` constraint over exactly these attributes identifies a row, like the key. */
function isCandidateKey(entity: Entity, attributes: Attribute[]): boolean {
    if (attributes.length === 1 && hasFlag(attributes[0], 'unique')) return true;
    return entity.uniques.some(u => u.attributes.length === attributes.length && u.attributes.every(a => a.ref && attributes.includes(a.ref)));
}
