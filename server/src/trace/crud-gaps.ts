import type { Entity, EntityUse, Story } from '../generated/ast.js';
import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import { isAttributeTraced } from './justification-gaps.js';
import type { LinkKind } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

const traces: readonly LinkKind[] = ['traces'];

/**
 * CRUD coverage. A story that creates an entity needs a requirement saying what is recorded; and once
 * a workspace describes data through stories at all, every entity should be created and read by one.
 * (A workspace without any `uses` has chosen requirements-only tracing: no CRUD gaps then.)
 */
export function findCrudGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    let storiesUseData = false;
    for (const entity of index.graph.entities) {
        const uses = index.graph.incoming(entity, ['uses']);
        if (uses.length > 0) storiesUseData = true;
        if (options.isExempt(entity.name)) continue;
        // A `traces` among its justification links: a trace of the entity or of one of its attributes.
        const traced = index.graph.incoming(entity, traces).length > 0 || isAttributeTraced(index.graph, entity);
        for (const link of uses) {
            const story = link.source as Story;
            if (!traced && link.operations?.includes('create') && !options.isExempt(story.name)) {
                gaps.push(createdButUntraced(story, entity, link.at.node as EntityUse));
            }
        }
    }
    if (!storiesUseData) return gaps;
    for (const entity of index.graph.entities) {
        if (options.isExempt(entity.name)) continue;
        const operations = new Set([...index.operationsOn(entity).values()].flatMap(ops => [...ops]));
        if (!operations.has('create')) gaps.push(neverDone(entity, 'create'));
        if (!operations.has('read')) gaps.push(neverDone(entity, 'read'));
    }
    return gaps;
}

function createdButUntraced(story: Story, entity: Entity, use: EntityUse): CoverageGap {
    return {
        ruleId: 'created-entity-untraced', element: story.name, node: use, property: 'entity',
        message: `Story '${story.name}' creates '${entity.name}', but no requirement traces ${entity.name}, so nothing says what is recorded. Add \`traces ${entity.name}\` (or its attributes) to a requirement that satisfies ${story.name}.`
    };
}

function neverDone(entity: Entity, operation: 'create' | 'read'): CoverageGap {
    const message = operation === 'create'
        ? `No story creates '${entity.name}'. Add \`uses ${entity.name}(create)\` to the story that records it; if it is reference data loaded another way, add it to tracewright.coverage.exemptions.`
        : `No story reads '${entity.name}'. Add \`uses ${entity.name}(read)\` to the story that shows or uses it; data nobody reads need not be stored.`;
    return { ruleId: operation === 'create' ? 'entity-never-created' : 'entity-never-read', element: entity.name, node: entity, property: 'name', message };
}
