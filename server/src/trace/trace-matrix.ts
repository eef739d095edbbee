import * as ast from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import { displayName } from '../language/tracewright-naming.js';
import type { CoverageOptions } from './coverage-gap.js';
import type { DataElement, TraceSource } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';
import { sourceLocation, type FileNamer } from './trace-locations.js';
import type { CoverageStatus, CrudMatrix, DataRow, GapEntry, GoalRow, ItemRow, TraceMatrix } from './trace-matrix-types.js';

const crudLetters: Array<[string, string]> = [['create', 'C'], ['read', 'R'], ['update', 'U'], ['delete', 'D']];

/**
 * The traceability matrix of the workspace: goals, stories and requirements, data elements, the
 * CRUD matrix, and the gaps (already filtered by settings). A pure function of the index.
 */
export function buildTraceMatrix(index: TraceIndex, gaps: readonly GapEntry[], options: CoverageOptions, fileName: FileNamer): TraceMatrix {
    const withGaps = new Set(gaps.map(gap => gap.element));
    const statusOf = (name: string, exempt: boolean): CoverageStatus => withGaps.has(name) ? 'gap' : exempt ? 'exempt' : 'covered';
    const graph = index.graph;

    const goals: GoalRow[] = graph.goals.map(goal => ({
        name: goal.name,
        // Half-typed elements have no title yet (the parser reported it); the matrix still renders.
        title: goal.title ?? '',
        realisedBy: index.realisersOf(goal).map(item => item.name),
        subGoals: graph.subGoalsOf(goal).map(sub => sub.name),
        status: statusOf(goal.name, options.isExempt(goal.name)),
        location: sourceLocation(goal, fileName)
    }));

    const items: ItemRow[] = [...graph.stories, ...graph.requirements].map(item => ({
        name: item.name,
        kind: ast.isStory(item) ? 'story' : 'requirement',
        text: (ast.isStory(item) ? item.title : item.statement) ?? '',
        ...(ast.isRequirement(item) ? { requirementKind: item.kind } : {}),
        ...(item.priority ? { priority: item.priority } : {}),
        goals: index.goalsOf(item).map(goal => goal.name),
        data: unique(index.tracesOf(item).map(link => displayName(link.target) ?? '?')),
        detailedBy: index.detailsOf(item).map(detail => detail.name),
        status: statusOf(item.name, options.isExempt(item.name)),
        location: sourceLocation(item, fileName)
    }));

    const data: DataRow[] = [];
    for (const owner of [...graph.entities, ...graph.relationships]) {
        data.push(dataRow(index, owner, statusOf(owner.name, options.isExempt(owner.name)), fileName));
        for (const attribute of owner.attributes) {
            const name = displayName(attribute) ?? attribute.name;
            const exempt = options.isExempt(owner.name) || options.isExempt(name) || (options.exemptKeys && hasFlag(attribute, 'pk'));
            data.push(dataRow(index, attribute, statusOf(name, exempt), fileName));
        }
    }

    return {
        version: 1,
        summary: {
            goals: goals.length,
            goalsRealised: graph.goals.filter(goal => index.isRealised(goal)).length,
            items: items.length,
            itemsServingGoals: items.filter(item => item.goals.length > 0).length,
            dataElements: data.length,
            dataJustified: data.filter(row => row.justifiedBy.length > 0).length,
            gaps: gaps.length
        },
        goals, items, data,
        crud: crudMatrix(index),
        gaps: [...gaps]
    };
}

function dataRow(index: TraceIndex, element: DataElement, status: CoverageStatus, fileName: FileNamer): DataRow {
    return {
        name: displayName(element) ?? '?',
        kind: ast.isEntity(element) ? 'entity' : ast.isAttribute(element) ? 'attribute' : 'relationship',
        justifiedBy: index.justificationsOf(element).map((source: TraceSource) => source.name),
        goals: index.goalsJustifying(element).map(goal => goal.name),
        status,
        location: sourceLocation(element, fileName)
    };
}

/** Stories that use entities × the entities stories use, in declaration order. */
function crudMatrix(index: TraceIndex): CrudMatrix {
    const entities = index.graph.entities.filter(entity => index.graph.incoming(entity, ['uses']).length > 0);
    // Per story, from its own `uses` links: a story × entity scan would be quadratic in large workspaces.
    const rows = index.graph.stories.filter(story => story.uses.length > 0).map(story => {
        const done = new Map<string, Set<string>>();
        for (const link of index.graph.outgoing(story, ['uses'])) {
            const name = (link.target as ast.Entity).name;
            done.set(name, new Set([...(done.get(name) ?? []), ...(link.operations ?? [])]));
        }
        const operations: Record<string, string> = {};
        for (const entity of entities) {
            const ops = done.get(entity.name);
            if (ops) operations[entity.name] = crudLetters.filter(([op]) => ops.has(op)).map(([, letter]) => letter).join('');
        }
        return { story: story.name, operations };
    });
    return { entities: entities.map(entity => entity.name), rows };
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}
