import { Cancellation, DefaultDocumentBuilder, DocumentState, URI, type AstNode, type BuildOptions, type LangiumDocument, type Reference } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../generated/ast.js';
import { classifyChange, snapshotElements, withElementReplaced, type ElementSnapshot } from './incremental/document-change.js';
import { abandonElementSplice, applyElementSplice, planElementSplice, type ElementSplice } from './incremental/element-splice.js';
import { NodeRebinding } from './incremental/node-rebinding.js';
import { PendingChanges } from './incremental/pending-changes.js';
import { TracewrightReferenceDescriptionProvider } from './incremental/reference-descriptions.js';
import { ReferenceFacts } from './incremental/reference-facts.js';
import { StableIndexManager } from './incremental/stable-index-manager.js';
import type { ElementDescription } from './incremental/element-description.js';
import type { WorkspaceChange, WorkspaceChangeSource } from './incremental/workspace-change.js';
import { TracewrightParser } from './parser/tracewright-parser.js';
import type { TracewrightServices } from './tracewright-module.js';
import { TracewrightScopeComputation } from './tracewright-scope.js';
import { forEachReference, nodesInStreamOrder } from './util/ast-walk.js';

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
 *
 * When an open document changed only in the prose of one top-level element (a keystroke in a
 * statement), not even that document is read again: the element is parsed alone and put in place
 * of the old one (incremental/element-splice.ts), and only its references are linked. When the edit
 * changed more inside that element but kept its lines (a name or a trace typed), the element is put
 * in place the same way, and the edit is then structural for every other purpose (`applyReplacement`).
 */
