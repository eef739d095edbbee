import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * The nodes of a tree in the order Langium's `AstUtils.streamAst` yields them (the root, then each
 * child's subtree, child properties in the order the node holds them), collected into an array.
 * Langium's streams create an iterator, a key list and a result object per node; on a cold build of
 * 10,000 requirements walking the tree that way cost more than the work done at each node.
 */
export function nodesInStreamOrder(root: AstNode, into: AstNode[] = []): AstNode[] {
    into.push(root);
    for (const key in root) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (root as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                if (isAstNode(item)) nodesInStreamOrder(item, into);
            }
        } else if (isAstNode(value)) {
            nodesInStreamOrder(value, into);
        }
    }
    return into;
}

/**
 * Calls `action` for each reference the node holds, in the order and with the `ReferenceInfo`
 * (container, property, index) of Langium's `AstUtils.streamReferences`.
 */
export function forEachReference(node: AstNode, action: (refInfo: ReferenceInfo) => void): void {
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            action({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) action({ reference: item, container: node, property, index });
            }
        }
    }
}
