import type { ValidationAcceptor } from 'langium';
import type { Requirement } from '../../generated/ast.js';
import { classifyEars, rewriteToEars } from '../../quality/ears.js';
import {
    findEscapeClauses, findExtraShalls, findOpenEndedLists, findPassiveWithoutActor, findUnclearPronouns, findVagueTerms, findWeakModal
} from '../../quality/wording-checks.js';
import { report } from '../rules/report.js';
import type { RuleSettings } from '../rules/rule-settings.js';
import { locateText, type LocatedText } from './statement-ranges.js';
import type { TextSpan } from '../../quality/statement-text.js';

/** One thing to report about a statement: where (words of it, or the whole statement) and what. */
interface WordingProblem {
    ruleId: string;
    message: string;
    /** The words at fault; none for the whole statement. */
    span?: TextSpan;
}

/** The wording of requirement statements: EARS shape, testable words, one obligation, a named actor. */
export class RequirementWordingValidator {
    constructor(private readonly settings: RuleSettings) {}

    checkStatementWording(requirement: Requirement, accept: ValidationAcceptor): void {
        // Most statements hold no problem, and finding the statement's token in the tree costs more than
        // checking its words: check the parsed value, and look for the token only to report. The value
        // is the token's text without its quotes whenever the requirement's text holds no escape.
        const value = plainStatement(requirement);
        if (value !== undefined) {
            if (value.trim().length === 0) return;
            const problems = this.problemsOf(value);
            if (problems.length === 0) return;
            const statement = locateText(requirement, 'statement');
            if (!statement || statement.text.trim().length === 0) return;
            this.report(requirement, statement, statement.text === value ? problems : this.problemsOf(statement.text), accept);
            return;
        }
        const statement = locateText(requirement, 'statement');
        if (!statement || statement.text.trim().length === 0) return;
        this.report(requirement, statement, this.problemsOf(statement.text), accept);
    }

    private report(requirement: Requirement, statement: LocatedText, problems: readonly WordingProblem[], accept: ValidationAcceptor): void {
        for (const { ruleId, message, span } of problems) {
            report(accept, ruleId, message, span ? { node: requirement, range: statement.rangeOf(span) } : { node: requirement, property: 'statement' });
        }
    }

    /** Every problem of the statement's wording, in the order they are reported. */
    private problemsOf(text: string): WordingProblem[] {
        const words = this.settings.current.quality;
        const problems: WordingProblem[] = [];
        for (const found of findVagueTerms(text, words.vagueTerms)) {
            const bound = /^(at least|at most|up to|no more than|no less than|not exceed)$/i.test(found.words.replace(/\s+/g, ' '));
            problems.push({ ruleId: 'vague-term', span: found, message: bound
                ? `'${found.words}' promises a bound but gives no number. Add the number and its unit, e.g. '${found.words} 3 seconds'.`
                : `'${found.words}' is vague: a tester cannot decide pass or fail. Replace it with a number, a unit or a named standard.` });
        }
        for (const found of findEscapeClauses(text, words.escapeClauses)) {
            problems.push({ ruleId: 'escape-clause', span: found, message: `'${found.words}' makes the requirement optional. Remove it, or name the condition in a While/Where clause.` });
        }
        for (const found of findOpenEndedLists(text, words.openEndedTerms)) {
            problems.push({ ruleId: 'open-ended-list', span: found, message: `'${found.words}' leaves the list open. Name every item, or refer to a list kept elsewhere.` });
        }
        const weak = findWeakModal(text, words.weakModals);
        if (weak) {
            problems.push({ ruleId: 'weak-modal', span: weak, message: `'${weak.words}' does not bind. Write 'shall', and say how much it matters with \`priority\`.` });
        }
        // Only the second 'shall' is reported: its quick fix splits the statement there, and the split-off
        // part is checked again. One warning per extra 'shall' made a pasted text of n obligations cost
        // n quick fixes that each copy the statement (quadratic; a 1 MB statement hung code actions).
        const [extra] = findExtraShalls(text);
        if (extra) {
            problems.push({ ruleId: 'multiple-shall', span: extra, message: `A second 'shall': this statement holds two requirements. Split it so each can be prioritised and tested.` });
        }
        for (const found of findPassiveWithoutActor(text)) {
            problems.push({ ruleId: 'passive-without-actor', span: found, message: `'${found.words}' does not say who does it. Name the actor: make the system the subject, or add 'by ...'.` });
        }
        for (const found of findUnclearPronouns(text)) {
            problems.push({ ruleId: 'unclear-pronoun', span: found, message: `'${found.words}' could refer to more than one thing here. Repeat the noun it stands for.` });
        }
        if (!classifyEars(text)) {
            problems.push({ ruleId: 'ears-pattern', message: `This statement follows no EARS pattern. Closest form: "${rewriteToEars(text)}"` });
        }
        return problems;
    }
}

/**
 * The statement as parsed, when it is certainly the text of its token between the quotes: the
 * requirement's text holds no backslash, so the token has no escape to resolve. Otherwise undefined.
 */
function plainStatement(requirement: Requirement): string | undefined {
    const value = requirement.statement as string | undefined;
    const cst = requirement.$cstNode;
    if (typeof value !== 'string' || !cst || cst.text.includes('\\')) return undefined;
    return value;
}
