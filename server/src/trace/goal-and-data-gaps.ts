import type { Goal, Requirement, Story } from '../generated/ast.js';
import { isRequirement } from '../generated/ast.js';
import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import type { TraceIndex } from './trace-index.js';

/** Goals nobody realises; must/should items that serve no goal; functional items that name no data. */
export function findGoalAndDataGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    for (const goal of index.graph.goals) {
        if (!options.isExempt(goal.name) && !index.isRealised(goal)) gaps.push(unrealisedGoal(goal));
    }
    for (const item of [...index.graph.stories, ...index.graph.requirements]) {
        if (options.isExempt(item.name)) continue;
        if ((item.priority === 'must' || item.priority === 'should') && !index.servesAGoal(item)) {
            gaps.push(withoutGoal(item));
        }
        const needsData = !isRequirement(item) || item.kind === 'functional';
        if (needsData && !index.hasData(item)) gaps.push(withoutData(item));
    }
    return gaps;
}

function unrealisedGoal(goal: Goal): CoverageGap {
    return {
        ruleId: 'unrealized-goal', element: goal.name, node: goal, property: 'name',
        message: `No story or requirement realises goal '${goal.name}'. Add \`realizes ${goal.name}\` to the stories or requirements that deliver it, or remove the goal.`
    };
}

function withoutGoal(item: Story | Requirement): CoverageGap {
    const what = isRequirement(item) ? 'Requirement' : 'Story';
    const via = isRequirement(item) ? ', or `satisfies` a story that realises one' : '';
    return {
        ruleId: 'item-without-goal', element: item.name, node: item, property: 'name',
        message: `${what} '${item.name}' is a ${item.priority} but serves no goal. Add \`realizes <goal>\`${via}; if no goal needs it, lower its priority.`
    };
}

function withoutData(item: Story | Requirement): CoverageGap {
    const message = isRequirement(item)
        ? `Functional requirement '${item.name}' names no data. Add \`traces <Entity>\` or \`traces <Entity.attribute>\` for the data it reads or writes (or let a requirement that refines it do so).`
        : `Story '${item.name}' names no data. Add \`uses <Entity>(create, read, update, delete)\` for what it works with (or let a requirement that satisfies it trace the data).`;
    return { ruleId: 'item-without-data', element: item.name, node: item, property: 'name', message };
}
