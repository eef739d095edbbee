import {
    Cancellation, DefaultLinker, interruptAndCheck, OperationCancelled,
    type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo
} from 'langium';
import { isAttribute, isTraceRef, isTypeRef } from '../generated/ast.js';
import { forEachReference, nodesInStreamOrder } from './util/ast-walk.js';
import { closestName } from './util/closest-name.js';

/** How often linking lets other requests in (Langium's default interruption period). */
const interruptionPeriodMs = 10;

const kindNames: Record<string, string> = {
    Stakeholder: 'stakeholder', Goal: 'goal', Requirement: 'requirement', Satisfiable: 'story or requirement',
    Traceable: 'entity or relationship', Entity: 'entity', Enum: 'enum', Attribute: 'attribute'
};

/** Linking errors that say what was expected, suggest the closest name, and how to fix it. */
export class TracewrightLinker extends DefaultLinker {

    /**
     * Langium's loop, without its per-node cost: the same references in the same order, but the tree
     * is walked without streams, and it awaits only when it yields to other requests (every 10 ms),
     * not once per node; cancellation is still looked at for every node.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        let lastInterruption = performance.now();
        const linkOne = (refInfo: ReferenceInfo) => this.doLink(refInfo, document);
        for (const node of nodesInStreamOrder(document.parseResult.value)) {
            if (cancellable) {
                if (performance.now() - lastInterruption >= interruptionPeriodMs) {
                    await interruptAndCheck(cancelToken);
                    lastInterruption = performance.now();
                } else if (cancelToken.isCancellationRequested) {
                    throw OperationCancelled;
                }
            }
            forEachReference(node, linkOne);
        }
    }

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
