import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import type { TracewrightServices } from '../../server/src/language/tracewright-module.js';
import { buildPreviewData } from '../../server/src/diagram/preview-data.js';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { sqlDialects } from '../../server/src/sql/sql-schema.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { workspaceTraceMatrix } from '../../server/src/trace/workspace-matrix.js';
import { matrixToCsv } from '../../server/src/trace/format/matrix-csv.js';
import { matrixToHtml } from '../../server/src/trace/format/matrix-html.js';
import { matrixToMarkdown } from '../../server/src/trace/format/matrix-markdown.js';

/** How long one request took, to compare with the bound of its input size. */
export interface Timing {
    request: string;
    ms: number;
}

/** A request that threw: which one, where, and the error; the test prints it with the input. */
export class RequestFailure extends Error {
    constructor(readonly request: string, override readonly cause: unknown) {
        super(`${request} threw: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`);
    }
}

async function timed(timings: Timing[], request: string, run: () => unknown): Promise<void> {
    const start = performance.now();
    try {
        await run();
    } catch (error) {
        throw new RequestFailure(request, error);
    }
    timings.push({ request, ms: performance.now() - start });
}

/**
 * Runs every editor request a user can trigger on `document` (at each of `positions`) and every
 * generator over the workspace, as the language server would; returns how long each took. Whatever
 * the text, none may throw.
 */
export async function exerciseServices(services: TracewrightServices, document: LangiumDocument, positions: Position[]): Promise<Timing[]> {
    const lsp = services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const documents = services.shared.workspace.LangiumDocuments.all.toArray();
    const timings: Timing[] = [];
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };

    await timed(timings, 'formatting', () => lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
    await timed(timings, 'document symbols', () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
    await timed(timings, 'code lens', () => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
    await timed(timings, 'semantic tokens', () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }));
    await timed(timings, 'folding ranges', () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }));
    await timed(timings, 'code actions', () => lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] }
    }));
    for (const position of positions) {
        const at = { textDocument, position };
        await timed(timings, `hover at ${describe(position)}`, () => lsp.HoverProvider!.getHoverContent(document, at));
        await timed(timings, `completion at ${describe(position)}`, () => lsp.CompletionProvider!.getCompletion(document, at));
        await timed(timings, `definition at ${describe(position)}`, () => lsp.DefinitionProvider!.getDefinition(document, at));
        await timed(timings, `references at ${describe(position)}`, () => lsp.ReferencesProvider!.findReferences(document, { ...at, context: { includeDeclaration: true } }));
        await timed(timings, `prepare rename at ${describe(position)}`, () => lsp.RenameProvider!.prepareRename(document, at));
        await timed(timings, `call hierarchy at ${describe(position)}`, async () => {
            const items = await lsp.CallHierarchyProvider!.prepareCallHierarchy(document, at) ?? [];
            for (const item of items) {
                await lsp.CallHierarchyProvider!.incomingCalls({ item });
                await lsp.CallHierarchyProvider!.outgoingCalls({ item });
            }
        });
    }
    await timed(timings, 'SQL', () => {
        for (const naming of ['asWritten', 'snake_case'] as const) {
            const schema = schemaOfDocuments(documents, { naming });
            for (const dialect of sqlDialects) generateSql(schema, dialect);
        }
    });
    await timed(timings, 'Mermaid preview', () => {
        for (const slice of [{ kind: 'all' }, { kind: 'file' }, { kind: 'cursor' }] as const) {
            buildPreviewData(documents, document, { uri: textDocument.uri, slice, position: positions[0] ?? { line: 0, character: 0 } });
        }
    });
    await timed(timings, 'trace matrix', () => {
        const matrix = workspaceTraceMatrix(services, uri => uri.path);
        matrixToCsv(matrix);
        matrixToHtml(matrix);
        matrixToMarkdown(matrix);
    });
    return timings;
}

function describe(position: Position): string {
    return `${position.line + 1}:${position.character + 1}`;
}

/** `count` positions spread over the document by the PRNG, plus its start and end. */
export function samplePositions(document: LangiumDocument, count: number, next: (bound: number) => number): Position[] {
    const text = document.textDocument.getText();
    const offsets = [0, text.length];
    for (let i = 0; i < count; i++) offsets.push(next(text.length + 1));
    return offsets.map(offset => document.textDocument.positionAt(offset));
}
