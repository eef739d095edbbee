import { findTerms, forEachMatch, type TextSpan } from './statement-text.js';

/**
 * Pure checks on the wording of one requirement statement. Each returns the spans of the words
 * at fault, so a diagnostic can underline exactly those words.
 */
export interface WordFinding extends TextSpan {
    /** The words found, as written. */
    words: string;
}

const numberWord = '(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|thousand|a hundred|a thousand|once|twice|half)';
// "at least" promises a bound, so it must be followed by the bound.
const boundWithoutNumber = new RegExp(`(?<![\\p{L}_-])(?:at least|at most|up to(?!\\s+date\\b)|no more than|no less than|not exceed)(?!\\s+(?:the\\s+|a\\s+|an\\s+)?${numberWord})(?![\\p{L}_-])`, 'giu');

function spans(found: Array<TextSpan & { term: string }>): WordFinding[] {
    return found.map(f => ({ start: f.start, end: f.end, words: f.term }));
}

export function findVagueTerms(text: string, vagueTerms: readonly string[]): WordFinding[] {
    const found = spans(findTerms(text, vagueTerms));
    const termCount = found.length;
    forEachMatch(boundWithoutNumber, text, m => found.push({ start: m.index, end: m.index + m[0].length, words: m[0] }));
    // Both lists are in text order already: sort (stable, terms before bounds at one start) only when both have any.
    return termCount > 0 && found.length > termCount ? found.sort((a, b) => a.start - b.start) : found;
}

export function findEscapeClauses(text: string, escapeClauses: readonly string[]): WordFinding[] {
    return spans(findTerms(text, escapeClauses));
}

export function findOpenEndedLists(text: string, openEndedTerms: readonly string[]): WordFinding[] {
    // "etc." and "etc" both listed: keep the longer match only.
    return spans(findTerms(text, openEndedTerms));
}

const shall = /\bshall\b/gi;

/** A weak modal counts only when the statement has no "shall": then it is the statement's own verb. */
export function findWeakModal(text: string, weakModals: readonly string[]): WordFinding | undefined {
    if (/\bshall\b/i.test(text)) return undefined;
    return spans(findTerms(text, weakModals))[0];
}

/** Every "shall" after the first: each one is a second requirement hiding in the statement. */
export function findExtraShalls(text: string): WordFinding[] {
    const found: WordFinding[] = [];
    let first = true;
    forEachMatch(shall, text, m => {
        if (first) first = false;
        else found.push({ start: m.index, end: m.index + m[0].length, words: m[0] });
    });
    return found;
}

const irregularParticiples = 'shown|sent|kept|made|given|written|taken|held|built|done|seen|known|found|paid|told|chosen|hidden|drawn|set|put|read|run|sold|spent|left|lost|met|brought|bought|thrown|broken|frozen|stolen|undone|withdrawn';
// Words ending in -ed that describe a state rather than an action somebody performs.
const stateAdjectives = new Set(['based', 'related', 'concerned', 'interested', 'prepared', 'limited', 'experienced', 'skilled', 'qualified', 'detailed']);
const passive = new RegExp(`\\b(?:shall|must|should|will|may|can)\\s+(?:not\\s+)?(?:be|been)\\s+((?:[a-z]+ed)|${irregularParticiples})\\b`, 'gi');

/** "shall be recorded" with no "by <actor>" later in the same sentence: who records it is left open. */
export function findPassiveWithoutActor(text: string): WordFinding[] {
    const found: WordFinding[] = [];
    forEachMatch(passive, text, match => {
        if (stateAdjectives.has(match[1].toLowerCase())) return;
        const after = text.slice(match.index + match[0].length);
        const sentence = after.split(/[.;!?](?:\s|$)/)[0];
        if (/\bby\b/i.test(sentence)) return;
        const start = match.index + match[0].search(/\bbe(?:en)?\b/i);
        found.push({ start, end: match.index + match[0].length, words: text.slice(start, match.index + match[0].length) });
    });
    return found;
}

const clauseStart = /(?:^|[.;:,!?]\s+|\b(?:and|or|but|then|when|while|if|where|because|unless|until|once|after|before|so that)\s+)(it|they|them|this|these|those)\b(?:\s+([\p{L}]+))?/giud;
/** Every clauseStart match holds this (its pronoun follows the start of the text or whitespace); same flags, same case folding. */
const anyPronoun = /(?:^|\s)(?:it|they|them|this|these|those)\b/iu;
const verbAfterDemonstrative = /^(?:shall|must|should|will|may|can|is|are|was|were|has|have|had|does|do|needs|need|means|requires)$/i;

/**
 * "it", "they", "this" opening a clause: the reader has to guess what they stand for. "this report"
 * is fine (a determiner); "this shall..." is not.
 */
export function findUnclearPronouns(text: string): WordFinding[] {
    const found: WordFinding[] = [];
    // Most statements hold none of the pronouns: a plain search for them is much cheaper than clauseStart.
    if (!anyPronoun.test(text)) return found;
    forEachMatch(clauseStart, text, match => {
        const pronoun = match[1];
        const demonstrative = /^(this|these|those)$/i.test(pronoun);
        if (demonstrative && !(match[2] && verbAfterDemonstrative.test(match[2]))) return;
        const start = match.indices![1][0];
        found.push({ start, end: start + pronoun.length, words: pronoun });
    });
    return found;
}
