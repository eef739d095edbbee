import { DocumentState, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver';
import type { Model } from '../server/src/generated/ast.js';
import { createTracewrightServices } from '../server/src/language/tracewright-module.js';
import { PauseProbe } from './pause-probe.js';
import { now } from './stats.js';

/** The build phases Langium reports, in order, with the names the benchmark prints. */
const phaseNames: Array<[DocumentState, string]> = [
    [DocumentState.Parsed, 'parse'],
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'refIndex'],
    [DocumentState.Validated, 'validate']
];

export function benchUri(name: string): URI {
    return URI.file(`/bench/${name}`);
}

/** What one edit cost the server: its time, and the longest stretch in it that answered nothing. */
export interface EditTiming {
    ms: number;
    longestPauseMs: number;
}

/**
 * One in-memory workspace built with the services the language server uses, plus the measured
 * time of each build phase. Edits go through the open-document path of the language server
 * (TextDocuments, then DocumentBuilder.update), so they measure what a keystroke costs.
 */
export class TracewrightSession {
    readonly services = createTracewrightServices(EmptyFileSystem);
    private readonly texts = new Map<string, string>();
    private phaseStart = 0;
    /** Milliseconds per phase since the last `resetPhases`; `parse` is filled by the caller's timing. */
    phases: Record<string, number> = {};

    constructor() {
        const builder = this.services.shared.workspace.DocumentBuilder;
        for (const [state, name] of phaseNames) {
            builder.onBuildPhase(state, () => {
                const time = now();
                this.phases[name] = (this.phases[name] ?? 0) + time - this.phaseStart;
                this.phaseStart = time;
            });
        }
    }

    resetPhases(): void {
        this.phases = {};
        this.phaseStart = now();
    }

    /** Parses every file (timed as `parse`), then indexes, links and validates them all. */
    async build(files: Record<string, string>): Promise<void> {
        const shared = this.services.shared;
        this.resetPhases();
        const documents: LangiumDocument[] = [];
        for (const [name, text] of Object.entries(files)) {
            this.texts.set(name, text);
            documents.push(shared.workspace.LangiumDocumentFactory.fromString<Model>(text, benchUri(name)));
        }
        this.phases.parse = now() - this.phaseStart;
        this.phaseStart = now();
        for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    }

    /** The file's text: the synced document's once the file is open (no copy of a 12 MB text is kept beside it). */
    text(name: string): string {
        const open = this.services.shared.workspace.TextDocuments.get(benchUri(name).toString());
        const text = open?.getText() ?? this.texts.get(name);
        if (text === undefined) throw new Error(`no bench file ${name}`);
        return text;
    }

    /**
     * Opens a file as VS Code does before the user types in it: didOpen (the server updates the
     * document from the synced text), then the first request at a position (VS Code asks for the
     * highlights of the word under the cursor when it lands). That request makes the synced document
     * work out its line offsets, which later changes keep up to date.
     */
    async open(name: string): Promise<void> {
        const shared = this.services.shared;
        const uri = benchUri(name).toString();
        if (shared.workspace.TextDocuments.get(uri)) return;
        shared.workspace.TextDocuments.set(TextDocument.create(uri, 'tracewright', 1, this.text(name)));
        await shared.workspace.DocumentBuilder.update([benchUri(name)], []);
        await this.services.Tracewright.lsp.DocumentHighlightProvider?.getDocumentHighlight(this.document(name), { textDocument: { uri }, position: { line: 0, character: 0 } });
    }

    /**
     * Changes a file's text as VS Code does: the first change opens the document (didOpen), later ones
     * arrive as one incremental change (didChange with the changed range, which VS Code works out on its
     * side), applied to the synced document with `TextDocument.update` as Langium's TextDocuments does.
     * Returns the server's time and longest pause (see `change`).
     */
    async edit(name: string, text: string): Promise<EditTiming> {
        const uri = benchUri(name).toString();
        if (!this.services.shared.workspace.TextDocuments.get(uri)) {
            this.texts.set(name, text);
            return this.timed(() => this.services.shared.workspace.TextDocuments.set(TextDocument.create(uri, 'tracewright', 1, text)), name);
        }
        return this.change(name, changedRange(this.text(name), text));
    }

    /**
     * Replaces the text between two offsets of an open file, as one didChange, without the new text
     * being made whole here: in the editor the server gets the change alone (the client keeps the
     * text), so the only copy of a 12 MB file the server makes per keystroke is its own.
     * The build gets a cancellation token, as from the server's workspace lock, so it lets other
     * requests in as it does there. Returns the milliseconds the server spends (applying the change,
     * then the incremental build) and the longest pause in them (see PauseProbe).
     */
    async change(name: string, change: { start: number; end: number; text: string }): Promise<EditTiming> {
        const previous = this.services.shared.workspace.TextDocuments.get(benchUri(name).toString());
        if (!previous) throw new Error(`open ${name} before changing it`);
        const range = { start: previous.positionAt(change.start), end: previous.positionAt(change.end) };
        // Updates the synced document in place, as TextDocuments does on didChange.
        return this.timed(() => TextDocument.update(previous as TextDocument, [{ range, text: change.text }], previous.version + 1), name);
    }

    private async timed(apply: () => void, name: string): Promise<EditTiming> {
        const probe = new PauseProbe();
        const start = now();
        probe.start();
        apply();
        this.resetPhases();
        await this.services.shared.workspace.DocumentBuilder.update([benchUri(name)], [], new CancellationTokenSource().token);
        const longestPauseMs = probe.stop();
        return { ms: now() - start, longestPauseMs };
    }

    document(name: string): LangiumDocument<Model> {
        const document = this.services.shared.workspace.LangiumDocuments.getDocument(benchUri(name));
        if (!document) throw new Error(`no bench file ${name}`);
        return document as LangiumDocument<Model>;
    }

    /** Every diagnostic in the workspace, by rule id (or message for parser errors). */
    diagnosticsByRule(): Record<string, number> {
        const counts: Record<string, number> = {};
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            for (const diagnostic of document.diagnostics ?? [] as Diagnostic[]) {
                const key = typeof diagnostic.code === 'string' ? diagnostic.code : 'syntax';
                counts[key] = (counts[key] ?? 0) + 1;
            }
        }
        return counts;
    }

    allDiagnostics(): Map<string, Diagnostic[]> {
        const result = new Map<string, Diagnostic[]>();
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            result.set(document.uri.toString(), document.diagnostics ?? []);
        }
        return result;
    }
}

/** The one range of `before` that `after` replaces (common prefix and suffix kept), as an editor reports a change. */
function changedRange(before: string, after: string): { start: number; end: number; text: string } {
    let start = 0;
    const shorter = Math.min(before.length, after.length);
    while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) };
}
