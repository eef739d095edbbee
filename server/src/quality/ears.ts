/**
 * EARS (Easy Approach to Requirements Syntax) sentence templates, recognised with plain patterns:
 *   ubiquitous          The <system> shall <response>
 *   event-driven        When <trigger>, the <system> shall <response>
 *   state-driven        While <state>, the <system> shall <response>
 *   unwanted-behaviour  If <condition>, then the <system> shall <response>
 *   optional-feature    Where <feature is included>, the <system> shall <response>
 *   complex             several of the above clauses in front of one response
 */
export type EarsPattern = 'ubiquitous' | 'event-driven' | 'state-driven' | 'unwanted-behaviour' | 'optional-feature' | 'complex';

export interface EarsPrecondition {
    keyword: 'when' | 'while' | 'if' | 'where';
    text: string;
}

export interface EarsMatch {
    pattern: EarsPattern;
    preconditions: EarsPrecondition[];
    system: string;
    response: string;
}

const patternOfKeyword: Record<EarsPrecondition['keyword'], EarsPattern> = {
    when: 'event-driven', while: 'state-driven', if: 'unwanted-behaviour', where: 'optional-feature'
};

export const earsTemplates: Record<EarsPattern, string> = {
    'ubiquitous': 'The ‹system› shall ‹response›.',
    'event-driven': 'When ‹trigger›, the ‹system› shall ‹response›.',
    'state-driven': 'While ‹state›, the ‹system› shall ‹response›.',
    'unwanted-behaviour': 'If ‹condition›, then the ‹system› shall ‹response›.',
    'optional-feature': 'Where ‹feature is included›, the ‹system› shall ‹response›.',
    'complex': 'While ‹state›, when ‹trigger›, the ‹system› shall ‹response›.'
};

const clause = /^\s*(when|while|if|where)\s+([^,]+?)\s*,\s*(?:then\s+)?/i;
const main = /^\s*((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s+shall\s+(\S[\s\S]*)$/iu;
const preconditionWord = /^(when|while|if|where)$/i;

/** The EARS pattern a statement follows, or undefined if it follows none. */
export function classifyEars(statement: string): EarsMatch | undefined {
    let rest = statement;
    const preconditions: EarsPrecondition[] = [];
    for (let m = clause.exec(rest); m; m = clause.exec(rest)) {
        preconditions.push({ keyword: m[1].toLowerCase() as EarsPrecondition['keyword'], text: m[2] });
        rest = rest.slice(m[0].length);
    }
    const sentence = main.exec(rest);
    if (!sentence) return undefined;
    const system = sentence[1];
    if (preconditionWord.test(system.split(/\s+/)[0])) return undefined;
    const pattern = preconditions.length === 0 ? 'ubiquitous'
        : preconditions.length === 1 ? patternOfKeyword[preconditions[0].keyword] : 'complex';
    return { pattern, preconditions, system, response: sentence[2].trim() };
}

const leadingCondition: Array<[RegExp, EarsPrecondition['keyword']]> = [
    [/^(?:when|once|after|as soon as|on)\s+/i, 'when'],
    [/^(?:while|during|as long as)\s+/i, 'while'],
    [/^(?:if|in case(?: of)?|in the event(?: of| that)?|should)\s+/i, 'if'],
    [/^where\s+/i, 'where']
];
const modal = /\b(?:shall|must|should|will|may|can|could|might|needs? to|has to|have to|is required to|are required to)\s+/i;

/**
 * "the desk is closed, show a banner" splits at the comma. Without one, the subject starts at the last
 * "the/a/an" before the modal verb ("maintenance the site must ..."), or there is no main clause yet.
 */
function splitCondition(rest: string): [string, string] {
    const comma = rest.indexOf(',');
    if (comma >= 0) return [rest.slice(0, comma), rest.slice(comma + 1)];
    const verb = modal.exec(rest);
    if (!verb) return [rest, ''];
    const subject = rest.slice(0, verb.index).search(/\s(?:the|a|an)\s(?:(?!\s(?:the|a|an)\s).)*$/i);
    return subject > 0 ? [rest.slice(0, subject), rest.slice(subject + 1)] : [rest.slice(0, verb.index), rest.slice(verb.index)];
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
    return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Rewrites a statement into the EARS skeleton it is closest to, keeping the user's words: a leading
 * "when/once/after" becomes the trigger, "while/during" the state, "if/in case" the condition; the
 * words before the modal verb become the system, the words after it the response, and the modal
 * becomes "shall". The result always follows a pattern (see classifyEars).
 */
export function rewriteToEars(statement: string): string {
    let text = statement.trim().replace(/\s+/g, ' ');
    const endsWithStop = /[.!]$/.test(text);
    text = text.replace(/[.!]+$/, '');
    let precondition: EarsPrecondition | undefined;
    for (const [pattern, keyword] of leadingCondition) {
        const m = pattern.exec(text);
        if (!m) continue;
        const rest = text.slice(m[0].length);
        const [condition, main] = splitCondition(rest);
        precondition = { keyword, text: condition.trim() || '‹condition›' };
        text = main.trim().replace(/^then\s+/i, '');
        break;
    }
    let system = 'the system';
    let response = text;
    const verb = modal.exec(text);
    if (verb) {
        const subject = text.slice(0, verb.index).trim();
        if (subject.length > 0 && subject.split(' ').length <= 6 && !/,/.test(subject)) system = lowerFirst(subject);
        response = text.slice(verb.index + verb[0].length);
    } else if (/^(?:the|a|an|each|every|all|any|no)\b|^\p{L}+s\b/iu.test(text)) {
        // A sentence about something ("Incidents get logged..."): keep it whole as what the system ensures.
        response = `ensure that ${lowerFirst(text)}`;
    } else {
        // An instruction ("Log incidents..."): its verb becomes the response.
        response = lowerFirst(text);
    }
    if (response.trim().length === 0) response = '‹response›';
    const stop = endsWithStop || precondition ? '.' : '';
    const assemble = (subject: string) => {
        const head = precondition
            ? `${capitalise(precondition.keyword)} ${precondition.text}, ${precondition.keyword === 'if' ? 'then ' : ''}${subject}`
            : capitalise(subject);
        return `${head} shall ${response}${stop}`;
    };
    const rewritten = assemble(system);
    // A subject with unusual characters may not read as a system name; fall back to the plain one.
    return classifyEars(rewritten) ? rewritten : assemble('the system');
}
