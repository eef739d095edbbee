import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

/** One token as VS Code would colour it: its text and its scopes, outermost (`source.tracewright`) left out. */
export interface Token {
    text: string;
    /** Character offset of the token in its line. */
    start: number;
    scopes: string[];
}

const grammarPath = new URL('../../syntaxes/tracewright.tmLanguage.json', import.meta.url);
let grammar: Promise<IGrammar> | undefined;

/** Loads syntaxes/tracewright.tmLanguage.json with the same engine VS Code uses (vscode-textmate on Oniguruma/WASM). */
export function loadTracewrightGrammar(): Promise<IGrammar> {
    grammar ??= (async () => {
        const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
        const registry = new Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text)
            }),
            loadGrammar: async scopeName => scopeName === 'source.tracewright'
                ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath.pathname)
                : null
        });
        const loaded = await registry.loadGrammar('source.tracewright');
        if (!loaded) throw new Error('source.tracewright did not load');
        return loaded;
    })();
    return grammar;
}

/** Tokenizes a whole text line by line (state carried across lines, as in the editor). */
export async function tokenize(text: string): Promise<Token[][]> {
    return (await tokenizeWithState(text)).lines;
}

/**
 * Like {@link tokenize}, and also tells whether the grammar is back at the top level after the last
 * line: false means a region (string, comment, enum body) was left open and would colour what follows.
 */
export async function tokenizeWithState(text: string): Promise<{ lines: Token[][], closed: boolean }> {
    const tm = await loadTracewrightGrammar();
    let state = INITIAL;
    const lines = text.split(/\r?\n/).map(line => {
        const result = tm.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(token => ({
            text: line.substring(token.startIndex, token.endIndex),
            start: token.startIndex,
            scopes: token.scopes.slice(1)
        }));
    });
    // An empty line tokenized at top level carries only the root scope.
    return { lines, closed: tm.tokenizeLine('', state).tokens[0].scopes.length === 1 };
}

/**
 * The scopes of the first token whose text, without surrounding blanks, is `word` (after skipping
 * `skip` earlier occurrences), on any line.
 */
export function scopesOf(lines: Token[][], word: string, skip = 0): string[] | undefined {
    for (const token of lines.flat()) {
        if (token.text.trim() === word.trim() && skip-- === 0) return token.scopes;
    }
    return undefined;
}

/**
 * A readable golden form: one line per source line, each non-blank token as `text⟨scope scope⟩`
 * (unscoped tokens as plain text), so a diff shows exactly which word changed colour.
 */
export function renderTokens(lines: Token[][]): string {
    return lines.map(tokens => tokens
        .filter(token => token.text.trim().length > 0)
        .map(token => token.scopes.length === 0 ? token.text.trim() : `${token.text.trim()}⟨${token.scopes.join(' ')}⟩`)
        .join(' ')).join('\n') + '\n';
}
