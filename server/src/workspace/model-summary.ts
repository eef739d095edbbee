import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';

export interface ModelSummary {
    files: number;
    stakeholders: number;
    goals: number;
    stories: number;
    requirements: number;
    entities: number;
    relationships: number;
    traces: number;
}

/** Counts what the workspace declares; `traces` counts every trace link a requirement or story makes. */
export function summarize(documents: readonly LangiumDocument[]): ModelSummary {
    const summary: ModelSummary = { files: documents.length, stakeholders: 0, goals: 0, stories: 0, requirements: 0, entities: 0, relationships: 0, traces: 0 };
    for (const document of documents) {
        const model = document.parseResult.value as ast.Model;
        for (const element of model.elements ?? []) {
            if (ast.isStakeholder(element)) summary.stakeholders++;
            else if (ast.isGoal(element)) summary.goals++;
            else if (ast.isStory(element)) {
                summary.stories++;
                summary.traces += element.uses.length + element.realizes.length;
            } else if (ast.isRequirement(element)) {
                summary.requirements++;
                summary.traces += element.traces.length + element.realizes.length + element.satisfies.length + element.refines.length;
            } else if (ast.isEntity(element)) summary.entities++;
            else if (ast.isRelationship(element)) summary.relationships++;
        }
    }
    return summary;
}
