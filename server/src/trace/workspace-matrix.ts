import type { TracewrightServices } from '../language/tracewright-module.js';
import { reportedGaps } from './reported-gaps.js';
import { buildTraceMatrix } from './trace-matrix.js';
import type { TraceMatrix } from './trace-matrix-types.js';
import type { FileNamer } from './trace-locations.js';

/** The matrix of the services' current (built) workspace, with gaps filtered as the editor shows them. */
export function workspaceTraceMatrix(services: TracewrightServices, fileName: FileNamer): TraceMatrix {
    const settings = services.rules.RuleSettings;
    const gaps = reportedGaps(services.traces.CoverageAnalysis, settings, fileName);
    const options = { isExempt: (name: string) => settings.isExempt(name), exemptKeys: settings.current.exemptKeys };
    return buildTraceMatrix(services.traces.TraceIndex, gaps, options, fileName);
}
