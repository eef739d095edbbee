import type { AstNode, Cancellation, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { Model } from '../../generated/ast.js';
import type { CoverageAnalysis } from '../../trace/coverage-analysis.js';
import { report } from '../rules/report.js';
import type { RuleSettings } from '../rules/rule-settings.js';

/**
 * Traceability coverage. The gaps are computed once per workspace state by CoverageAnalysis; each
 * document reports its own share, which is why a change in one file updates warnings in every file.
 */
export class CoverageValidator {
    constructor(private readonly coverage: CoverageAnalysis, private readonly settings: RuleSettings) {}

    /** Asynchronous only in the document validated first after a change, which works the gaps out. */
    checkModelCoverage(model: Model, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): void | Promise<void> {
        // Nothing to compute when the user switched coverage off.
        if (!this.settings.current.coverageEnabled) return;
        if (!this.coverage.isComputed) return this.coverage.compute(cancelToken).then(() => this.reportGaps(model, accept));
        this.reportGaps(model, accept);
    }

    private reportGaps(model: Model, accept: ValidationAcceptor): void {
        const uri = model.$document?.uri.toString();
        if (!uri) return;
        for (const gap of this.coverage.inDocument(uri)) {
            const info = { node: gap.node, property: gap.property, index: gap.index } as Omit<DiagnosticInfo<AstNode>, 'code'>;
            report(accept, gap.ruleId, gap.message, info);
        }
    }
}
