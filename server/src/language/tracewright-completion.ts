import { URI, type LangiumDocuments } from 'langium';
import { DefaultCompletionProvider, type CompletionProviderOptions, type LangiumServices, type NextFeature } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../generated/ast.js';

/**
 * Langium's completion, with two changes:
 * - it opens automatically after `.`, so `traces Incident.` lists the attributes at once;
 * - to find what may come next, it parses from the start of the top-level element around the
 *   cursor instead of from the start of the file. Every element starts where the grammar is back
 *   at `Model`, so the answer is the same, but the cost no longer grows with the file (a
 *   2.5 MB file took seconds per completion).
 */
export class TracewrightCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    private readonly langiumDocuments: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const start = this.elementStartBefore(document, offset);
        if (start <= 0) return super.findFeaturesAt(document, offset);
        const slice = TextDocument.create(document.uri, document.languageId, document.version, document.getText().slice(start, offset));
        return super.findFeaturesAt(slice, offset - start);
    }

    /** The offset of the last top-level element that starts before `offset` in the built document, or 0. */
    private elementStartBefore(document: TextDocument, offset: number): number {
        const built = this.langiumDocuments.getDocument(URI.parse(document.uri));
        if (!built || built.textDocument.version !== document.version) return 0;
        const elements = (built.parseResult.value as Model).elements ?? [];
        let low = 0, high = elements.length - 1, found = 0;
        while (low <= high) {
            const mid = (low + high) >> 1;
            const start = elements[mid].$cstNode?.offset ?? Number.MAX_SAFE_INTEGER;
            if (start < offset) {
                found = start;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
