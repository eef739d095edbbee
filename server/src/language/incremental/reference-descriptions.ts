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
        const sourceUri = document.uri;
        const source = sourceUri.toString();
        // Descriptions share their document's URI object: compare each URI object's text once.
        const isLocal = new Map<URI, boolean>();
        let count = 0;
        for (const reference of document.references as Reference[]) {
            if (cancelToken && ++count % 1000 === 0) await interruptAndCheck(cancelToken);
            const refNode = reference.$refNode;
            const container = refNode?.astNode;
            const target = reference.$nodeDescription;
            if (reference.error || !refNode || !container || !target) continue;
            let local = isLocal.get(target.documentUri);
            if (local === undefined) isLocal.set(target.documentUri, local = target.documentUri.toString() === source);
            descriptions.push(new LazyReferenceDescription(sourceUri, target.documentUri, target.path, local, container, refNode, this.locator));
        }
        return descriptions;
    }
}

/** Langium's reference description, with the source path and the range computed when first read. */
class LazyReferenceDescription implements ReferenceDescription {
    private path?: string;
    private range?: DocumentSegment;

    constructor(readonly sourceUri: URI, readonly targetUri: URI, readonly targetPath: string, readonly local: boolean,
        private readonly container: AstNode, private readonly refNode: CstNode, private readonly locator: AstNodeLocator) {}

    get sourcePath(): string {
        return this.path ??= this.locator.getAstNodePath(this.container);
    }

    get segment(): DocumentSegment {
        return this.range ??= CstUtils.toDocumentSegment(this.refNode);
    }
}
