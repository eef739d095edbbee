import { isAstNode, type AstNode } from 'langium';

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

    /**
     * Pairs the nodes of an old and a new tree of one document. False if the trees do not have the same
     * shape, which a prose-only edit rules out; the caller then treats the change as structural.
     */
    add(uri: string, oldRoot: AstNode, newRoot: AstNode): boolean {
        if (!this.pair(oldRoot, newRoot)) return false;
        this.documents.add(uri);
        this.oldRoots.add(oldRoot);
        return true;
    }

    /**
     * Walks both trees together, child properties in the order the node holds them (as Langium's
     * streamAst does), without its generators: a 250 KB file has some 30,000 nodes.
     */
    private pair(was: AstNode, is: AstNode): boolean {
        if (was.$type !== is.$type) return false;
        if (was !== is) this.replacements.set(was, is);
        const wasKeys = childKeys(was);
        const isKeys = childKeys(is);
        if (wasKeys.length !== isKeys.length) return false;
        for (let k = 0; k < wasKeys.length; k++) {
            const key = wasKeys[k];
            if (key !== isKeys[k]) return false;
            const [before, after] = [(was as unknown as Record<string, unknown>)[key], (is as unknown as Record<string, unknown>)[key]];
            if (Array.isArray(before)) {
                if (!Array.isArray(after) || before.length !== after.length) return false;
                for (let i = 0; i < before.length; i++) {
                    if (isNode(before[i]) !== isNode(after[i])) return false;
                    if (isNode(before[i]) && !this.pair(before[i] as AstNode, after[i] as AstNode)) return false;
                }
            } else if (isNode(before)) {
                if (!isNode(after) || !this.pair(before, after)) return false;
            } else if (isNode(after)) {
                return false;
            }
        }
        return true;
    }

    /** The node that replaced `node`, or `node` itself when it was not replaced. */
    of<T extends AstNode>(node: T): T;
    of<T extends AstNode>(node: T | undefined): T | undefined;
    of<T extends AstNode>(node: T | undefined): T | undefined {
        return node ? (this.replacements.get(node) as T | undefined) ?? node : node;
    }

    /**
     * Swaps the replaced top-level elements of a list in place. A root check per element, so a list of
     * every element of the workspace costs little more than the replaced document's share.
     */
    rebindTopLevel<T extends AstNode>(list: T[]): void {
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

/** The properties that can hold child nodes: everything but Langium's own `$` properties. */
function childKeys(node: AstNode): string[] {
    const keys: string[] = [];
    for (const key in node) if (key.charCodeAt(0) !== 36 /* $ */) keys.push(key);
    return keys;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && isAstNode(value);
}
