import { describe, expect, test } from 'vitest';
import { buildWorkspace, describeDiagnostics, type TestWorkspace, updateFiles } from '../helpers/workspace.js';
import { corpus, showInput } from './corpus.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { mutate } from './mutations.js';
import { Random } from './random.js';

// The services' DocumentBuilder.update, as the language server drives it on every keystroke (some
// builds cancelled by the next edit), after hostile edits (syntax broken and repaired, names deleted,
// duplicated and swapped across files):
// every file's diagnostics equal those of a fresh build of the final texts. (The incremental-build
// tests in test/language use well-formed edits; these use the fuzzer's mutations.)

function allDiagnostics(ws: TestWorkspace, names: string[]): Record<string, string[]> {
    return Object.fromEntries(names.map(name => [name, describeDiagnostics(ws.diagnostics(name)).sort()]));
}

describe('incremental builds after hostile edits equal a fresh build', () => {
    const workspaces = corpus().filter(entry => Object.keys(entry.files).length > 1);
    test.each(workspaces.map(entry => [entry.name, entry] as const))(`%s: ${cases(4, 300)} edit sequences (seed ${fuzzSeed})`, { timeout: 900_000 }, async (_name, entry) => {
        const random = new Random(fuzzSeed);
        const names = Object.keys(entry.files).sort();
        for (let sequence = 0; sequence < cases(4, 300); sequence++) {
            const texts = { ...entry.files };
            const ws = await buildWorkspace(texts);
            const applied: string[] = [];
            for (let step = 0; step < 1 + random.below(6); step++) {
                const name = random.pick(names);
                // Sometimes the user undoes: the file goes back to its original text.
                const next = random.chance(0.2) ? entry.files[name] : mutate(texts[name], random);
                texts[name] = typeof next === 'string' ? next : next.text;
                // Sometimes the next keystroke cancels the build (the language server's workspace lock).
                const cancelAfter = random.chance(0.25) ? random.below(3) : undefined;
                applied.push(`${name}: ${typeof next === 'string' ? 'undo' : next.applied.join('+')}${cancelAfter === undefined ? '' : ` (cancelled after ${cancelAfter} turns)`}`);
                await updateFiles(ws, { changed: [[name, texts[name]]], cancelAfter });
            }
            // As the next update would: finish what a cancelled one left.
            await updateFiles(ws);
            const fresh = await buildWorkspace(texts);
            const changed = names.filter(name => texts[name] !== entry.files[name]).map(name => `${name}: ${showInput(texts[name], 400)}`);
            expect(allDiagnostics(ws, names), `sequence ${sequence} (${applied.join(', ')})\n${changed.join('\n')}`).toEqual(allDiagnostics(fresh, names));
        }
    });
});
