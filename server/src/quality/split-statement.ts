/**
 * Splits "… shall A and shall B" (or "… shall A, and the mailer shall B") into two statements at the
 * second "shall". The second statement keeps the first one's conditions and subject unless it names
 * its own subject.
 */
export function splitAtSecondShall(statement: string): [string, string] | undefined {
    const shalls = [...statement.matchAll(/\bshall\b/gi)];
    if (shalls.length < 2) return undefined;
    const first = shalls[0].index;
    const second = shalls[1].index;
    const head = statement.slice(0, first).trim();
    const between = statement.slice(first, second);
    // The last joint before the second "shall": a conjunction or a punctuation mark.
    const joints = [...between.matchAll(/(?:\s*[,;]\s*(?:and|or|but)?|\s+(?:and|or|but))\s+|\s*[;]\s*|\.\s+/gi)];
    const joint = joints.at(-1);
    const cut = joint ? first + joint.index : second;
    const ownSubject = joint ? statement.slice(first + joint.index + joint[0].length, second).trim() : '';
    const firstPart = finish(statement.slice(0, cut).trim());
    const secondSubject = ownSubject.length > 0 ? keepConditions(head, ownSubject) : head;
    const secondPart = finish(`${capitalise(secondSubject)} ${statement.slice(second).trim()}`);
    return [firstPart, secondPart];
}

/** "When X, the system" + "the mailer" → "When X, the mailer". */
function keepConditions(head: string, subject: string): string {
    const lastComma = head.lastIndexOf(',');
    return lastComma >= 0 ? `${head.slice(0, lastComma + 1)} ${subject}` : subject;
}

function finish(sentence: string): string {
    const trimmed = sentence.replace(/[\s,;]+$/, '');
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
