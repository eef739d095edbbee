import { Cancellation, EmptyFileSystem, isOperationCancelled, TextDocument, URI, type AstNode, type LangiumDocument, type LangiumDocuments, type Reference } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../../server/src/generated/ast.js';
import { createTracewrightServices } from '../../server/src/language/tracewright-module.js';

export type TestWorkspace = Awaited<ReturnType<typeof buildWorkspace>>;

/** The URI a test file gets: `file:///workspace/<name>`. */
export function testUri(name: string): URI {
    return URI.file(`/workspace/${name}`);
}

/**
 * Builds an in-memory workspace from `{ fileName: text }` with the same services the server uses,
 * and returns helpers to read documents and diagnostics and to edit a file as the editor would.
 */
export async function buildWorkspace(files: Record<string, string>, settings?: unknown) {
    const services = createTracewrightServices(EmptyFileSystem);
    if (settings !== undefined) services.Tracewright.rules.RuleSettings.update(settings);
    const shared = services.shared;
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, testUri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });

    const documentOf = (name: string): LangiumDocument<Model> => {
        const document = shared.workspace.LangiumDocuments.getDocument(testUri(name));
        if (!document) throw new Error(`no test file '${name}'`);
        return document as LangiumDocument<Model>;
    };
    return {
        ...services,
        documentOf,
        model: (name: string): Model => documentOf(name).parseResult.value,
        diagnostics: (name: string): Diagnostic[] => documentOf(name).diagnostics ?? [],
        /** Replaces a file's text and runs an incremental update, as when the user types. */
        edit(name: string, text: string): Promise<void> {
            return updateFiles({ shared }, { changed: [[name, text]] });
        }
    };
}

/** `line:col rule message` (1-based), the form tests compare whole lists of diagnostics in. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${d.message}`);
}

/**
 * Whether a node belongs to the tree its document holds now: each node up to the root is where its
 * container holds it, and the root is the document's. An element replaced in place (an element
 * splice) keeps its container, so a check of the root alone would not see it.
 */
export function isInCurrentTree(documents: LangiumDocuments, node: AstNode): boolean {
    let current = node;
    while (current.$container) {
        const held = (current.$container as unknown as Record<string, unknown>)[current.$containerProperty!];
        const slot = current.$containerIndex === undefined ? held : (held as unknown[] | undefined)?.[current.$containerIndex];
        if (slot !== current) return false;
        current = current.$container;
    }
    return current.$document !== undefined && documents.getDocument(current.$document.uri)?.parseResult.value === current;
}

/** The references of these files that point at a node no document holds any more (`file: text` each): none, after any edit. */
export function staleTargets(ws: TestWorkspace, files: Record<string, string>): string[] {
    const stale: string[] = [];
    for (const name of Object.keys(files)) {
        for (const reference of ws.documentOf(name).references as Reference[]) {
            const target = reference.ref;
            if (target && !isInCurrentTree(ws.shared.workspace.LangiumDocuments, target)) stale.push(`${name}: ${reference.$refText}`);
        }
    }
    return stale;
}

/** One update of the workspace, as the language server receives it. */
export interface FileUpdate {
    /** Files with their new text; a file the workspace does not have yet is added. */
    changed?: ReadonlyArray<readonly [string, string]>;
    /** Files deleted (closed and gone from disk). */
    deleted?: readonly string[];
    /** Cancels the update after this many turns of the event loop, as the next keystroke cancels a build still running. */
    cancelAfter?: number;
}

/**
 * Updates files as the language server does: the open text documents change, then one update builds
 * them. A cancelled update is awaited until it stops, as Langium's workspace lock does before the
 * next update starts.
 */
export async function updateFiles(ws: { shared: LangiumSharedServices }, { changed = [], deleted = [], cancelAfter }: FileUpdate = {}): Promise<void> {
    const { TextDocuments, DocumentBuilder } = ws.shared.workspace;
    for (const [name, text] of changed) {
        const uri = testUri(name).toString();
        TextDocuments.set(TextDocument.create(uri, 'tracewright', (TextDocuments.get(uri)?.version ?? 0) + 1, text));
    }
    for (const name of deleted) TextDocuments.delete(testUri(name));
    const source = new Cancellation.CancellationTokenSource();
    const build = DocumentBuilder.update(changed.map(([name]) => testUri(name)), deleted.map(testUri), source.token);
    if (cancelAfter === undefined) return build;
    for (let turn = 0; turn < cancelAfter; turn++) await new Promise(resolve => setImmediate(resolve));
    source.cancel();
    await build.catch(error => {
        if (!isOperationCancelled(error)) throw error;
    });
}
