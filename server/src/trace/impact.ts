import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import { displayName } from '../language/tracewright-naming.js';
import type { ElementKind, ImpactEntry, ImpactReport } from './impact-types.js';
import type { TraceIndex } from './trace-index.js';
import { sourceLocation, type FileNamer } from './trace-locations.js';

/**
 * How a node was reached decides what else it drags in: data drags in what traces it; an item that
 * traces it drags in both what details it and what it serves; going up (what is served) never turns
 * back down, or one attribute would reach every sibling of every story.
 */
type Direction = 'data' | 'both' | 'up' | 'down';
interface Dependent { node: AstNode; reason: string; direction: Direction }

/**
 * Everything that depends on an element, breadth-first: the requirements and stories that trace or
 * use it, the relationships (foreign keys) that point at it, the requirements that detail those, and
 * the stories and goals they serve. Each element appears once, at the depth it is first reached.
 */
export function impactOf(index: TraceIndex, element: AstNode, fileName: FileNamer): ImpactReport {
    const seen = new Set<AstNode>([element]);
    const entries: ImpactEntry[] = [];
    const startDirection: Direction = ast.isStory(element) || ast.isRequirement(element) ? 'both' : ast.isGoal(element) ? 'down' : 'data';
    let frontier: Array<{ node: AstNode; direction: Direction }> = [{ node: element, direction: startDirection }];
    for (let depth = 1; frontier.length > 0; depth++) {
        const next: typeof frontier = [];
        for (const { node, direction } of frontier) {
            for (const dependent of dependentsOf(index, node, direction)) {
                if (seen.has(dependent.node)) continue;
                seen.add(dependent.node);
                next.push(dependent);
                entries.push({ name: nameOf(dependent.node), kind: kindOf(dependent.node), reason: dependent.reason, depth, location: sourceLocation(dependent.node, fileName) });
            }
        }
        frontier = next;
    }
    return { element: nameOf(element), kind: kindOf(element), location: sourceLocation(element, fileName), entries };
}

function dependentsOf(index: TraceIndex, node: AstNode, direction: Direction): Dependent[] {
    const graph = index.graph;
    const name = nameOf(node);
    const tracers = (target: AstNode) => graph.incoming(target, ['traces', 'uses'])
        .map(link => ({ node: link.source as AstNode, reason: `${link.kind} ${nameOf(target)}`, direction: 'both' as Direction }));
    const foreignKeys = (entity: ast.Entity) => index.relationshipsOf(entity)
        .map(r => ({ node: r as AstNode, reason: `foreign key to ${name}`, direction: 'data' as Direction }));
    if (ast.isAttribute(node)) {
        // Foreign keys point at the key: every relationship of the entity depends on its key attributes.
        const keyed = ast.isEntity(node.$container) && hasFlag(node, 'pk') ? foreignKeys(node.$container) : [];
        return [...tracers(node), ...keyed];
    }
    if (ast.isEntity(node)) return [...tracers(node), ...node.attributes.flatMap(tracers), ...foreignKeys(node)];
    if (ast.isRelationship(node)) return [...tracers(node), ...node.attributes.flatMap(tracers)];
    if (ast.isEnum(node)) {
        const typed = [...graph.entities, ...graph.relationships].flatMap(owner => owner.attributes).filter(a => a.type?.enum?.ref === node);
        return typed.map(attribute => ({ node: attribute as AstNode, reason: `is of type ${name}`, direction: 'data' as Direction }));
    }
    const result: Dependent[] = [];
    if (direction !== 'up') {
        // Down: what details it, depends on it or (for a goal) realises it or is its sub-goal.
        result.push(...graph.incoming(node, ['satisfies', 'refines', 'depends', 'realizes', 'parent']).map(link => ({
            node: link.source as AstNode, reason: `${link.kind === 'parent' ? 'sub-goal of' : link.kind === 'depends' ? 'depends on' : link.kind} ${name}`, direction: 'down' as Direction
        })));
    }
    if (direction !== 'down') {
        // Up: what it satisfies, refines or realises, and parent goals.
        result.push(...graph.outgoing(node, ['satisfies', 'refines', 'realizes', 'parent']).map(link => ({
            node: link.target, reason: `${link.kind === 'parent' ? 'parent goal of' : passive[link.kind]} ${name}`, direction: 'up' as Direction
        })));
    }
    return result;
}

const passive: Record<string, string> = { satisfies: 'satisfied by', refines: 'refined by', realizes: 'realised by' };

function nameOf(node: AstNode): string {
    return displayName(node) ?? node.$type;
}

function kindOf(node: AstNode): ElementKind {
    if (ast.isEnumLiteral(node)) return 'enum literal';
    return node.$type.toLowerCase() as ElementKind;
}
