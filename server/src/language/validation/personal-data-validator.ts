import type { ValidationAcceptor } from 'langium';
import { isFlagModifier, type Attribute } from '../../generated/ast.js';
import { qualifiedAttributeName } from '../tracewright-naming.js';
import { report } from '../rules/report.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Data minimisation: personal data is kept only for a purpose some requirement states. */
export class PersonalDataValidator {
    constructor(private readonly facts: WorkspaceFacts) {}

    checkPersonalDataIsJustified(attribute: Attribute, accept: ValidationAcceptor): void {
        const pii = attribute.modifiers.find(m => isFlagModifier(m) && m.flag === 'pii');
        if (!pii || !attribute.name || !attribute.$container?.name) return;
        const qualified = qualifiedAttributeName(attribute.$container, attribute);
        if (!this.facts.justifiedAttributes().has(qualified)) {
            report(accept, 'unjustified-personal-data', `'${qualified}' is personal data, but no wanted requirement (not rejected, not wont) traces it with a rationale. Add one that \`traces ${qualified}\` and says in \`rationale\` why it is needed.`,
                { node: pii });
        }
    }
}
