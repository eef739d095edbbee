import { AstUtils, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import type { Origin } from './sql-schema.js';

/**
 * Where a node is: its document and the line it starts on (names come first on their line, so that
 * is the name's line too). `property` names the name's property, for diagnostics that underline it.
 */
export function originOf(node: AstNode, element: string, property?: string): Origin {
    return new NodeOrigin(element, undefined, uriOf(node), node, property);
}

/**
 * The origin of a table's column, element `Owner.attribute`. A schema at 1,000 entities has ten
 * thousand columns and only warnings, errors and database messages read their element, so the two
 * names are joined when first asked rather than kept as a concatenation the whole request long.
 */
export function memberOriginOf(node: AstNode, owner: string, member: string, property?: string): Origin {
    return new NodeOrigin(owner, member, uriOf(node), node, property);
}

function uriOf(node: AstNode): string {
    return AstUtils.findRootNode(node).$document?.uri.toString() ?? '';
}

/**
 * An origin whose line is read from the node's CST when first asked. A schema at 1,000 entities has
 * ten thousand origins and only warnings, errors and database messages ever ask for a line; reading
 * every one up front was a quarter of building the schema, each a walk into CST nodes no longer in
 * the processor's cache. The node is assignable: prose-only edits swap in the replaced node.
 */
class NodeOrigin implements Origin {
    private knownLine: number | undefined = undefined;

    /** `member` (when given) joins `element` as `element.member` on the first read of `element`. */
    constructor(private head: string, private member: string | undefined, readonly uri: string, public node: AstNode, readonly property: string | undefined) {}

    get element(): string {
        if (this.member !== undefined) {
            this.head = `${this.head}.${this.member}`;
            this.member = undefined;
        }
        return this.head;
    }

    get line(): number {
        return this.knownLine ??= this.node.$cstNode ? startLine(this.node.$cstNode) : 0;
    }

    /** Plain data for JSON (a getter on the prototype would be left out). */
    toJSON(): Omit<Origin, 'node'> {
        return this.property !== undefined
            ? { element: this.element, uri: this.uri, line: this.line, property: this.property }
            : { element: this.element, uri: this.uri, line: this.line };
    }
}

/**
 * `cst.range.start.line`, read from the first token without working out (and caching) the range of
 * every composite node on the way.
 */
function startLine(cst: CstNode): number {
    let current = cst;
    for (let content = (current as Partial<CompositeCstNode>).content; content !== undefined; content = (current as Partial<CompositeCstNode>).content) {
        if (content.length === 0) return 0; // an empty composite node's range is at 0:0
        current = content.find(child => !child.hidden) ?? content[0];
    }
    return current.range.start.line;
}
