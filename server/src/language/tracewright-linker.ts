import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isAttribute, isTraceRef, isTypeRef } from '../generated/ast.js';
import { closestName } from './util/closest-name.js';

const kindNames: Record<string, string> = {
    Stakeholder: 'stakeholder', Goal: 'goal', Requirement: 'requirement', Satisfiable: 'story or requirement',
    Traceable: 'entity or relationship', Entity: 'entity', Enum: 'enum', Attribute: 'attribute'
};

/** Linking errors that say what was expected, suggest the closest name, and how to fix it. */
export class TracewrightLinker extends DefaultLinker {

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        return { ...error, message: this.describe(refInfo) };
    }

    private describe(refInfo: ReferenceInfo): string {
        const text = refInfo.reference.$refText;
        const candidates = this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name).filter(n => !n.includes('.'));
        const suggestion = closestName(text, candidates);
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        if (isTraceRef(refInfo.container) && refInfo.property === 'attribute') {
            const owner = refInfo.container.element?.ref?.name ?? refInfo.container.element?.$refText;
            return `'${owner}' has no attribute '${text}'.${hint} Add \`${text}: <type>\` to ${owner}, or fix the spelling.`;
        }
        if (isTypeRef(refInfo.container)) {
            return `Unknown type '${text}'.${hint} Use int, bigint, decimal(p,s), text, text(n), bool, date, time, datetime or uuid, or declare \`enum ${text} { ... }\`.`;
        }
        if (isAttribute(refInfo.container) || refInfo.property === 'attributes' || refInfo.property === 'determinants' || refInfo.property === 'dependents') {
            return `This entity has no attribute '${text}'.${hint} Declare it in the entity, or fix the spelling.`;
        }
        const kind = kindNames[this.reflection.getReferenceType(refInfo)] ?? 'element';
        return `Unknown ${kind} '${text}'.${hint} Declare the ${kind} somewhere in the workspace, or fix the spelling.`;
    }
}
