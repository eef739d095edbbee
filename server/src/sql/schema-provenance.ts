import type * as ast from '../generated/ast.js';
import type { Justifications } from './justifications.js';
import { relationshipDescription } from './relationship-keys.js';
import { columnObject } from './schema-columns.js';
import type { SqlColumn, SqlEnum, SqlSchema, SqlTable } from './sql-schema.js';

/**
 * A schema built without provenance (names, types and keys: what validation builds for its SQL name
 * checks) completed with what a script needs besides: the requirements and stories that justify each
 * table and column, the descriptions as the model words them now, and the model's name. The result is
 * what `buildSqlSchema` with these justifications would build, in new table, column and enum objects;
 * the given schema is left as it is (hovers share it).
 *
 * Descriptions are read from the origin nodes, not from the given schema: a prose-only edit keeps a
 * built schema and swaps the edited nodes into its origins, so the nodes are current and the copied
 * descriptions may not be.
 */
export function withProvenance(schema: SqlSchema, justifications: Justifications, modelName: string): SqlSchema {
    return {
        modelName,
        enums: schema.enums.map(enumWithProse),
        tables: schema.tables.map(table => tableWithProvenance(table, justifications)),
        warnings: schema.warnings
    };
}

function enumWithProse(sqlEnum: SqlEnum): SqlEnum {
    const node = sqlEnum.origin.node as ast.Enum | undefined;
    if (node?.$type !== 'Enum') return sqlEnum;
    const { name, literals, origin } = sqlEnum;
    return node.description !== undefined ? { name, literals, description: node.description, origin } : { name, literals, origin };
}

function tableWithProvenance(table: SqlTable, justifications: Justifications): SqlTable {
    const node = table.origin.node;
    let justifiedBy = table.justifiedBy, description = table.description;
    if (table.kind === 'entity' && node?.$type === 'Entity') {
        justifiedBy = justifications.ofEntity(node as ast.Entity);
        description = (node as ast.Entity).description;
    } else if (table.kind === 'junction' && node?.$type === 'Relationship') {
        justifiedBy = justifications.ofRelationship(node as ast.Relationship);
        description = relationshipDescription(node as ast.Relationship);
    }
    const { name, kind, primaryKey, uniques, foreignKeys, origin } = table;
    const columns = table.columns.map(column => columnWithProvenance(column, justifications));
    // The key order `buildSqlSchema` gives its tables, with `description` only when there is one.
    return description !== undefined
        ? { name, kind, columns, primaryKey, uniques, foreignKeys, justifiedBy, description, origin }
        : { name, kind, columns, primaryKey, uniques, foreignKeys, justifiedBy, origin };
}

/** An attribute's column, or a foreign key column (its origin is the relationship's end). */
function columnWithProvenance(column: SqlColumn, justifications: Justifications): SqlColumn {
    const node = column.origin.node;
    let justifiedBy = column.justifiedBy, description = column.description;
    if (node?.$type === 'Attribute') {
        justifiedBy = justifications.ofAttribute(node as ast.Attribute);
        description = (node as ast.Attribute).description;
    } else if (node?.$type === 'RelationshipEnd') {
        const relationship = (node as ast.RelationshipEnd).$container;
        justifiedBy = justifications.ofRelationship(relationship);
        description = relationshipDescription(relationship);
    }
    return columnObject(column.name, column.type, column.nullable, column.auto, column.default, column.indexed, justifiedBy, description, column.origin);
}
