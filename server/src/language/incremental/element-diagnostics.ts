import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { ElementSnapshot } from './document-change.js';

interface ValidatedElement {
    text: string;
    line: number;
    column: number;
    /** From the checks of the element's own nodes; none reaches outside the element's lines. */
    diagnostics: Diagnostic[];
}

interface ValidatedDocument {
    epoch: number;
    categories: string;
    elements: Array<ValidatedElement | undefined>;
}

/**
 * What the checks of each top-level element said at the last validation of a document, so that after
 * a prose-only edit only the edited elements are checked again.
 *
 * Sound because a check of an element reads that element and the skeleton of others (names,
 * references, values), never another element's wording (the invariant in document-change.ts). So while
 * the workspace has seen only prose-only edits (the builder's epoch is unchanged), an element with the
 * same text at the same position gets the same diagnostics. Diagnostics that land outside their
 * element's lines are never reused: they may point at something that moved.
 */
export class ElementDiagnostics {
    private readonly documents = new Map<string, ValidatedDocument>();

    /** The previous diagnostics of element `index` if it is unchanged and nothing structural happened since. */
    reusable(previous: ValidatedDocument | undefined, index: number, snapshot: ElementSnapshot): Diagnostic[] | undefined {
        const element = previous?.elements[index];
        if (!element || element.text !== snapshot.text || element.line !== snapshot.line || element.column !== snapshot.column) return undefined;
        this.reused = element;
        return element.diagnostics;
    }

    /** The element `reusable` answered last: recording its diagnostics again keeps its record as it is. */
    private reused?: ValidatedElement;

    /** The last validation of the document if it can serve this one. */
    previous(document: LangiumDocument, epoch: number, categories: string): ValidatedDocument | undefined {
        const previous = this.documents.get(document.uri.toString());
        return previous && previous.epoch === epoch && previous.categories === categories ? previous : undefined;
    }

    start(epoch: number, categories: string): ValidatedDocument {
        return { epoch, categories, elements: [] };
    }

    record(validated: ValidatedDocument, index: number, snapshot: ElementSnapshot, diagnostics: Diagnostic[]): void {
        const reused = this.reused;
        this.reused = undefined;
        // Replayed (same text, same place): its record stays true. Tens of thousands per edit in a big file.
        if (reused && reused.diagnostics === diagnostics) {
            validated.elements[index] = reused;
            return;
        }
        const inside = diagnostics.every(d => d.range.start.line >= snapshot.line && d.range.end.line <= snapshot.endLine);
        validated.elements[index] = inside ? { text: snapshot.text, line: snapshot.line, column: snapshot.column, diagnostics } : undefined;
    }

    /** Keeps a completed validation; a document with syntax errors is not kept (its elements may be partial). */
    finish(document: LangiumDocument, validated: ValidatedDocument): void {
        const uri = document.uri.toString();
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) this.documents.delete(uri);
        else this.documents.set(uri, validated);
    }

    forget(uri: string): void {
        this.documents.delete(uri);
    }
}
