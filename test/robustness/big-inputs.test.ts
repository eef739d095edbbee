import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { showInput } from './corpus.js';
import { exerciseServices, samplePositions, type Timing } from './exercise-services.js';
import { cases, fuzzMode } from './fuzz-budget.js';
import { deepNesting } from './mutations.js';
import { Random } from './random.js';

// Huge and strange inputs: each must build and answer every request within a bound that grows with
// its size. The bounds are wide (a loaded 2-core machine runs this); what they catch is a hang or
// quadratic work, which on a megabyte is minutes, not seconds.
const megabyte = 1024 * 1024;

/**
 * 5 s plus 40 ms per KB: about 45 s for 1 MB. Unloaded, the slowest 1 MB case (a real model) builds
 * in about 8 s; with eight test runs sharing two cores it took 15-30 s. Quadratic work on 1 MB takes
 * many minutes, so this still catches it.
 */
function boundMs(text: string): number {
    return 5000 + 40 * text.length / 1024;
}

async function checkBigInput(name: string, text: string, extraFiles: Record<string, string> = {}): Promise<Timing[]> {
    const start = performance.now();
    const ws = await buildWorkspace({ ...extraFiles, 'big.req': text });
    const timings: Timing[] = [{ request: 'build', ms: performance.now() - start }];
    const document = ws.documentOf('big.req');
    expect(document.parseResult.value.$type).toBe('Model');
    const random = new Random(7);
    try {
        timings.push(...await exerciseServices(ws.Tracewright, document, samplePositions(document, 1, bound => random.below(bound))));
    } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
    }
    const bound = boundMs(text) + Object.values(extraFiles).reduce((sum, t) => sum + boundMs(t), 0);
    const slow = timings.filter(t => t.ms > bound).map(t => `${t.request}: ${Math.round(t.ms)} ms > ${Math.round(bound)} ms`);
    expect(slow, `${name} (${text.length} chars): ${showInput(text, 200)}`).toEqual([]);
    return timings;
}

const model = 'entity Incident "A disruption" { id: int pk auto  title: text(200) }\n';

/**
 * One-line and pathological shapes. The cheap ones are 1 MB in every run; the ones where every
 * character is an error or a declaration (about 10 s per MB unloaded) are 256 KB in npm test, 1 MB in fuzz mode.
 */
function strangeShapes(size: number, heavySize: number): Array<[string, string]> {
    const junk = '}{"(*)--..:,\\/ '.repeat(Math.ceil(heavySize / 15)).slice(0, heavySize);
    const kb = (n: number) => `${n / 1024} KB`;
    return [
        [`a ${kb(size)} string on one line`, `${model}requirement R1 functional "${'The system shall log. '.repeat(size / 22)}" { traces Incident }\n`],
        [`a ${kb(size)} line comment`, `${model}// ${'x'.repeat(size)}\n`],
        [`a ${kb(size)} unterminated string`, `${model}requirement R1 functional "${'a'.repeat(size)}`],
        [`a ${kb(size)} identifier`, `${model}entity ${'E'.repeat(size)} { id: int pk }\n`],
        [`a ${kb(heavySize)} unterminated block comment`, `${model}/* ${'*'.repeat(heavySize)}`],
        [`${kb(heavySize)} of punctuation junk on one line`, junk],
        [`${kb(heavySize)} of NUL bytes`, '\0'.repeat(heavySize)],
        [`${kb(heavySize)} of byte order marks, CRLF and one name declared thousands of times`, '\uFEFF' + model.replace(/\n/g, '\r\n').repeat(heavySize / model.length)]
    ];
}

describe('huge and deeply nested inputs build and answer every request within a bound', { timeout: 900_000 }, () => {
    test.each(strangeShapes(megabyte, fuzzMode ? megabyte : megabyte / 4))('%s', async (name, text) => {
        await checkBigInput(name, text);
    });

    test.each(deepNesting(cases(5_000, 100_000)).map((text, i) => [i, text] as const))('deep nesting, shape %i', async (i, text) => {
        await checkBigInput(`deep nesting ${i}`, text);
    });

    test(`${fuzzMode ? '1 MB' : '250 KB'} of the synthetic model written on one line`, async () => {
        const files = syntheticWorkspace(fuzzMode ? 400 : 100, 'single').files;
        await checkBigInput('synthetic model on one line', Object.values(files)[0].replace(/\n\s*/g, ' '));
    });

    // A real model of 1 MB (fuzz: 10 MB) next to a second file that references into it.
    test(`a ${fuzzMode ? '10 MB' : '250 KB'} model file`, async () => {
        const workspace = syntheticWorkspace(fuzzMode ? 4000 : 100, 'single');
        const text = Object.values(workspace.files)[0];
        const first = workspace.model.blocks[0].entity.name;
        const timings = await checkBigInput('synthetic model', text, { 'other.req': `requirement X1 functional "The system shall show them." { traces ${first} }\n` });
        expect(timings.length).toBeGreaterThan(10);
    });
});
