import { isAttribute, type Attribute, type Entity, type Relationship } from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import { qualifiedAttributeName } from '../language/tracewright-naming.js';
import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import type { DataElement, LinkKind, TraceGraph } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';

/** "Why does this column exist?": entities, attributes and relationships that nothing justifies. */
export function findJustificationGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    for (const owner of [...index.graph.entities, ...index.graph.relationships]) {
        if (options.isExempt(owner.name)) continue;
        if (!isJustified(index.graph, owner)) gaps.push(unjustified(owner));
        for (const attribute of owner.attributes) {
            // Traced first: most attributes are, and then neither their name nor their flags matter.
            if (isJustified(index.graph, attribute) || (options.exemptKeys && hasFlag(attribute, 'pk'))) continue;
            const name = qualifiedAttributeName(owner, attribute);
            if (!options.isExempt(name)) gaps.push(unjustifiedAttribute(attribute, name));
        }
    }
    return gaps;
}

const tracesOrUses: readonly LinkKind[] = ['traces', 'uses'];
const traces: readonly LinkKind[] = ['traces'];

/**
 * Whether TraceIndex.justificationLinksOf would list any link (a trace or use of the element, or a
 * trace of one of its attributes), without building the list: this is asked of every data element.
 */
export function isJustified(graph: TraceGraph, element: DataElement): boolean {
    if (graph.incoming(element, tracesOrUses).length > 0) return true;
    return !isAttribute(element) && isAttributeTraced(graph, element);
}

/** Whether a requirement traces one of the attributes of an entity or relationship. */
export function isAttributeTraced(graph: TraceGraph, owner: Entity | Relationship): boolean {
    for (const attribute of owner.attributes) if (graph.incoming(attribute, traces).length > 0) return true;
    return false;
}

function unjustified(owner: Entity | Relationship): CoverageGap {
    const isEntity = owner.$type === 'Entity';
    const message = isEntity
        ? `No requirement or story justifies entity '${owner.name}'. Trace it from a requirement (\`traces ${owner.name}\`) or use it in a story (\`uses ${owner.name}(read)\`); if it is infrastructure, add it to tracewright.coverage.exemptions.`
        : `No requirement traces relationship '${owner.name}'. Add \`traces ${owner.name}\` to the requirement that needs the link, or remove it.`;
    return { ruleId: isEntity ? 'unjustified-entity' : 'unjustified-relationship', element: owner.name, node: owner, property: 'name', message };
}

function unjustifiedAttribute(attribute: Attribute, name: string): CoverageGap {
    return {
        ruleId: 'unjustified-attribute', element: name, node: attribute, property: 'name',
        message: `Why does '${name}' exist? No requirement traces it. Add \`traces ${name}\` to the requirement that needs it, or remove the attribute.`
    };
}
