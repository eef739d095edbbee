import type { ValidationAcceptor } from 'langium';
import type { Requirement } from '../../generated/ast.js';
import { classifyEars, rewriteToEars } from '../../quality/ears.js';
import {
    findEscapeClauses, findExtraShalls, findOpenEndedLists, findPassiveWithoutActor, findUnclearPronouns, findVagueTerms, findWeakModal
} from '../../quality/wording-checks.js';
import { report } from '../rules/report.js';
import type { RuleSettings } from '../rules/rule-settings.js';
import { locateText } from './statement-ranges.js';

/** The wording of requirement statements: EARS shape, testable words, one obligation, a named actor. */
export class RequirementWordingValidator {
    constructor(private readonly settings: RuleSettings) {}

    checkStatementWording(requirement: Requirement, accept: ValidationAcceptor): void {
        const statement = locateText(requirement, 'statement');
        if (!statement || statement.text.trim().length === 0) return;
        const { text } = statement;
        const words = this.settings.current.quality;
        const at = (span: { start: number; end: number }) => ({ node: requirement, range: statement.rangeOf(span) });

        for (const found of findVagueTerms(text, words.vagueTerms)) {
            const bound = /^(at least|at most|up to|no more than|no less than|not exceed)$/i.test(found.words.replace(/\s+/g, ' '));
            report(accept, 'vague-term', bound
                ? `'${found.words}' promises a bound but gives no number. Add the number and its unit, e.g. '${found.words} 3 seconds'.`
                : `'${found.words}' is vague: a tester cannot decide pass or fail. Replace it with a number, a unit or a named standard.`, at(found));
        }
        for (const found of findEscapeClauses(text, words.escapeClauses)) {
            report(accept, 'escape-clause', `'${found.words}' makes the requirement optional. Remove it, or name the condition in a While/Where clause.`, at(found));
        }
        for (const found of findOpenEndedLists(text, words.openEndedTerms)) {
            report(accept, 'open-ended-list', `'${found.words}' leaves the list open. Name every item, or refer to a list kept elsewhere.`, at(found));
        }
        const weak = findWeakModal(text, words.weakModals);
        if (weak) {
            report(accept, 'weak-modal', `'${weak.words}' does not bind. Write 'shall', and say how much it matters with \`priority\`.`, at(weak));
        }
        // Only the second 'shall' is reported: its quick fix splits the statement there, and the split-off
        // part is checked again. One warning per extra 'shall' made a pasted text of n obligations cost
        // n quick fixes that each copy the statement (quadratic; a 1 MB statement hung code actions).
        const [extra] = findExtraShalls(text);
        if (extra) {
            report(accept, 'multiple-shall', `A second 'shall': this statement holds two requirements. Split it so each can be prioritised and tested.`, at(extra));
        }
        for (const found of findPassiveWithoutActor(text)) {
            report(accept, 'passive-without-actor', `'${found.words}' does not say who does it. Name the actor: make the system the subject, or add 'by ...'.`, at(found));
        }
        for (const found of findUnclearPronouns(text)) {
            report(accept, 'unclear-pronoun', `'${found.words}' could refer to more than one thing here. Repeat the noun it stands for.`, at(found));
        }
        if (!classifyEars(text)) {
            report(accept, 'ears-pattern', `This statement follows no EARS pattern. Closest form: "${rewriteToEars(text)}"`,
                { node: requirement, property: 'statement' });
        }
    }
}
