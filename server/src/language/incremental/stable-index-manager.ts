import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { ElementDescription } from './element-description.js';
import type { NodeRebinding } from './node-rebinding.js';

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
     * After elements of a document were parsed again in place (incremental/element-splice.ts): its
     * entries keep their names and paths and describe the nodes that replaced theirs; the name ranges
     * of all of them are worked out again, as the text after the edit moved.
     */
    moveToReplacements(uri: string, rebinding: NodeRebinding): boolean {
        const descriptions = this.symbolIndex.get(uri);
        if (!descriptions || !descriptions.every(description => description instanceof ElementDescription)) return false;
        for (const description of descriptions) (description as ElementDescription).moveTo(rebinding.of(description.node!));
        this.stable.add(uri);
        return true;
    }

    /** Whether the document's last re-indexing kept its description objects (with new values). */
    keptDescriptions(uri: string): boolean {
        return this.stable.has(uri);
    }
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
