import { AstUtils, type AstNode } from 'langium';
import type { Origin } from './sql-schema.js';

/**
 * Where a node is: its document and the line it starts on (names come first on their line, so that
 * is the name's line too). `property` names the name's property, for diagnostics that underline it.
 */
export function originOf(node: AstNode, element: string, property?: string): Origin {
    const document = AstUtils.findRootNode(node).$document;
    const line = node.$cstNode?.range.start.line ?? 0;
    const uri = document?.uri.toString() ?? '';
    // Two literals rather than a spread or a property added later: each gets its own fixed shape.
    return property ? { element, uri, line, node, property } : { element, uri, line, node };
}
