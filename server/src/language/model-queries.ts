import type { Attribute, Entity } from '../generated/ast.js';
import { isFlagModifier } from '../generated/ast.js';

/** Small questions about the model that validators, generators and providers all ask. */
export function hasFlag(attribute: Attribute, flag: 'pk' | 'unique' | 'optional' | 'auto' | 'pii'): boolean {
    return attribute.modifiers.some(m => isFlagModifier(m) && m.flag === flag);
}

export function primaryKeyOf(entity: Entity): Attribute[] {
    return entity.attributes.filter(attribute => hasFlag(attribute, 'pk'));
}
