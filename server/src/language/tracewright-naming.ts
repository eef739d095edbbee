import type { AstNode } from 'langium';
import { isAttribute, isEnumLiteral, type Attribute, type Entity, type Relationship } from '../generated/ast.js';

/** `Incident.priority`: how an attribute is written in traces and shown to the user. */
export function qualifiedAttributeName(owner: Entity | Relationship, attribute: Attribute): string {
    return `${owner.name}.${attribute.name}`;
}

/** The name a user would write to refer to a node: qualified for attributes and enum literals. */
export function displayName(node: AstNode): string | undefined {
    if (isAttribute(node)) return qualifiedAttributeName(node.$container, node);
    if (isEnumLiteral(node)) return `${node.$container.name}.${node.name}`;
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
}
