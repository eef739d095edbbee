import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';

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
    // Ids in the order the traces were read, one string until there is a second; one requirement
    // tracing `E.a, E.b` adds E once (the last id is checked), other repeats go when the list is read.
    const byNode = new Map<AstNode, string | string[]>();
    const add = (node: AstNode | undefined, id: string) => {
        if (!node) return;
        const ids = byNode.get(node);
        if (ids === undefined) byNode.set(node, id);
        else if (typeof ids === 'string') {
            if (ids !== id) byNode.set(node, [ids, id]);
        } else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    for (const model of models) {
        for (const element of model.elements ?? []) {
            // `$type` rather than `ast.isRequirement()`: no element type has subtypes, and this runs for every element.
            if (element.$type === 'Requirement') {
                if (!element.name) continue;
                for (const trace of element.traces) {
                    const target = trace.element?.ref;
                    const attribute = trace.attribute?.ref;
                    add(target, element.name);
                    add(attribute, element.name);
                }
            } else if (element.$type === 'Story') {
                if (!element.name) continue;
                for (const use of element.uses) add(use.entity?.ref, element.name);
            }
        }
    }
    const idsOf = (node: AstNode) => sortedIds(byNode.get(node));
    return {
        ofEntity: idsOf,
        ofAttribute: idsOf,
        ofRelationship: idsOf
    };
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

/** Each id ranks strictly after the one before, so there are no repeats either. */
function isAscending(ids: readonly string[]): boolean {
    for (let i = 1; i < ids.length; i++) {
        if (byId(ids[i - 1], ids[i]) >= 0) return false;
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
    if (aDigits < 0 || bDigits < 0) return undefined;
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

/** The same answers from the workspace's TraceIndex service, which the editor and CLI already keep up to date. */
export function justificationsFromTraceIndex(index: { justificationsOf(element: ast.Entity | ast.Attribute | ast.Relationship): Array<{ name: string }> }): Justifications {
    const idsOf = (element: ast.Entity | ast.Attribute | ast.Relationship) => [...new Set(index.justificationsOf(element).map(source => source.name))].sort(byId);
    return { ofEntity: idsOf, ofAttribute: idsOf, ofRelationship: idsOf };
}
