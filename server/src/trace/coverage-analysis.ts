import { AstUtils, interruptAndCheck, type AstNode, type Cancellation, type LangiumSharedCoreServices } from 'langium';
import type { NodeRebinding } from '../language/incremental/node-rebinding.js';
import { WorkspaceAnalysisCache } from '../language/incremental/workspace-analysis-cache.js';
import type { RuleSettings } from '../language/rules/rule-settings.js';
import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import { coverageGapFinders, findCoverageGaps } from './coverage-gaps.js';
import type { TraceIndex } from './trace-index.js';

interface Gaps {
    all: CoverageGap[];
    byDocument: Map<string, CoverageGap[]>;
}

/**
 * The coverage gaps of the current workspace state, computed once and grouped by document, so that
 * validating every document after an edit costs one pass over the trace graph, not one per document.
 * Kept across prose-only edits, which cannot change a gap (coverage rules read no wording), with the
 * replaced nodes swapped in.
 */
export class CoverageAnalysis {
    private readonly gaps: WorkspaceAnalysisCache<Gaps>;

    constructor(private readonly traces: TraceIndex, private readonly settings: RuleSettings, shared: LangiumSharedCoreServices) {
        this.gaps = new WorkspaceAnalysisCache(shared, () => this.findGaps(), rebindGaps);
    }

    /** Whether the gaps are at hand, so asking for them computes nothing. */
    get isComputed(): boolean {
        return this.gaps.isKept;
    }

    /**
     * Works the gaps out piece by piece (the trace graph, then each family of rules) with a turn of the
     * event loop between pieces when they take long: in a big workspace each takes up to a few hundred
     * milliseconds, and a request that comes in meanwhile (a completion, the next keystroke's
     * cancellation) waits for one piece, not all of them. The result is the one `findGaps` gives.
     */
    async compute(cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.gaps.isKept) return;
        await this.traces.prepare(cancelToken);
        const options = this.options();
        const all: CoverageGap[] = [];
        for (const find of coverageGapFinders) {
            await interruptAndCheck(cancelToken);
            for (const gap of find(this.traces, options)) all.push(gap);
        }
        this.gaps.keep(groupByDocument(all));
    }

    /** Every gap, with exemptions applied (severities and suppression comments come later, per document). */
    all(): readonly CoverageGap[] {
        return this.gaps.get().all;
    }

    inDocument(uri: string): readonly CoverageGap[] {
        return this.gaps.get().byDocument.get(uri) ?? [];
    }

    private findGaps(): Gaps {
        return groupByDocument(findCoverageGaps(this.traces, this.options()));
    }

    private options(): CoverageOptions {
        return { isExempt: name => this.settings.isExempt(name), exemptKeys: this.settings.current.exemptKeys };
    }
}

function groupByDocument(all: CoverageGap[]): Gaps {
    const byDocument = new Map<string, CoverageGap[]>();
    for (const gap of all) {
        const uri = AstUtils.getDocument(gap.node).uri.toString();
        // Append in place: copying the list for every gap made this quadratic in a file's gaps.
        const inThisDocument = byDocument.get(uri);
        if (inThisDocument) inThisDocument.push(gap); else byDocument.set(uri, [gap]);
    }
    return { all, byDocument };
}

function rebindGaps(gaps: Gaps, rebinding: NodeRebinding): void {
    for (const uri of rebinding.documents) {
        for (const gap of gaps.byDocument.get(uri) ?? []) (gap as { node: AstNode }).node = rebinding.of(gap.node);
    }
}
