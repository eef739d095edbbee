import { DefaultDocumentBuilder, DocumentState } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { URI } from 'langium';

/**
 * Some rules look at the whole workspace (duplicate names, traceability coverage), so a change in one
 * file can change the diagnostics of any other. Langium only revalidates documents that link to the
 * changed one; this builder also sends every other built document back through validation (without
 * relinking it, which is the expensive part).
 */
export class TracewrightDocumentBuilder extends DefaultDocumentBuilder {

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        // Back to IndexedReferences, not Linked: that would drop the document's entries from the reference
        // index, and Langium decides which documents to relink from those entries (stale links otherwise).
        for (const document of this.langiumDocuments.all) {
            if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
        }
        return super.update(changed, deleted, cancelToken);
    }
}
