/**
 * Checks whose findings depend on nothing but their top-level element's own text and the rule
 * settings: not on what a reference resolves to, not on other elements, not on workspace facts. After
 * an edit elsewhere, such a check of an unchanged element says what it said before, so the validator
 * replays it instead of running it (see ElementDiagnostics). Mark a check only when that is true of
 * every line of it; a check marked wrongly leaves stale warnings after an edit elsewhere.
 */
const elementLocalChecks = new WeakSet<object>();

export function elementLocal<Check extends (...args: never[]) => unknown>(check: Check): Check {
    elementLocalChecks.add(check);
    return check;
}

export function isElementLocal(check: object): boolean {
    return elementLocalChecks.has(check);
}
