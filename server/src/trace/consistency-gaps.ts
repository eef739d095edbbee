import type { AstNode } from 'langium';
import type { Requirement } from '../generated/ast.js';
import type { CoverageGap } from './coverage-gap.js';
import type { TraceGraph, TraceLink } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

const priorityRank: Record<string, number> = { must: 4, should: 3, could: 2, wont: 1 };

/** Cycles in refines/satisfies, and conflicts that nobody resolved. */
export function findConsistencyGaps(index: TraceIndex): CoverageGap[] {
    return [...findCycles(index.graph), ...findConflicts(index.graph)];
}

/** Every refines/satisfies link inside a strongly connected component closes a cycle: report each. */
function findCycles(graph: TraceGraph): CoverageGap[] {
    const kinds = ['refines', 'satisfies'] as const;
    const component = stronglyConnectedComponents(graph.requirements, node => graph.outgoing(node, kinds).map(l => l.target));
    const gaps: CoverageGap[] = [];
    for (const requirement of graph.requirements) {
        for (const link of graph.outgoing(requirement, kinds)) {
            const members = component.get(requirement);
            if (!members || component.get(link.target) !== members) continue;
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

function findConflicts(graph: TraceGraph): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    for (const requirement of graph.requirements) {
        for (const link of graph.outgoing(requirement, ['conflicts'])) {
            if (link.target === requirement) {
                gaps.push({ ruleId: 'self-conflict', element: requirement.name, ...at(link),
                    message: `'${requirement.name}' conflicts with itself. Remove it from its own \`conflicts\` list; if it contradicts itself, split it into two requirements.` });
            }
        }
        if (requirement.status === 'rejected') continue;
        // A conflict holds both ways, whichever side declared it.
        const declared = graph.outgoing(requirement, ['conflicts']);
        const received = graph.incoming(requirement, ['conflicts']).filter(link => !declared.some(d => d.target === link.source));
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

/** Tarjan's algorithm, iterative so long refinement chains cannot overflow the stack. Maps each node to its component. */
function stronglyConnectedComponents(nodes: readonly AstNode[], next: (node: AstNode) => AstNode[]): Map<AstNode, AstNode[]> {
    const indexOf = new Map<AstNode, number>();
    const low = new Map<AstNode, number>();
    const onStack = new Set<AstNode>();
    const stack: AstNode[] = [];
    const component = new Map<AstNode, AstNode[]>();
    let counter = 0;
    for (const start of nodes) {
        if (indexOf.has(start)) continue;
        const work: Array<{ node: AstNode; successors: AstNode[]; position: number }> = [];
        const open = (node: AstNode) => {
            indexOf.set(node, counter); low.set(node, counter); counter++;
            stack.push(node); onStack.add(node);
            work.push({ node, successors: next(node), position: 0 });
        };
        open(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.position < frame.successors.length) {
                const successor = frame.successors[frame.position++];
                if (!indexOf.has(successor)) open(successor);
                else if (onStack.has(successor)) low.set(frame.node, Math.min(low.get(frame.node)!, indexOf.get(successor)!));
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) === indexOf.get(frame.node)) {
                const members: AstNode[] = [];
                let member: AstNode;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    members.push(member);
                } while (member !== frame.node);
                members.reverse();
                for (const m of members) component.set(m, members);
            }
        }
    }
    return component;
}
