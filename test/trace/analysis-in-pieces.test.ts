import { OperationCancelled, setInterruptionPeriod } from 'langium';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { buildTraceGraph } from '../../server/src/trace/build-trace-graph.js';
import { CoverageAnalysis } from '../../server/src/trace/coverage-analysis.js';
import type { CoverageGap } from '../../server/src/trace/coverage-gap.js';
import { findCoverageGaps } from '../../server/src/trace/coverage-gaps.js';
import { TraceIndex } from '../../server/src/trace/trace-index.js';
import type { LinkKind, TraceGraph } from '../../server/src/trace/trace-graph.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';

// Gaps of every family: an unrealised goal, an unjustified entity and attribute, a story that
// creates nothing it uses, a requirement with no data, a satisfies cycle.
const files = {
    'analysis.req': `goal G1 "Restore service quickly"
goal G2 "Learn from failures" { parent G1 }
goal G3 "Nobody realises this"
story US1 "Log an incident" { realizes G1 priority must uses Incident(read) }
requirement R1 functional "Record the priority." { priority must satisfies US1 traces Incident.priority, Affects }
requirement R2 functional "Group by priority." { priority should satisfies R3 }
requirement R3 functional "Sort by priority." { priority should satisfies R2 traces Incident }`,
    'model.req': `enum Priority { P1 P2 }
entity Incident { id: int pk auto  priority: Priority  notes: text }
entity Service { id: int pk auto  name: text }
relationship Affects: Incident * -- 1 Service`
};

const summary = (gaps: readonly CoverageGap[]) => gaps.map(gap => `${gap.ruleId} ${gap.element}: ${gap.message}`);
const kinds: LinkKind[] = ['realizes', 'satisfies', 'refines', 'traces', 'uses', 'conflicts', 'depends', 'parent'];
const links = (graph: TraceGraph) => kinds.flatMap(kind => graph.linksOf(kind).map(link => `${kind} ${(link.source as { name: string }).name} -> ${link.target.$type}`));

/** A trace index and a coverage analysis of their own over a built workspace: nothing computed yet. */
function freshAnalyses(ws: TestWorkspace): { index: TraceIndex; coverage: CoverageAnalysis } {
    const index = new TraceIndex(ws.Tracewright);
    return { index, coverage: new CoverageAnalysis(index, ws.Tracewright.rules.RuleSettings, ws.shared) };
}

/** How many turns of the event loop other work got while `action` ran. */
async function turnsDuring(action: () => Promise<void>): Promise<number> {
    let turns = 0;
    let running = true;
    const turn = () => { if (running) { turns++; setImmediate(turn); } };
    setImmediate(turn);
    try {
        await action();
    } finally {
        running = false;
    }
    return turns;
}

describe('whole-workspace analyses worked out in pieces, so other requests get in between', () => {
    // Every look at the clock yields, as it does in a big workspace where each piece takes long.
    beforeEach(() => setInterruptionPeriod(0));
    afterEach(() => setInterruptionPeriod(10));

    test('the coverage gaps worked out in pieces are the ones worked out at once, and other work ran between the pieces', async () => {
        const ws = await buildWorkspace(files);
        const { index, coverage } = freshAnalyses(ws);
        expect(coverage.isComputed).toBe(false);
        const turns = await turnsDuring(() => coverage.compute(new CancellationTokenSource().token));
        expect(turns).toBeGreaterThanOrEqual(4);
        expect(coverage.isComputed).toBe(true);
        const atOnce = findCoverageGaps(index, { isExempt: () => false, exemptKeys: ws.Tracewright.rules.RuleSettings.current.exemptKeys });
        expect(new Set(atOnce.map(gap => gap.ruleId)).size).toBeGreaterThanOrEqual(4);
        expect(summary(coverage.all())).toEqual(summary(atOnce));
        expect(summary(coverage.all())).toEqual(summary(ws.Tracewright.traces.CoverageAnalysis.all()));
    });

    test('cancelled between two pieces, it keeps nothing half-done, and the next question gets every gap', async () => {
        const ws = await buildWorkspace(files);
        const { coverage } = freshAnalyses(ws);
        const source = new CancellationTokenSource();
        const computing = coverage.compute(source.token);
        setImmediate(() => source.cancel());
        await expect(computing).rejects.toBe(OperationCancelled);
        expect(coverage.isComputed).toBe(false);
        expect(summary(coverage.all())).toEqual(summary(ws.Tracewright.traces.CoverageAnalysis.all()));
    });

    test('the trace graph built a thousand elements at a time is the one built at once, links in the same order', async () => {
        const requirements = Array.from({ length: 2500 }, (_, i) =>
            `requirement R${i} functional "The system shall do ${i}." { realizes G1 traces Incident.${i % 2 ? 'priority' : 'notes'}${i > 0 ? ` satisfies R${i - 1}` : ''} }`);
        const ws = await buildWorkspace({ ...files, 'many.req': requirements.join('\n') });
        const { index } = freshAnalyses(ws);
        const turns = await turnsDuring(() => index.prepare(new CancellationTokenSource().token));
        expect(turns).toBeGreaterThanOrEqual(2);
        const atOnce = buildTraceGraph(allTopLevel(ws));
        expect(links(index.graph)).toEqual(links(atOnce));
        expect(links(index.graph).length).toBeGreaterThan(7500);
    });
});

/** The top-level elements of every document, in the index's order (documents, then elements). */
function allTopLevel(ws: TestWorkspace) {
    return ws.shared.workspace.IndexManager.allElements()
        .filter(description => !description.name.includes('.'))
        .map(description => description.node!)
        .toArray();
}
