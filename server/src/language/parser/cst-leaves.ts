import { CstNodeBuilder, type CompositeCstNode, type CstNode, type LeafCstNode, type LeafCstNodeImpl, type RootCstNode } from 'langium';
import type { Token } from './grammar-elements.js';

/**
 * Every leaf of a syntax tree, comments included, in the order of the text. An edit that re-reads one
 * element (incremental/element-splice.ts) moves every token after it: a loop over this list, instead of
 * a walk of the whole tree (a quarter of a million leaves in a 2.5 MB file). The fast parser records the
 * list while it builds the tree, as it makes leaves in text order; other trees get theirs when first asked.
 */
const leafLists = new WeakMap<RootCstNode, LeafCstNode[]>();

export function leavesOf(root: RootCstNode): LeafCstNode[] {
    let leaves = leafLists.get(root);
    if (!leaves) leafLists.set(root, leaves = collectLeaves(root, []));
    return leaves;
}

export function collectLeaves(node: CstNode, into: LeafCstNode[]): LeafCstNode[] {
    const content = (node as Partial<CompositeCstNode>).content;
    if (content === undefined) into.push(node as LeafCstNode);
    else for (let i = 0; i < content.length; i++) collectLeaves(content[i], into);
    return into;
}

/** Langium's CST builder, noting the comment leaves it makes (the fast parser makes the others and notes them itself). */
export class LeafRecordingCstBuilder extends CstNodeBuilder {
    leaves: LeafCstNode[] = [];

    protected override createLeafNode(token: Token, hidden: boolean): LeafCstNodeImpl {
        const leaf = super.createLeafNode(token, hidden);
        this.leaves.push(leaf);
        return leaf;
    }

    /** The tree is complete: its leaf list is kept with it, and a new list starts. */
    keepLeaves(root: RootCstNode): void {
        leafLists.set(root, this.leaves);
        this.leaves = [];
    }
}
