import {
    CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type AstNode, type AstNodeLocator, type CstNode, type DocumentSegment, type LangiumCoreServices, type LangiumDocument,
    type Reference, type ReferenceDescription, type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * The reference index entries of a document, read from the references the linker recorded in
 * `document.references` instead of walking the whole AST again (Langium's default): same entries,
 * same order, without visiting the nodes that hold no reference. The path of the referring node and
 * the range of the reference are worked out when first read (find references, rename), not for each
 * of the 30,000 references of a big workspace on every build.
 */
export class TracewrightReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = document.references as Reference[];
        for (let start = 0; start < references.length; start += 1000) {
            if (cancelToken && start > 0) await interruptAndCheck(cancelToken);
            this.describe(document, references.slice(start, start + 1000), descriptions);
        }
        return descriptions;
    }

    /** Appends the entries of some of the document's references (the resolved ones) to `into`. */
    describe(document: LangiumDocument, references: readonly Reference[], into: ReferenceDescription[]): ReferenceDescription[] {
        const sourceUri = document.uri;
        const source = sourceUri.toString();
        // Descriptions share their document's URI object: compare each URI object's text once.
        const isLocal = new Map<URI, boolean>();
        for (const reference of references) {
            const refNode = reference.$refNode;
            const container = refNode?.astNode;
            const target = reference.$nodeDescription;
            if (reference.error || !refNode || !container || !target) continue;
            let local = isLocal.get(target.documentUri);
            if (local === undefined) isLocal.set(target.documentUri, local = target.documentUri.toString() === source);
            into.push(new LazyReferenceDescription(sourceUri, target.documentUri, target.path, local, container, refNode, this.locator));
        }
        return into;
    }
}

/**
 * Langium's reference description, with the source path computed when first read and the range each
 * time it is read: an edit earlier in the file moves the reference (element-splice.ts) and keeps this entry.
 */
export class LazyReferenceDescription implements ReferenceDescription {
    private path?: string;

    constructor(readonly sourceUri: URI, readonly targetUri: URI, readonly targetPath: string, readonly local: boolean,
        /** The node that holds the reference. */
        readonly container: AstNode,
        /** The reference's text in the tree: which reference this entry stands for. */
        readonly refNode: CstNode, private readonly locator: AstNodeLocator) {}

    get sourcePath(): string {
        return this.path ??= this.locator.getAstNodePath(this.container);
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.refNode);
    }

    /** Where the reference starts in its document now. */
    get offset(): number {
        return this.refNode.offset;
    }
}
