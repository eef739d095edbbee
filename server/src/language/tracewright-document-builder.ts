import { DefaultDocumentBuilder, DocumentState, URI, type AstNode, type BuildOptions, type LangiumDocument, type Reference } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import { classifyChange, snapshotElements, type ElementSnapshot } from './incremental/document-change.js';
import { NodeRebinding } from './incremental/node-rebinding.js';
import { PendingChanges } from './incremental/pending-changes.js';
import { StableIndexManager } from './incremental/stable-index-manager.js';
import type { WorkspaceChange, WorkspaceChangeSource } from './incremental/workspace-change.js';

/**
 * Keeps an edit cheap on big workspaces while every diagnostic stays what a fresh build would say.
 *
 * Langium relinks every document that references a changed one, and some Tracewright rules look at
 * the whole workspace (duplicate names, coverage), so the simple answer is to relink and revalidate
 * everything. Instead, when a document is re-parsed this builder compares its top-level elements
 * before and after (incremental/document-change.ts):
 * - in every other document, only the references that pointed into the re-parsed document (and, after
 *   a structural change, those that failed) are resolved again; nothing else is relinked;
 * - after a prose-only edit (the wording of a statement, title or description) only the edited
 *   document and the documents referring to the edited elements are validated again;
 * - after any other edit every document is validated again, because workspace-wide rules may now
 *   say something else anywhere.
 * Whole-workspace analyses hear which of the two happened (`onWorkspaceChange`): after a prose-only
 * edit they keep what they computed and swap the replaced nodes (incremental/node-rebinding.ts).
 */
