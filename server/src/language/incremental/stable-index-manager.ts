import { DefaultIndexManager, type AstNode, type AstNodeDescription, type LangiumDocument, type Reference, type ReferenceDescription, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { ElementDescription } from './element-description.js';
import type { NodeRebinding } from './node-rebinding.js';
import { LazyReferenceDescription } from './reference-descriptions.js';

/**
 * Keeps the identity of a document's exported descriptions when re-indexing gives the same names,
 * types and paths in the same order (every prose-only edit, and many others): the old description
 * objects take the new values (node, name ranges) and stay in the index. Scopes, the name registry
 * and resolved references that hold them then stay valid, so a prose-only edit does not rebuild the
 * global scopes of the whole workspace.
 */
export class StableIndexManager extends DefaultIndexManager {
    /** A changed document's descriptions between `removeContent` (its re-parse) and `updateContent`. */
    private readonly removed = new Map<string, AstNodeDescription[]>();
    /** Documents whose last `updateContent` kept the description objects they had. */
    private readonly stable = new Set<string>();

    override removeContent(uri: URI): void {
        const key = uri.toString();
        const descriptions = this.symbolIndex.get(key);
        if (descriptions) this.removed.set(key, descriptions);
        this.stable.delete(key);
        super.removeContent(uri);
    }

    override remove(uri: URI): void {
        super.remove(uri);
        this.removed.delete(uri.toString());
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        const before = this.symbolIndex.get(uri) ?? this.removed.get(uri);
        this.removed.delete(uri);
        this.stable.delete(uri);
        await super.updateContent(document, cancelToken);
        const after = this.symbolIndex.get(uri);
        if (before && after && sameNames(before, after)) {
            for (let i = 0; i < before.length; i++) takeOver(before[i], after[i]);
            this.symbolIndex.set(uri, before);
            this.stable.add(uri);
        }
    }

    /**
     * The entries of a top-level element and its attributes: one block, as the scope computation exports
     * them in the order of the file. Undefined when they are not where they should be (or are not
     * ElementDescriptions), and the element then cannot be parsed again in place.
     */
    entriesOf(uri: string, element: AstNode, isInElement: (node: AstNode) => boolean): ElementDescription[] | undefined {
        const entries = this.symbolIndex.get(uri);
        const start = element.$cstNode?.offset;
        if (!entries || start === undefined) return undefined;
        let low = 0, high = entries.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if ((entries[mid].node?.$cstNode?.offset ?? -1) < start) low = mid + 1; else high = mid;
        }
        let end = low;
        while (end < entries.length && entries[end].node && isInElement(entries[end].node!)) end++;
        const block = entries.slice(low, end);
        if (block.length === 0 || block[0].node !== element || !block.every(entry => entry instanceof ElementDescription)) return undefined;
        return block as ElementDescription[];
    }

    /**
     * After elements of a document were parsed again in place (incremental/element-splice.ts): their
     * entries keep their names and paths and describe the nodes that replaced theirs.
     */
    moveEntries(uri: string, entries: readonly ElementDescription[], rebinding: NodeRebinding): void {
        for (const entry of entries) entry.moveTo(rebinding.of(entry.node));
        this.stable.add(uri);
    }

    /**
     * After an element of the document was parsed again in place with other names or attributes (an
     * edit that kept its lines): its entries (`entriesOf`) make way for `replacements`, where they stood,
     * so the index keeps the order of the file. Throws when the entries are no longer in the index.
     */
    replaceEntries(uri: string, entries: readonly AstNodeDescription[], replacements: readonly AstNodeDescription[]): void {
        const all = this.symbolIndex.get(uri);
        const at = entries.length > 0 && all ? all.indexOf(entries[0]) : -1;
        if (!all || at < 0 || all[at + entries.length - 1] !== entries[entries.length - 1]) throw new Error(`The index entries of ${entries[0]?.name} are not in the index of ${uri}.`);
        // A new list: a reader part way through the old one finishes it as it was.
        this.symbolIndex.set(uri, [...all.slice(0, at), ...replacements, ...all.slice(at + entries.length)]);
        this.symbolByTypeIndex.clear(uri);
        this.stable.delete(uri);
    }

    /**
     * After an element of the document was parsed again in place: the reference index entries of the
     * old element's references make way for `added`, where they stood (the entries follow the order of
     * the file). False (and nothing changed) when the old entries are not where they should be; the
     * caller then indexes the document's references again.
     */
    replaceReferences(uri: string, before: AstNode, expected: number, added: readonly ReferenceDescription[]): boolean {
        const entries = this.referenceIndex.get(uri);
        const cst = before.$cstNode;
        if (!entries || !cst) return false;
        const offsetOf = (entry: ReferenceDescription) => entry instanceof LazyReferenceDescription ? entry.offset : -1;
        let low = 0, high = entries.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (offsetOf(entries[mid]) < cst.offset) low = mid + 1; else high = mid;
        }
        let end = low;
        while (end < entries.length && offsetOf(entries[end]) >= cst.offset && offsetOf(entries[end]) < cst.end && isInside(entries[end], before)) end++;
        if (end - low !== expected) return false;
        entries.splice(low, end - low, ...added);
        return true;
    }

    /**
     * After some of a document's references were resolved again (they pointed at a replaced element or
     * failed; the others kept their targets and those targets their paths): their entries make way for
     * `described`, the entries of those that resolve now, in the order of the file. False, and nothing
     * changed, when the document's entries are not all of this provider's kind; the caller then
     * indexes the document's references again.
     */
    reindexReferences(uri: string, references: readonly Reference[], described: readonly ReferenceDescription[]): boolean {
        const entries = this.referenceIndex.get(uri);
        if (!entries || !entries.every(isLazy) || !described.every(isLazy)) return false;
        const resolvedAgain = new Set(references.map(reference => reference.$refNode));
        const kept = (entries as LazyReferenceDescription[]).filter(entry => !resolvedAgain.has(entry.refNode));
        // Few are added (the references of a renamed name): each goes where its offset places it, found by
        // halving, which reads the offsets of a few entries instead of those of a quarter of a million.
        for (const entry of described as LazyReferenceDescription[]) {
            const offset = entry.offset;
            let low = 0, high = kept.length;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (kept[mid].offset < offset) low = mid + 1; else high = mid;
            }
            kept.splice(low, 0, entry);
        }
        this.referenceIndex.set(uri, kept);
        return true;
    }

    /** Whether the document's last re-indexing kept its description objects (with new values). */
    keptDescriptions(uri: string): boolean {
        return this.stable.has(uri);
    }
}

function isLazy(entry: ReferenceDescription): entry is LazyReferenceDescription {
    return entry instanceof LazyReferenceDescription;
}

function isInside(entry: ReferenceDescription, element: AstNode): boolean {
    let node: AstNode | undefined = (entry as LazyReferenceDescription).container;
    while (node && node !== element) node = node.$container;
    return node === element;
}

function takeOver(was: AstNodeDescription, is: AstNodeDescription): void {
    if (was instanceof ElementDescription && is instanceof ElementDescription) was.takeOver(is);
    // Descriptors, not values: Langium's name segment is a lazy getter over the new node.
    else Object.defineProperties(was, Object.getOwnPropertyDescriptors(is));
}

function sameNames(before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): boolean {
    if (before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) {
        const [was, is] = [before[i], after[i]];
        if (was.name !== is.name || was.type !== is.type || was.path !== is.path) return false;
    }
    return true;
}
