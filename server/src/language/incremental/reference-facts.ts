import type { LangiumDocument, Reference, URI } from 'langium';

/**
 * What a document's references resolve to, worked out when first asked and kept while they stay as
 * they were, so that the validation after a keystroke does not walk the 100,000 references of a big
 * file again to find the few that failed.
 * Langium gives a document a new list of references whenever it links it again, and appends to the
 * list when it resolves a reference on its own: either makes the facts be worked out again. The
 * builder's own changes to a list in place are told here: one element's references replaced
 * (`linkedInPlace`), or references resolved again (`forget`). Pointing a reference at the node that
 * replaced its target changes none of these facts.
 */
export class ReferenceFacts {
    private readonly known = new WeakMap<LangiumDocument, Facts>();

    /** The documents the document's references resolve into (their URIs). */
    targetDocuments(document: LangiumDocument): ReadonlySet<string> {
        const facts = this.factsOf(document);
        if (!facts.documents) {
            facts.documents = new Set();
            const seen = new Set<URI>();
            for (const reference of facts.references) addTargetDocument(reference, facts.documents, seen);
        }
        return facts.documents;
    }

    /** Whether any of the document's references resolved into one of these documents (URIs). */
    leadsIntoAny(document: LangiumDocument, uris: ReadonlySet<string>): boolean {
        return meets(this.targetDocuments(document), uris);
    }

    /**
     * Whether any of the document's references resolves to a node of one of these types. It may say
     * yes when no reference does any more, never no when one does: pointing a reference at the node
     * that replaced its target keeps the type, and references resolved again are told (`forget`).
     */
    leadsToAnyType(document: LangiumDocument, types: ReadonlySet<string>): boolean {
        const facts = this.factsOf(document);
        if (!facts.types) {
            facts.types = new Set();
            for (const reference of facts.references) addTargetType(reference, facts.types);
        }
        return meets(facts.types, types);
    }

    /** The references that did not resolve, in the document's order: its linking errors. */
    failed(document: LangiumDocument): readonly Reference[] {
        const facts = this.factsOf(document);
        facts.failed ??= facts.references.filter(hasFailed);
        return facts.failed;
    }

    /**
     * `linkInPlace` took the references of an element out of the list and put the references of the
     * element that replaced it in their place. The facts gain the documents the new references resolve
     * into (and may then name one no reference leads to any more: `targetDocuments` may hold more
     * than it should, never less).
     */
    linkedInPlace(document: LangiumDocument, old: readonly Reference[], added: readonly Reference[]): void {
        const facts = this.known.get(document);
        const references = document.references as Reference[];
        if (!facts || facts.references !== references || facts.count - old.length + added.length !== references.length) {
            // The list changed in some other way since the facts were worked out.
            this.known.delete(document);
            return;
        }
        facts.count = references.length;
        if (facts.documents) {
            const seen = new Set<URI>();
            for (const reference of added) addTargetDocument(reference, facts.documents, seen);
        }
        if (facts.types) for (const reference of added) addTargetType(reference, facts.types);
        // The failed ones keep their order only if none came or went.
        if (facts.failed && (old.some(hasFailed) || added.some(hasFailed))) facts.failed = undefined;
    }

    /** The document's references are being resolved again, or changed in a way not told here. */
    forget(document: LangiumDocument): void {
        this.known.delete(document);
    }

    private factsOf(document: LangiumDocument): Facts {
        const references = document.references as Reference[];
        let facts = this.known.get(document);
        if (!facts || facts.references !== references || facts.count !== references.length) {
            facts = { references, count: references.length };
            this.known.set(document, facts);
        }
        return facts;
    }
}

interface Facts {
    /** The list the facts are about, and its length when they were last brought up to date. */
    references: Reference[];
    count: number;
    documents?: Set<string>;
    types?: Set<string>;
    failed?: Reference[];
}

/** What the reference resolved to, without resolving it: Langium's field. */
function resolved(reference: Reference): unknown {
    return (reference as unknown as { _ref?: unknown })._ref;
}

/** Not resolved, or resolved to a linking error; a node has a `$type`. */
function hasFailed(reference: Reference): boolean {
    const target = resolved(reference) as { $type?: unknown } | undefined;
    return target === undefined || typeof target.$type !== 'string';
}

/** Descriptions share their document's URI object: each URI object's text is read once. */
function addTargetDocument(reference: Reference, into: Set<string>, seen: Set<URI>): void {
    const target = reference.$nodeDescription?.documentUri;
    if (target && !seen.has(target)) {
        seen.add(target);
        into.add(target.toString());
    }
}

function addTargetType(reference: Reference, into: Set<string>): void {
    const target = resolved(reference) as { $type?: unknown } | undefined;
    if (target !== undefined && typeof target.$type === 'string') into.add(target.$type);
}

function meets(some: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
    for (const value of some) if (others.has(value)) return true;
    return false;
}
