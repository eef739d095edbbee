import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { displayName } from './tracewright-naming.js';

/** One markdown line saying what a node is, used by hover and completion details. */
export function describeNode(node: AstNode): string | undefined {
    const name = `\`${displayName(node) ?? '?'}\``;
    if (ast.isStakeholder(node)) return `**stakeholder** ${name}${node.description ? ` — ${node.description}` : ''}`;
    if (ast.isGoal(node)) return `**goal** ${name} — ${node.title}${node.measures.length ? `\n\nMeasured by: ${node.measures.join('; ')}` : ''}`;
    if (ast.isStory(node)) {
        const parts = [`**story** ${name} — ${node.title}`];
        if (node.role || node.want || node.benefit) {
            parts.push(`As ${node.role?.$refText ?? '…'}, I want ${node.want ?? '…'}, so that ${node.benefit ?? '…'}.`);
        }
        if (node.priority) parts.push(`Priority: ${node.priority}`);
        return parts.join('\n\n');
    }
    if (ast.isRequirement(node)) {
        const parts = [`**requirement** ${name} (${node.kind}${node.priority ? `, ${node.priority}` : ''}${node.status ? `, ${node.status}` : ''})`, node.statement];
        if (node.rationale) parts.push(`*Rationale:* ${node.rationale}`);
        if (node.fit) parts.push(`*Fit criterion:* ${node.fit}`);
        return parts.join('\n\n');
    }
    if (ast.isEntity(node)) return `**entity** ${name}${node.description ? ` — ${node.description}` : ''} (${node.attributes.length} attributes)`;
    if (ast.isAttribute(node)) {
        const modifiers = node.modifiers.map(m => ast.isFlagModifier(m) ? m.flag : `default ${defaultText(m)}`).join(' ');
        return `**attribute** ${name}: \`${node.type ? typeText(node.type) : '?'}${modifiers ? ' ' + modifiers : ''}\`${node.description ? ` — ${node.description}` : ''}`;
    }
    if (ast.isEnum(node)) return `**enum** ${name} { ${node.literals.map(l => l.name).join(' ')} }`;
    if (ast.isEnumLiteral(node)) return `**enum literal** ${name}${node.description ? ` — ${node.description}` : ''}`;
    if (ast.isRelationship(node)) {
        return `**relationship** ${name}: ${node.source?.entity?.$refText ?? '?'} ${cardinalityText(node.sourceCardinality)} — ${cardinalityText(node.targetCardinality)} ${node.target?.entity?.$refText ?? '?'}${node.verb ? ` (“${node.verb}”)` : ''}`;
    }
    return undefined;
}

// Parts may be missing while the user types (`code:`, `R: A 1 --`): the parser reports that, hover shows '?'.
export function typeText(type: ast.TypeRef | undefined): string {
    if (!type) return '?';
    if (type.enum) return type.enum.$refText;
    return type.args.length ? `${type.primitive}(${type.args.join(',')})` : type.primitive ?? '?';
}

export function cardinalityText(cardinality: ast.Cardinality | undefined): string {
    if (!cardinality) return '?';
    if (cardinality.many) return '*';
    if (cardinality.upperMany) return `${cardinality.lower}..*`;
    return cardinality.upper !== undefined ? `${cardinality.lower}..${cardinality.upper}` : String(cardinality.lower);
}

function defaultText(modifier: ast.DefaultModifier): string {
    return modifier.keyword ?? modifier.string ?? (modifier.number !== undefined ? String(modifier.number) : modifier.literal ?? '');
}
