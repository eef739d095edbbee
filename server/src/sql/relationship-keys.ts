import * as ast from '../generated/ast.js';
import { attributeColumn, type SchemaContext } from './schema-columns.js';
import { originOf } from './schema-origin.js';
import type { SqlColumn, SqlTable } from './sql-schema.js';

/**
 * Where a relationship's foreign key goes. `A cs -- ct B` reads: each A has `ct` B, each B has `cs` A.
 * - many-to-one: on the many side, nullable when the one side is optional (0..1);
 * - one-to-one: on the end that may be missing (the 0..1 end, whose rows always have a partner);
 *   when both or neither may be missing, on the target (right-hand) end; always UNIQUE;
 * - many-to-many: a junction table named after the relationship.
 */
export type Placement =
    | { kind: 'foreign-key'; holder: ast.RelationshipEnd; referenced: ast.RelationshipEnd; nullable: boolean; unique: boolean }
    | { kind: 'junction' };

export function placementOf(relationship: ast.Relationship): Placement {
    const { source, target, sourceCardinality: sc, targetCardinality: tc } = relationship;
    const sourceMany = isMany(sc), targetMany = isMany(tc);
    if (sourceMany && targetMany) return { kind: 'junction' };
    if (sourceMany) return { kind: 'foreign-key', holder: source, referenced: target, nullable: lower(tc) === 0, unique: false };
    if (targetMany) return { kind: 'foreign-key', holder: target, referenced: source, nullable: lower(sc) === 0, unique: false };
    if (lower(sc) === 0 && lower(tc) === 1) return { kind: 'foreign-key', holder: source, referenced: target, nullable: false, unique: true };
    return { kind: 'foreign-key', holder: target, referenced: source, nullable: lower(sc) === 0, unique: true };
}

function isMany(cardinality: ast.Cardinality | undefined): boolean {
    return !!cardinality && (cardinality.many || cardinality.upperMany);
}

function lower(cardinality: ast.Cardinality | undefined): number {
    return !cardinality || cardinality.many ? 0 : cardinality.lower ?? 1;
}

/**
 * Adds the relationship's foreign key to the holding table, or returns the junction table of a
 * many-to-many relationship. Ends that do not resolve, or entities without a key, add nothing: the
 * integrity rules report those.
 */
export function addRelationshipKeys(relationship: ast.Relationship, tables: Map<ast.Entity, SqlTable>, context: SchemaContext): SqlTable | undefined {
    // A relationship still being typed may lack an end; the parser reports that.
    if (!relationship.source || !relationship.target) return undefined;
    const placement = placementOf(relationship);
    if (placement.kind === 'junction') return junctionTable(relationship, tables, context);
    // A half-typed relationship may have no end yet (`relationship R: A 1 --`): nothing to add.
    const holderEntity = placement.holder?.entity?.ref;
    const holder = holderEntity && tables.get(holderEntity);
    if (!holder) return undefined;
    const reference = referenceColumns(relationship, placement.referenced, tables, context, placement.nullable);
    if (!reference) return undefined;
    holder.columns.push(...reference.columns);
    addForeignKey(holder, reference, context);
    if (placement.unique) {
        const origin = originOf(relationship, relationship.name, 'name');
        holder.uniques.push({
            name: context.namer.derivedName(`uq_${holder.name}_${reference.columns.map(c => c.name).join('_')}`, origin, 'unique constraint'),
            columns: reference.columns.map(c => c.name),
            origin
        });
    }
    return undefined;
}

interface Reference {
    columns: SqlColumn[];
    table: SqlTable;
}

/**
 * The columns that point at the entity of `end`: one per key attribute of that entity, named
 * `<role or entity>_<key attribute>` (then the naming convention), typed like the key.
 */
function referenceColumns(relationship: ast.Relationship, end: ast.RelationshipEnd | undefined, tables: Map<ast.Entity, SqlTable>, context: SchemaContext, nullable: boolean): Reference | undefined {
    const entity = end?.entity?.ref;
    const table = entity && tables.get(entity);
    const keys = entity ? context.keyColumns.get(entity) ?? [] : [];
    if (!end || !entity || !table || keys.length === 0) return undefined;
    const prefix = end.role ?? entity.name;
    const origin = originOf(end, `${relationship.name} (${prefix})`, end.role ? 'role' : 'entity');
    const justifiedBy = context.justifications.ofRelationship(relationship);
    const description = relationshipDescription(relationship);
    const columns = keys.map(({ attribute: key, column: keyColumn }) => {
        return {
            name: context.namer.modelName(`${prefix}_${key.name}`, origin, 'foreign key column'),
            type: keyColumn.type,
            nullable,
            auto: false,
            indexed: true,
            justifiedBy: [...justifiedBy],
            description,
            origin
        } satisfies SqlColumn;
    });
    return { columns, table };
}

function addForeignKey(holder: SqlTable, reference: Reference, context: SchemaContext): void {
    const origin = reference.columns[0].origin;
    holder.foreignKeys.push({
        name: context.namer.derivedName(`fk_${holder.name}_${reference.columns.map(c => c.name).join('_')}`, origin, 'foreign key'),
        columns: reference.columns.map(c => c.name),
        referencedTable: reference.table.name,
        referencedColumns: reference.table.primaryKey,
        origin
    });
}

function junctionTable(relationship: ast.Relationship, tables: Map<ast.Entity, SqlTable>, context: SchemaContext): SqlTable | undefined {
    if (!relationship.name) return undefined;
    const source = referenceColumns(relationship, relationship.source, tables, context, false);
    const target = referenceColumns(relationship, relationship.target, tables, context, false);
    if (!source || !target) return undefined;
    const origin = originOf(relationship, relationship.name, 'name');
    const table: SqlTable = {
        name: context.namer.modelName(relationship.name, origin, 'table'),
        kind: 'junction',
        columns: [...source.columns, ...target.columns, ...relationship.attributes.filter(a => a.name).map(a => attributeColumn(relationship, a, context))],
        primaryKey: [...source.columns, ...target.columns].map(c => c.name),
        uniques: [],
        foreignKeys: [],
        justifiedBy: context.justifications.ofRelationship(relationship),
        description: relationshipDescription(relationship),
        origin
    };
    addForeignKey(table, source, context);
    addForeignKey(table, target, context);
    return table;
}

/** `Incident is caused by Problem`: the relationship read as a sentence, for comments. */
export function relationshipDescription(relationship: ast.Relationship): string {
    const source = relationship.source?.entity?.$refText ?? '?';
    const target = relationship.target?.entity?.$refText ?? '?';
    return `${relationship.name}: ${source} ${relationship.verb ?? 'relates to'} ${target}`;
}
