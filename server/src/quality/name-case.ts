import type { NameCase } from './quality-settings.js';

/** The fixed conventions a name can follow; a one-word lowercase name fits both camelCase and snake_case. */
export type ConcreteCase = Exclude<NameCase, 'consistent' | 'any'>;

const patterns: Record<ConcreteCase, RegExp> = {
    PascalCase: /^[A-Z][a-zA-Z0-9]*$/,
    camelCase: /^[a-z][a-zA-Z0-9]*$/,
    snake_case: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
    UPPER_CASE: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/
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

function words(name: string): string[] {
    return name.split(/_|(?<=[a-z0-9])(?=[A-Z])/).filter(w => w.length > 0).map(w => w.toLowerCase());
}

/** `support_group` → `SupportGroup` etc.; used by the quick fix that renames. */
export function toCase(name: string, nameCase: ConcreteCase): string {
    const parts = words(name);
    const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    switch (nameCase) {
        case 'PascalCase': return parts.map(title).join('');
        case 'camelCase': return parts.map((w, i) => i === 0 ? w : title(w)).join('');
        case 'snake_case': return parts.join('_');
        case 'UPPER_CASE': return parts.join('_').toUpperCase();
    }
}
