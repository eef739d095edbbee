import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { TraceGraph, type LinkKind, type TraceSource } from './trace-graph.js';

/**
 * Builds the trace graph from the workspace's top-level elements (as Langium's index lists them)
 * by following their resolved references once. Unresolved references are skipped: the integrity
 * rules already report them.
 */
export function buildTraceGraph(elements: Iterable<AstNode>): TraceGraph {
    const graph = new TraceGraph();
    for (const element of elements) addToTraceGraph(graph, element);
    return graph;
}

/** Adds one top-level element and its links; elements added in workspace order make the graph `buildTraceGraph` makes. */
export function addToTraceGraph(graph: TraceGraph, element: AstNode): void {
    if (ast.isGoal(element)) {
        graph.goals.push(element);
        addReference(graph, 'parent', element, element.parent, element, 'parent');
    } else if (ast.isStory(element)) {
        graph.stories.push(element);
        addRealizes(graph, element);
        for (const use of element.uses) {
            const entity = use.entity?.ref;
            if (entity) {
                graph.addLink({ kind: 'uses', source: element, target: entity, at: { node: use, property: 'entity' }, operations: operationsOf(use) });
            }
        }
    } else if (ast.isRequirement(element)) {
        graph.requirements.push(element);
        addRequirementLinks(graph, element);
    } else if (ast.isEntity(element)) {
        graph.entities.push(element);
    } else if (ast.isRelationship(element)) {
        graph.relationships.push(element);
    }
}

/** `uses Incident` without operations says the story works with the data: it counts as reading it. */
function operationsOf(use: ast.EntityUse): readonly string[] {
    return use.operations.length > 0 ? use.operations : ['read'];
}

function addRealizes(graph: TraceGraph, source: TraceSource): void {
    addReferences(graph, 'realizes', source, source.realizes, 'realizes');
}

function addRequirementLinks(graph: TraceGraph, requirement: ast.Requirement): void {
    addRealizes(graph, requirement);
    // Kind by kind, in this order (link lists keep it); without a table of tuples per requirement.
    addReferences(graph, 'satisfies', requirement, requirement.satisfies, 'satisfies');
    addReferences(graph, 'refines', requirement, requirement.refines, 'refines');
    addReferences(graph, 'conflicts', requirement, requirement.conflicts, 'conflicts');
    addReferences(graph, 'depends', requirement, requirement.dependsOn, 'dependsOn');
    for (const trace of requirement.traces) {
        // `traces Incident.priority` links to the attribute; `traces Incident` to the entity or relationship.
        const attribute = trace.attribute?.ref;
        if (trace.attribute) {
            if (attribute) graph.addLink({ kind: 'traces', source: requirement, target: attribute, at: { node: trace, property: 'attribute' } });
        } else {
            addReference(graph, 'traces', requirement, trace.element, trace, 'element');
        }
    }
}

function addReferences(graph: TraceGraph, kind: LinkKind, source: TraceSource, references: ReadonlyArray<Reference<AstNode>>, property: string): void {
    for (let index = 0; index < references.length; index++) addReference(graph, kind, source, references[index], source, property, index);
}

function addReference(graph: TraceGraph, kind: LinkKind, source: ast.Goal | TraceSource, reference: Reference<AstNode> | undefined,
    node: AstNode, property: string, index?: number): void {
    const target = reference?.ref;
    if (target) graph.addLink({ kind, source, target, at: { node, property, index } });
}
