import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';

/**
 * Which requirements and stories justify a table or column: the provenance written into the schema.
 * This is the seam to the trace index: anything that answers these three questions can be passed to
 * `buildSqlSchema`; `justificationsFromModels` answers them straight from the AST.
 */
export interface Justifications {
    /** Requirements tracing the entity or one of its attributes, stories that use it. */
    ofEntity(entity: ast.Entity): string[];
    /** Requirements tracing `Entity.attribute` (or `Relationship.attribute`). */
    ofAttribute(attribute: ast.Attribute): string[];
    /** Requirements tracing the relationship or one of its attributes. */
    ofRelationship(relationship: ast.Relationship): string[];
}

export function justificationsFromModels(models: readonly ast.Model[]): Justifications {
    const byNode = new Map<AstNode, Set<string>>();
    const add = (node: AstNode | undefined, id: string | undefined) => {
        if (!node || !id) return;
        let ids = byNode.get(node);
        if (!ids) byNode.set(node, ids = new Set());
        ids.add(id);
    };
    for (const model of models) {
        for (const element of model.elements ?? []) {
            if (ast.isRequirement(element)) {
                for (const trace of element.traces) {
                    const target = trace.element?.ref;
                    const attribute = trace.attribute?.ref;
                    add(target, element.name);
                    add(attribute, element.name);
                }
            } else if (ast.isStory(element)) {
                for (const use of element.uses) add(use.entity?.ref, element.name);
            }
        }
    }
    const idsOf = (node: AstNode) => [...byNode.get(node) ?? []].sort(byId);
    return {
        ofEntity: idsOf,
        ofAttribute: idsOf,
        ofRelationship: idsOf
    };
}

// One collator for all comparisons: `localeCompare` with options builds a new one on every call.
const idCollator = new Intl.Collator('en', { numeric: true });

/** R2 before R10: ids sort by their letters, then numerically. */
export function byId(a: string, b: string): number {
    return idCollator.compare(a, b);
}

/** The same answers from the workspace's TraceIndex service, which the editor and CLI already keep up to date. */
export function justificationsFromTraceIndex(index: { justificationsOf(element: ast.Entity | ast.Attribute | ast.Relationship): Array<{ name: string }> }): Justifications {
    const idsOf = (element: ast.Entity | ast.Attribute | ast.Relationship) => [...new Set(index.justificationsOf(element).map(source => source.name))].sort(byId);
    return { ofEntity: idsOf, ofAttribute: idsOf, ofRelationship: idsOf };
}
