import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { displayName } from '../language/tracewright-naming.js';
import type { DataElement, TraceSource } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

/**
 * The one-paragraph trace summary of an element, shown in its hover, e.g. on `Incident.priority`:
 * "justified by R1 (must), US1; goal G1". Undefined for nodes that take no part in tracing.
 */
export function traceSummary(index: TraceIndex, node: AstNode): string | undefined {
    let lines: string[] | undefined;
    if (ast.isGoal(node)) lines = goalSummary(index, node);
    else if (ast.isStory(node) || ast.isRequirement(node)) lines = itemSummary(index, node);
    else if (ast.isEntity(node) || ast.isAttribute(node) || ast.isRelationship(node)) lines = dataSummary(index, node);
    return lines ? `**Traces:** ${lines.join('  \n')}` : undefined;
}

/** `R1 (must)`: an item with its priority, the way the matrix and hovers name it. */
export function itemLabel(item: TraceSource): string {
    return item.priority ? `${item.name} (${item.priority})` : item.name;
}

function goalSummary(index: TraceIndex, goal: ast.Goal): string[] {
    const realisers = index.realisersOf(goal);
    const lines = [realisers.length > 0 ? `realised by ${realisers.map(itemLabel).join(', ')}` : 'realised by no story or requirement yet'];
    const subGoals = index.graph.subGoalsOf(goal);
    if (subGoals.length > 0) lines.push(`sub-goals ${subGoals.map(g => g.name).join(', ')}`);
    return lines;
}

function itemSummary(index: TraceIndex, item: TraceSource): string[] {
    const goals = index.goalsOf(item);
    const lines = [goals.length > 0 ? `serves ${plural('goal', goals.length)} ${goals.map(g => g.name).join(', ')}` : 'serves no goal'];
    const data = index.tracesOf(item).map(link => link.kind === 'uses'
        ? `${displayName(link.target)} (${link.operations?.join(', ')})`
        : displayName(link.target) ?? '?');
    lines.push(data.length > 0 ? `${ast.isStory(item) ? 'uses' : 'traces'} ${data.join(', ')}` : 'names no data');
    const details = index.detailsOf(item);
    if (details.length > 0) lines.push(`detailed by ${details.map(itemLabel).join(', ')}`);
    return lines;
}

function dataSummary(index: TraceIndex, element: DataElement): string[] {
    const justifications = index.justificationsOf(element);
    if (justifications.length === 0) return ['justified by no requirement or story'];
    // The stories those requirements satisfy justify the element too, one step removed: R1 (must), US1.
    const stories = justifications.flatMap(source => index.graph.outgoing(source, ['satisfies']).map(link => link.target as TraceSource));
    const named = [...new Set([...justifications, ...stories])];
    const goals = index.goalsJustifying(element);
    const goalText = goals.length > 0 ? `; ${plural('goal', goals.length)} ${goals.map(g => g.name).join(', ')}` : '';
    const lines = [`justified by ${named.map(itemLabel).join(', ')}${goalText}`];
    if (ast.isEntity(element)) {
        const crud = [...index.operationsOn(element)].map(([story, ops]) => `${story.name} ${[...ops].join('/')}`);
        if (crud.length > 0) lines.push(`stories: ${crud.join(', ')}`);
    }
    return lines;
}

function plural(word: string, count: number): string {
    return count === 1 ? word : `${word}s`;
}
