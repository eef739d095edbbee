import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { AcceptanceCriterion, Requirement, Story, TracewrightAstType } from '../../generated/ast.js';
import type { TracewrightServices } from '../tracewright-module.js';
import { elementLocal } from './element-local-checks.js';
import { FitCriterionValidator } from './fit-criterion-validator.js';
import { MoscowValidator } from './moscow-validator.js';
import { NamingValidator } from './naming-validator.js';
import { NormalisationValidator } from './normalisation-validator.js';
import { PersonalDataValidator } from './personal-data-validator.js';
import { RelationshipQualityValidator } from './relationship-quality-validator.js';
import { RequirementWordingValidator } from './requirement-wording-validator.js';
import { StoryQualityValidator } from './story-quality-validator.js';
import { WorkspaceFacts } from './workspace-facts.js';

/** Registers the requirement-quality and data-model-quality validators (rules in wording-rules.ts and data-model-rules.ts). */
export function registerQualityChecks(services: TracewrightServices): void {
    const settings = services.rules.RuleSettings;
    const facts = new WorkspaceFacts(services.shared);
    const wording = new RequirementWordingValidator(settings);
    const fit = new FitCriterionValidator();
    const stories = new StoryQualityValidator();
    const moscow = new MoscowValidator(facts, settings);
    const relationships = new RelationshipQualityValidator(facts);
    const normalisation = new NormalisationValidator(facts);
    const naming = new NamingValidator(facts, settings);
    const personalData = new PersonalDataValidator(facts);
    const checks: ValidationChecks<TracewrightAstType> = {
        Requirement: [
            elementLocal((node: Requirement, accept: ValidationAcceptor) => wording.checkStatementWording(node, accept)),
            elementLocal((node: Requirement, accept: ValidationAcceptor) => fit.checkRequirementHasFitCriterion(node, accept)),
            (node, accept) => moscow.checkMustBudget(node, accept),
            (node, accept) => moscow.checkMustDoesNotDependOnWont(node, accept)
        ],
        Story: [
            elementLocal((node: Story, accept: ValidationAcceptor) => stories.checkStoryIsComplete(node, accept)),
            (node, accept) => moscow.checkMustBudget(node, accept)
        ],
        AcceptanceCriterion: elementLocal((node: AcceptanceCriterion, accept: ValidationAcceptor) => stories.checkCriterionIsATest(node, accept)),
        Relationship: [
            (node, accept) => relationships.checkRelationshipShape(node, accept),
            (node, accept) => naming.checkName(node, accept)
        ],
        Entity: [
            (node, accept) => normalisation.checkNoRepeatingGroups(node, accept),
            (node, accept) => naming.checkName(node, accept)
        ],
        Enum: (node, accept) => naming.checkName(node, accept),
        Attribute: [
            (node, accept) => relationships.checkForeignKeyAttributeType(node, accept),
            (node, accept) => normalisation.checkAttributeHoldsOneValue(node, accept),
            (node, accept) => normalisation.checkAttributeDoesNotCopyEntity(node, accept),
            (node, accept) => naming.checkName(node, accept),
            (node, accept) => personalData.checkPersonalDataIsJustified(node, accept)
        ],
        FunctionalDependency: (node, accept) => normalisation.checkDependencyRespectsNormalForms(node, accept)
    };
    services.validation.ValidationRegistry.register(checks);
}