export class TracewrightDocumentBuilder extends DefaultDocumentBuilder implements WorkspaceChangeSource {
    /** What each document's references resolve to; the validator reads the failed ones from it. */
    readonly referenceFacts = new ReferenceFacts();
    private readonly pending = new PendingChanges(this.referenceFacts);
    private readonly workspaceChangeListeners: Array<(change: WorkspaceChange) => void> = [];
    private readonly snapshots = new WeakMap<object, ElementSnapshot[]>();
    /** Counts the builds after which whole-workspace facts may differ (every change but prose-only edits). */
    private structuralEpoch = 0;
    /** Documents indexed at least once: a document indexed for the first time brings new names. */
    private readonly indexed = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.onBuildPhase(DocumentState.IndexedReferences, documents => documents.forEach(document => this.referenceFacts.targetDocuments(document)));
        this.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.indexed.delete(uri.toString());
                this.pending.record(uri.toString(), { kind: 'structural' });
            }
        });
    }

    /** Documents whose splice just failed: the update that follows reads them whole without trying again. */
    private readonly readWhole = new Set<string>();

    /** Set when an update already caught the workspace up with its edits (element splices). */
    private caughtUp = false;

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        changed = changed.filter(uri => !this.adoptUnchangedText(uri));
        // Nothing to re-read: Langium's update would still tell every analysis the workspace changed.
        if (changed.length === 0 && deleted.length === 0 && this.isFullyBuilt()) return;
        const splices = deleted.length === 0 ? this.planSplices(changed) : undefined;
        const replacement = splices || deleted.length > 0 ? undefined : this.planReplacement(changed);
        if (!splices && !replacement) return super.update(changed, deleted, cancelToken);
        // What Langium's update does, minus resetting the edited documents: they are spliced instead.
        this.currentState = DocumentState.Changed;
        await this.emitUpdate(changed, []);
        try {
            if (splices) this.applySplices(splices);
            else this.applyReplacement(replacement!);
        } catch (error) {
            // A bug here must not leave a half-spliced tree behind: the files are read whole, and
            // every whole-workspace analysis is computed again.
            console.error('Tracewright: re-reading one element failed; the whole file is read again.', error);
            this.replaced = undefined;
            for (const { splice } of splices ?? [replacement!]) {
                abandonElementSplice(splice);
                this.pending.record(splice.document.uri.toString(), { kind: 'structural' });
                this.readWhole.add(splice.document.uri.toString());
            }
            return super.update(changed, deleted, cancelToken);
        }
        await this.buildDocuments(this.sortDocuments(this.incompleteDocuments()), this.updateBuildOptions, cancelToken);
    }

    /** The documents Langium's update builds besides the changed ones: those whose last build did not finish. */
    private incompleteDocuments(): LangiumDocument[] {
        return this.langiumDocuments.all.filter(document => document.state < DocumentState.Validated
            || !this.buildState.get(document.uri.toString())?.completed
            || this.resultsAreIncomplete(document, this.updateBuildOptions)).toArray();
    }

    private isFullyBuilt(): boolean {
        return this.pending.isEmpty && this.incompleteDocuments().length === 0;
    }

    /**
     * Opening a file, like a change that ends where it started, leaves its text as it was parsed. Langium
     * would index, link and validate it again anyway (half a second for a 2.5 MB file, and the tree it
     * leaves makes every later keystroke in it slower); here the document only starts reading the open
     * text document, as Langium's document factory does on update. True when that is all it needed.
     */
    private adoptUnchangedText(uri: URI): boolean {
        const document = this.langiumDocuments.getDocument(uri);
        const textDocument = this.textDocuments?.get(uri.toString());
        const parsedText = document?.parseResult.value.$cstNode?.root.fullText;
        if (!document || !textDocument || parsedText === undefined || parsedText !== textDocument.getText()) return false;
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        return true;
    }

    /**
     * The element splices that bring the changed open documents up to their text, or undefined when
     * any of them needs a parse of the whole file (and then every one gets it, as before).
     */
    private planSplices(changed: readonly URI[]): PlannedSplice[] | undefined {
        const indexManager = this.indexManager;
        if (changed.length === 0 || !this.pending.isEmpty || !(indexManager instanceof StableIndexManager)) return undefined;
        const rebinding = new NodeRebinding();
        const planned: Array<Omit<PlannedSplice, 'rebinding'>> = [];
        const seen = new Set<string>();
        for (const uri of changed) {
            const key = uri.toString();
            const document = this.langiumDocuments.getDocument(uri);
            const textDocument = this.textDocuments?.get(key);
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            // Linked: every reference resolved and listed in `document.references`, the index up to date.
            if (seen.has(key) || !document || !textDocument || document.state < DocumentState.Linked || !(parser instanceof TracewrightParser)) return undefined;
            seen.add(key);
            const splice = planElementSplice(document, textDocument.getText(), text => parser.parseValid(text));
            if (!splice || !rebinding.addElement(key, document.parseResult.value, splice.before, splice.after)) return undefined;
            const entries = indexManager.entriesOf(key, splice.before, node => rebinding.replacementOf(node) !== undefined);
            if (!entries) return undefined;
            planned.push({ splice, textDocument, entries });
        }
        return planned.map(plan => ({ ...plan, rebinding }));
    }

    /**
     * Splices the elements in, tells the whole-workspace analyses, points every reference to an old
     * node at its replacement and links the new elements' references. Synchronous, so a cancelled
     * build finds the workspace either before or after, never half spliced.
     */
    private applySplices(planned: readonly PlannedSplice[]): void {
        const rebinding = planned[0].rebinding;
        const indexManager = this.indexManager as StableIndexManager;
        const spliced = new Set<string>();
        const targets = new Set<AstNode>();
        const targetTypes = new Set<string>();
        for (const { splice, textDocument, entries } of planned) {
            const { document } = splice;
            const uri = document.uri.toString();
            spliced.add(uri);
            // As Langium's document factory does on update: the document reads the open text document.
            Object.defineProperty(document, 'textDocument', { value: textDocument });
            const snapshot = this.snapshots.get(document.parseResult);
            applyElementSplice(splice);
            if (snapshot) this.snapshots.set(document.parseResult, withElementReplaced(snapshot, splice.index, splice.after, splice.elementText));
            // What references can point at: the nodes with index entries.
            for (const entry of entries) {
                targets.add(entry.node);
                targetTypes.add(entry.node.$type);
            }
            indexManager.moveEntries(uri, entries, rebinding);
        }
        const change: WorkspaceChange = { kind: 'prose', rebinding };
        for (const listener of this.workspaceChangeListeners) listener(change);
        // References to the old elements, in any document, point at the new ones; the documents holding
        // them are validated again (a rule may read whether the element's prose is blank). A document
        // none of whose references leads to a node of the spliced types (a requirement, usually: few
        // things refer to one) is not looked through: 200,000 references in a 12 MB file.
        for (const document of this.langiumDocuments.all) {
            if (document.state >= DocumentState.Linked && this.pending.refersTo(document, spliced)
                && this.referenceFacts.leadsToAnyType(document, targetTypes)
                && pointAtReplacedTargets(document.references as Reference[], targets, rebinding)) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        for (const { splice } of planned) this.linkSplicedElement(splice);
        this.caughtUp = true;
    }

    /**
     * The element an edit changed in one open document, when the edit kept the element's lines but
     * changed more than its prose (a name typed, a trace added): see `applyReplacement`.
     */
    private planReplacement(changed: readonly URI[]): PlannedReplacement | undefined {
        const indexManager = this.indexManager;
        if (changed.length !== 1 || !this.pending.isEmpty || !(indexManager instanceof StableIndexManager)) return undefined;
        const key = changed[0].toString();
        const document = this.langiumDocuments.getDocument(changed[0]);
        const textDocument = this.textDocuments?.get(key);
        const services = this.serviceRegistry.getServices(changed[0]);
        const parser = services.parser.LangiumParser;
        const scopes = services.references.ScopeComputation;
        if (!document || !textDocument || document.state < DocumentState.Linked || !(parser instanceof TracewrightParser) || !(scopes instanceof TracewrightScopeComputation)) return undefined;
        const splice = planElementSplice(document, textDocument.getText(), text => parser.parseValid(text), 'lines-kept');
        if (!splice) return undefined;
        const oldNodes = new Set(nodesInStreamOrder(splice.before));
        const entries = indexManager.entriesOf(key, splice.before, node => oldNodes.has(node));
        return entries && { splice, textDocument, entries, oldNodes, scopes };
    }

    /**
     * Puts the element in place and gives it its own index entries, where the old ones stood; the rest
     * of the document keeps its nodes, its resolved references and its index entries. The change is
     * structural: the whole-workspace analyses are computed again and every document is validated
     * again, but in every document (this one too) only the references to the old element's nodes and
     * the ones that failed are resolved again (`resolveStaleReferences`), which is when the element's
     * own references are linked (`linkReplacedElement`). Langium would index and link the whole file.
     * Synchronous, as `applySplices`.
     */
    private applyReplacement({ splice, textDocument, entries, oldNodes, scopes }: PlannedReplacement): void {
        const { document } = splice;
        const uri = document.uri.toString();
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        const snapshot = this.snapshots.get(document.parseResult);
        applyElementSplice(splice);
        if (snapshot) this.snapshots.set(document.parseResult, withElementReplaced(snapshot, splice.index, splice.after, splice.elementText));
        (this.indexManager as StableIndexManager).replaceEntries(uri, entries, scopes.exportElement(splice.after, document, []));
        this.pending.recordReplacedElement(oldNodes);
        this.replaced = splice;
        // Validated again, and built with the documents the update builds.
        this.resetToState(document, DocumentState.IndexedReferences);
    }

    /** The element `applyReplacement` put in place, until its references are linked. */
    private replaced?: ElementSplice;

    /**
     * Links the references of the element `applyReplacement` put in place, in the old element's place
     * in `document.references` and in the reference index. Runs once the whole-workspace analyses have
     * heard of the change, so the references find the current scopes. Nothing to do when the document
     * was read whole since (a later update that was not a splice).
     */
    private linkReplacedElement(): void {
        const splice = this.replaced;
        this.replaced = undefined;
        if (!splice) return;
        const { document, after, index } = splice;
        if (document.state < DocumentState.Linked || (document.parseResult.value as Model).elements?.[index] !== after) return;
        forgetEarlyResolutions(document, after);
        this.linkSplicedElement(splice);
    }

    /**
     * Links a spliced element's references in the old element's place in `document.references`, and
     * puts their reference index entries where the old ones stood; when those are not where they
     * should be, the document's references are indexed again. The document is then validated again.
     */
    private linkSplicedElement({ document, before, after }: ElementSplice): void {
        const { old, added } = linkInPlace(document, before, after);
        this.referenceFacts.linkedInPlace(document, old, added);
        const provider = this.referenceDescriptions(document);
        const indexed = provider !== undefined && this.indexManager instanceof StableIndexManager && this.indexManager.replaceReferences(
            document.uri.toString(), before, provider.describe(document, old, []).length, provider.describe(document, added, []));
        this.resetToState(document, indexed ? DocumentState.IndexedReferences : DocumentState.Linked);
    }

    /** The reference index entries of references resolved again, replaced in place; false when the document's must be made again. */
    private reindexReferences(document: LangiumDocument, references: Reference[]): boolean {
        const provider = this.referenceDescriptions(document);
        return document.state >= DocumentState.IndexedReferences && provider !== undefined && this.indexManager instanceof StableIndexManager
            && this.indexManager.reindexReferences(document.uri.toString(), references, provider.describe(document, references, []));
    }

    /** The document's reference description provider, when it is the one whose entries can be replaced in place. */
    private referenceDescriptions(document: LangiumDocument): TracewrightReferenceDescriptionProvider | undefined {
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        return provider instanceof TracewrightReferenceDescriptionProvider ? provider : undefined;
    }

    /** Dependent documents are caught up in `catchUpWithChanges` instead, reference by reference. */
    protected override shouldRelink(): boolean {
        return false;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, async document => {
            if (this.spliceKeepingLines(document)) {
                // Not a prose-only edit, or not spliced as one: every analysis is computed again.
                this.pending.record(document.uri.toString(), { kind: 'structural' });
                return;
            }
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
        const dependents = this.caughtUp && this.pending.isEmpty ? [] : this.catchUpWithChanges(documents);
        this.caughtUp = false;
        await super.buildDocuments(dependents.length ? [...documents, ...dependents] : documents, options, cancelToken);
    }

    /**
     * Instead of parsing an open document whole, reads again only the element an edit changed when the
     * edit kept that element's lines (a name typed, a reference added; see element-splice.ts). The
     * document was reset like a re-parsed one, so it is indexed, linked and validated as one: only the
     * parse is saved, seconds in a file of 50,000 requirements. True when it was spliced.
     */
    private spliceKeepingLines(document: LangiumDocument): boolean {
        if (this.readWhole.delete(document.uri.toString())) return false;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
        if (!textDocument || !(parser instanceof TracewrightParser)) return false;
        const splice = planElementSplice(document, textDocument.getText(), text => parser.parseValid(text), 'lines-kept');
        if (!splice) return false;
        try {
            applyElementSplice(splice);
        } catch (error) {
            // A bug here must not leave a half-spliced tree behind: the caller parses the file whole.
            console.error('Tracewright: re-reading one element failed; the whole file is read again.', error);
            abandonElementSplice(splice);
            return false;
        }
        // As Langium's document factory does on update: the document reads the open text document.
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        return true;
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
        this.linkReplacedElement();
        if (this.pending.structural) this.recordDuplicatedDeclarations();
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
                    this.referenceFacts.forget(document);
                }
            }
            if (this.pending.structural || refersToChangedElement) {
                // The references resolved again may lead elsewhere now: their reference index entries are
                // replaced (the others' targets kept their paths), or the document's are made again.
                const reindexed = stale.length === 0 || !this.pending.structural || this.reindexReferences(document, stale);
                this.resetToState(document, reindexed ? DocumentState.IndexedReferences : DocumentState.Linked);
                if (!inBuild.has(document.uri.toString())) dependents.push(document);
            }
        }
        this.pending.clear();
        return dependents;
    }

    /**
     * A reference to a name declared more than once finds its first declaration (`FirstDeclaredScope`);
     * a structural change may have declared one before the one it found (a name typed, a file added), so
     * references to every declaration of such a name are resolved again. Most workspaces have none, and
     * the names are what the integrity rules read next anyway.
     */
    private recordDuplicatedDeclarations(): void {
        const names = (this.serviceRegistry.all[0] as Partial<TracewrightServices> | undefined)?.references?.NameRegistry;
        if (!names) return;
        for (const name of names.duplicatedNames()) {
            for (const declaration of names.declarationsOf(name)) {
                if (declaration.node) this.pending.recordContested(nodesInStreamOrder(declaration.node));
            }
        }
    }
}

