import type { Entity, Enum, Relationship } from '../generated/ast.js';
import { endsOf, type DiagramModel } from './diagram-model.js';
import type { TracedData } from './diagram-traces.js';

/** The part of the data model one diagram shows: the entities, the relationships between them and the enums they use. */
export interface DiagramSlice {
    readonly entities: readonly Entity[];
    readonly relationships: readonly Relationship[];
    readonly enums: readonly Enum[];
}

/** Every entity, relationship and enum: the full-model export. */
export function wholeModelSlice(model: DiagramModel): DiagramSlice {
    return sliceOf(model, new Set(model.entities));
}

/** The entities declared in one document. */
export function fileSlice(model: DiagramModel, documentUri: string, uriOf: (entity: Entity) => string | undefined): DiagramSlice {
    return sliceOf(model, new Set(model.entities.filter(entity => uriOf(entity) === documentUri)));
}

/** One entity and, at depth 1, the entities at the other end of its relationships. */
export function neighbourhoodSlice(model: DiagramModel, centre: Entity): DiagramSlice {
    const chosen = new Set<Entity>([centre]);
    for (const relationship of model.relationships) {
        const ends = endsOf(relationship);
        if (ends.includes(centre)) ends.forEach(end => chosen.add(end));
    }
    return sliceOf(model, chosen);
}

/** The entities an analysis element traces (see DiagramTraces). */
export function tracedSlice(model: DiagramModel, traced: TracedData): DiagramSlice {
    return sliceOf(model, traced.entities);
}

/**
 * Keeps declaration order (stable diagrams when one entity changes), the relationships whose two
 * ends are both in the slice, and the enums the chosen entities' attributes are typed with.
 */
export function sliceOf(model: DiagramModel, chosen: ReadonlySet<Entity>): DiagramSlice {
    const entities = model.entities.filter(entity => chosen.has(entity));
    const relationships = model.relationships.filter(relationship => {
        const ends = endsOf(relationship);
        return ends.length > 0 && ends.every(end => chosen.has(end))
            && !!relationship.source?.entity?.ref && !!relationship.target?.entity?.ref;
    });
    const usedEnums = new Set<Enum>();
    for (const entity of entities) {
        for (const attribute of entity.attributes) {
            const type = attribute.type?.enum?.ref;
            if (type) usedEnums.add(type);
        }
    }
    return { entities, relationships, enums: model.enums.filter(e => usedEnums.has(e)) };
}
