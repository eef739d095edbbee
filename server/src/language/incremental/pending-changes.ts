import type { LangiumDocument, Reference, URI } from 'langium';
import type { DocumentChange } from './document-change.js';

/**
 * What the other documents still have to catch up with after documents were re-parsed. Kept across
 * builds, so an update cancelled by the next keystroke loses nothing: the next build merges its own
 * changes in and catches up with both.
 */
export class PendingChanges {
    /** Documents that were re-parsed or deleted: references into them point at old AST nodes. */
    private readonly reparsed = new Set<string>();
    /** Per re-parsed document, the top-level elements whose prose changed (`/elements@3`). */
    private readonly changedPaths = new Map<string, Set<string>>();
    structural = false;

    get isEmpty(): boolean {
        return this.reparsed.size === 0 && !this.structural;
    }

    record(uri: string, change: DocumentChange): void {
        this.reparsed.add(uri);
        if (change.kind === 'structural') {
            this.structural = true;
            return;
        }
        const paths = this.changedPaths.get(uri) ?? new Set<string>();
        for (const index of change.elements) paths.add(`/elements@${index}`);
        this.changedPaths.set(uri, paths);
    }

    clear(): void {
        this.reparsed.clear();
        this.changedPaths.clear();
        this.structural = false;
    }

    /** References of the document that point into a re-parsed document, or that failed and might resolve now. */
    staleReferences(document: LangiumDocument): Reference[] {
        const stale: Reference[] = [];
        // Descriptions share their document's URI object: ask about each URI object once.
        const reparsedUri = new Map<URI, boolean>();
        for (const reference of document.references as Reference[]) {
            const target = reference.$nodeDescription?.documentUri;
            let inReparsed = false;
            if (target) {
                inReparsed = reparsedUri.get(target) ?? this.reparsed.has(target.toString());
                reparsedUri.set(target, inReparsed);
            }
            if (inReparsed || (this.structural && reference.error)) stale.push(reference);
        }
        return stale;
    }

    /** Whether a reference pointed at an element whose prose changed (or anything inside it). */
    pointsIntoChangedElement(reference: Reference): boolean {
        const description = reference.$nodeDescription;
        const paths = description && this.changedPaths.get(description.documentUri.toString());
        if (!paths || paths.size === 0) return false;
        const path = description.path;
        const slash = path.indexOf('/', 1);
        return paths.has(slash < 0 ? path : path.slice(0, slash));
    }
}
