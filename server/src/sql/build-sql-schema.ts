import * as ast from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import { justificationsFromModels, type Justifications } from './justifications.js';
import { attributeColumn, describe, type SchemaContext } from './schema-columns.js';
import { checkEnumLiterals } from './enum-literal-check.js';
import { addRelationshipKeys } from './relationship-keys.js';
import { checkSchemaNames } from './schema-name-check.js';
import { SchemaNamer } from './schema-namer.js';
import { originOf } from './schema-origin.js';
import type { SchemaIssue, SqlColumn, SqlEnum, SqlNaming, SqlSchema, SqlTable } from './sql-schema.js';

export interface SchemaOptions {
    naming: SqlNaming;
    modelName: string;
    /** Defaults to justifications computed from the models' own traces. */
    justifications?: Justifications;
}

/**
 * Normalises the workspace's models into the plain schema model: one table per entity, foreign keys
 * and junction tables from relationships, final identifiers, provenance, and naming problems.
 * Elements with unresolved references are skipped: the integrity rules already report them.
 */
export function buildSqlSchema(models: readonly ast.Model[], options: SchemaOptions): SqlSchema {
    const namer = new SchemaNamer(options.naming);
    const justifications = options.justifications ?? justificationsFromModels(models);
    const elements = models.flatMap(model => model.elements ?? []);
    const enumNames = new Map<ast.Enum, string>();
    const enums: SqlEnum[] = [];
    const literalProblems: SchemaIssue[] = [];
    for (const enumeration of elements.filter(ast.isEnum)) {
        if (!enumeration.name) continue;
        literalProblems.push(...checkEnumLiterals(enumeration));
        const name = namer.modelName(enumeration.name, originOf(enumeration, enumeration.name, 'name'), 'enum');
        enumNames.set(enumeration, name);
        enums.push({
            name, literals: enumeration.literals.map(l => l.name),
            ...describe(enumeration.description),
            origin: originOf(enumeration, enumeration.name, 'name')
        });
    }
    const context = { namer, justifications, enumNames };
    const tables = new Map<ast.Entity, SqlTable>();
    for (const entity of elements.filter(ast.isEntity)) {
        if (entity.name) tables.set(entity, entityTable(entity, context));
    }
    const junctions: SqlTable[] = [];
    for (const relationship of elements.filter(ast.isRelationship)) {
        const junction = addRelationshipKeys(relationship, tables, context);
        if (junction) junctions.push(junction);
    }
    const allTables = [...tables.values(), ...junctions];
    return {
        modelName: options.modelName,
        enums,
        tables: allTables,
        warnings: namer.warnings,
        problems: [...literalProblems, ...emptyTables(allTables), ...checkSchemaNames(enums, allTables)]
    };
}

/** SQLite and MySQL refuse a table without columns (PostgreSQL allows it). */
function emptyTables(tables: readonly SqlTable[]): SchemaIssue[] {
    return tables.filter(t => t.columns.length === 0).map(table => ({
        rule: 'sql-empty-table', origin: table.origin,
        message: `'${table.origin.element}' has no attributes, and SQLite and MySQL cannot create a table without columns. Add its attributes, e.g. \`id: int pk auto\`.`
    }));
}


function entityTable(entity: ast.Entity, context: SchemaContext): SqlTable {
    const origin = originOf(entity, entity.name, 'name');
    const name = context.namer.modelName(entity.name, origin, 'table');
    // Attributes still being typed may have no name yet; they get no column.
    const named = entity.attributes.filter(a => a.name);
    const columns = named.map(attribute => attributeColumn(entity, attribute, context));
    const columnOf = new Map(named.map((attribute, index) => [attribute, columns[index]]));
    const primaryKey = named.filter(a => hasFlag(a, 'pk')).map(a => columnOf.get(a)!.name);
    const uniqueSets = [
        ...entity.attributes.filter(a => hasFlag(a, 'unique') && !hasFlag(a, 'pk')).map(a => ({ attributes: [a], node: a as ast.Attribute | ast.UniqueConstraint })),
        ...entity.uniques.map(u => ({ attributes: u.attributes.map(r => r.ref).filter((a): a is ast.Attribute => !!a), node: u }))
    ].filter(set => set.attributes.length > 0);
    const uniques = uniqueSets.map(set => {
        // `constraint unique (a, a)` names a column once: MySQL refuses an index that repeats one.
        const uniqueColumns = [...new Set(set.attributes.map(a => columnOf.get(a)).filter((c): c is SqlColumn => !!c))];
        uniqueColumns.forEach(c => c.indexed = true);
        const uniqueOrigin = originOf(set.node, `${entity.name} unique (${set.attributes.map(a => a.name).join(', ')})`);
        return {
            name: context.namer.derivedName(`uq_${name}_${uniqueColumns.map(c => c.name).join('_')}`, uniqueOrigin, 'unique constraint'),
            columns: uniqueColumns.map(c => c.name),
            origin: uniqueOrigin
        };
    });
    return {
        name, kind: 'entity', columns, primaryKey, uniques, foreignKeys: [],
        justifiedBy: context.justifications.ofEntity(entity),
        ...describe(entity.description),
        origin
    };
}
