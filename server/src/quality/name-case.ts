import type { NameCase } from './quality-settings.js';

/** The fixed conventions a name can follow; a one-word lowercase name fits both camelCase and snake_case. */
export type ConcreteCase = Exclude<NameCase, 'consistent' | 'any'>;

/**
 * Letters by their case in any script (`größe` is camelCase, `Größe` PascalCase); a letter without
 * case (`日本語`) fits wherever a letter of either case does, and digits of any script where digits
 * do. Anything else a name may hold (a curly apostrophe, an emoji) fits no convention.
 */
const upper = '\\p{Lu}\\p{Lt}\\p{Lo}\\p{Lm}', lower = '\\p{Ll}\\p{Lo}\\p{Lm}';
const patterns: Record<ConcreteCase, RegExp> = {
    PascalCase: new RegExp(`^[${upper}][\\p{L}\\p{N}]*$`, 'u'),
    camelCase: new RegExp(`^[${lower}][\\p{L}\\p{N}]*$`, 'u'),
    snake_case: new RegExp(`^[${lower}][${lower}\\p{N}]*(_[${lower}\\p{N}]+)*$`, 'u'),
    UPPER_CASE: new RegExp(`^[${upper}][${upper}\\p{N}]*(_[${upper}\\p{N}]+)*$`, 'u')
};
/** Ties in the majority go to the first case listed. */
export const concreteCases: readonly ConcreteCase[] = ['PascalCase', 'camelCase', 'snake_case', 'UPPER_CASE'];

export function fitsCase(name: string, nameCase: ConcreteCase): boolean {
    return patterns[nameCase].test(name);
}

/** The case most of the names fit, or undefined when there are no names. */
export function majorityCase(names: readonly string[]): ConcreteCase | undefined {
    let best: ConcreteCase | undefined;
    let bestCount = 0;
    for (const nameCase of concreteCases) {
        const count = names.filter(name => fitsCase(name, nameCase)).length;
        if (count > bestCount) {
            best = nameCase;
            bestCount = count;
        }
    }
    return best;
}

/**
 * Words end at anything but a letter or a digit (`_`, `-`, an emoji) and where a capital
 * follows; an apostrophe inside a word is dropped (`title’s` → `titles`), not a break.
 */
function words(name: string): string[] {
    return name.replace(/(?<=\p{L})[’ʼ](?=\p{L})/gu, '').split(/[^\p{L}\p{N}]+|(?<=[\p{Ll}\p{N}])(?=\p{Lu})/u).filter(w => w.length > 0).map(w => w.toLowerCase());
}

/**
 * `support_group` → `SupportGroup` etc., for the quick fix that renames; undefined when no name in
 * that case can be made of it: none that differs from the name (no characters to drop or recase)
 * or that fits (it would start with a digit).
 */
export function toCase(name: string, nameCase: ConcreteCase): string | undefined {
    const renamed = joined(words(name), nameCase);
    return renamed !== name && fitsCase(renamed, nameCase) ? renamed : undefined;
}

function joined(parts: readonly string[], nameCase: ConcreteCase): string {
    const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    switch (nameCase) {
        case 'PascalCase': return parts.map(title).join('');
        case 'camelCase': return parts.map((w, i) => i === 0 ? w : title(w)).join('');
        case 'snake_case': return parts.join('_');
        case 'UPPER_CASE': return parts.join('_').toUpperCase();
    }
}
