import type { ValidationAcceptor } from 'langium';
import type { Requirement, Story } from '../../generated/ast.js';
import { releasesOverBudget } from '../../quality/must-budget.js';
import { report } from '../rules/report.js';
import type { RuleSettings } from '../rules/rule-settings.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * MoSCoW: the share of must-haves per release, and musts resting on won'ts. The budget is a property
 * of a whole release, so it is reported once, on the `priority` of the release's first must-have (in
 * file order): one warning per release, at a place where lowering a priority fixes it.
 */
export class MoscowValidator {
    constructor(private readonly facts: WorkspaceFacts, private readonly settings: RuleSettings) {}

    checkMustBudget(item: Story | Requirement, accept: ValidationAcceptor): void {
        if (item.priority !== 'must') return;
        const limit = this.settings.current.quality.mustBudgetPercent;
        const excesses = this.facts.cached(this.budgetKey(limit),
            () => new Map(releasesOverBudget(this.facts.prioritisedItems(), limit).map(e => [e.anchor.node, e])),
            (excesses, rebinding) => new Map([...excesses].map(([node, e]) => {
                const anchor = { ...e.anchor, node: rebinding.of(e.anchor.node) };
                return [anchor.node, { ...e, anchor }];
            })));
        const excess = excesses.get(item);
        if (!excess) return;
        const items = excess.kind === 'Story' ? 'stories' : 'requirements';
        const where = excess.release === undefined ? `The ${items} without a release` : `The ${items} of release "${excess.release}"`;
        const measure = excess.basis === 'effort' ? `${excess.must} of ${excess.total} effort points` : `${excess.must} of ${excess.total}`;
        report(accept, 'must-budget-exceeded', `${where}: must-haves are ${measure} (${excess.percent}%), above the ${limit}% budget. Move some to should or could so the priority still helps decide.`,
            { node: item, property: 'priority' });
    }

    private lastLimit?: number;
    private lastBudgetKey = '';

    /** The facts key of the budget, made once per limit: checkMustBudget runs for every must-have. */
    private budgetKey(limit: number): string {
        if (limit !== this.lastLimit) {
            this.lastLimit = limit;
            this.lastBudgetKey = `must-budget:${limit}`;
        }
        return this.lastBudgetKey;
    }

    checkMustDoesNotDependOnWont(requirement: Requirement, accept: ValidationAcceptor): void {
        if (requirement.priority !== 'must') return;
        requirement.dependsOn.forEach((dependency, index) => {
            if (dependency.ref?.priority === 'wont') {
                report(accept, 'must-depends-on-wont', `'${requirement.name}' is a must but depends on '${dependency.$refText}', which is marked wont. Raise the priority of '${dependency.$refText}' or drop the dependency.`,
                    { node: requirement, property: 'dependsOn', index });
            }
        });
    }
}
