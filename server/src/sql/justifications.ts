import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LinkKind } from '../trace/trace-graph.js';

/**
 * Which requirements and stories justify a table or column: the provenance written into the schema.
 * This is the seam to the trace index: anything that answers these three questions can be passed to
 * `buildSqlSchema`; `justificationsFromModels` answers them straight from the AST.
 */
export interface Justifications {
    /** Requirements tracing the entity or one of its attributes, stories that use it. */
    ofEntity(entity: ast.Entity): string[];
    /** Requirements tracing `Entity.attribute` (or `Relationship.attribute`). */
    ofAttribute(attribute: ast.Attribute): string[];
    /** Requirements tracing the relationship or one of its attributes. */
    ofRelationship(relationship: ast.Relationship): string[];
}

export function justificationsFromModels(models: readonly ast.Model[]): Justifications {
    const lists = new IdLists();
    for (const model of models) {
        for (const element of model.elements ?? []) {
            // `$type` rather than `ast.isRequirement()`: no element type has subtypes, and this runs for every element.
            if (element.$type === 'Requirement') {
                if (!element.name) continue;
                for (const trace of element.traces) {
                    const target = trace.element?.ref;
                    const attribute = trace.attribute?.ref;
                    // `traces E.a` adds to E and to `a`, whose ids sit in E's entry: one lookup for both.
                    const entry = target ? lists.addToElement(target, element.name) : undefined;
                    if (attribute) lists.addToAttribute(attribute, element.name, attribute.$container === target ? entry : undefined);
                }
            } else if (element.$type === 'Story') {
                if (!element.name) continue;
                for (const use of element.uses) {
                    const entity = use.entity?.ref;
                    if (entity) lists.addToElement(entity, element.name);
                }
            }
        }
    }
    return lists.justifications();
}

/** Ids in the order the traces were read: one string until there is a second. */
type Ids = string | string[];

/** `ids` and then `id`, unless `id` is the last already: one requirement tracing `E.a, E.b` adds E once. */
function withId(ids: Ids | undefined, id: string): Ids {
    if (ids === undefined) return id;
    if (typeof ids === 'string') return ids === id ? ids : [ids, id];
    if (ids[ids.length - 1] !== id) ids.push(id);
    return ids;
}

interface ElementIds {
    own: Ids | undefined;
    /** By the attribute's position in the element's `attributes`. */
    attributes: Array<Ids | undefined> | undefined;
}

/**
 * The ids of elements (entities, relationships) in a map, and those of their attributes beside them
 * by position (`$containerIndex`), so a trace to `E.a` costs one map lookup rather than two and the
 * map holds a thousand entities rather than ten thousand nodes. An attribute whose position does not
 * check out (its container's list does not hold it there) gets a map entry of its own.
 */
class IdLists {
    private readonly elements = new Map<AstNode, ElementIds>();
    private readonly misplaced = new Map<AstNode, Ids>();
    private lastElement: AstNode | undefined = undefined;
    private lastEntry: ElementIds | undefined = undefined;
    private foundElement: AstNode | undefined = undefined;
    private foundEntry: ElementIds | undefined = undefined;

    /** Returns the element's entry, for `addToAttribute`. */
    addToElement(element: AstNode, id: string): ElementIds {
        const entry = this.entry(element);
        entry.own = withId(entry.own, id);
        return entry;
    }

    /** `containerEntry`, when given, is the entry of the attribute's container. */
    addToAttribute(attribute: ast.Attribute, id: string, containerEntry?: ElementIds): void {
        const index = positionOf(attribute);
        if (index < 0) {
            this.misplaced.set(attribute, withId(this.misplaced.get(attribute), id));
            return;
        }
        const entry = containerEntry ?? this.entry(attribute.$container);
        const attributes = entry.attributes ??= new Array<Ids | undefined>(attribute.$container.attributes.length);
        attributes[index] = withId(attributes[index], id);
    }

    /** The answers, each list sorted and without repeats (a fresh array per call). */
    justifications(): Justifications {
        return {
            ofEntity: entity => sortedIds(this.ofElement(entity)),
            ofAttribute: attribute => sortedIds(this.ofAttribute(attribute)),
            ofRelationship: relationship => sortedIds(this.ofElement(relationship))
        };
    }

    ofElement(element: AstNode): Ids | undefined {
        return this.find(element)?.own;
    }

    ofAttribute(attribute: ast.Attribute): Ids | undefined {
        const index = positionOf(attribute);
        return index >= 0 ? this.find(attribute.$container)?.attributes?.[index] : this.misplaced.get(attribute);
    }

    /** The schema asks for an entity's attributes one by one, then for the entity: the last answer spares the lookups. */
    private find(element: AstNode): ElementIds | undefined {
        if (element !== this.foundElement) {
            this.foundElement = element;
            this.foundEntry = this.elements.get(element);
        }
        return this.foundEntry;
    }

    private entry(element: AstNode): ElementIds {
        // A requirement tracing `E.a, E.b` adds to E again and again: the last entry spares the lookups.
        if (element === this.lastElement && this.lastEntry) return this.lastEntry;
        let entry = this.elements.get(element);
        if (!entry) {
            this.elements.set(element, entry = { own: undefined, attributes: undefined });
            // `find` may have remembered that the element had no entry.
            this.foundElement = undefined;
        }
        this.lastElement = element;
        this.lastEntry = entry;
        return entry;
    }
}

/** Where the attribute is in its container's `attributes` when Langium's `$containerIndex` says so truly, else -1. */
function positionOf(attribute: ast.Attribute): number {
    const index = attribute.$containerIndex;
    const attributes = (attribute.$container as { attributes?: readonly ast.Attribute[] } | undefined)?.attributes;
    return index !== undefined && attributes?.[index] === attribute ? index : -1;
}

