import type { NameCase } from './quality-settings.js';

/** The fixed conventions a name can follow; a one-word lowercase name fits both camelCase and snake_case. */
export type ConcreteCase = Exclude<NameCase, 'consistent' | 'any'>;

/**
 * Letters by their case in any script (`größe` is camelCase, `Größe` PascalCase); a letter without
 * case (`日本語`) fits wherever a letter of either case does, and digits of any script where digits
 * do. Anything else a name may hold (a curly apostrophe, an emoji) fits no convention.
 */
const upper = '\\p{Lu}\\p{Lt}\\p{Lo}\\p{Lm}', lower = '\\p{Ll}\\p{Lo}\\p{Lm}';
/** What each convention is; `fitsCase` reads ASCII names without them, to the same answer. */
export const casePatterns: Readonly<Record<ConcreteCase, RegExp>> = {
    PascalCase: new RegExp(`^[${upper}][\\p{L}\\p{N}]*$`, 'u'),
    camelCase: new RegExp(`^[${lower}][\\p{L}\\p{N}]*$`, 'u'),
    snake_case: new RegExp(`^[${lower}][${lower}\\p{N}]*(_[${lower}\\p{N}]+)*$`, 'u'),
    UPPER_CASE: new RegExp(`^[${upper}][${upper}\\p{N}]*(_[${upper}\\p{N}]+)*$`, 'u')
};
/** Ties in the majority go to the first case listed. */
export const concreteCases: readonly ConcreteCase[] = ['PascalCase', 'camelCase', 'snake_case', 'UPPER_CASE'];

export function fitsCase(name: string, nameCase: ConcreteCase): boolean {
    return fits(name, asciiCasesOf(name), nameCase);
}

/** The case most of the names fit, or undefined when there are no names. */
export function majorityCase(names: readonly string[]): ConcreteCase | undefined {
    // One look at each name for all four cases (the names of a whole workspace: tens of thousands).
    const counts = [0, 0, 0, 0];
    for (const name of names) {
        const cases = asciiCasesOf(name);
        for (let i = 0; i < concreteCases.length; i++) if (fits(name, cases, concreteCases[i])) counts[i]++;
    }
    let best: ConcreteCase | undefined;
    let bestCount = 0;
    for (let i = 0; i < concreteCases.length; i++) {
        if (counts[i] > bestCount) {
            best = concreteCases[i];
            bestCount = counts[i];
        }
    }
    return best;
}

const caseBits: Record<ConcreteCase, number> = { PascalCase: 1, camelCase: 2, snake_case: 4, UPPER_CASE: 8 };
const notAscii = -1;

/** Whether the name fits the case, given what `asciiCasesOf` read of it. */
function fits(name: string, cases: number, nameCase: ConcreteCase): boolean {
    return cases === notAscii ? casePatterns[nameCase].test(name) : (cases & caseBits[nameCase]) !== 0;
}

/**
 * The cases an ASCII name fits, as bits of `caseBits`, read in one pass: what the patterns say of it
 * (in ASCII a letter with case is A-Z or a-z, and a digit 0-9); `notAscii` for any other name, which
 * the patterns then judge. Most names are ASCII: one pass over them replaces four Unicode patterns.
 */
function asciiCasesOf(name: string): number {
    if (name.length === 0) return 0;
    const first = name.charCodeAt(0);
    const startsUpper = first >= 65 && first <= 90, startsLower = first >= 97 && first <= 122;
    if (first > 127) return notAscii;
    let upperAfterFirst = false, lowerAfterFirst = false, underscore = false, wellJoined = true, other = false;
    for (let i = 1; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c > 127) return notAscii;
        if (c >= 65 && c <= 90) upperAfterFirst = true;
        else if (c >= 97 && c <= 122) lowerAfterFirst = true;
        else if (c === 95) {
            underscore = true;
            // `_` joins two words: never two in a row, never last.
            if (name.charCodeAt(i - 1) === 95 || i === name.length - 1) wellJoined = false;
        } else if (c < 48 || c > 57) other = true;
    }
    if (other || (!startsUpper && !startsLower)) return 0;
    let cases = 0;
    if (startsUpper && !underscore) cases |= caseBits.PascalCase;
    if (startsLower && !underscore) cases |= caseBits.camelCase;
    if (startsLower && !upperAfterFirst && wellJoined) cases |= caseBits.snake_case;
    if (startsUpper && !lowerAfterFirst && wellJoined) cases |= caseBits.UPPER_CASE;
    return cases;
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
