import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CompletionRequest, DefinitionRequest, DiagnosticSeverity, type CompletionItem, type CompletionList,
    type InitializeResult, type Location, type LocationLink
} from 'vscode-languageserver-protocol/node';
import { LspProcess, serverBundle } from './lsp-process.js';
import { positionOf, rangeOf } from './text-positions.js';

// The bundled server (dist/server.cjs, as shipped in the .vsix) in its own process, spoken to over
// stdio with plain LSP: what any editor sees. Fixtures: test/fixtures/lsp/, a model file and a
// requirements file that traces into it. Needs `npm run build` first (as `npm test` does).

const fixtures = fileURLToPath(new URL('../fixtures/lsp/', import.meta.url));
const uriOf = (name: string) => pathToFileURL(fixtures + name).href;
const modelUri = uriOf('model.req');
const requirementsUri = uriOf('requirements.req');
const modelText = readFileSync(fixtures + 'model.req', 'utf8');
const requirementsText = readFileSync(fixtures + 'requirements.req', 'utf8');
const isEmpty = (diagnostics: unknown[]) => diagnostics.length === 0;

describe('the bundled language server over stdio', () => {
    let lsp: LspProcess;
    let initializeResult: InitializeResult;

    beforeAll(async () => {
        expect(existsSync(serverBundle), 'run `npm run build` first').toBe(true);
        lsp = LspProcess.start();
        initializeResult = await lsp.initialize(fixtures);
    });
    afterAll(() => lsp?.kill());

    test('runs on Node 22 (the project runtime)', () => {
        expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
    });

    test('advertises the editing features', () => {
        const capabilities = initializeResult.capabilities;
        expect(capabilities).toMatchObject({
            textDocumentSync: { openClose: true, change: 2 },
            completionProvider: expect.objectContaining({ triggerCharacters: ['.'] }),
            definitionProvider: true,
            referencesProvider: true,
            renameProvider: { prepareProvider: true },
            hoverProvider: true,
            documentSymbolProvider: true,
            workspaceSymbolProvider: expect.any(Object),
            foldingRangeProvider: true,
            documentFormattingProvider: true,
            codeActionProvider: expect.anything(),
            codeLensProvider: expect.any(Object),
            semanticTokensProvider: { full: expect.anything(), legend: { tokenTypes: expect.arrayContaining(['class', 'property']) } }
        });
    });

    test('good files: empty diagnostics for both', async () => {
        await lsp.open(modelUri, modelText);
        await lsp.open(requirementsUri, requirementsText);
        expect(await lsp.diagnosticsOf(modelUri)).toEqual([]);
        expect(await lsp.diagnosticsOf(requirementsUri)).toEqual([]);
    });

    test('a misspelt trace gets an error on the misspelt word, and it clears when fixed', async () => {
        const broken = requirementsText.replace('Incident.title', 'Incident.titel');
        await lsp.change(requirementsUri, broken);
        const diagnostics = await lsp.diagnosticsOf(requirementsUri, d => !isEmpty(d));
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0]).toMatchObject({
            message: "'Incident' has no attribute 'titel'. Did you mean 'title'? Add `titel: <type>` to Incident, or fix the spelling.",
            range: rangeOf(broken, 'titel'),
            severity: DiagnosticSeverity.Error,
            code: 'unresolved-reference',
            source: 'tracewright'
        });
        await lsp.change(requirementsUri, requirementsText);
        expect(await lsp.diagnosticsOf(requirementsUri, isEmpty)).toEqual([]);
    });

    test('renaming an attribute in the model breaks the trace in the other file', async () => {
        await lsp.change(modelUri, modelText.replace('title: text(120)', 'summary: text(120)'));
        const diagnostics = await lsp.diagnosticsOf(requirementsUri, d => !isEmpty(d));
        const misspelt = { start: positionOf(requirementsText, 'Incident.title', 9), end: positionOf(requirementsText, 'Incident.title', 14) };
        expect(diagnostics.map(d => [d.code, d.range])).toEqual([['unresolved-reference', misspelt]]);
        await lsp.change(modelUri, modelText);
        expect(await lsp.diagnosticsOf(requirementsUri, isEmpty)).toEqual([]);
    });

    test('completion after `traces Incident.` lists the attributes of Incident', async () => {
        const typing = requirementsText.replace('traces Incident.title, ', 'traces Incident.');
        await lsp.change(requirementsUri, typing);
        // The half-typed trace is a syntax error: once it is reported, the server has the new text.
        await lsp.diagnosticsOf(requirementsUri, d => !isEmpty(d));
        const result = await lsp.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: requirementsUri },
            position: positionOf(typing, 'traces Incident.', 'traces Incident.'.length)
        });
        const items: CompletionItem[] = Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
        expect(items.map(item => item.label).sort()).toEqual(['id', 'priority', 'title']);
        await lsp.change(requirementsUri, requirementsText);
        await lsp.diagnosticsOf(requirementsUri, isEmpty);
    });

    test('go to definition jumps from a trace to the relationship in the model file', async () => {
        const result = await lsp.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: requirementsUri },
            position: positionOf(requirementsText, 'Affects', 2)
        });
        const targets = (Array.isArray(result) ? result : result ? [result] : []) as (Location | LocationLink)[];
        const normalised = targets.map(t => 'targetUri' in t ? { uri: t.targetUri, range: t.targetSelectionRange } : t);
        expect(normalised).toEqual([{ uri: modelUri, range: rangeOf(modelText, 'Affects') }]);
    });

    test('shutdown and exit end the process with code 0', async () => {
        expect(await lsp.shutdown()).toBe(0);
    });
});

/**
 * VS Code runs the server in its own Node (Node 20 in VS Code 1.91), not the project's Node 22.
 * When the machine has a different Node installed system-wide, check the bundle starts on it too.
 */
const otherRuntimes = ['/usr/bin/node', '/usr/local/bin/node']
    .filter(path => existsSync(path) && path !== process.execPath)
    .map(path => ({ path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() }))
    .filter(runtime => runtime.version !== `v${process.versions.node}`);

describe.each(otherRuntimes)('the bundle on $path ($version)', ({ path }) => {
    test('initializes, validates a file and exits cleanly', async () => {
        const lsp = LspProcess.start(path);
        try {
            expect((await lsp.initialize(fixtures)).capabilities.definitionProvider).toBe(true);
            await lsp.open(modelUri, modelText);
            await lsp.open(requirementsUri, requirementsText);
            expect(await lsp.diagnosticsOf(modelUri)).toEqual([]);
            expect(await lsp.diagnosticsOf(requirementsUri)).toEqual([]);
            expect(await lsp.shutdown()).toBe(0);
        } finally {
            lsp.kill();
        }
    });
});