interface PlannedReplacement {
    splice: ElementSplice;
    textDocument: TextDocument;
    /** The index entries of the old element and its attributes. */
    entries: ElementDescription[];
    /** The old element and every node in it. */
    oldNodes: ReadonlySet<AstNode>;
    scopes: TracewrightScopeComputation;
}

interface PlannedSplice {
    splice: ElementSplice;
    textDocument: TextDocument;
    /** The index entries of the old element and its attributes. */
    entries: ElementDescription[];
    /** The nodes of every planned splice's old element paired with the new element's. */
    rebinding: NodeRebinding;
}

/**
 * The spliced element's references take the old element's place in `document.references` (which keeps
 * the order of a fresh build's linking, the order linking errors are reported in), resolved. The list
 * stays the same array, so what was learnt from it (the documents it refers to) stays true.
 */
function linkInPlace(document: LangiumDocument, before: AstNode, after: AstNode): { old: Reference[]; added: Reference[] } {
    const old: Reference[] = [];
    for (const node of nodesInStreamOrder(before)) forEachReference(node, ({ reference }) => void old.push(reference as Reference));
    const references = document.references as Reference[];
    const count = references.length;
    for (const node of nodesInStreamOrder(after)) {
        // Reading a reference resolves it, and the linker appends it to `document.references`.
        forEachReference(node, ({ reference }) => void ('ref' in reference ? reference.ref : reference.items));
    }
    const added = references.splice(count);
    const at = old.length > 0 ? references.indexOf(old[0]) : -1;
    if (at >= 0 && old.every((reference, k) => references[at + k] === reference)) {
        references.splice(at, old.length, ...added);
    } else if (old.length === 0) {
        // The element had none (a first trace typed): its references go where the text places them.
        references.splice(firstReferenceFrom(references, after.$cstNode?.offset ?? 0), 0, ...added);
    } else {
        // Resolved out of order (one element's scope needed another's reference first): the old ones
        // are taken out one by one, and the new ones go where the text places them.
        const stale = new Set(old);
        const kept = references.filter(reference => !stale.has(reference));
        const from = firstReferenceFrom(kept, after.$cstNode?.offset ?? 0);
        const inOrder = [...kept.slice(0, from), ...added, ...kept.slice(from)];
        // The same array, refilled: what was learnt from it stays attached to it (a file may have too many to spread into push).
        references.length = 0;
        for (const reference of inOrder) references.push(reference);
    }
    return { old, added };
}

