import { isAstNode, type AstNode, type LangiumDocument, type Reference, type URI } from 'langium';
import type { DocumentChange } from './document-change.js';
import type { ReferenceFacts } from './reference-facts.js';

/**
 * What the other documents still have to catch up with after documents were re-parsed. Kept across
 * builds, so an update cancelled by the next keystroke loses nothing: the next build merges its own
 * changes in and catches up with both.
 */
export class PendingChanges {
    /** Documents that were re-parsed or deleted: references into them point at old AST nodes. */
    private readonly reparsed = new Set<string>();
    /** Per re-parsed document, the top-level elements whose prose changed (`/elements@3`). */
    private readonly changedPaths = new Map<string, Set<string>>();
    /** Per re-parsed document, the root of its tree before the first of these changes: what analyses still hold. */
    private readonly rootsBefore = new Map<string, AstNode>();
    structural = false;
    /**
     * References to these nodes are stale: nodes of elements replaced in place (a structural edit inside
     * one element), and of declarations of a name declared more than once (`recordContested`).
     */
    private readonly replacedNodes = new Set<AstNode>();

    /** What each document's references resolve into, which the builder keeps up to date. */
    constructor(private readonly referenceFacts: ReferenceFacts) {}

    get isEmpty(): boolean {
        return this.reparsed.size === 0 && !this.structural;
    }

    record(uri: string, change: DocumentChange, rootBefore?: AstNode): void {
        this.reparsed.add(uri);
        if (rootBefore && !this.rootsBefore.has(uri)) this.rootsBefore.set(uri, rootBefore);
        if (change.kind === 'structural') {
            this.structural = true;
            return;
        }
        const paths = this.changedPaths.get(uri) ?? new Set<string>();
        for (const index of change.elements) paths.add(`/elements@${index}`);
        this.changedPaths.set(uri, paths);
    }

    /**
     * An element (`nodes`: it and every node in it) was parsed again in place, its names or references changed: the rest
     * of the document keeps its nodes, so only references to the old element's nodes (and, as after any
     * structural change, the ones that failed) are resolved again, in this document as in the others.
     */
    recordReplacedElement(nodes: Iterable<AstNode>): void {
        this.structural = true;
        this.addStaleTargets(nodes);
    }

    /**
     * A declaration of a name declared more than once (`nodes`: it and every node in it), after a
     * structural change: references find the first declaration of a name, and the change may have put
     * one before the one they found, so references to it are resolved again.
     */
    recordContested(nodes: Iterable<AstNode>): void {
        this.addStaleTargets(nodes);
    }

    private addStaleTargets(nodes: Iterable<AstNode>): void {
        for (const node of nodes) this.replacedNodes.add(node);
    }

    clear(): void {
        this.replacedNodes.clear();
        this.reparsed.clear();
        this.changedPaths.clear();
        this.rootsBefore.clear();
        this.structural = false;
    }

    /** The re-parsed documents with their roots before the changes (only meaningful when not structural). */
    reparsedRoots(): ReadonlyMap<string, AstNode> {
        return this.rootsBefore;
    }

    /** Whether every re-parsed document has its tree from before the changes, so its nodes can be paired. */
    get canRebind(): boolean {
        return !this.structural && [...this.reparsed].every(uri => this.rootsBefore.has(uri));
    }

    /** References of the document that point into a re-parsed document or a replaced element, or that failed and might resolve now. */
    staleReferences(document: LangiumDocument): Reference[] {
        // After a prose-only edit most documents refer to none of the re-parsed ones: say so from the
        // documents they are known to refer to, without walking their references.
        if (!this.structural && !this.refersToReparsed(document)) return [];
        const stale: Reference[] = [];
        // Descriptions share their document's URI object: ask about each URI object once.
        const reparsedUri = new Map<URI, boolean>();
        for (const reference of document.references as Reference[]) {
            const target = reference.$nodeDescription?.documentUri;
            let inReparsed = false;
            if (target) {
                inReparsed = reparsedUri.get(target) ?? this.reparsed.has(target.toString());
                reparsedUri.set(target, inReparsed);
            }
            if (inReparsed) {
                stale.push(reference);
            } else if (this.structural) {
                // What it resolved to, read once: a node of a replaced element, another node, or a linking error.
                const resolved = (reference as { _ref?: unknown })._ref;
                if (this.replacedNodes.has(resolved as AstNode) || !isAstNode(resolved) && reference.error) stale.push(reference);
            }
        }
        return stale;
    }

    private refersToReparsed(document: LangiumDocument): boolean {
        return this.refersTo(document, this.reparsed);
    }

    /** Whether any of the document's references resolved into one of these documents. */
    refersTo(document: LangiumDocument, uris: ReadonlySet<string>): boolean {
        return this.referenceFacts.leadsIntoAny(document, uris);
    }

    /** Whether a reference pointed at an element whose prose changed (or anything inside it). */
    pointsIntoChangedElement(reference: Reference): boolean {
        const description = reference.$nodeDescription;
        const paths = description && this.changedPaths.get(description.documentUri.toString());
        if (!paths || paths.size === 0) return false;
        const path = description.path;
        const slash = path.indexOf('/', 1);
        return paths.has(slash < 0 ? path : path.slice(0, slash));
    }
}
