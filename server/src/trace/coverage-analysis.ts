import { AstUtils } from 'langium';
import type { RuleSettings } from '../language/rules/rule-settings.js';
import type { CoverageGap } from './coverage-gap.js';
import { findCoverageGaps } from './coverage-gaps.js';
import type { TraceGraph } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

/**
 * The coverage gaps of the current workspace state, computed once and grouped by document, so that
 * validating every document after an edit costs one pass over the trace graph, not one per document.
 */
export class CoverageAnalysis {
    private cache?: { graph: TraceGraph; all: CoverageGap[]; byDocument: Map<string, CoverageGap[]> };

    constructor(private readonly traces: TraceIndex, private readonly settings: RuleSettings) {}

    /** Every gap, with exemptions applied (severities and suppression comments come later, per document). */
    all(): readonly CoverageGap[] {
        return this.current().all;
    }

    inDocument(uri: string): readonly CoverageGap[] {
        return this.current().byDocument.get(uri) ?? [];
    }

    private current() {
        const graph = this.traces.graph;
        if (this.cache?.graph !== graph) {
            const values = this.settings.current;
            const all = findCoverageGaps(this.traces, { isExempt: name => this.settings.isExempt(name), exemptKeys: values.exemptKeys });
            const byDocument = new Map<string, CoverageGap[]>();
            for (const gap of all) {
                const uri = AstUtils.getDocument(gap.node).uri.toString();
                // Append in place: copying the list for every gap made this quadratic in a file's gaps.
                const inThisDocument = byDocument.get(uri);
                if (inThisDocument) inThisDocument.push(gap); else byDocument.set(uri, [gap]);
            }
            this.cache = { graph, all, byDocument };
        }
        return this.cache;
    }
}