/** Where the first reference at or after this offset is in a list in the order of the text. */
function firstReferenceFrom(references: readonly Reference[], offset: number): number {
    let low = 0, high = references.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if ((references[mid].$refNode?.offset ?? -1) < offset) low = mid + 1; else high = mid;
    }
    return low;
}

/**
 * A request served before the build caught up may have read references of the element `applyReplacement`
 * put in place: the linker then appended them to the end of `document.references`. They are taken out
 * (the list stays the same array) and forgotten, so `linkInPlace` resolves them where they belong.
 */
function forgetEarlyResolutions(document: LangiumDocument, element: AstNode): void {
    const early = new Set<Reference>();
    for (const node of nodesInStreamOrder(element)) {
        forEachReference(node, ({ reference }) => {
            if ((reference as { _ref?: unknown })._ref !== undefined) early.add(reference as Reference);
        });
    }
    if (early.size === 0) return;
    const references = document.references as Reference[];
    let kept = 0;
    for (const reference of references) if (!early.has(reference)) references[kept++] = reference;
    references.length = kept;
    for (const reference of early) {
        const internal = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown };
        internal._ref = undefined;
        delete internal._nodeDescription;
    }
}

/**
 * Points the references to `targets` (nodes of spliced elements) at their replacements; whether there
 * were any. Runs over every reference of the documents that refer to a spliced one, so the common case
 * (one target: a requirement, story or goal has no attributes) is one comparison per reference.
 */
