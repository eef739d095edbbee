import type { Cardinality } from '../generated/ast.js';

/**
 * Mermaid's erDiagram grammar is fragile: quoted labels cannot hold `"`, `%` or `\`, `%%{init}%%`
 * anywhere in the text is read as a directive, and `#name;` sequences are entity codes. So every
 * piece of user text goes through `mermaidLabel`, which keeps letters, digits and a few harmless
 * marks and writes everything else as a numeric entity code (`#34;`). Mermaid turns those into
 * `&#34;` in the SVG, which the browser shows as the literal character and never parses as markup.
 */
const SAFE_CHARACTER = /[\p{L}\p{N} _\-.,()'!?/+*=]/u;

export function mermaidLabel(text: string, maxLength = 80): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    const cut = [...flat].length > maxLength ? [...flat].slice(0, maxLength - 1).join('') + '…' : flat;
    let out = '';
    for (const character of cut) {
        out += SAFE_CHARACTER.test(character) ? character : `#${character.codePointAt(0)};`;
    }
    // Mermaid's entity encoder first rewrites `style…:…#…;` and `classDef…:…#…;` on one line,
    // which would cut an entity code in half; spelling the `s`/`c` as a code avoids the match.
    return out.replace(/style/g, '#115;tyle').replace(/classDef/g, '#99;lassDef');
}

/**
 * A bare word inside an entity block (attribute type or name). Written between backticks, which
 * Mermaid reads as one word whatever it holds, so `pk`, `one` or `to` stay plain names instead of
 * key markers or cardinality keywords. Backticks themselves cannot occur in Tracewright names.
 */
export function mermaidWord(word: string): string {
    return '`' + word.replace(/`/g, "'") + '`';
}

export type CardinalityMarker = 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';

/** The five cardinality forms of the language, read as crow's-foot markers. */
export function cardinalityMarker(cardinality: Cardinality | undefined): CardinalityMarker {
    if (!cardinality) return 'one';
    const lower = cardinality.many ? 0 : (cardinality.lower ?? 1);
    const many = cardinality.many || cardinality.upperMany || (cardinality.upper !== undefined && cardinality.upper > 1);
    if (many) return lower >= 1 ? 'oneOrMore' : 'zeroOrMore';
    const upper = cardinality.upper ?? lower;
    return lower === 0 && upper <= 1 ? 'zeroOrOne' : 'one';
}

/** Crow's-foot markers as written on the left (`||`, `|o`, `}o`, `}|`) and right (mirrored) side of `--`. */
const LEFT: Record<CardinalityMarker, string> = { one: '||', zeroOrOne: '|o', zeroOrMore: '}o', oneOrMore: '}|' };
const RIGHT: Record<CardinalityMarker, string> = { one: '||', zeroOrOne: 'o|', zeroOrMore: 'o{', oneOrMore: '|{' };

export function relationshipArrow(source: CardinalityMarker, target: CardinalityMarker): string {
    return `${LEFT[source]}--${RIGHT[target]}`;
}