/**
 * Distinct ids, sorted by `byId`; equal-ranking ids (`R01`, `R1`) keep the order they came in, as
 * `[...new Set(ids)].sort(byId)` would. Lists are short and mostly in order already (requirements are
 * read in file order): an ordered list is copied as it is, a short one is insertion-sorted, and only
 * long ones pay for a Set and a sort.
 */
function sortedIds(ids: string | readonly string[] | undefined): string[] {
    if (ids === undefined) return [];
    if (typeof ids === 'string') return [ids];
    if (isAscending(ids)) return ids.slice();
    if (ids.length > 64) return [...new Set(ids)].sort(byId);
    const sorted: string[] = [];
    for (const id of ids) {
        if (sorted.includes(id)) continue;
        // Move the ids that rank after this one up a place, then put it in the gap.
        let at = sorted.length;
        sorted.push(id);
        while (at > 0 && byId(sorted[at - 1], id) > 0) {
            sorted[at] = sorted[at - 1];
            at--;
        }
        sorted[at] = id;
    }
    return sorted;
}

/**
 * Each id ranks strictly after the one before, so there are no repeats either. `byId` inlined, so
 * that each id's shape is read once rather than once for each of its two comparisons.
 */
function isAscending(ids: readonly string[]): boolean {
    let previousDigits = ids.length > 0 ? digitStart(ids[0]) : -1;
    for (let i = 1; i < ids.length; i++) {
        const digits = digitStart(ids[i]);
        const order = previousDigits >= 0 && digits >= 0 ? plainOrderOf(ids[i - 1], previousDigits, ids[i], digits) : undefined;
        if ((order ?? idCollator.compare(ids[i - 1], ids[i])) >= 0) return false;
        previousDigits = digits;
    }
    return true;
}

// One collator for all comparisons: `localeCompare` with options builds a new one on every call.
const idCollator = new Intl.Collator('en', { numeric: true });

/** R2 before R10: ids sort by their letters, then numerically. */
export function byId(a: string, b: string): number {
    return plainIdOrder(a, b) ?? idCollator.compare(a, b);
}

/**
 * The collator's answer for the usual ids (`FR000012`, `US7`, `R10`), without asking it: upper-case
 * ASCII letters then ASCII digits. Letters compare alphabetically; a digit comes before any letter;
 * the numbers compare by value, which for digit runs without leading zeros, or of the same length,
 * is by length and then by text. Anything else (lower case, other characters, `R01` against `R1`,
 * which the collator ranks equal) returns undefined and goes to the collator. Sorting is about a
 * third of the schema's time at 1,000 entities, and the collator costs a microsecond a comparison.
 */
function plainIdOrder(a: string, b: string): number | undefined {
    const aDigits = digitStart(a), bDigits = digitStart(b);
    return aDigits < 0 || bDigits < 0 ? undefined : plainOrderOf(a, aDigits, b, bDigits);
}

/** `plainIdOrder` of two ids of the usual shape, whose digits start at `aDigits` and `bDigits`. */
function plainOrderOf(a: string, aDigits: number, b: string, bDigits: number): number | undefined {
    const common = Math.min(aDigits, bDigits);
    for (let i = 0; i < common; i++) {
        const difference = a.charCodeAt(i) - b.charCodeAt(i);
        if (difference !== 0) return difference;
    }
    // One prefix is longer: the other has a digit at this place, and digits sort before letters.
    if (aDigits !== bDigits) return aDigits - bDigits;
    const aLength = a.length - aDigits, bLength = b.length - bDigits;
    // ICU compares at most 254 digits as one number.
    if (aLength > 200 || bLength > 200) return undefined;
    if (aLength !== bLength && (a.charCodeAt(aDigits) === 48 || b.charCodeAt(bDigits) === 48)) return undefined;
    if (aLength !== bLength) return aLength - bLength;
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Where the digits of `A-Z+ 0-9+` start, or -1 when the text has another shape. */
function digitStart(text: string): number {
    let i = 0;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code < 65 || code > 90) break;
        i++;
    }
    if (i === 0 || i === text.length) return -1;
    for (let j = i; j < text.length; j++) {
        const code = text.charCodeAt(j);
        if (code < 48 || code > 57) return -1;
    }
    return i;
}

/** What `justificationsFromTraceGraph` reads of the trace graph. */
export interface JustifyingLinks {
    linksOf(kind: LinkKind): ReadonlyArray<{ readonly source: AstNode; readonly target: AstNode }>;
}

/**
 * The same answers from the workspace's trace graph (`TraceIndex.graph`), which the editor and CLI
 * already keep up to date: one pass over its `traces` links (only requirements have them), then its
 * `uses` links (only stories), each list in workspace order, the way the TraceIndex counts them (a
 * trace to `E.a` justifies `a` and E). Asking the index element by element instead costs a merged
 * list and a Set per table and column; looking each requirement's links up in the graph's maps
 * cost a third of this pass.
 */
export function justificationsFromTraceGraph(graph: JustifyingLinks): Justifications {
    const lists = new IdLists();
    for (const kind of justifyingKinds) {
        const links = graph.linksOf(kind);
        for (let i = 0; i < links.length; i++) {
            const { source, target } = links[i];
            const id = (source as ast.Requirement | ast.Story).name;
            if (target.$type === 'Attribute') {
                const attribute = target as ast.Attribute;
                lists.addToAttribute(attribute, id, lists.addToElement(attribute.$container, id));
            } else {
                lists.addToElement(target, id);
            }
        }
    }
    return lists.justifications();
}

/** Requirements' traces first, then stories' uses: the order the ids of one element are read in. */
const justifyingKinds: readonly LinkKind[] = ['traces', 'uses'];
