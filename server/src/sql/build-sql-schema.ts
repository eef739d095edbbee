import type * as ast from '../generated/ast.js';
import { justificationsFromModels, type Justifications } from './justifications.js';
import { AttributeFlag, attributeColumn, describe, flagsOf, type SchemaContext } from './schema-columns.js';
import { addRelationshipKeys } from './relationship-keys.js';
import { SchemaNamer } from './schema-namer.js';
import { originOf } from './schema-origin.js';
import type { SqlColumn, SqlEnum, SqlNaming, SqlSchema, SqlTable } from './sql-schema.js';

export interface SchemaOptions {
    naming: SqlNaming;
    modelName: string;
    /** Defaults to justifications computed from the models' own traces. */
    justifications?: Justifications;
}

/**
 * Normalises the workspace's models into the plain schema model: one table per entity, foreign keys
 * and junction tables from relationships, final identifiers, provenance, and shortened-name warnings
 * (what would make the script fail is `schemaProblems`).
 * Elements with unresolved references are skipped: the integrity rules already report them.
 */
export function buildSqlSchema(models: readonly ast.Model[], options: SchemaOptions): SqlSchema {
    const namer = new SchemaNamer(options.naming);
    const justifications = options.justifications ?? justificationsFromModels(models);
    const { enumerations, entities, relationships } = elementsByKind(models);
    const enumNames = new Map<ast.Enum, string>();
    const enums: SqlEnum[] = [];
    for (const enumeration of enumerations) {
        if (!enumeration.name) continue;
        const name = namer.modelName(enumeration.name, originOf(enumeration, enumeration.name, 'name'), 'enum');
        enumNames.set(enumeration, name);
        enums.push({
            name, literals: enumeration.literals.map(l => l.name),
            ...describe(enumeration.description),
            origin: originOf(enumeration, enumeration.name, 'name')
        });
    }
    const context: SchemaContext = { namer, justifications, enumNames, enumTypes: new Map(), keyColumns: new Map() };
    const tables = new Map<ast.Entity, SqlTable>();
    for (const entity of entities) {
        if (entity.name) tables.set(entity, entityTable(entity, context));
    }
    const junctions: SqlTable[] = [];
    for (const relationship of relationships) {
        const junction = addRelationshipKeys(relationship, tables, context);
        if (junction) junctions.push(junction);
    }
    return { modelName: options.modelName, enums, tables: [...tables.values(), ...junctions], warnings: namer.warnings };
}

/** The elements the schema is made of, in workspace order, sorted out in one pass over the models. */
function elementsByKind(models: readonly ast.Model[]): { enumerations: ast.Enum[]; entities: ast.Entity[]; relationships: ast.Relationship[] } {
    const enumerations: ast.Enum[] = [], entities: ast.Entity[] = [], relationships: ast.Relationship[] = [];
    for (const model of models) {
        for (const element of model.elements ?? []) {
            // `$type` rather than `ast.isEntity()` and co.: no element type has subtypes, and most
            // elements are requirements, which would each go through three reflection lookups.
            switch (element.$type) {
                case 'Enum': enumerations.push(element); break;
                case 'Entity': entities.push(element); break;
                case 'Relationship': relationships.push(element); break;
            }
        }
    }
    return { enumerations, entities, relationships };
}

function entityTable(entity: ast.Entity, context: SchemaContext): SqlTable {
    const origin = originOf(entity, entity.name, 'name');
    const name = context.namer.modelName(entity.name, origin, 'table');
    const columns: SqlColumn[] = [];
    // The column of each attribute, by the attribute's index (none for attributes without a name).
    const columnByIndex: Array<SqlColumn | undefined> = [];
    const primaryKey: string[] = [];
    const keyColumns: Array<{ attribute: ast.Attribute; column: SqlColumn }> = [];
    const uniqueSets: Array<{ attributes: ast.Attribute[]; node: ast.Attribute | ast.UniqueConstraint }> = [];
    for (const attribute of entity.attributes) {
        const flags = flagsOf(attribute);
        const pk = (flags & AttributeFlag.pk) !== 0;
        if ((flags & AttributeFlag.unique) !== 0 && !pk) uniqueSets.push({ attributes: [attribute], node: attribute });
        // Attributes still being typed may have no name yet; they get no column.
        if (!attribute.name) {
            columnByIndex.push(undefined);
            continue;
        }
        const column = attributeColumn(entity, attribute, context, flags);
        columns.push(column);
        columnByIndex.push(column);
        if (pk) {
            primaryKey.push(column.name);
            keyColumns.push({ attribute, column });
        }
    }
    context.keyColumns.set(entity, keyColumns);
    for (const unique of entity.uniques) {
        const attributes = unique.attributes.map(r => r.ref).filter((a): a is ast.Attribute => !!a);
        if (attributes.length > 0) uniqueSets.push({ attributes, node: unique });
    }
    const columnOf = (attribute: ast.Attribute) => columnByIndex[entity.attributes.indexOf(attribute)];
    const uniques = uniqueSets.map(set => {
        // `constraint unique (a, a)` names a column once: MySQL refuses an index that repeats one.
        const uniqueColumns = [...new Set(set.attributes.map(columnOf).filter((c): c is SqlColumn => !!c))];
        uniqueColumns.forEach(c => c.indexed = true);
        const uniqueOrigin = originOf(set.node, `${entity.name} unique (${set.attributes.map(a => a.name).join(', ')})`);
        return {
            name: context.namer.derivedName(`uq_${name}_${uniqueColumns.map(c => c.name).join('_')}`, uniqueOrigin, 'unique constraint'),
            columns: uniqueColumns.map(c => c.name),
            origin: uniqueOrigin
        };
    });
    const justifiedBy = context.justifications.ofEntity(entity);
    const description = entity.description;
    return description !== undefined
        ? { name, kind: 'entity', columns, primaryKey, uniques, foreignKeys: [], justifiedBy, description, origin }
        : { name, kind: 'entity', columns, primaryKey, uniques, foreignKeys: [], justifiedBy, origin };
}
