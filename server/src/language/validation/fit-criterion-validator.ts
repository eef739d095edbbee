import type { ValidationAcceptor } from 'langium';
import type { Requirement } from '../../generated/ast.js';
import { report } from '../rules/report.js';

const hasQuantity = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|half|once|twice|zero)\b/i;

/** Fit criteria: present where they matter most, and measurable where quality comes in degrees. */
export class FitCriterionValidator {

    checkRequirementHasFitCriterion(requirement: Requirement, accept: ValidationAcceptor): void {
        if (requirement.fit !== undefined) {
            this.checkFitCriterionIsMeasurable(requirement, accept);
            return;
        }
        if (requirement.priority === 'must' || requirement.priority === 'should') {
            report(accept, 'missing-fit-criterion', `'${requirement.name}' is a ${requirement.priority}-have without a fit criterion. Add \`fit "..."\` saying how a tester decides it is met.`,
                { node: requirement, property: 'priority' });
        }
    }

    private checkFitCriterionIsMeasurable(requirement: Requirement, accept: ValidationAcceptor): void {
        if (requirement.kind === 'functional') return;
        const fit = requirement.fit ?? '';
        if (!hasQuantity.test(fit)) {
            report(accept, 'unmeasurable-fit-criterion', `The fit criterion of this ${requirement.kind} requirement has no number. Give the scale and the passing level, e.g. "95% of ... within 2 s".`,
                { node: requirement, property: 'fit' });
        }
    }
}