function pointAtReplacedTargets(references: Reference[], targets: ReadonlySet<AstNode>, rebinding: NodeRebinding): boolean {
    const only = targets.size === 1 ? targets.values().next().value : undefined;
    let replaced = false;
    for (let i = 0; i < references.length; i++) {
        const internal = references[i] as unknown as { _ref?: AstNode };
        const target = internal._ref;
        if (target === undefined || (only ? target !== only : !targets.has(target))) continue;
        internal._ref = rebinding.of(target);
        replaced = true;
    }
    return replaced;
}

/**
 * After a prose-only edit a name still resolves to the same element, now a new node: the reference
 * keeps its description (the index manager keeps its identity) and points at the replacement.
 */
function pointAtReplacements(references: Reference[], rebinding: NodeRebinding): boolean {
    let replaced = false;
    for (const reference of references) {
        const internal = reference as unknown as { _ref?: AstNode };
        const replacement = internal._ref && rebinding.replacementOf(internal._ref);
        if (replacement) {
            internal._ref = replacement;
            replaced = true;
        }
    }
    return replaced;
}

/**
 * Forgets what the references resolved to and resolves them again through the scope, as Langium's
 * lazy linking does (the same fields `Linker.unlink` clears); the others keep their targets. The
 * document's reference list keeps its order, so linking errors are reported in the same order as
 * after a fresh build.
 */
function resolveAgain(document: LangiumDocument, references: Reference[]): void {
    const inOrder = document.references;
    // The linker appends each reference it resolves to `document.references`: here to a list that is thrown away.
    document.references = [];
    for (const reference of references) {
        const internal = reference as unknown as { _ref?: unknown; _nodeDescription?: unknown };
        internal._ref = undefined;
        delete internal._nodeDescription;
    }
    for (const reference of references) void reference.ref; // resolves it (and records it in document.references)
    document.references = inOrder;
}
