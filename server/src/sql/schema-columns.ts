import * as ast from '../generated/ast.js';
import type { Justifications } from './justifications.js';
import type { SchemaNamer } from './schema-namer.js';
import { memberOriginOf } from './schema-origin.js';
import type { ColumnDefault, ColumnType, Origin, SqlColumn } from './sql-schema.js';

/** What building tables needs: names, provenance, and the SQL name of each enum. */
export interface SchemaContext {
    namer: SchemaNamer;
    justifications: Justifications;
    enumNames: Map<ast.Enum, string>;
    /** The column type of each enum, made once. */
    enumTypes: Map<ast.Enum, ColumnType>;
    /** The key attributes of each entity with their columns, in attribute order, filled as tables are built. */
    keyColumns: Map<ast.Entity, Array<{ attribute: ast.Attribute; column: SqlColumn }>>;
}

/**
 * The modifiers of an attribute that shape its column, as bits of one number (`flagsOf`): read in one
 * pass over its modifiers, and no object per attribute for a request to allocate and then collect.
 */
export const AttributeFlag = { pk: 1, unique: 2, optional: 4, auto: 8, hasDefault: 16 } as const;

export function flagsOf(attribute: ast.Attribute): number {
    let flags = 0;
    for (const modifier of attribute.modifiers) {
        // `$type` rather than `ast.isFlagModifier()`: the two modifier types have no subtypes.
        if (modifier.$type === 'FlagModifier') {
            if (modifier.flag === 'pk') flags |= AttributeFlag.pk;
            else if (modifier.flag === 'unique') flags |= AttributeFlag.unique;
            else if (modifier.flag === 'optional') flags |= AttributeFlag.optional;
            else if (modifier.flag === 'auto') flags |= AttributeFlag.auto;
        } else if (modifier.$type === 'DefaultModifier') {
            flags |= AttributeFlag.hasDefault;
        }
    }
    return flags;
}

/** The first `default` modifier: only asked for when `flagsOf` says there is one. */
function defaultModifierOf(attribute: ast.Attribute): ast.DefaultModifier | undefined {
    for (const modifier of attribute.modifiers) {
        if (modifier.$type === 'DefaultModifier') return modifier;
    }
    return undefined;
}

/** A column for an entity's or a relationship's own attribute. */
export function attributeColumn(owner: ast.Entity | ast.Relationship, attribute: ast.Attribute, context: SchemaContext, flags = flagsOf(attribute)): SqlColumn {
    const origin = memberOriginOf(attribute, owner.name, attribute.name, 'name');
    const pk = (flags & AttributeFlag.pk) !== 0;
    const name = context.namer.modelName(attribute.name, origin, 'column');
    const type = columnType(attribute.type, context);
    const nullable = (flags & AttributeFlag.optional) !== 0 && !pk;
    const auto = (flags & AttributeFlag.auto) !== 0 && pk;
    const indexed = pk || (flags & AttributeFlag.unique) !== 0;
    const justifiedBy = context.justifications.ofAttribute(attribute);
    const defaultModifier = (flags & AttributeFlag.hasDefault) !== 0 ? defaultModifierOf(attribute) : undefined;
    const value = defaultModifier ? columnDefault(defaultModifier) : undefined;
    return columnObject(name, type, nullable, auto, value, indexed, justifiedBy, attribute.description, origin);
}

/**
 * A column with `default` and `description` only when they are given. One literal per combination of
 * them, rather than spreads or properties added later: each gets a fixed shape, in the order the
 * schema has always had, with no extra allocation.
 */
export function columnObject(
    name: string, type: ColumnType, nullable: boolean, auto: boolean, value: ColumnDefault | undefined,
    indexed: boolean, justifiedBy: string[], description: string | undefined, origin: Origin
): SqlColumn {
    if (value !== undefined) {
        return description !== undefined
            ? { name, type, nullable, auto, default: value, indexed, justifiedBy, description, origin }
            : { name, type, nullable, auto, default: value, indexed, justifiedBy, origin };
    }
    return description !== undefined
        ? { name, type, nullable, auto, indexed, justifiedBy, description, origin }
        : { name, type, nullable, auto, indexed, justifiedBy, origin };
}

function columnType(type: ast.TypeRef | undefined, context: SchemaContext): ColumnType {
    // A half-typed attribute (`code:`) has no type yet; the parser has already reported it.
    if (!type) return plainTypes.text;
    const enumeration = type.enum?.ref;
    if (enumeration) {
        // One type object per enum, shared by its columns: a schema holds ten thousand columns.
        let enumType = context.enumTypes.get(enumeration);
        if (!enumType) context.enumTypes.set(enumeration, enumType = { kind: 'enum', enumName: context.enumNames.get(enumeration) ?? enumeration.name, literals: enumeration.literals.map(l => l.name) });
        return enumType;
    }
    switch (type.primitive) {
        case 'text': return type.args[0] !== undefined ? { kind: 'text', length: type.args[0] } : plainTypes.text;
        case 'decimal': return type.args[0] !== undefined ? { kind: 'decimal', precision: type.args[0], scale: type.args[1] ?? 0 } : plainTypes.decimal;
        case 'int': case 'bigint': case 'bool': case 'date': case 'time': case 'datetime': case 'uuid':
            return plainTypes[type.primitive];
        // An unresolved enum: text keeps the script valid while the integrity rules report the reference.
        default: return plainTypes.text;
    }
}

/** The types without arguments, shared by every column of that type (and frozen, as shared data should be). */
const plainTypes = {
    text: Object.freeze({ kind: 'text' }),
    decimal: Object.freeze({ kind: 'decimal' }),
    int: Object.freeze({ kind: 'int' }),
    bigint: Object.freeze({ kind: 'bigint' }),
    bool: Object.freeze({ kind: 'bool' }),
    date: Object.freeze({ kind: 'date' }),
    time: Object.freeze({ kind: 'time' }),
    datetime: Object.freeze({ kind: 'datetime' }),
    uuid: Object.freeze({ kind: 'uuid' })
} as const satisfies Record<string, ColumnType>;

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
