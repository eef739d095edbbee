import type { AstNode } from 'langium';
import { isRequirement, type Requirement } from '../generated/ast.js';
import type { CoverageGap } from './coverage-gap.js';
import type { TraceGraph, TraceLink } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

const priorityRank: Record<string, number> = { must: 4, should: 3, could: 2, wont: 1 };

/** Cycles in refines/satisfies, and conflicts that nobody resolved. */
export function findConsistencyGaps(index: TraceIndex): CoverageGap[] {
    return [...findCycles(index.graph), ...findConflicts(index.graph)];
}

const kinds = ['refines', 'satisfies'] as const;
const noTargets: readonly AstNode[] = [];

/**
 * The requirements a requirement refines or satisfies. Only requirements have such links, so only
 * they can close a cycle: leaving out the stories they satisfy changes no component of a requirement,
 * and leaves most requirements with nothing to walk into.
 */
function requirementTargetsOf(links: readonly TraceLink[]): readonly AstNode[] {
    let targets: AstNode[] | undefined;
    for (const link of links) if (isRequirement(link.target)) (targets ??= []).push(link.target);
    return targets ?? noTargets;
}

/** Every refines/satisfies link inside a strongly connected component closes a cycle: report each. */
function findCycles(graph: TraceGraph): CoverageGap[] {
    const component = stronglyConnectedComponents(graph.requirements, node => requirementTargetsOf(graph.outgoing(node, kinds)));
    const gaps: CoverageGap[] = [];
    for (const requirement of graph.requirements) {
        // A requirement that refines and satisfies no requirement is on no cycle (and has no component).
        const members = component.get(requirement);
        if (!members) continue;
        for (const link of graph.outgoing(requirement, kinds)) {
            if (component.get(link.target) !== members) continue;
            if (members.length === 1 && link.target !== requirement) continue;
            const start = members.indexOf(requirement);
            const names = [...members.slice(start), ...members.slice(0, start)].map(m => (m as Requirement).name);
            const loop = [...names, requirement.name].join(' → ');
            gaps.push({
                ruleId: 'trace-cycle', element: requirement.name, ...at(link),
                message: `'${requirement.name} ${link.kind} ${(link.target as Requirement).name}' closes a cycle (${loop}). Remove the link that does not hold; details point to what they detail, never back.`
            });
        }
    }
    return gaps;
}

const conflicts = ['conflicts'] as const;

function findConflicts(graph: TraceGraph): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    for (const requirement of graph.requirements) {
        for (const link of graph.outgoing(requirement, conflicts)) {
            if (link.target === requirement) {
                gaps.push({ ruleId: 'self-conflict', element: requirement.name, ...at(link),
                    message: `'${requirement.name}' conflicts with itself. Remove it from its own \`conflicts\` list; if it contradicts itself, split it into two requirements.` });
            }
        }
        if (requirement.status === 'rejected') continue;
        // A conflict holds both ways, whichever side declared it.
        const declared = graph.outgoing(requirement, conflicts);
        const incoming = graph.incoming(requirement, conflicts);
        // Most requirements conflict with nothing: no lists to build for them.
        if (declared.length === 0 && incoming.length === 0) continue;
        const received = incoming.filter(link => !declared.some(d => d.target === link.source));
        for (const link of [...declared, ...received]) {
            const other = (link.source === requirement ? link.target : link.source) as Requirement;
            if (other === requirement || other.status === 'rejected') continue;
            if ((priorityRank[other.priority ?? ''] ?? 0) > (priorityRank[requirement.priority ?? ''] ?? 5)) {
                const place = link.source === requirement ? at(link) : { node: requirement as AstNode, property: 'name' };
                gaps.push({ ruleId: 'unresolved-conflict', element: requirement.name, ...place,
                    message: `'${requirement.name}' (${requirement.priority}) conflicts with '${other.name}' (${other.priority}), which wins. Resolve it: set \`status rejected\` on ${requirement.name}, or reword one of them and drop the conflict.` });
            }
        }
    }
    return gaps;
}

function at(link: TraceLink): { node: AstNode; property: string; index?: number } {
    return { node: link.at.node, property: link.at.property, index: link.at.index };
}

/** Tarjan's bookkeeping for one node: its visit number, lowest reachable visit number, and whether it is on the stack. */
interface Visit { index: number; low: number; onStack: boolean }

/**
 * Tarjan's algorithm, iterative so long refinement chains cannot overflow the stack. Maps each node
 * that leads somewhere to its component. A node that leads nowhere is a component of its own, on no
 * cycle, and is left out: most requirements refine and satisfy no requirement, and keeping a record
 * and a list for each of them was most of the cost.
 */
function stronglyConnectedComponents(nodes: readonly AstNode[], next: (node: AstNode) => readonly AstNode[]): Map<AstNode, AstNode[]> {
    // One map of visit records (three maps and a set before): most requirements refine nothing, so the
    // bookkeeping per node, not the graph walk, was the cost.
    const visits = new Map<AstNode, Visit>();
    const stack: AstNode[] = [];
    const component = new Map<AstNode, AstNode[]>();
    const work: Array<{ node: AstNode; visit: Visit; successors: readonly AstNode[]; position: number }> = [];
    let counter = 0;
    const open = (node: AstNode, successors = next(node)) => {
        const visit: Visit = { index: counter, low: counter, onStack: true };
        counter++;
        visits.set(node, visit);
        stack.push(node);
        work.push({ node, visit, successors, position: 0 });
    };
    for (const start of nodes) {
        if (visits.has(start)) continue;
        const successors = next(start);
        if (successors.length === 0) continue;
        open(start, successors);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.position < frame.successors.length) {
                const successor = frame.successors[frame.position++];
                const seen = visits.get(successor);
                if (seen) {
                    if (seen.onStack) frame.visit.low = Math.min(frame.visit.low, seen.index);
                    continue;
                }
                // A node that leads nowhere can never reach back to the path: nothing to open.
                const further = next(successor);
                if (further.length > 0) open(successor, further);
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].visit;
                parent.low = Math.min(parent.low, frame.visit.low);
            }
            if (frame.visit.low === frame.visit.index) {
                const members: AstNode[] = [];
                let member: AstNode;
                do {
                    member = stack.pop()!;
                    visits.get(member)!.onStack = false;
                    members.push(member);
                } while (member !== frame.node);
                members.reverse();
                for (const m of members) component.set(m, members);
            }
        }
    }
    return component;
}
