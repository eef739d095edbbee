import { AstUtils, type AstNode } from 'langium';
import type { Origin } from './sql-schema.js';

/**
 * Where a node is: its document and the line it starts on (names come first on their line, so that
 * is the name's line too). `property` names the name's property, for diagnostics that underline it.
 */
export function originOf(node: AstNode, element: string, property?: string): Origin {
    const document = AstUtils.findRootNode(node).$document;
    const line = node.$cstNode?.range.start.line ?? 0;
    return { element, uri: document?.uri.toString() ?? '', line, node, ...(property ? { property } : {}) };
}
