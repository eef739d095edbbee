/**
 * The DSDM budget: must-haves should take no more than about 60% of a release. Counted by effort
 * when every prioritised item of the release declares one, otherwise by number of items. Stories and
 * requirements are separate backlogs (`kind`): requirements usually refine stories, so counting both
 * together would count the same scope twice.
 */
export interface PrioritisedItem {
    kind: string;
    priority?: string;
    release?: string;
    effort?: number;
}

export interface BudgetExcess<T> {
    kind: string;
    /** The release, or undefined for the items that name no release. */
    release: string | undefined;
    basis: 'count' | 'effort';
    must: number;
    total: number;
    percent: number;
    /** The first must-have of the release, in the order given: where the warning is shown. */
    anchor: T;
}

/** Below this many prioritised items a percentage says little (3 musts of 4 is not a habit yet). */
export const minimumItemsForBudget = 5;

export function releasesOverBudget<T extends PrioritisedItem>(items: readonly T[], limitPercent: number): Array<BudgetExcess<T>> {
    const backlogs = new Map<string, { kind: string; release: string | undefined; items: T[] }>();
    for (const item of items) {
        if (!item.priority) continue;
        const key = JSON.stringify([item.kind, item.release ?? null]);
        const backlog = backlogs.get(key) ?? { kind: item.kind, release: item.release, items: [] };
        backlog.items.push(item);
        backlogs.set(key, backlog);
    }
    const excesses: Array<BudgetExcess<T>> = [];
    for (const { kind, release, items: group } of backlogs.values()) {
        if (group.length < minimumItemsForBudget) continue;
        const byEffort = group.every(item => item.effort !== undefined && item.effort > 0);
        const weight = (item: T) => byEffort ? item.effort ?? 0 : 1;
        const total = group.reduce((sum, item) => sum + weight(item), 0);
        const musts = group.filter(item => item.priority === 'must');
        const must = musts.reduce((sum, item) => sum + weight(item), 0);
        const percent = total > 0 ? (must / total) * 100 : 0;
        if (percent > limitPercent && musts.length > 0) {
            excesses.push({ kind, release, basis: byEffort ? 'effort' : 'count', must, total, percent: Math.round(percent), anchor: musts[0] });
        }
    }
    return excesses;
}
