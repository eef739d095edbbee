import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers/workspace.js';
import { corpus, repositoryRoot, showInput } from './corpus.js';
import { exerciseServices, samplePositions, type Timing } from './exercise-services.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { mutate } from './mutations.js';
import { Random } from './random.js';

// Every example and fixture, damaged at random (seeded), goes through the whole language core:
// parse, link, validate, then every editor request and every generator. None may throw, and none
// may take long: the bound is wide (a loaded 2-core machine), so failing it means a hang or
// super-linear behaviour, not a slow machine.
const perRequestBoundMs = 3000;
const buildBoundMs = 5000;

const entries = corpus();

// Langium catches what a completion, scope or validation step throws and logs it with console.error:
// the server survives but the feature silently fails. Any such log fails the case.
let consoleErrors: MockInstance<typeof console.error>;
beforeEach(() => { consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined); });
afterEach(() => { consoleErrors.mockRestore(); });

function expectNothingLogged(): void {
    const logged = consoleErrors.mock.calls.map(call => call.map(part => part instanceof Error ? part.stack : String(part)).join(' '));
    consoleErrors.mockClear();
    expect(logged).toEqual([]);
}
const robustnessFixtures = path.join(repositoryRoot, 'test/fixtures/robustness');

async function survives(files: Record<string, string>, target: string, random: Random): Promise<Timing[]> {
    const start = performance.now();
    const ws = await buildWorkspace(files);
    const build = performance.now() - start;
    for (const name of Object.keys(files)) {
        // A document always has a model and a list of diagnostics, whatever the text.
        expect(ws.model(name).$type).toBe('Model');
        expect(Array.isArray(ws.diagnostics(name))).toBe(true);
        expectNoSwallowedError(ws.diagnostics(name));
    }
    const document = ws.documentOf(target);
    const timings = await exerciseServices(ws.Tracewright, document, samplePositions(document, 3, bound => random.below(bound)));
    expectNothingLogged();
    return [{ request: 'build', ms: build }, ...timings];
}

/**
 * Langium catches an exception thrown by a validator or the linker and turns it into a diagnostic
 * ('An error occurred during validation: …'): the server survives, but the user sees the crash.
 */
function expectNoSwallowedError(diagnostics: Diagnostic[]): void {
    const crashes = diagnostics.map(d => typeof d.message === 'string' ? d.message : d.message.value).filter(message => message.startsWith('An error occurred'));
    expect(crashes).toEqual([]);
}

function expectWithinBounds(timings: Timing[], input: string): void {
    const slow = timings.filter(t => t.ms > (t.request === 'build' ? buildBoundMs : perRequestBoundMs));
    expect(slow, `too slow on ${showInput(input)}`).toEqual([]);
}

describe('mutated examples and fixtures never crash or hang the language core', () => {
    const count = cases(60, 2000);
    test(`${count} seeded mutations (seed ${fuzzSeed})`, { timeout: 600_000 }, async () => {
        const random = new Random(fuzzSeed);
        for (let i = 0; i < count; i++) {
            const entry = entries[i % entries.length];
            const target = random.pick(Object.keys(entry.files).sort());
            const { text, applied } = mutate(entry.files[target], random);
            const context = `case ${i}: ${entry.name} ${target} after ${applied.join(', ')}: ${showInput(text)}`;
            let timings: Timing[];
            try {
                timings = await survives({ ...entry.files, [target]: text }, target, random);
            } catch (error) {
                throw new Error(`${context}\n${(error as Error).message}`);
            }
            expectWithinBounds(timings, context);
        }
    });
});

describe('truncated at every position', () => {
    // Small files are cut at every offset; in npm test one file, in fuzz mode every small fixture.
    const small = entries.filter(e => Object.keys(e.files).length === 1 && Object.values(e.files)[0].length <= 400);
    const chosen = cases(1, small.length);
    test.each(small.slice(0, chosen).map(e => [e.name, e] as const))('%s', { timeout: 600_000 }, async (_name, entry) => {
        const [target, text] = Object.entries(entry.files)[0];
        const ws = await buildWorkspace({ [target]: '' });
        for (let length = 0; length <= text.length; length++) {
            const prefix = text.slice(0, length);
            try {
                await ws.edit(target, prefix);
                const document = ws.documentOf(target);
                expect(document.parseResult.value.$type).toBe('Model');
                expectNoSwallowedError(document.diagnostics ?? []);
                const end = document.textDocument.positionAt(length);
                await exerciseServices(ws.Tracewright, document, [end]);
                expectNothingLogged();
            } catch (error) {
                throw new Error(`truncated at ${length}: ${showInput(prefix)}\n${(error as Error).message}`);
            }
        }
    });
});

describe('minimised crash cases found by fuzzing stay fixed', () => {
    const files = fs.existsSync(robustnessFixtures) ? fs.readdirSync(robustnessFixtures).filter(f => f.endsWith('.req')).sort() : [];
    test('there are regression fixtures', () => {
        expect(files.length).toBeGreaterThan(0);
    });
    test.each(files)('%s', async file => {
        const text = fs.readFileSync(path.join(robustnessFixtures, file), 'utf8');
        const timings = await survives({ [file]: text }, file, new Random(fuzzSeed));
        expectWithinBounds(timings, file);
    });
});
