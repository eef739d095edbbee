import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { SqlSchema } from './sql-schema.js';

/**
 * The hover section "what this becomes in SQL": the table of an entity, the column of an attribute,
 * the foreign key or junction table of a relationship, with the names the generated script uses.
 */
export function sqlHoverSection(node: AstNode, schema: SqlSchema): string | undefined {
    const code = (text: string) => '`' + text.replaceAll('`', "'") + '`';
    if (ast.isEntity(node)) {
        const table = schema.tables.find(t => t.origin.node === node);
        return table && `**SQL** table ${code(table.name)}: ${table.columns.length} columns, primary key (${table.primaryKey.map(code).join(', ')})`;
    }
    if (ast.isAttribute(node)) {
        for (const table of schema.tables) {
            const column = table.columns.find(c => c.origin.node === node);
            if (column) return `**SQL** column ${code(`${table.name}.${column.name}`)}${column.nullable ? ' (nullable)' : ' NOT NULL'}`;
        }
        return undefined;
    }
    if (ast.isRelationship(node)) {
        const junction = schema.tables.find(t => t.origin.node === node);
        if (junction) return `**SQL** junction table ${code(junction.name)} with primary key (${junction.primaryKey.map(code).join(', ')})`;
        for (const table of schema.tables) {
            const key = table.foreignKeys.find(fk => fk.origin.node?.$container === node);
            if (key) return `**SQL** foreign key ${code(key.name)}: ${code(table.name)} (${key.columns.map(code).join(', ')}) → ${code(key.referencedTable)}`;
        }
    }
    return undefined;
}
