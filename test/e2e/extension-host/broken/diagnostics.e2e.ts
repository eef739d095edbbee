// The broken fixture's errors reach VS Code exactly: message, range, severity and rule id.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { brokenErrors } from '../../expected/broken-errors.js';
import { at, sortDiagnostics, type ExpectedDiagnostic } from '../../expected/diagnostics.js';
import { openReq, relative, waitFor } from '../helpers.js';

function errorsShown(): ExpectedDiagnostic[] {
    const errors: ExpectedDiagnostic[] = [];
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        for (const d of diagnostics) {
            if (d.severity !== vscode.DiagnosticSeverity.Error) continue;
            const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
            errors.push({ at: at(relative(uri), d.range.start, d.range.end), severity: 'error', code, message: d.message });
        }
    }
    return sortDiagnostics(errors);
}

describe('diagnostics of test/fixtures/broken', () => {
    it('shows exactly the fixture errors, at the right words', async () => {
        await openReq('model.req');
        const expected = sortDiagnostics(brokenErrors);
        // Diagnostics arrive per file and may be republished after linking: wait for the full set.
        await waitFor('all fixture errors', () => errorsShown().length >= expected.length ? true : undefined, 30_000).catch(() => undefined);
        assert.deepEqual(errorsShown(), expected);
    });

    it('marks them as errors from the Tracewright server', () => {
        const sources = new Set(vscode.languages.getDiagnostics().flatMap(([, ds]) => ds.map(d => d.source)));
        assert.deepEqual([...sources], ['tracewright']);
    });
});