export class TracewrightDocumentBuilder extends DefaultDocumentBuilder implements WorkspaceChangeSource {
    private readonly pending = new PendingChanges();
    private readonly workspaceChangeListeners: Array<(change: WorkspaceChange) => void> = [];
    private readonly snapshots = new WeakMap<object, ElementSnapshot[]>();
    /** Counts the builds after which whole-workspace facts may differ (every change but prose-only edits). */
    private structuralEpoch = 0;
    /** Documents indexed at least once: a document indexed for the first time brings new names. */
    private readonly indexed = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.onBuildPhase(DocumentState.IndexedReferences, documents => documents.forEach(document => this.pending.noteReferenceTargets(document)));
        this.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.indexed.delete(uri.toString());
                this.pending.record(uri.toString(), { kind: 'structural' });
            }
        });
    }

    /** Dependent documents are caught up in `catchUpWithChanges` instead, reference by reference. */
    protected override shouldRelink(): boolean {
        return false;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, async document => {
            const before = this.wasBuilt(document) ? this.snapshotOf(document) : undefined;
            const previousParse = document.parseResult;
            await this.langiumDocumentFactory.update(document, cancelToken);
            if (document.parseResult !== previousParse) this.recordChange(document, before, before && previousParse.value);
        });
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, async document => {
            await this.indexManager.updateContent(document, cancelToken);
            const uri = document.uri.toString();
            if (!this.indexed.has(uri)) this.pending.record(uri, { kind: 'structural' });
            this.indexed.add(uri);
        });
        const dependents = this.catchUpWithChanges(documents);
        await super.buildDocuments(dependents.length ? [...documents, ...dependents] : documents, options, cancelToken);
    }

    private wasBuilt(document: LangiumDocument): boolean {
        return document.parseResult.value.$type === 'Model' && document.parseResult.value.$cstNode !== undefined;
    }

    /** The snapshot of a parse, taken once: the one taken after an edit is the one before the next. */
    snapshotOf(document: LangiumDocument): ElementSnapshot[] {
        let snapshot = this.snapshots.get(document.parseResult);
        if (!snapshot) this.snapshots.set(document.parseResult, snapshot = snapshotElements(document));
        return snapshot;
    }

    private recordChange(document: LangiumDocument, before: ElementSnapshot[] | undefined, rootBefore: AstNode | undefined): void {
        const change = before ? classifyChange(before, this.snapshotOf(document)) : { kind: 'structural' as const };
        this.pending.record(document.uri.toString(), change, rootBefore);
    }

    /**
     * Changes when anything but prose changed anywhere since: a result that depends on the workspace's
     * names, references and values (not on wording elsewhere) is still true while it stays the same.
     */
    get epoch(): number {
        return this.structuralEpoch;
    }

    onWorkspaceChange(listener: (change: WorkspaceChange) => void): void {
        this.workspaceChangeListeners.push(listener);
    }

    /**
     * Prose-only when every re-parsed document pairs up node by node with its tree from before, and kept
     * its index descriptions (which scopes and resolved references hold).
     */
    private describeChange(): WorkspaceChange {
        if (this.pending.isEmpty || !this.pending.canRebind) return { kind: 'reset' };
        const rebinding = new NodeRebinding();
        for (const [uri, rootBefore] of this.pending.reparsedRoots()) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            const keptDescriptions = this.indexManager instanceof StableIndexManager && this.indexManager.keptDescriptions(uri);
            if (!document || !keptDescriptions || !rebinding.add(uri, rootBefore, document.parseResult.value)) return { kind: 'reset' };
        }
        return { kind: 'prose', rebinding };
    }

    /**
     * Brings every linked document up to date with the re-parsed ones (which are indexed by now):
     * re-resolves its stale references and picks those that need validating again. Whole-workspace
     * analyses hear first, so the references resolved here already find them up to date.
     * Synchronous, so a cancellation never leaves it half done.
     */
    private catchUpWithChanges(building: readonly LangiumDocument[]): LangiumDocument[] {
        const change = this.describeChange();
        if (change.kind === 'reset') this.structuralEpoch++;
        for (const listener of this.workspaceChangeListeners) listener(change);
        return this.resolveStaleReferences(building, change);
    }

    private resolveStaleReferences(building: readonly LangiumDocument[], change: WorkspaceChange): LangiumDocument[] {
        if (this.pending.isEmpty) return [];
        // Documents in this build that are already linked (e.g. not yet validated since the language
        // server's first build) are caught up like all others; re-parsed ones are below Linked.
        const inBuild = new Set(building.map(document => document.uri.toString()));
        const dependents: LangiumDocument[] = [];
        for (const document of this.langiumDocuments.all) {
            if (document.state < DocumentState.Linked) continue;
            const stale = this.pending.staleReferences(document);
            const refersToChangedElement = stale.some(reference => this.pending.pointsIntoChangedElement(reference));
            if (stale.length > 0) {
                if (change.kind === 'prose') {
                    pointAtReplacements(stale, change.rebinding);
                } else {
                    resolveAgain(document, stale);
                    this.pending.referencesResolvedAgain(document);
                }
            }
            if (this.pending.structural || refersToChangedElement) {
                // After a structural change targets may have moved to other paths: the reference index is rebuilt too.
                this.resetToState(document, stale.length > 0 && this.pending.structural ? DocumentState.Linked : DocumentState.IndexedReferences);
                if (!inBuild.has(document.uri.toString())) dependents.push(document);
            }
        }
        this.pending.clear();
        return dependents;
    }
}

/**
 * After a prose-only edit a name still resolves to the same element, now a new node: the reference
 * keeps its description (the index manager keeps its identity) and points at the replacement.
 */
function pointAtReplacements(references: Reference[], rebinding: NodeRebinding): void {
    for (const reference of references) {
        const internal = reference as unknown as { _ref?: AstNode };
        if (internal._ref) internal._ref = rebinding.of(internal._ref);
    }
}

/**
 * Forgets what the references resolved to and resolves them again through the scope, as Langium's
 * lazy linking does (the same fields `Linker.unlink` clears); the others keep their targets. The
 * document's reference list keeps its order, so linking errors are reported in the same order as
 * after a fresh build.
 */
function resolveAgain(document: LangiumDocument, references: Reference[]): void {
    const inOrder = document.references;
    const stale = new Set<Reference>(references);
    document.references = inOrder.filter(reference => !stale.has(reference as Reference));
    for (const reference of references) {
        const internal = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown };
        internal._ref = undefined;
        delete internal._nodeDescription;
    }
    for (const reference of references) void reference.ref; // resolves it (and records it in document.references)
    document.references = inOrder;
}
