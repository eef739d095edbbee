import type { AstNode } from 'langium';
import type { Goal } from '../generated/ast.js';
import { isRequirement, isStory } from '../generated/ast.js';
import type { TraceGraph, TraceSource } from './trace-graph.js';

/**
 * Transitive questions over the trace graph, memoised per graph. Cycles (reported by their own rule)
 * are cut where they close, so every question terminates.
 */
export class TraceReach {
    private readonly goalMemo = new Map<AstNode, readonly Goal[]>();
    private readonly dataMemo = new Map<AstNode, boolean>();
    private readonly realisedMemo = new Map<Goal, boolean>();

    constructor(private readonly graph: TraceGraph) {}

    /**
     * The goals a story or requirement serves: those it realises, plus those of whatever it satisfies
     * or refines (R1 satisfies US1, US1 realizes G1: R1 serves G1).
     */
    goalsOf(item: TraceSource): readonly Goal[] {
        return this.goalsReached(item, new Set());
    }

    /** A goal is realised by a story or requirement, or through a sub-goal (`parent G`) that is. */
    isRealised(goal: Goal): boolean {
        return this.realised(goal, new Set());
    }

    /**
     * Whether an item says which data it is about: its own `traces` / `uses`, or those of a
     * requirement that details it (satisfies or refines it).
     */
    hasData(item: TraceSource): boolean {
        return this.data(item, new Set());
    }

    private goalsReached(item: AstNode, visiting: Set<AstNode>): readonly Goal[] {
        const known = this.goalMemo.get(item);
        if (known) return known;
        if (visiting.has(item)) return [];
        visiting.add(item);
        const goals = new Set<Goal>();
        for (const link of this.graph.outgoing(item, ['realizes'])) goals.add(link.target as Goal);
        for (const link of this.graph.outgoing(item, ['satisfies', 'refines'])) {
            for (const goal of this.goalsReached(link.target, visiting)) goals.add(goal);
        }
        visiting.delete(item);
        const result = [...goals];
        this.goalMemo.set(item, result);
        return result;
    }

    private realised(goal: Goal, visiting: Set<Goal>): boolean {
        const known = this.realisedMemo.get(goal);
        if (known !== undefined) return known;
        if (visiting.has(goal)) return false;
        visiting.add(goal);
        const result = this.graph.incoming(goal, ['realizes']).length > 0
            || this.graph.subGoalsOf(goal).some(sub => this.realised(sub, visiting));
        visiting.delete(goal);
        this.realisedMemo.set(goal, result);
        return result;
    }

    private data(item: AstNode, visiting: Set<AstNode>): boolean {
        const known = this.dataMemo.get(item);
        if (known !== undefined) return known;
        if (visiting.has(item)) return false;
        visiting.add(item);
        const own = (isRequirement(item) && item.traces.length > 0) || (isStory(item) && item.uses.length > 0);
        const result = own || this.graph.incoming(item, ['satisfies', 'refines']).some(link => this.data(link.source, visiting));
        visiting.delete(item);
        this.dataMemo.set(item, result);
        return result;
    }
}
