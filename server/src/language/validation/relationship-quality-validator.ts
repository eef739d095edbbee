import type { ValidationAcceptor } from 'langium';
import { isEntity, type Attribute, type Cardinality, type Entity, type Relationship, type RelationshipEnd } from '../../generated/ast.js';
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
    /**
     * The foreign key an end implies (its entity's single key attribute, and the loose column name
     * `<role or entity><key>`), by end, with the entity it was worked out for. Every attribute of an
     * entity asks for the ends of all its relationships: working this out each time made this check
     * the biggest allocator of validation. AST nodes do not change once parsed (an edit makes new
     * ones), so an entry holds while its end still points at the same entity node.
     */
    private readonly foreignKeys = new WeakMap<RelationshipEnd, { target: Entity; key: Attribute | undefined; looseName: string }>();

    constructor(private readonly facts: WorkspaceFacts) {}

    private foreignKeyOf(end: RelationshipEnd, target: Entity): { key: Attribute | undefined; looseName: string } {
        let known = this.foreignKeys.get(end);
        if (!known || known.target !== target) {
            const keys = primaryKeyOf(target);
            const key = keys.length === 1 ? keys[0] : undefined;
            known = { target, key, looseName: key ? looseName((end.role ?? target.name) + key.name) : '' };
            this.foreignKeys.set(end, known);
        }
        return known;
    }

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
        let looseAttributeName: string | undefined;
        for (const relationship of this.facts.relationshipsOf(entity.name)) {
            // Both ends, source first; no pair of arrays per relationship (this runs for every attribute).
            for (let end = 0; end < 2; end++) {
                const own = end === 0 ? relationship.source : relationship.target;
                const other = end === 0 ? relationship.target : relationship.source;
                const target = other?.entity?.ref;
                if (own?.entity?.ref !== entity || !target) continue;
                const foreignKey = this.foreignKeyOf(other, target);
                if (!foreignKey.key) continue;
                // isForeignKeyName, each side worked out once.
                looseAttributeName ??= looseName(attribute.name);
                if (looseAttributeName !== foreignKey.looseName) continue;
                const key = foreignKey.key;
                const expected = typeText(key.type);
                const actual = typeText(attribute.type);
                if (actual !== expected) {
                    report(accept, 'foreign-key-type-mismatch', `'${attribute.name}' reads as the foreign key of '${relationship.name}' to ${target.name}.${key.name}, which is ${expected}, but it is ${actual}. Make it ${expected}, or rename it.`,
                        { node: attribute, property: 'type' });
                    return;
                }
            }
        }
    }
}
