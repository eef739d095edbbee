import { DocumentState, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../server/src/generated/ast.js';
import { createTracewrightServices } from '../server/src/language/tracewright-module.js';
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

    text(name: string): string {
        const text = this.texts.get(name);
        if (text === undefined) throw new Error(`no bench file ${name}`);
        return text;
    }

    /** Replaces a file's text as the editor does on didChange and waits for the incremental build. */
    async edit(name: string, text: string): Promise<void> {
        const shared = this.services.shared;
        const uri = benchUri(name).toString();
        const previous = shared.workspace.TextDocuments.get(uri);
        this.texts.set(name, text);
        shared.workspace.TextDocuments.set(TextDocument.create(uri, 'tracewright', (previous?.version ?? 0) + 1, text));
        this.resetPhases();
        await shared.workspace.DocumentBuilder.update([benchUri(name)], []);
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
