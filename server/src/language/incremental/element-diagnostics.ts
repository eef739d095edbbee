import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { ElementSnapshot } from './document-change.js';

/**
 * Where a diagnostic came from within its element: the node (its place in stream order) and the
 * check (its place in the node type's list), as one number that grows in the order a validation
 * reports them.
 */
export type CheckSlot = number;
const checksPerNode = 1024;

export function checkSlot(node: number, check: number): CheckSlot {
    return node * checksPerNode + check;
}

export interface ValidatedElement {
    text: string;
    line: number;
    column: number;
    /** From the checks of the element's own nodes; none reaches outside the element's lines. */
    diagnostics: Diagnostic[];
    /** The slot of each diagnostic, in the same order. */
    slots: CheckSlot[];
}

interface ValidatedDocument {
    epoch: number;
    categories: string;
    /** The rule settings the checks read (the object is replaced when they change). */
    settings: object;
    elements: Array<ValidatedElement | undefined>;
}

/**
 * What the checks of each top-level element said at the last validation of a document, so that an
 * element that did not change is not checked again in full.
 *
 * - While the workspace has seen only prose-only edits (the builder's epoch is unchanged), every check
 *   of an element with the same text at the same position says the same: a check reads its element and
 *   the skeleton of others (names, references, values), never another element's wording (the
 *   invariant in document-change.ts). Its diagnostics are replayed whole (`reusable`).
 * - After any other edit, only the element-local checks (see element-local-checks.ts) still say the
 *   same: they read nothing but their element's own text and the rule settings. Their diagnostics are
 *   replayed and the other checks run again (`replayable`).
 *
 * Diagnostics that land outside their element's lines are never reused: they may point at something
 * that moved.
 */
export class ElementDiagnostics {
    private readonly documents = new Map<string, ValidatedDocument>();

    /** The last validation of the document if it ran the same checks under the same settings. */
    previous(document: LangiumDocument, categories: string, settings: object): ValidatedDocument | undefined {
        const previous = this.documents.get(document.uri.toString());
        return previous && previous.categories === categories && previous.settings === settings ? previous : undefined;
    }

    /** The previous diagnostics of element `index` if it is unchanged and nothing structural happened since. */
    reusable(previous: ValidatedDocument | undefined, epoch: number, index: number, snapshot: ElementSnapshot): ValidatedElement | undefined {
        return previous?.epoch === epoch ? this.replayable(previous, index, snapshot) : undefined;
    }

    /** The previous record of element `index` if it is unchanged (same text at the same place), whatever happened elsewhere. */
    replayable(previous: ValidatedDocument | undefined, index: number, snapshot: ElementSnapshot): ValidatedElement | undefined {
        const element = previous?.elements[index];
        if (!element || element.text !== snapshot.text || element.line !== snapshot.line || element.column !== snapshot.column) return undefined;
        return element;
    }

    start(epoch: number, categories: string, settings: object): ValidatedDocument {
        return { epoch, categories, settings, elements: [] };
    }

    /** Keeps a record replayed whole: it stays true as it is. Tens of thousands per edit in a big file. */
    keep(validated: ValidatedDocument, index: number, element: ValidatedElement): void {
        validated.elements[index] = element;
    }

    record(validated: ValidatedDocument, index: number, snapshot: ElementSnapshot, diagnostics: Diagnostic[], slots: CheckSlot[]): void {
        const inside = diagnostics.every(d => d.range.start.line >= snapshot.line && d.range.end.line <= snapshot.endLine);
        validated.elements[index] = inside ? { text: snapshot.text, line: snapshot.line, column: snapshot.column, diagnostics, slots } : undefined;
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
