import { Cancellation, OperationCancelled, setInterruptionPeriod } from 'langium';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import type { TracewrightAstType } from '../../server/src/generated/ast.js';
import type { TracewrightDocumentValidator } from '../../server/src/language/tracewright-document-validator.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';

const files = {
    'model.req': `entity Incident { id: int pk auto  notes: text }
requirement R1 functional "Record the notes." { priority must traces Incident.notes }
requirement R2 functional "Show the notes." { priority should traces Incident.notes }`
};

/**
 * Counts the turns of the event loop (other requests, in the server) that happen while validation
 * runs, and notes the count each time one of two model checks, registered last and so adjacent, runs.
 */
function watchModelChecks(ws: TestWorkspace) {
    let turns = 0;
    let running = false;
    const turn = () => { if (running) { turns++; setImmediate(turn); } };
    const seen: Record<'first' | 'second', number[]> = { first: [], second: [] };
    ws.Tracewright.validation.ValidationRegistry.register<TracewrightAstType>({
        Model: [() => { seen.first.push(turns); }, () => { seen.second.push(turns); }]
    });
    return {
        seen,
        async during<T>(action: () => Promise<T>): Promise<T> {
            running = true;
            setImmediate(turn);
            try {
                return await action();
            } finally {
                running = false;
            }
        }
    };
}

describe('validation lets other requests in between the model\'s checks', () => {
    let validator: TracewrightDocumentValidator;
    let ws: TestWorkspace;

    // Every look at the clock yields, as in a big workspace where each model check takes long.
    beforeEach(async () => {
        ws = await buildWorkspace(files);
        validator = ws.Tracewright.validation.DocumentValidator as TracewrightDocumentValidator;
        validator.interruptionPeriodMs = 0;
        setInterruptionPeriod(0);
    });
    afterEach(() => setInterruptionPeriod(10));

    test('with a cancellation token, as the server validates, the event loop turns between two model checks', async () => {
        const watch = watchModelChecks(ws);
        const diagnostics = await watch.during(() => validator.validateDocument(ws.documentOf('model.req'), {}, new CancellationTokenSource().token));
        expect(watch.seen.first).toHaveLength(1);
        expect(watch.seen.second).toHaveLength(1);
        expect(watch.seen.second[0]).toBeGreaterThan(watch.seen.first[0]);
        // The same diagnostics as the build's own validation, which ran without pauses.
        expect(diagnostics.map(d => d.code)).toEqual(ws.diagnostics('model.req').map(d => d.code));
    });

    test('without a token, as the CLI validates, the model checks run back to back', async () => {
        const watch = watchModelChecks(ws);
        await watch.during(() => validator.validateDocument(ws.documentOf('model.req'), {}, Cancellation.CancellationToken.None));
        expect(watch.seen.second).toEqual(watch.seen.first);
    });

    test('cancelled during one model check, validation stops at the pause before the next', async () => {
        const source = new CancellationTokenSource();
        let secondRan = false;
        ws.Tracewright.validation.ValidationRegistry.register<TracewrightAstType>({
            Model: [() => source.cancel(), () => { secondRan = true; }]
        });
        await expect(validator.validateDocument(ws.documentOf('model.req'), {}, source.token)).rejects.toBe(OperationCancelled);
        expect(secondRan).toBe(false);
    });
});
