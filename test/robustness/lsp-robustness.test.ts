import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    type Diagnostic, type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node';
import { LspProcess, serverBundle } from '../lsp/lsp-process.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';
import { repositoryRoot, showInput } from './corpus.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { mutate } from './mutations.js';
import { Random } from './random.js';

// The bundled server over stdio, as an editor drives it: random incremental edits (range changes,
// several per notification, sent without waiting) across a multi-file workspace must end in the
// diagnostics a fresh build of the final texts gives, for every file; mutated documents must get an
// answer to every request; invalid settings must be reported and change nothing else.

const folder = path.join(repositoryRoot, 'examples/library');
const names = fs.readdirSync(folder).filter(f => f.endsWith('.req')).sort();
const uriOf = (name: string) => testUri(`library/${name}`).toString();

let lsp: LspProcess;
const documents = new Map<string, TextDocument>();
const messages: string[] = [];

beforeAll(async () => {
    expect(fs.existsSync(serverBundle), 'run `npm run build` first').toBe(true);
    lsp = LspProcess.start();
    // showWarningMessage is a request (it could offer buttons); plain notifications are collected too.
    lsp.connection.onRequest('window/showMessageRequest', (params: { message: string }) => { messages.push(params.message); return null; });
    lsp.connection.onNotification('window/showMessage', (params: { message: string }) => { messages.push(params.message); });
    await lsp.initialize();
    for (const name of names) {
        const document = TextDocument.create(uriOf(name), 'tracewright', 1, fs.readFileSync(path.join(folder, name), 'utf8'));
        documents.set(name, document);
        await lsp.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: document.uri, languageId: 'tracewright', version: 1, text: document.getText() } });
    }
}, 60_000);
afterAll(() => lsp?.kill());

/** The smallest range change that turns `before` into `after`. */
function rangeChange(document: TextDocument, after: string): TextDocumentContentChangeEvent {
    const before = document.getText();
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, text: after.slice(start, after.length - end) };
}

/** 1-3 range changes in one notification, each relative to the text after the previous one (LSP semantics). */
async function sendRandomEdit(name: string, random: Random): Promise<void> {
    let document = documents.get(name)!;
    const changes: TextDocumentContentChangeEvent[] = [];
    for (let n = 1 + random.below(3); n > 0; n--) {
        const change = rangeChange(document, mutate(document.getText(), random).text);
        changes.push(change);
        document = TextDocument.update(document, [change], document.version);
    }
    const version = document.version + 1;
    document = TextDocument.create(document.uri, 'tracewright', version, document.getText());
    documents.set(name, document);
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: document.uri, version }, contentChanges: changes });
}

const describeAll = (diagnostics: Diagnostic[]) => diagnostics
    .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code ?? ''} ${d.message}`)
    .sort();

async function expectDiagnosticsOfFreshBuild(context: string): Promise<void> {
    const fresh = await buildWorkspace(Object.fromEntries(names.map(name => [`library/${name}`, documents.get(name)!.getText()])));
    for (const name of names) {
        const expected = describeAll(fresh.diagnostics(`library/${name}`));
        let latest: string[] = [];
        try {
            await lsp.diagnosticsOf(uriOf(name), published => { latest = describeAll(published); return latest.join('\n') === expected.join('\n'); }, 30_000);
        } catch {
            expect(latest, `${context}: ${name} differs from a fresh build of ${showInput(documents.get(name)!.getText(), 600)}`).toEqual(expected);
        }
    }
}

describe('the bundled language server over stdio', { timeout: 600_000 }, () => {
    test(`after random incremental edits, every file's diagnostics equal a fresh build (${cases(6, 100)} sequences, seed ${fuzzSeed})`, async () => {
        const random = new Random(fuzzSeed);
        for (let sequence = 0; sequence < cases(6, 100); sequence++) {
            // Edits go out back to back, as fast typing does; the server sees them in order but debounced.
            for (let step = 0; step < 1 + random.below(8); step++) await sendRandomEdit(random.pick(names), random);
            await expectDiagnosticsOfFreshBuild(`sequence ${sequence}`);
        }
    });

    test(`mutated documents get an answer to every request (${cases(8, 200)} cases)`, async () => {
        const random = new Random(fuzzSeed + 1);
        const requests = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/formatting',
            'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/semanticTokens/full', 'textDocument/foldingRange'];
        for (let i = 0; i < cases(8, 200); i++) {
            const name = random.pick(names);
            await sendRandomEdit(name, random);
            const document = documents.get(name)!;
            const position = document.positionAt(random.below(document.getText().length + 1));
            for (const method of requests) {
                const params = { textDocument: { uri: document.uri }, position, options: { tabSize: 2, insertSpaces: true } };
                const started = performance.now();
                await expect(lsp.connection.sendRequest(method, params), `${method} on ${showInput(document.getText(), 300)}`).resolves.not.toThrow();
                expect(performance.now() - started, method).toBeLessThan(20_000);
            }
        }
        expect(lsp.process.exitCode).toBeNull();
        await expectDiagnosticsOfFreshBuild('after the mutated documents');
    });

    test('invalid settings from the client are reported once each and leave the defaults in force', async () => {
        messages.length = 0;
        await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { tracewright: { rules: { 'no-such-rule': 'error', 'duplicate-name': 'loud' }, coverage: 'yes', quality: 42 } }
        });
        await expect.poll(() => messages.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
        expect(messages).toContain("Tracewright settings: tracewright.rules: unknown rule 'no-such-rule' (run `tracewright check --rules` for the list)");
        expect(messages).toContain("Tracewright settings: tracewright.rules.duplicate-name: 'loud' is not one of error, warning, info, hint, off");
        await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tracewright: null } });
        await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: 'garbage' });
        // Still alive, still answering, and the diagnostics are those of the default settings.
        expect(lsp.process.exitCode).toBeNull();
        await expectDiagnosticsOfFreshBuild('after invalid settings');
    });
});
