import type { AstNode } from 'langium';
import { nodesInStreamOrder } from '../util/ast-walk.js';

/**
 * After prose-only edits, the old AST nodes of the re-parsed documents and the nodes that replaced
 * them. A prose-only edit leaves every document's shape as it was (same elements, names, references,
 * in the same order), so the two trees pair up node by node; whole-workspace analyses (trace graph,
 * coverage gaps, SQL names) swap the nodes they hold instead of being computed again.
 */
export class NodeRebinding {
    private readonly replacements = new Map<AstNode, AstNode>();
    /** URIs of the documents whose nodes were replaced. */
    readonly documents = new Set<string>();
    /** The replaced trees' roots: a top-level element whose container is one of them was replaced. */
    private readonly oldRoots = new Set<AstNode>();
    /** Top-level elements replaced one by one in a tree that stays (`addElement`), with their replacements. */
    private readonly elements: Array<[AstNode, AstNode]> = [];
    /** Whether a whole tree was replaced (`add`), not only elements in one. */
    private wholeTrees = false;

    /**
     * Pairs the nodes of an old and a new tree of one document. False if the trees do not have the same
     * shape, which a prose-only edit rules out; the caller then treats the change as structural.
     */
    add(uri: string, oldRoot: AstNode, newRoot: AstNode): boolean {
        if (!this.pair(oldRoot, newRoot)) return false;
        this.documents.add(uri);
        this.oldRoots.add(oldRoot);
        this.wholeTrees = true;
        return true;
    }

    /**
     * Pairs the nodes of one top-level element with those of the element put in its place in the same
     * tree (incremental/element-splice.ts). False if they do not have the same shape.
     */
    addElement(uri: string, root: AstNode, oldElement: AstNode, newElement: AstNode): boolean {
        // The new element may not be in its place yet: only what is below it must be in the same slots.
        if (!this.pair(oldElement, newElement, 1)) return false;
        this.documents.add(uri);
        // The root stays: its other elements are their own replacements (`of` answers them unchanged).
        this.oldRoots.add(root);
        this.elements.push([oldElement, newElement]);
        return true;
    }

    /** Pairs two trees node by node; the slots of the first `slotsFrom` nodes of the walk are not compared. */
    private pair(oldNode: AstNode, newNode: AstNode, slotsFrom = 0): boolean {
        const before = nodesInStreamOrder(oldNode);
        const after = nodesInStreamOrder(newNode);
        if (before.length !== after.length) return false;
        // Same types in the same slots, in the same walk order: the same tree shape.
        for (let i = 0; i < before.length; i++) {
            const [was, is] = [before[i], after[i]];
            if (was.$type !== is.$type) return false;
            if (i >= slotsFrom && (was.$containerProperty !== is.$containerProperty || was.$containerIndex !== is.$containerIndex)) return false;
        }
        for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) this.replacements.set(before[i], after[i]);
        return true;
    }

    /** The node that replaced `node`, or `node` itself when it was not replaced. */
    of<T extends AstNode>(node: T): T;
    of<T extends AstNode>(node: T | undefined): T | undefined;
    of<T extends AstNode>(node: T | undefined): T | undefined {
        return node ? (this.replacements.get(node) as T | undefined) ?? node : node;
    }

    /**
     * Whether nodes inside top-level elements of these types may have been replaced: an analysis that
     * holds only such nodes (the SQL schema holds data model nodes) has nothing to swap otherwise.
     */
    mayReplaceInside(types: ReadonlySet<string>): boolean {
        return this.wholeTrees || this.elements.some(([before]) => types.has(before.$type));
    }

    /** The node that replaced `node`, or undefined when it was not replaced. */
    replacementOf(node: AstNode): AstNode | undefined {
        return this.replacements.get(node);
    }

    /**
     * Swaps the replaced top-level elements of a list in place. A root check per element, so a list of
     * every element of the workspace costs little more than the replaced document's share.
     */
    rebindTopLevel<T extends AstNode>(list: T[]): void {
        if (!this.wholeTrees) {
            // Only single elements were replaced: find each (a native scan of pointers, no lookup per element).
            for (const [before, after] of this.elements) {
                for (let i = list.indexOf(before as T); i >= 0; i = list.indexOf(before as T, i + 1)) list[i] = after as T;
            }
            return;
        }
        for (let i = 0; i < list.length; i++) {
            const container = list[i].$container;
            if (container && this.oldRoots.has(container)) list[i] = this.of(list[i]);
        }
    }

    /** Every replaced node with its replacement. */
    entries(): IterableIterator<[AstNode, AstNode]> {
        return this.replacements.entries();
    }
}

