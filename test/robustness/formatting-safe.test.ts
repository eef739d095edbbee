import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { corpus, repositoryRoot, showInput } from './corpus.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { mutate, tokens } from './mutations.js';
import { modelArbitrary } from './random-model.js';
import { Random } from './random.js';

// Formatting is safe: idempotent, keeps every token and comment in order (only whitespace between
// them changes), and leaves a file with syntax errors exactly as it is.

async function format(ws: TestWorkspace, text: string): Promise<{ formatted: string, hasSyntaxErrors: boolean }> {
    await ws.edit('f.req', text);
    const document = ws.documentOf('f.req');
    const { lexerErrors, parserErrors } = document.parseResult;
    const edits = await ws.Tracewright.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
    return { formatted: TextDocument.applyEdits(document.textDocument, edits), hasSyntaxErrors: lexerErrors.length + parserErrors.length > 0 };
}

const withoutWhitespace = (text: string) => tokens(text).filter(token => !/^\s+$/.test(token));

async function checkFormattingIsSafe(ws: TestWorkspace, text: string): Promise<boolean> {
    const { formatted, hasSyntaxErrors } = await format(ws, text);
    const input = showInput(text);
    if (hasSyntaxErrors) {
        expect(formatted, `a file with syntax errors was changed: ${input}`).toBe(text);
        return false;
    }
    expect(withoutWhitespace(formatted), `tokens or comments changed: ${input}`).toEqual(withoutWhitespace(text));
    const again = await format(ws, formatted);
    expect(again.hasSyntaxErrors, `formatting broke the syntax: ${input}`).toBe(false);
    expect(again.formatted, `formatting twice differs from once: ${input}`).toBe(formatted);
    return true;
}

/** The same tokens with random whitespace between them and comments dropped into the gaps. */
function reflow(text: string, random: Random): string {
    const gaps = [' ', '  ', '\n', '\n\n\n', '\t', ' \n  ', '\r\n', ' // note\n', ' /* c */ ', '\n// line comment\n', '\n/** doc */\n'];
    return tokens(text).map(token => /^\s+$/.test(token) ? random.pick(gaps) : token).join('');
}

describe('formatting is idempotent, keeps every token and comment, and ignores broken files', () => {
    test('line comments ended by lone carriage returns stay two comments (found by fuzzing)', async () => {
        const ws = await buildWorkspace({ 'f.req': '' });
        const text = fs.readFileSync(path.join(repositoryRoot, 'test/fixtures/robustness/lone-cr-comments.req'), 'utf8');
        expect(await checkFormattingIsSafe(ws, text)).toBe(true);
        expect((await format(ws, text)).formatted).toContain('// first comment\n// second comment');
    });

    test(`${cases(40, 1000)} random valid models with random whitespace and comments (seed ${fuzzSeed})`, { timeout: 900_000 }, async () => {
        const ws = await buildWorkspace({ 'f.req': '' });
        let formattedCount = 0;
        await fc.assert(fc.asyncProperty(modelArbitrary, fc.nat(), async (model, seed) => {
            if (await checkFormattingIsSafe(ws, reflow(model.text, new Random(seed)))) formattedCount++;
        }), { seed: fuzzSeed, numRuns: cases(40, 1000) });
        // Nearly all random models parse (an attribute named like a modifier, `pk: int` after another
        // attribute, reads as that attribute's modifier); the idempotence half must run on most.
        expect(formattedCount).toBeGreaterThanOrEqual(cases(40, 1000) * 0.7);
    });

    test(`${cases(80, 3000)} mutated examples and fixtures (seed ${fuzzSeed})`, { timeout: 900_000 }, async () => {
        const ws = await buildWorkspace({ 'f.req': '' });
        const entries = corpus();
        const random = new Random(fuzzSeed + 1);
        let broken = 0, clean = 0;
        for (let i = 0; i < cases(80, 3000); i++) {
            const entry = entries[i % entries.length];
            const original = random.pick(Object.values(entry.files));
            // Half the cases keep the syntax (whitespace and comments only), half damage it.
            const text = i % 2 === 0 ? reflow(original, random) : mutate(original, random).text;
            if (await checkFormattingIsSafe(ws, text)) clean++;
            else broken++;
        }
        expect(broken).toBeGreaterThan(0);
        expect(clean).toBeGreaterThan(0);
    });
});
