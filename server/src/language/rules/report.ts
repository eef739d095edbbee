import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { findNodeForProperty } from '../util/property-cst.js';
import { findRule } from './rule-catalog.js';

/**
 * Reports a diagnostic for a rule at the rule's default severity, with the rule id as the code.
 * The document validator re-grades or drops it afterwards according to settings and comments.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, ruleId: string, message: string, info: Omit<DiagnosticInfo<N>, 'code'>): void {
    const rule = findRule(ruleId);
    if (!rule) throw new Error(`Unknown rule id '${ruleId}': add it to a rule list in server/src/language/rules/.`);
    const severity = rule.severity === 'off' || rule.severity === 'hint' ? 'hint' : rule.severity;
    const full = { ...info, code: ruleId } as DiagnosticInfo<N>;
    // The range Langium's toDiagnostic would find for `property`, found the faster way (see findNodeForProperty).
    if (!full.range && typeof full.property === 'string') {
        const range = (findNodeForProperty(full.node.$cstNode, full.property, full.index) ?? full.node.$cstNode)?.range;
        if (range) full.range = range;
    }
    accept(severity, message, full);
}
