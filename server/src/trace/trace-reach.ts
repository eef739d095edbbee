import type { AstNode } from 'langium';
import type { Goal } from '../generated/ast.js';
import { isRequirement, isStory } from '../generated/ast.js';
import type { LinkKind, TraceGraph, TraceLink, TraceSource } from './trace-graph.js';

const realizes: readonly LinkKind[] = ['realizes'];
/** The links by which a requirement details a story or requirement. */
const details: readonly LinkKind[] = ['satisfies', 'refines'];

/**
 * Transitive questions over the trace graph, memoised per graph. Cycles (reported by their own rule)
 * are cut where they close, so every question terminates.
 */
export class TraceReach {
    private readonly goalMemo = new Map<AstNode, readonly Goal[]>();
    private readonly dataMemo = new Map<AstNode, boolean>();
    private readonly realisedMemo = new Map<AstNode, boolean>();
    private readonly servesMemo = new Map<AstNode, boolean>();

    /** The path of the current walk. Walks do not nest, and each leaves it empty: one set for all of them. */
    private readonly visiting = new Set<AstNode>();

    constructor(private readonly graph: TraceGraph) {}

    /**
     * The goals a story or requirement serves: those it realises, plus those of whatever it satisfies
     * or refines (R1 satisfies US1, US1 realizes G1: R1 serves G1).
     */
    goalsOf(item: TraceSource): readonly Goal[] {
        return this.fromScratch(visiting => this.goalsReached(item, visiting));
    }

    /**
     * Whether goalsOf(item) would list any goal, without collecting them: the coverage rules ask
     * this of every must and should item, and most answer at their first `realizes` link or at the
     * story they satisfy.
     */
    servesAGoal(item: TraceSource): boolean {
        return this.fromScratch(visiting => this.serves(item, visiting));
    }

    /** A goal is realised by a story or requirement, or through a sub-goal (`parent G`) that is. */
    isRealised(goal: Goal): boolean {
        return this.fromScratch(visiting => this.realised(goal, visiting));
    }

    /**
     * Whether an item says which data it is about: its own `traces` / `uses`, or those of a
     * requirement that details it (satisfies or refines it).
     */
    hasData(item: TraceSource): boolean {
        return this.fromScratch(visiting => this.data(item, visiting));
    }

    private goalsReached(item: AstNode, visiting: Set<AstNode>): readonly Goal[] {
        // Remembered answers first, before walk's closure is made: most items are asked about more than once.
        const known = this.goalMemo.get(item);
        if (known !== undefined) return known;
        if (!visiting.has(item) && this.graph.outgoing(item, details).length === 0) {
            // Nothing to walk into (the usual case): what walk would compute and remember, without it.
            const goals = distinctTargets(this.graph.outgoing(item, realizes)) as Goal[];
            this.goalMemo.set(item, goals);
            return goals;
        }
        return this.walk(this.goalMemo, item, visiting, [], () => {
            const goals = new Set<Goal>();
            for (const link of this.graph.outgoing(item, realizes)) goals.add(link.target as Goal);
            for (const link of this.graph.outgoing(item, details)) {
                this.goalsReached(link.target, visiting).forEach(goal => goals.add(goal));
            }
            return [...goals];
        });
    }

    private serves(item: AstNode, visiting: Set<AstNode>): boolean {
        // The goals, when already collected, answer it; so does a remembered answer.
        const goals = this.goalMemo.get(item);
        if (goals !== undefined) return goals.length > 0;
        const known = this.servesMemo.get(item);
        if (known !== undefined) return known;
        if (!visiting.has(item) && this.graph.outgoing(item, realizes).length > 0) {
            this.servesMemo.set(item, true);
            return true;
        }
        // Everything reachable through satisfies/refines, as goalsReached walks it: a goal anywhere there is one of goalsOf.
        return this.walk(this.servesMemo, item, visiting, false, () =>
            this.graph.outgoing(item, realizes).length > 0 || this.graph.outgoing(item, details).some(link => this.serves(link.target, visiting)));
    }

    private realised(goal: Goal, visiting: Set<AstNode>): boolean {
        return this.walk(this.realisedMemo, goal, visiting, false, () =>
            this.graph.incoming(goal, realizes).length > 0 || this.graph.subGoalsOf(goal).some(sub => this.realised(sub, visiting)));
    }

    private data(item: AstNode, visiting: Set<AstNode>): boolean {
        const known = this.dataMemo.get(item);
        if (known !== undefined) return known;
        if (!visiting.has(item) && hasOwnData(item)) {
            // Its own traces or uses answer it (the usual case): what walk would compute and remember, without it.
            this.dataMemo.set(item, true);
            return true;
        }
        return this.walk(this.dataMemo, item, visiting, false, () => {
            return hasOwnData(item) || this.graph.incoming(item, details).some(link => this.data(link.source, visiting));
        });
    }

    /** Starts a walk: no node on its path yet, nothing cut short. */
    private fromScratch<T>(run: (visiting: Set<AstNode>) => T): T {
        this.cutShort = false;
        this.visiting.clear();
        return run(this.visiting);
    }

    /** Set when the current walk met a node already on its path (a cycle, reported by its own rule). */
    private cutShort = false;

    /**
     * Depth-first with a memo. A result computed below a cut cycle may miss what lies beyond the cut,
     * so it is returned but not remembered; the node asked about first still sees the whole cycle.
     */
    private walk<N extends AstNode, T>(memo: Map<N, T>, node: N, visiting: Set<AstNode>, onCycle: T, compute: () => T): T {
        const known = memo.get(node);
        if (known !== undefined) return known;
        if (visiting.has(node)) {
            this.cutShort = true;
            return onCycle;
        }
        const cutBefore = this.cutShort;
        this.cutShort = false;
        visiting.add(node);
        const result = compute();
        visiting.delete(node);
        if (!this.cutShort) memo.set(node, result);
        this.cutShort = this.cutShort || cutBefore;
        return result;
    }
}

function hasOwnData(item: AstNode): boolean {
    return (isRequirement(item) && item.traces.length > 0) || (isStory(item) && item.uses.length > 0);
}

/** The links' targets, each once, in order of first appearance (as a Set collects them). */
function distinctTargets(links: readonly TraceLink[]): AstNode[] {
    if (links.length === 0) return [];
    if (links.length === 1) return [links[0].target];
    return [...new Set(links.map(link => link.target))];
}
