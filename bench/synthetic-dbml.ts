import type { SyntheticAttribute, SyntheticModel } from './synthetic-model.js';

/**
 * The data model of a synthetic workspace as DBML, for the @dbml/core peer: same tables, columns,
 * enums and references. Tracewright derives foreign-key columns from relationships; DBML declares
 * them, so each relationship adds a `<target>Id` column here.
 */
export function syntheticDbml(model: SyntheticModel): string {
    const out: string[] = [];
    for (const block of model.blocks) {
        if (block.enumeration) {
            out.push(`Enum ${block.enumeration.name} {`, ...block.enumeration.literals.map(l => `  ${l}`), '}', '');
        }
        const entity = block.entity;
        out.push(`Table ${entity.name} {`);
        for (const attribute of entity.attributes) out.push(`  ${attribute.name} ${dbmlType(attribute)}${settings(attribute)}`);
        for (const relationship of block.relationships) out.push(`  ${relationship.to}Id int [not null]`);
        out.push(`  Note: 'A ${entity.noun.toLowerCase()} the organisation keeps track of'`, '}');
        for (const relationship of block.relationships) {
            out.push(`Ref ${relationship.name}: ${relationship.from}.${relationship.to}Id > ${relationship.to}.id`);
        }
        out.push('');
    }
    return out.join('\n');
}

function dbmlType(attribute: SyntheticAttribute): string {
    if (attribute.isEnum) return attribute.type;
    switch (attribute.type) {
        case 'datetime': return 'timestamp';
        case 'bool': return 'boolean';
        case 'text': return 'text';
        default: return attribute.type.replace(/^text\((\d+)\)$/, 'varchar($1)');
    }
}

function settings(attribute: SyntheticAttribute): string {
    const parts: string[] = [];
    for (const modifier of attribute.modifiers) {
        if (modifier === 'pk') parts.push('pk');
        else if (modifier === 'auto') parts.push('increment');
        else if (modifier === 'unique') parts.push('unique');
        else if (modifier.startsWith('default ')) {
            const value = modifier.slice('default '.length);
            parts.push(value === 'now' ? 'default: `now()`' : /^[0-9]|^true$|^false$/.test(value) ? `default: ${value}` : `default: '${value}'`);
        }
    }
    if (!attribute.modifiers.includes('optional') && !attribute.modifiers.includes('pk')) parts.push('not null');
    return parts.length ? ` [${parts.join(', ')}]` : '';
}
