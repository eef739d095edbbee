import type { ValidationAcceptor } from 'langium';
import { isEntity, type Attribute, type Cardinality, type Entity, type Relationship } from '../../generated/ast.js';
import { primaryKeyOf } from '../model-queries.js';
import { typeText } from '../tracewright-descriptions.js';
import { report } from '../rules/report.js';
import { looseName, type WorkspaceFacts } from './workspace-facts.js';

const isMany = (c: Cardinality | undefined) => !!c && (c.many || c.upperMany);
const isOptionalOne = (c: Cardinality | undefined) => !!c && c.lower === 0 && c.upper === 1;

/**
 * The foreign-key naming convention of the SQL generator: the column pointing at an entity is named
 * `<role or entity>_<key attribute>` (then snake_case if configured). An attribute written as any
 * spelling of that name (`serviceId`, `service_id`, `Service_id`, `managerId`) reads as the same column.
 */
export function isForeignKeyName(attributeName: string, roleOrTarget: string, keyName: string): boolean {
    return looseName(attributeName) === looseName(roleOrTarget + keyName);
}

/** Relationship shapes that usually hide a modelling mistake. */
export class RelationshipQualityValidator {
    constructor(private readonly facts: WorkspaceFacts) {}

    checkRelationshipShape(relationship: Relationship, accept: ValidationAcceptor): void {
        const { source, target, sourceCardinality, targetCardinality } = relationship;
        if (isOptionalOne(sourceCardinality) && isOptionalOne(targetCardinality)) {
            report(accept, 'optional-one-to-one', `'${relationship.name}' is optional on both ends (0..1 -- 0..1), so no side clearly owns it. Make one end 1, or merge the two entities.`,
                { node: relationship, property: 'name' });
        }
        if (isMany(sourceCardinality) && isMany(targetCardinality) && relationship.attributes.length > 0) {
            report(accept, 'many-to-many-with-attributes', `'${relationship.name}' is many-to-many and carries attributes: it is an entity in disguise. Make it an associative entity with two many-to-one relationships.`,
                { node: relationship, property: 'name' });
        }
        const sameEntity = source?.entity?.ref && source.entity.ref === target?.entity?.ref;
        if (sameEntity && !source.role && !target.role) {
            report(accept, 'self-relationship-without-roles', `'${relationship.name}' relates ${source.entity.$refText} to itself without roles. Name the ends, e.g. \`${source.entity.$refText} as manager ... ${target.entity.$refText} as report\`.`,
                { node: relationship, property: 'name' });
        }
    }

    /** Checked from the attribute's side, so the warning lands in the attribute's own file. */
    checkForeignKeyAttributeType(attribute: Attribute, accept: ValidationAcceptor): void {
        const entity = attribute.$container;
        if (!isEntity(entity) || !attribute.name || !attribute.type) return;
        const candidates = this.foreignKeysOf(entity);
        if (candidates.length === 0) return;
        const looseAttributeName = looseName(attribute.name);
        for (const { relationship, target, key, looseName: foreignKeyName } of candidates) {
            // isForeignKeyName, each side worked out once.
            if (looseAttributeName !== foreignKeyName) continue;
            const expected = typeText(key.type);
            const actual = typeText(attribute.type);
            if (actual !== expected) {
                report(accept, 'foreign-key-type-mismatch', `'${attribute.name}' reads as the foreign key of '${relationship.name}' to ${target.name}.${key.name}, which is ${expected}, but it is ${actual}. Make it ${expected}, or rename it.`,
                    { node: attribute, property: 'type' });
                return;
            }
        }
    }

    /**
     * The foreign keys an entity's relationships imply, in the order the check tries them (relationship
     * by relationship, source end first): the key attribute of the entity at the other end (when it has
     * a single one) and the loose column name `<role or entity><key>`. Worked out once per entity and
     * workspace state, not for each of its attributes: this check ran for every attribute of the
     * workspace and was one of the biggest costs and allocators of validation.
     */
    private foreignKeysOf(entity: Entity): readonly ForeignKey[] {
        const byEntity = this.facts.cached('foreign-keys-by-entity', () => new Map<Entity, readonly ForeignKey[]>());
        let foreignKeys = byEntity.get(entity);
        if (!foreignKeys) {
            const found: ForeignKey[] = [];
            for (const relationship of this.facts.relationshipsOf(entity.name)) {
                for (const [own, other] of [[relationship.source, relationship.target], [relationship.target, relationship.source]]) {
                    const target = other?.entity?.ref;
                    if (own?.entity?.ref !== entity || !target) continue;
                    const keys = primaryKeyOf(target);
                    if (keys.length !== 1) continue;
                    const key = keys[0];
                    found.push({ relationship, target, key, looseName: looseName((other.role ?? target.name) + key.name) });
                }
            }
            foreignKeys = found;
            byEntity.set(entity, foreignKeys);
        }
        return foreignKeys;
    }
}

/** A foreign key one end of a relationship implies for the entity at its other end. */
interface ForeignKey {
    relationship: Relationship;
    /** The entity pointed at, and its single key attribute. */
    target: Entity;
    key: Attribute;
    looseName: string;
}
