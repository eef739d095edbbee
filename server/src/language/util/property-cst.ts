import { GrammarAST, isCompositeCstNode, type CstNode } from 'langium';

type GrammarElement = GrammarAST.AbstractElement;

/**
 * The property each grammar element assigns to (the feature of its enclosing assignment), per element:
 * the grammar never changes. A Map, not a WeakMap: the grammar lives as long as the language, and this
 * is asked for every token before the one looked for.
 */
const assignedFeatures = new Map<GrammarElement, string | null>();

function assignedFeature(source: GrammarElement | undefined): string | null {
    if (!source) return null;
    let feature = assignedFeatures.get(source);
    if (feature === undefined) {
        let element: GrammarAST.AbstractElement | GrammarAST.AbstractRule | GrammarAST.Grammar | undefined = source;
        while (element && !GrammarAST.isAssignment(element)) element = element.$container as typeof element;
        feature = element ? element.feature : null;
        assignedFeatures.set(source, feature);
    }
    return feature;
}

/**
 * The same CST node as Langium's `GrammarUtils.findNodeForProperty(node, property, index)`, found
 * without building the list of every match (it stops at the one asked for) and with the grammar
 * element's assignment looked up once per grammar element, not once per token. Validation asks this
 * for every diagnostic and every requirement statement.
 */
export function findNodeForProperty(node: CstNode | undefined, property: string | undefined, index?: number): CstNode | undefined {
    if (!node || !property) return undefined;
    // Langium clamps the index into the matches: below 0 is the first, past the end the last.
    const wanted = index === undefined ? 0 : Math.max(0, index);
    const search = { property, element: node.astNode, wanted, seen: 0, last: undefined as CstNode | undefined };
    return findIn(node, search, true) ?? search.last;
}

interface Search {
    readonly property: string;
    readonly element: CstNode['astNode'];
    readonly wanted: number;
    seen: number;
    last: CstNode | undefined;
}

/** Depth first in content order, as Langium's flatMap collects them; the match numbered `wanted`, if reached. */
function findIn(node: CstNode, search: Search, first: boolean): CstNode | undefined {
    if (!first && assignedFeature(node.grammarSource) === search.property) {
        search.last = node;
        return search.seen++ === search.wanted ? node : undefined;
    }
    if (isCompositeCstNode(node) && node.astNode === search.element) {
        for (const child of node.content) {
            const found = findIn(child, search, false);
            if (found) return found;
        }
    }
    return undefined;
}
