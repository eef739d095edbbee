import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { endsOf, type DiagramModel } from './diagram-model.js';

/** What one goal, story, requirement or stakeholder reaches in the data model. */
export interface TracedData {
    readonly entities: Set<ast.Entity>;
    readonly attributes: Set<ast.Attribute>;
    readonly relationships: Set<ast.Relationship>;
}

export type TraceFocus = ast.Goal | ast.Story | ast.Requirement | ast.Stakeholder;

/**
 * Follows the traces from one analysis element down to the data model, computed from the AST:
 * stakeholder → goals it owns, stories told by it, requirements it is the source of;
 * goal → sub-goals, stories and requirements realizing it; story → entities it uses and requirements
 * satisfying it; requirement → what it traces and the requirements refining it.
 * (Built per request from the linked AST; if the trace index service grows the same queries, this is the seam to swap.)
 */
export class DiagramTraces {
    private readonly realizersOf = new Map<ast.Goal, Array<ast.Story | ast.Requirement>>();
    private readonly subGoalsOf = new Map<ast.Goal, ast.Goal[]>();
    private readonly satisfiersOf = new Map<ast.Story | ast.Requirement, ast.Requirement[]>();
    private readonly refinersOf = new Map<ast.Requirement, ast.Requirement[]>();

    constructor(private readonly model: DiagramModel) {
        for (const goal of model.goals) {
            const parent = goal.parent?.ref;
            if (parent) push(this.subGoalsOf, parent, goal);
        }
        for (const story of model.stories) {
            for (const goal of story.realizes) if (goal.ref) push(this.realizersOf, goal.ref, story);
        }
        for (const requirement of model.requirements) {
            for (const goal of requirement.realizes) if (goal.ref) push(this.realizersOf, goal.ref, requirement);
            for (const target of requirement.satisfies) if (target.ref) push(this.satisfiersOf, target.ref, requirement);
            for (const parent of requirement.refines) if (parent.ref) push(this.refinersOf, parent.ref, requirement);
        }
    }

    tracedBy(focus: TraceFocus): TracedData {
        const traced: TracedData = { entities: new Set(), attributes: new Set(), relationships: new Set() };
        const visited = new Set<AstNode>();
        const visit = (node: AstNode): void => {
            if (visited.has(node)) return;
            visited.add(node);
            if (ast.isStakeholder(node)) {
                for (const goal of this.model.goals) if (goal.owner?.ref === node) visit(goal);
                for (const story of this.model.stories) if (story.role?.ref === node) visit(story);
                for (const requirement of this.model.requirements) if (requirement.source?.ref === node) visit(requirement);
            } else if (ast.isGoal(node)) {
                for (const child of this.subGoalsOf.get(node) ?? []) visit(child);
                for (const realizer of this.realizersOf.get(node) ?? []) visit(realizer);
            } else if (ast.isStory(node)) {
                for (const use of node.uses) if (use.entity?.ref) traced.entities.add(use.entity.ref);
                for (const requirement of this.satisfiersOf.get(node) ?? []) visit(requirement);
            } else if (ast.isRequirement(node)) {
                for (const trace of node.traces) addTrace(traced, trace);
                for (const requirement of this.satisfiersOf.get(node) ?? []) visit(requirement);
                for (const requirement of this.refinersOf.get(node) ?? []) visit(requirement);
            }
        };
        visit(focus);
        return traced;
    }

    /**
     * Entities that no story uses and no requirement traces (itself or one of its attributes), unless
     * exempted in settings: the same rule as the `unjustified-entity` diagnostic, so the diagram marks
     * exactly the entities the Problems view warns about.
     */
    unjustifiedEntities(isExempt: (name: string) => boolean = () => false): Set<ast.Entity> {
        const justified = new Set<ast.Entity>();
        for (const story of this.model.stories) {
            for (const use of story.uses) if (use.entity?.ref) justified.add(use.entity.ref);
        }
        for (const requirement of this.model.requirements) {
            for (const trace of requirement.traces) {
                const target = trace.element?.ref;
                if (ast.isEntity(target)) justified.add(target);
            }
        }
        return new Set(this.model.entities.filter(entity => !justified.has(entity) && !isExempt(entity.name)));
    }
}

function addTrace(traced: TracedData, trace: ast.TraceRef): void {
    const target = trace.element?.ref;
    if (ast.isEntity(target)) {
        traced.entities.add(target);
        const attribute = trace.attribute?.ref;
        if (attribute) traced.attributes.add(attribute);
    } else if (ast.isRelationship(target)) {
        traced.relationships.add(target);
        endsOf(target).forEach(entity => traced.entities.add(entity));
    }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}
