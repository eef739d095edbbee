import { AstUtils } from 'langium';
import type { RuleSettings } from '../language/rules/rule-settings.js';
import { findSuppressions, type Suppressions } from '../language/rules/rule-suppressions.js';
import type { CoverageAnalysis } from './coverage-analysis.js';
import type { GapEntry } from './trace-matrix-types.js';
import { sourceLocation, type FileNamer } from './trace-locations.js';

/**
 * The coverage gaps the user actually sees: rules switched off in settings and lines silenced by a
 * `tracewright-disable` comment are left out, exactly as the document validator leaves them out.
 */
export function reportedGaps(coverage: CoverageAnalysis, settings: RuleSettings, fileName: FileNamer): GapEntry[] {
    const suppressionsByUri = new Map<string, Suppressions>();
    const entries: GapEntry[] = [];
    for (const gap of coverage.all()) {
        const severity = settings.severityOf(gap.ruleId);
        if (!severity || severity === 'off') continue;
        const document = AstUtils.getDocument(gap.node);
        const uri = document.uri.toString();
        let suppressions = suppressionsByUri.get(uri);
        if (!suppressions) {
            suppressions = findSuppressions(document.textDocument.getText());
            suppressionsByUri.set(uri, suppressions);
        }
        const location = sourceLocation(gap.node, fileName, gap.property, gap.index);
        if (suppressions.isSuppressed(gap.ruleId, location.line - 1)) continue;
        entries.push({ rule: gap.ruleId, severity, element: gap.element, message: gap.message, location });
    }
    return entries.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column);
}
