import { AstUtils, type AstNode } from 'langium';

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

    /**
     * Pairs the nodes of an old and a new tree of one document. False if the trees do not have the same
     * shape, which a prose-only edit rules out; the caller then treats the change as structural.
     */
    add(uri: string, oldRoot: AstNode, newRoot: AstNode): boolean {
        const oldNodes = AstUtils.streamAst(oldRoot).iterator();
        const newNodes = AstUtils.streamAst(newRoot).iterator();
        for (;;) {
            const before = oldNodes.next();
            const after = newNodes.next();
            if (before.done || after.done) {
                if (before.done !== after.done) return false;
                break;
            }
            const [was, is] = [before.value, after.value];
            if (was.$type !== is.$type || was.$containerProperty !== is.$containerProperty || was.$containerIndex !== is.$containerIndex) return false;
            if (was !== is) this.replacements.set(was, is);
        }
        this.documents.add(uri);
        return true;
    }

    /** The node that replaced `node`, or `node` itself when it was not replaced. */
    of<T extends AstNode>(node: T): T;
    of<T extends AstNode>(node: T | undefined): T | undefined;
    of<T extends AstNode>(node: T | undefined): T | undefined {
        return node ? (this.replacements.get(node) as T | undefined) ?? node : node;
    }

    /** Every replaced node with its replacement. */
    entries(): IterableIterator<[AstNode, AstNode]> {
        return this.replacements.entries();
    }
}
