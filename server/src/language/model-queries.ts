import { FlagModifier, type Attribute, type Entity } from '../generated/ast.js';

/** Small questions about the model that validators, generators and providers all ask. */
export function hasFlag(attribute: Attribute, flag: 'pk' | 'unique' | 'optional' | 'auto' | 'pii'): boolean {
    // A loop and the type's name, not `some` and the reflection's `isFlagModifier` (FlagModifier has no
    // subtypes): asked of every attribute by several checks and generators, after every structural edit.
    const modifiers = attribute.modifiers;
    for (let i = 0; i < modifiers.length; i++) {
        const modifier = modifiers[i];
        if (modifier.$type === FlagModifier.$type && (modifier as FlagModifier).flag === flag) return true;
    }
    return false;
}

export function primaryKeyOf(entity: Entity): Attribute[] {
    return entity.attributes.filter(attribute => hasFlag(attribute, 'pk'));
}
