import type { LangiumSharedServices } from 'langium/lsp';
import { isEntity, isEnum, isRelationship, isRequirement, isStory, type Element, type Entity, type Relationship, type Requirement, type Story } from '../../generated/ast.js';
import type { NamedKind } from '../../quality/quality-settings.js';
import type { NodeRebinding } from '../incremental/node-rebinding.js';
import { WorkspaceAnalysisCache } from '../incremental/workspace-analysis-cache.js';

/** How a cached fact follows a prose-only edit: its nodes swapped for their replacements. Facts without one are computed again. */
export type Rebind<T> = (value: T, rebinding: NodeRebinding) => T;

/** For facts that hold no AST nodes (names, counts): a prose-only edit leaves them as they are. */
export const holdsNoNodes = <T>(value: T): T => value;

interface Fact {
    value: unknown;
    rebind?: Rebind<unknown>;
}

/**
 * Facts about the whole workspace that several quality rules need (entities, relationships, prioritised items,
 * justified personal data, names per kind). Computed once per workspace state and kept until the next
 * change, so validating a document never scans the workspace more than once. A prose-only edit keeps
 * the facts that say how to swap their nodes (no rule reads the wording of another element).
 */
export class WorkspaceFacts {
    private readonly cache: WorkspaceAnalysisCache<Map<string, Fact>>;

    constructor(private readonly shared: LangiumSharedServices) {
        this.cache = new WorkspaceAnalysisCache(shared, () => new Map(), rebindFacts);
    }

    // `elements` and `items` list every element and are read only to compute other facts: after a
    // prose-only edit they are computed again when next needed, rather than rebound.
    private elements(): Element[] {
        return this.cached('elements', () => this.shared.workspace.LangiumDocuments.all
            .toArray()
            .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()))
            .flatMap(document => (document.parseResult.value as { elements?: Element[] }).elements ?? []));
    }

    /** Entities by their name lowercased without underscores, so `customer_name` and `customerName` both find `Customer`. */
    entitiesByLooseName(): Map<string, Entity> {
        return this.cached('entities-loose', () => new Map(this.elements().filter(isEntity).map(entity => [looseName(entity.name), entity])),
            (entities, rebinding) => {
                for (const [name, entity] of entities) if (rebinding.of(entity) !== entity) entities.set(name, rebinding.of(entity));
                return entities;
            });
    }

    /** The relationships each entity takes part in, by entity name. */
    relationshipsOf(entityName: string): Relationship[] {
        const byEntity = this.cached('relationships', () => {
            const map = new Map<string, Relationship[]>();
            for (const relationship of this.elements().filter(isRelationship)) {
                const ends = new Set([relationship.source?.entity?.$refText, relationship.target?.entity?.$refText]);
                for (const end of ends) {
                    if (!end) continue;
                    const list = map.get(end) ?? [];
                    list.push(relationship);
                    map.set(end, list);
                }
            }
            return map;
        }, (map, rebinding) => {
            for (const list of map.values()) rebinding.rebindTopLevel(list);
            return map;
        });
        return byEntity.get(entityName) ?? [];
    }

    /** Stories and requirements in document order. */
    prioritisedItems(): Array<{ node: Story | Requirement; kind: string; priority?: string; release?: string; effort?: number }> {
        return this.cached('items', () => this.elements()
            .filter((e): e is Story | Requirement => isStory(e) || isRequirement(e))
            .map(node => ({ node, kind: node.$type, priority: node.priority, release: node.release, effort: node.effort })));
    }

    /**
     * `Entity.attribute` for every attribute traced by a requirement that states a rationale and is still
     * wanted (not rejected, not a won't-have): only such a requirement is a purpose for keeping data.
     */
    justifiedAttributes(): Set<string> {
        return this.cached('justified', () => {
            const justified = new Set<string>();
            for (const requirement of this.elements().filter(isRequirement)) {
                if (!requirement.rationale || requirement.rationale.trim().length === 0) continue;
                if (requirement.status === 'rejected' || requirement.priority === 'wont') continue;
                for (const trace of requirement.traces) {
                    if (trace.attribute) justified.add(`${trace.element?.$refText}.${trace.attribute.$refText}`);
                }
            }
            return justified;
        }, holdsNoNodes);
    }

    /** Every declared name of one kind, for the majority case convention. */
    namesOf(kind: NamedKind): string[] {
        // All four lists in one pass over the workspace's elements: each kind's majority asks for its own.
        return this.cached('names', () => {
            const names: Record<NamedKind, string[]> = { entity: [], relationship: [], enum: [], attribute: [] };
            // A half-typed element may have no name yet (the parser has reported that): it has no say.
            const add = (kind: NamedKind, name: string | undefined) => { if (name) names[kind].push(name); };
            for (const element of this.elements()) {
                if (isEntity(element) || isRelationship(element)) {
                    add(isEntity(element) ? 'entity' : 'relationship', element.name);
                    for (const attribute of element.attributes) add('attribute', attribute.name);
                } else if (isEnum(element)) {
                    add('enum', element.name);
                }
            }
            return names;
        }, holdsNoNodes)[kind];
    }

    /**
     * Any other workspace-wide result, computed once per workspace state under its key. With `rebind`
     * it is kept across prose-only edits; without, computed again after them.
     */
    cached<T>(key: string, compute: () => T, rebind?: Rebind<T>): T {
        const facts = this.cache.get();
        let fact = facts.get(key);
        if (!fact) {
            fact = { value: compute(), rebind: rebind as Rebind<unknown> | undefined };
            facts.set(key, fact);
        }
        return fact.value as T;
    }
}

function rebindFacts(facts: Map<string, Fact>, rebinding: NodeRebinding): void {
    for (const [key, fact] of facts) {
        if (fact.rebind) fact.value = fact.rebind(fact.value, rebinding);
        else facts.delete(key);
    }
}

/** `customer_name` and `customerName` both become `customername`. */
export function looseName(name: string | undefined): string {
    // A half-typed element may have no name yet; the parser has reported that.
    // Most names have no underscore: skip the replace then (same result, no regular expression run).
    const text = name ?? '';
    return (text.includes('_') ? text.replace(/_/g, '') : text).toLowerCase();
}
