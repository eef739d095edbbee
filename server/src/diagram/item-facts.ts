import type { DiagramModel } from './diagram-model.js';

/** What the Trace tab filters on that the trace matrix does not carry: stakeholders and lifecycle status per story / requirement. */
export interface ItemFacts {
    stakeholders: string[];
    status?: string;
}

/**
 * A story's stakeholders are its `as` role and the owners of the goals it realizes; a requirement's
 * its `source`, the owners of its goals and the stakeholders of the stories it satisfies.
 */
export function itemFacts(model: DiagramModel): Record<string, ItemFacts> {
    const facts: Record<string, ItemFacts> = {};
    const owners = (goals: ReadonlyArray<{ ref?: { owner?: { ref?: { name: string } } } }>): string[] =>
        goals.map(goal => goal.ref?.owner?.ref?.name).filter((n): n is string => !!n);
    for (const story of model.stories) {
        facts[story.name] = { stakeholders: unique([story.role?.ref?.name, ...owners(story.realizes)]) };
    }
    for (const requirement of model.requirements) {
        const fromSatisfied = requirement.satisfies.flatMap(s => (s.ref && facts[s.ref.name]?.stakeholders) ?? []);
        facts[requirement.name] = {
            stakeholders: unique([requirement.source?.ref?.name, ...owners(requirement.realizes), ...fromSatisfied]),
            status: requirement.status
        };
    }
    return facts;
}

function unique(names: Array<string | undefined>): string[] {
    return [...new Set(names.filter((n): n is string => !!n))];
}
