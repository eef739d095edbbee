import { AstUtils, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import type { Origin } from './sql-schema.js';

/**
 * Where a node is: its document and the line it starts on (names come first on their line, so that
 * is the name's line too). `property` names the name's property, for diagnostics that underline it.
 */
export function originOf(node: AstNode, element: string, property?: string): Origin {
    const document = AstUtils.findRootNode(node).$document;
    const line = node.$cstNode ? startLine(node.$cstNode) : 0;
    const uri = document?.uri.toString() ?? '';
    // Two literals rather than a spread or a property added later: each gets its own fixed shape.
    return property ? { element, uri, line, node, property } : { element, uri, line, node };
}

/**
 * `cst.range.start.line`, read from the first token without working out (and caching) the range of
 * every composite node on the way: the schema takes the line of every table and column.
 */
function startLine(cst: CstNode): number {
    let current = cst;
    for (let content = (current as Partial<CompositeCstNode>).content; content !== undefined; content = (current as Partial<CompositeCstNode>).content) {
        if (content.length === 0) return 0; // an empty composite node's range is at 0:0
        current = content.find(child => !child.hidden) ?? content[0];
    }
    return current.range.start.line;
}
