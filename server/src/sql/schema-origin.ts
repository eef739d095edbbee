import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Origin } from './sql-schema.js';

/** Where a node is: its document and the line of the property that holds its name. */
export function originOf(node: AstNode, element: string, property?: string): Origin {
    const document = AstUtils.findRootNode(node).$document;
    const named = property ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    const line = (named ?? node.$cstNode)?.range.start.line ?? 0;
    return { element, uri: document?.uri.toString() ?? '', line, node, ...(property ? { property } : {}) };
}
