import { DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type Reference, type ReferenceDescription } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * The reference index entries of a document, read from the references the linker recorded in
 * `document.references` instead of walking the whole AST again (Langium's default): same entries,
 * same order, without visiting the nodes that hold no reference.
 */
export class TracewrightReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let count = 0;
        for (const reference of document.references as Reference[]) {
            if (cancelToken && ++count % 1000 === 0) await interruptAndCheck(cancelToken);
            const container = reference.$refNode?.astNode;
            if (reference.error || !container) continue;
            descriptions.push(...this.createInfoDescriptions({ reference, container, property: '' }));
        }
        return descriptions;
    }
}
