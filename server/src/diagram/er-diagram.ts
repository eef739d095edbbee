import type { Attribute, Entity, Relationship, TypeRef } from '../generated/ast.js';
import { isDefaultModifier } from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import type { DiagramSlice } from './diagram-slice.js';
import { cardinalityMarker, mermaidLabel, mermaidWord, relationshipArrow } from './mermaid-text.js';

/** Attributes the overlay highlights: marked in their row so the mark survives an SVG export. */
export interface DiagramHighlights {
    readonly attributes?: ReadonlySet<Attribute>;
}

export interface ErDiagram {
    /** Mermaid `erDiagram` source, LF line endings. */
    readonly source: string;
    /** Synthetic Mermaid id of each entity box (`e1`, `e2`…), in slice order. */
    readonly entityIds: ReadonlyMap<Entity, string>;
}

/**
 * Mermaid source for a slice of the data model. Entities and enums get synthetic ids (`e1`, `n1`)
 * with the real name as an escaped label, so no user name is ever parsed as Mermaid syntax
 * (`one`, `to`, `u`, `%%{init}%%`…). Fixed order: entities, enums, relationships.
 */
export function erDiagram(slice: DiagramSlice, highlights: DiagramHighlights = {}): ErDiagram {
    const entityIds = new Map<Entity, string>();
    slice.entities.forEach((entity, index) => entityIds.set(entity, `e${index + 1}`));
    const lines = ['erDiagram'];

    for (const entity of slice.entities) {
        const rows = entity.attributes.filter(a => a.name).map(a => attributeRow(a, entity, highlights));
        lines.push(...box(entityIds.get(entity)!, entity.name, rows));
    }
    slice.enums.forEach((enumeration, index) => {
        const rows = enumeration.literals.filter(l => l.name).map(literal =>
            `${mermaidWord('literal')} ${mermaidWord(literal.name)}${literal.description ? ` "${mermaidLabel(literal.description, 40)}"` : ''}`);
        lines.push(...box(`n${index + 1}`, `${enumeration.name} (enum)`, rows));
    });
    for (const relationship of slice.relationships) {
        // Ends may be missing while the user types; such a relationship is left out of the diagram.
        const sourceEntity = relationship.source?.entity?.ref, targetEntity = relationship.target?.entity?.ref;
        const source = sourceEntity && entityIds.get(sourceEntity);
        const target = targetEntity && entityIds.get(targetEntity);
        if (!source || !target) continue;
        const arrow = relationshipArrow(cardinalityMarker(relationship.sourceCardinality), cardinalityMarker(relationship.targetCardinality));
        lines.push(`    ${source} ${arrow} ${target} : "${mermaidLabel(relationshipLabel(relationship))}"`);
    }
    return { source: lines.join('\n') + '\n', entityIds };
}

function box(id: string, label: string, rows: string[]): string[] {
    const head = `    ${id}["${mermaidLabel(label)}"]`;
    return rows.length === 0 ? [head] : [`${head} {`, ...rows.map(row => `        ${row}`), '    }'];
}

function attributeRow(attribute: Attribute, entity: Entity, highlights: DiagramHighlights): string {
    const keys: string[] = [];
    if (hasFlag(attribute, 'pk')) keys.push('PK');
    const unique = hasFlag(attribute, 'unique') || entity.uniques.some(u => u.attributes.some(a => a.ref === attribute));
    if (unique) keys.push('UK');
    const notes: string[] = [];
    if (highlights.attributes?.has(attribute)) notes.push('★ traced');
    if (hasFlag(attribute, 'optional')) notes.push('null');
    if (hasFlag(attribute, 'auto')) notes.push('auto');
    if (hasFlag(attribute, 'pii')) notes.push('pii');
    const fallback = attribute.modifiers.find(isDefaultModifier);
    if (fallback) notes.push(`default ${fallback.keyword ?? fallback.literal ?? fallback.number ?? fallback.string ?? ''}`.trim());
    if (attribute.description) notes.push(attribute.description);
    const comment = notes.length > 0 ? ` "${mermaidLabel(notes.join(', '), 60)}"` : '';
    return `${mermaidWord(typeName(attribute.type))} ${mermaidWord(attribute.name)}${keys.length > 0 ? ' ' + keys.join(', ') : ''}${comment}`;
}

function typeName(type: TypeRef | undefined): string {
    if (!type) return 'unknown';
    if (type.primitive) return type.args.length > 0 ? `${type.primitive}(${type.args.join(',')})` : type.primitive;
    return type.enum?.ref?.name ?? type.enum?.$refText ?? 'unknown';
}

/** The verb phrase (or the relationship's name), with its own attributes: `enrols in [grade, date]`. */
function relationshipLabel(relationship: Relationship): string {
    const verb = relationship.verb ?? relationship.name;
    const own = relationship.attributes.filter(a => a.name).map(a => a.name);
    return own.length > 0 ? `${verb} [${own.join(', ')}]` : verb;
}
