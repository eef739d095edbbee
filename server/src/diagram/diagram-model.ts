import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';

/** The elements of a whole workspace, grouped by kind, in declaration order: what the diagram reads. */
export interface DiagramModel {
    readonly entities: ast.Entity[];
    readonly relationships: ast.Relationship[];
    readonly enums: ast.Enum[];
    readonly goals: ast.Goal[];
    readonly stories: ast.Story[];
    readonly requirements: ast.Requirement[];
    readonly stakeholders: ast.Stakeholder[];
}

export function collectDiagramModel(documents: Iterable<LangiumDocument>): DiagramModel {
    const model: DiagramModel = { entities: [], relationships: [], enums: [], goals: [], stories: [], requirements: [], stakeholders: [] };
    for (const document of documents) {
        const root = document.parseResult.value as ast.Model;
        for (const element of root.elements ?? []) {
            if (!element.name) continue;
            if (ast.isEntity(element)) model.entities.push(element);
            else if (ast.isRelationship(element)) model.relationships.push(element);
            else if (ast.isEnum(element)) model.enums.push(element);
            else if (ast.isGoal(element)) model.goals.push(element);
            else if (ast.isStory(element)) model.stories.push(element);
            else if (ast.isRequirement(element)) model.requirements.push(element);
            else if (ast.isStakeholder(element)) model.stakeholders.push(element);
        }
    }
    return model;
}

/** The entities at the two ends of a relationship (one if it is reflexive, none while unresolved). */
export function endsOf(relationship: ast.Relationship): ast.Entity[] {
    const ends = [relationship.source?.entity?.ref, relationship.target?.entity?.ref].filter((e): e is ast.Entity => !!e);
    return [...new Set(ends)];
}
