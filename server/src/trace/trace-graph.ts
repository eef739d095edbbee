import type { AstNode } from 'langium';
import type { Attribute, Entity, Goal, Relationship, Requirement, Story } from '../generated/ast.js';
import type { NodeRebinding } from '../language/incremental/node-rebinding.js';

/** Elements that hold traces: they realise goals and point at data. */
export type TraceSource = Story | Requirement;
/** Elements that need a justification: the data model. */
export type DataElement = Entity | Attribute | Relationship;

export type LinkKind = 'realizes' | 'satisfies' | 'refines' | 'traces' | 'uses' | 'conflicts' | 'depends' | 'parent';

/**
 * One resolved trace link, e.g. `R1 traces Incident.priority`. `at` names the reference in the text
 * (node, property, index) so diagnostics, code lenses and quick fixes can point at it.
 */
export interface TraceLink {
    readonly kind: LinkKind;
    readonly source: Goal | TraceSource;
    readonly target: AstNode;
    readonly at: { readonly node: AstNode; readonly property: string; readonly index?: number };
    /** For `uses`: the CRUD operations named, e.g. ['create', 'read']. */
    readonly operations?: readonly string[];
}

/**
 * The trace links of one workspace state in both directions. Built once (see TraceIndex), then
 * every question is a map lookup, so a whole-workspace validation pass stays linear.
 */
export class TraceGraph {
    readonly goals: Goal[] = [];
    readonly stories: Story[] = [];
    readonly requirements: Requirement[] = [];
    readonly entities: Entity[] = [];
    readonly relationships: Relationship[] = [];
    /** Links by kind, then by end: a query for one or two kinds touches only those lists, without filtering. */
    private readonly outgoingLinks = new Map<LinkKind, Map<AstNode, TraceLink[]>>();
    private readonly incomingLinks = new Map<LinkKind, Map<AstNode, TraceLink[]>>();
    /**
     * Every link of a kind, in the order they were added (source by source, in workspace order): a
     * whole-workspace reader such as the SQL provenance walks one list instead of looking each
     * source up in a map. Rebinding changes the link objects in place, so the order stays.
     */
    private readonly linksByKind = new Map<LinkKind, TraceLink[]>();
    /** Sub-goals by parent goal (`goal G2 { parent G1 }`). */
    private readonly childGoals = new Map<Goal, Goal[]>();

    addLink(link: TraceLink): void {
        push(byKind(this.outgoingLinks, link.kind), link.source, link);
        push(byKind(this.incomingLinks, link.kind), link.target, link);
        push(this.linksByKind, link.kind, link);
        if (link.kind === 'parent') push(this.childGoals, link.target as Goal, link.source as Goal);
    }

    outgoing(node: AstNode, kinds: readonly LinkKind[] = allKinds): readonly TraceLink[] {
        return collect(this.outgoingLinks, node, kinds);
    }

    incoming(node: AstNode, kinds: readonly LinkKind[] = allKinds): readonly TraceLink[] {
        return collect(this.incomingLinks, node, kinds);
    }

    /** All links of one kind, in the order they were added (read-only). */
    linksOf(kind: LinkKind): readonly TraceLink[] {
        return this.linksByKind.get(kind) ?? none;
    }

    subGoalsOf(goal: Goal): readonly Goal[] {
        return this.childGoals.get(goal) ?? [];
    }

    /**
     * Swaps replaced nodes after a prose-only edit: the graph is then the one a fresh build would give.
     * Costs the links of the replaced nodes, and a root check per element of the lists. (Holding the
     * rebinding for later would keep every replaced tree alive until then.)
     */
    rebind(rebinding: NodeRebinding): void {
        for (const list of [this.goals, this.stories, this.requirements, this.entities, this.relationships] as AstNode[][]) rebinding.rebindTopLevel(list);
        const rebound = new Set<TraceLink>();
        const linkMaps = [...this.outgoingLinks.values(), ...this.incomingLinks.values()];
        for (const [before, after] of rebinding.entries()) {
            if (!linkEndTypes.has(before.$type)) continue;
            for (const byNode of linkMaps) {
                const links = byNode.get(before);
                if (!links) continue;
                byNode.delete(before);
                byNode.set(after, links);
                for (const link of links) {
                    if (rebound.has(link)) continue;
                    rebound.add(link);
                    const mutable = link as { -readonly [K in keyof TraceLink]: TraceLink[K] };
                    mutable.source = rebinding.of(link.source);
                    mutable.target = rebinding.of(link.target);
                    mutable.at = { ...link.at, node: rebinding.of(link.at.node) };
                }
            }
            const children = this.childGoals.get(before as Goal);
            if (children) {
                this.childGoals.delete(before as Goal);
                this.childGoals.set(after as Goal, children);
            }
        }
        for (const children of this.childGoals.values()) {
            for (let i = 0; i < children.length; i++) children[i] = rebinding.of(children[i]);
        }
    }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

/** The node types a link starts or ends at: the only keys of the link maps. */
const linkEndTypes = new Set(['Goal', 'Story', 'Requirement', 'Entity', 'Relationship', 'Attribute']);

const allKinds: readonly LinkKind[] = ['realizes', 'satisfies', 'refines', 'traces', 'uses', 'conflicts', 'depends', 'parent'];
const none: readonly TraceLink[] = [];

function byKind(map: Map<LinkKind, Map<AstNode, TraceLink[]>>, kind: LinkKind): Map<AstNode, TraceLink[]> {
    let inner = map.get(kind);
    if (!inner) map.set(kind, inner = new Map());
    return inner;
}

function collect(map: Map<LinkKind, Map<AstNode, TraceLink[]>>, node: AstNode, kinds: readonly LinkKind[]): readonly TraceLink[] {
    let result: readonly TraceLink[] = none;
    let owned = false;
    for (const kind of kinds) {
        const links = map.get(kind)?.get(node);
        if (!links) continue;
        if (result.length === 0) {
            // One kind with links: hand out the stored list itself (read-only).
            result = links;
        } else {
            // Several: copy once, then append in place.
            const merged: TraceLink[] = owned ? result as TraceLink[] : [...result];
            for (const link of links) merged.push(link);
            result = merged;
            owned = true;
        }
    }
    return result;
}
