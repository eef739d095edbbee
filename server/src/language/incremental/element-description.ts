import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider,
    type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI
} from 'langium';

/**
 * An index entry whose name and selection ranges are computed when read, from the node it holds now.
 * Langium computes the selection range of every exported name eagerly (some 10,000 per big file, most
 * never read), and `StableIndexManager` can move an entry to a new node in one step; an edit earlier in
 * the file moves the name without touching the entry (element-splice.ts).
 */
export class ElementDescription implements AstNodeDescription {
    constructor(public node: AstNode, readonly name: string, readonly type: string, public documentUri: URI, readonly path: string,
        private readonly nameProvider: NameProvider) {}

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    /** Describes `node` now (the same name at the same path). */
    moveTo(node: AstNode): void {
        this.node = node;
    }

    /** Becomes the entry `other` describes (same name, type and path; a new node after a re-parse). */
    takeOver(other: ElementDescription): void {
        this.node = other.node;
        this.documentUri = other.documentUri;
    }
}

/** Langium's descriptions, with lazy ranges (ElementDescription). */
export class ElementDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        if (!described) return super.createDescription(node, name, document); // Langium's error for a nameless node
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        return new ElementDescription(node, described, node.$type, uri, this.astNodeLocator.getAstNodePath(node), this.nameProvider);
    }
}
