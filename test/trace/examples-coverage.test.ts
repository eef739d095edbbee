import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { findRule } from '../../server/src/language/rules/rule-catalog.js';
import { createTracewrightServices } from '../../server/src/language/tracewright-module.js';
import { loadWorkspace } from '../../server/src/workspace/load-workspace.js';
import { collectDiagnostics, formatDiagnostic } from '../../server/src/cli/diagnostics-report.js';

/** The shipped examples are the product's showcase: fully traced, no coverage gaps at all. */
describe('the examples are fully covered', () => {
    test.each(['examples/service-desk', 'examples/library'])('%s has no coverage diagnostics', async folder => {
        const { shared } = createTracewrightServices(NodeFileSystem);
        const { documents, problems } = await loadWorkspace(shared, [folder]);
        expect(problems).toEqual([]);
        const coverage = collectDiagnostics(documents).filter(d => d.rule && findRule(d.rule)?.category === 'coverage');
        expect(coverage.map(formatDiagnostic)).toEqual([]);
    });
});
