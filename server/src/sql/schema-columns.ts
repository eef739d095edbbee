import * as ast from '../generated/ast.js';
import type { Justifications } from './justifications.js';
import { hasFlag } from '../language/model-queries.js';
import type { SchemaNamer } from './schema-namer.js';
import { originOf } from './schema-origin.js';
import type { ColumnDefault, ColumnType, SqlColumn } from './sql-schema.js';

/** What building tables needs: names, provenance, and the SQL name of each enum. */
export interface SchemaContext {
    namer: SchemaNamer;
    justifications: Justifications;
    enumNames: Map<ast.Enum, string>;
}

/** A column for an entity's or a relationship's own attribute. */
export function attributeColumn(owner: ast.Entity | ast.Relationship, attribute: ast.Attribute, context: SchemaContext): SqlColumn {
    const origin = originOf(attribute, `${owner.name}.${attribute.name}`, 'name');
    const pk = hasFlag(attribute, 'pk');
    const defaultModifier = attribute.modifiers.find(ast.isDefaultModifier);
    return {
        name: context.namer.modelName(attribute.name, origin, 'column'),
        type: columnType(attribute.type, context.enumNames),
        nullable: hasFlag(attribute, 'optional') && !pk,
        auto: hasFlag(attribute, 'auto') && pk,
        ...(defaultModifier ? { default: columnDefault(defaultModifier) } : {}),
        indexed: pk || hasFlag(attribute, 'unique'),
        justifiedBy: context.justifications.ofAttribute(attribute),
        ...describe(attribute.description),
        origin
    };
}

function columnType(type: ast.TypeRef | undefined, enumNames: Map<ast.Enum, string>): ColumnType {
    // A half-typed attribute (`code:`) has no type yet; the parser has already reported it.
    if (!type) return { kind: 'text' };
    const enumeration = type.enum?.ref;
    if (enumeration) return { kind: 'enum', enumName: enumNames.get(enumeration) ?? enumeration.name, literals: enumeration.literals.map(l => l.name) };
    switch (type.primitive) {
        case 'text': return type.args[0] !== undefined ? { kind: 'text', length: type.args[0] } : { kind: 'text' };
        case 'decimal': return { kind: 'decimal', ...(type.args[0] !== undefined ? { precision: type.args[0], scale: type.args[1] ?? 0 } : {}) };
        case 'int': case 'bigint': case 'bool': case 'date': case 'time': case 'datetime': case 'uuid':
            return { kind: type.primitive };
        // An unresolved enum: text keeps the script valid while the integrity rules report the reference.
        default: return { kind: 'text' };
    }
}

function columnDefault(modifier: ast.DefaultModifier): ColumnDefault {
    if (modifier.keyword === 'now' || modifier.keyword === 'today') return { kind: modifier.keyword };
    if (modifier.keyword === 'true' || modifier.keyword === 'false') return { kind: 'bool', value: modifier.keyword === 'true' };
    if (modifier.number !== undefined) return { kind: 'number', value: modifier.number };
    if (modifier.string !== undefined) return { kind: 'string', value: modifier.string };
    return { kind: 'string', value: modifier.literal ?? '' };
}

export function describe(description: string | undefined): { description?: string } {
    // Langium's value converter has already removed the quotes and escapes.
    return description !== undefined ? { description } : {};
}
