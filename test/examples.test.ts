import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { createTracewrightServices } from '../server/src/language/tracewright-module.js';
import { collectDiagnostics, formatDiagnostic } from '../server/src/cli/diagnostics-report.js';
import { loadWorkspace } from '../server/src/workspace/load-workspace.js';

describe('the bundled examples', () => {
    test.each(['examples/service-desk', 'examples/library'])('%s loads with no diagnostics at all under every default rule', async folder => {
        const { shared } = createTracewrightServices(NodeFileSystem);
        const { documents, problems } = await loadWorkspace(shared, [folder]);
        expect(problems).toEqual([]);
        expect(documents.length).toBeGreaterThan(1);
        expect(collectDiagnostics(documents, path.resolve('.')).map(formatDiagnostic)).toEqual([]);
    });
});
