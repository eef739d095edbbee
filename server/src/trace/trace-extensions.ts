import type { ExtensionContext } from '../language/tracewright-extensions.js';
import { registerTraceQuickFixes } from './trace-quick-fixes.js';
import { traceSummary } from './trace-summary.js';

/** Plugs traceability into the shared hover and quick-fix providers. */
export function registerTraceExtensions({ services, hover, quickFixes }: ExtensionContext): void {
    hover.addSection(node => traceSummary(services.traces.TraceIndex, node));
    registerTraceQuickFixes(quickFixes, () => services.traces.TraceIndex);
}
