import type { Attribute, Entity, Relationship } from '../generated/ast.js';
import { hasFlag } from '../language/model-queries.js';
import { qualifiedAttributeName } from '../language/tracewright-naming.js';
import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import type { TraceIndex } from './trace-index.js';

/** "Why does this column exist?": entities, attributes and relationships that nothing justifies. */
export function findJustificationGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    const gaps: CoverageGap[] = [];
    for (const owner of [...index.graph.entities, ...index.graph.relationships]) {
        if (options.isExempt(owner.name)) continue;
        if (index.justificationLinksOf(owner).length === 0) gaps.push(unjustified(owner));
        for (const attribute of owner.attributes) {
            const name = qualifiedAttributeName(owner, attribute);
            const exemptKey = options.exemptKeys && hasFlag(attribute, 'pk');
            if (!exemptKey && !options.isExempt(name) && index.justificationLinksOf(attribute).length === 0) {
                gaps.push(unjustifiedAttribute(attribute, name));
            }
        }
    }
    return gaps;
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
