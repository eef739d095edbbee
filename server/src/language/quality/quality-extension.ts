import type { ExtensionContext } from '../tracewright-extensions.js';
import { makeAssociativeEntity } from './associative-entity-fix.js';
import { removeEscapeClause } from './escape-clause-fix.js';
import { makeOneEndMandatory } from './relationship-fixes.js';
import { renameTo } from './rename-fixes.js';
import { extractListAttribute, extractRepeatingGroup } from './extract-entity-fixes.js';
import { earsPatternSection, ruleExplanationSection } from './rule-explanation-hover.js';
import { replaceWithShall, rewriteAsEars, splitRequirement } from './wording-fixes.js';

/** Quick fixes and hover sections of the requirement-quality and data-model-quality rules. */
export function registerQualityExtension({ services, quickFixes, hover }: ExtensionContext): void {
    const names = services.references.NameRegistry;
    quickFixes.register('ears-pattern', rewriteAsEars);
    quickFixes.register('weak-modal', replaceWithShall);
    quickFixes.register('multiple-shall', splitRequirement(names));
    quickFixes.register('escape-clause', removeEscapeClause);
    quickFixes.register('optional-one-to-one', makeOneEndMandatory);
    quickFixes.register('many-to-many-with-attributes', makeAssociativeEntity(names));
    quickFixes.register('repeating-group', extractRepeatingGroup(names));
    quickFixes.register('list-valued-attribute', extractListAttribute(names));
    quickFixes.register('plural-entity-name', renameTo(services));
    quickFixes.register('inconsistent-name-case', renameTo(services));
    hover.addSection(earsPatternSection);
    hover.addSection(ruleExplanationSection);
}
