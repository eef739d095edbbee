/**
 * Just enough English to tell a plural noun from a singular one in a name: regular plurals, a few
 * irregular ones, and the singular words that merely end in "s".
 */
const singularEndingInS = new Set([
    'status', 'series', 'species', 'address', 'access', 'process', 'class', 'business', 'analysis', 'basis', 'thesis',
    'diagnosis', 'axis', 'bus', 'campus', 'census', 'virus', 'bonus', 'corpus', 'focus', 'radius', 'syllabus', 'apparatus',
    'news', 'canvas', 'gas', 'alias', 'atlas', 'bias', 'lens', 'chassis', 'means', 'mathematics', 'physics', 'economics',
    'politics', 'ethics', 'success', 'progress', 'loss', 'boss', 'glass', 'pass', 'mass', 'dress', 'witness', 'census',
    'consensus', 'iris', 'crisis', 'emphasis', 'hypothesis', 'synopsis', 'gps', 'sms', 'os', 'kudos', 'redress', 'ups'
]);
// A Map, not an object literal: `constructor` or `toString` must not find Object's own members.
const irregularPlurals = new Map(Object.entries({
    people: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', geese: 'goose', feet: 'foot',
    teeth: 'tooth', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index', matrices: 'matrix', vertices: 'vertex',
    analyses: 'analysis', theses: 'thesis', crises: 'crisis', diagnoses: 'diagnosis'
}));
/** Plural-looking words that name one thing of free text (`notes: text` is one note field, not a list). */
const uncountable = new Set(['notes', 'comments', 'remarks', 'details', 'instructions', 'terms', 'minutes', 'lyrics', 'settings', 'credentials', 'contents', 'earnings', 'goods', 'thanks', 'savings', 'hours', 'days', 'years', 'months', 'weeks', 'seconds', 'minutes', 'points', 'credits', 'stats', 'metrics']);

/** The last word of a name in any case: `SupportGroups` → `Groups`, `support_groups` → `groups`. */
export function lastWord(name: string): string {
    const parts = name.split(/_|(?<=[a-z0-9])(?=[A-Z])/).filter(p => p.length > 0);
    return parts.at(-1) ?? name;
}

/** The singular of a plural word, or undefined when the word looks singular. */
export function singularOf(word: string): string | undefined {
    const lower = word.toLowerCase();
    const irregular = irregularPlurals.get(lower);
    if (irregular) return matchCase(irregular, word);
    if (!lower.endsWith('s') || lower.length < 3 || singularEndingInS.has(lower)) return undefined;
    if (/(ss|us|is)$/.test(lower)) return undefined;
    if (/[^aeiou]ies$/.test(lower)) return word.slice(0, -3) + matchCase('y', word.slice(-3));
    if (/(ches|shes|xes|zzes|sses)$/.test(lower)) return word.slice(0, -2);
    return word.slice(0, -1);
}

/** True for a plural name such as `Books` or `phoneNumbers`, false for `Status` or `Address`. */
export function isPluralName(name: string): boolean {
    return singularOf(lastWord(name)) !== undefined;
}

/** True for a plural name that is usually a list (`tags`), not one free-text field (`notes`). */
export function isListLikeName(name: string): boolean {
    return isPluralName(name) && !uncountable.has(lastWord(name).toLowerCase());
}

/** `Books` → `Book`, `SupportGroups` → `SupportGroup`. */
export function singularName(name: string): string | undefined {
    const word = lastWord(name);
    const singular = singularOf(word);
    return singular === undefined ? undefined : name.slice(0, name.length - word.length) + singular;
}

function matchCase(replacement: string, model: string): string {
    if (model === model.toUpperCase() && model.length > 1) return replacement.toUpperCase();
    return /^[A-Z]/.test(model) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
