import { AstUtils, CstUtils, isAstNode, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isAttribute, isModel, isRequirement } from '../../generated/ast.js';
import { classifyEars, earsTemplates } from '../../quality/ears.js';
import { findRule } from '../rules/rule-catalog.js';
import type { RuleDefinition } from '../rules/rule-definition.js';

/** Rules whose explanations this hover shows: the two quality categories plus the reused key rule. */
function isExplainedHere(rule: RuleDefinition): boolean {
    return rule.category === 'wording' || rule.category === 'data-model' || rule.id === 'entity-without-primary-key';
}

/** The element a diagnostic belongs to: the attribute it sits in, else the top-level element. */
function ownerOf(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    let node: AstNode | undefined = leaf?.astNode;
    while (node && !isAttribute(node) && node.$container && !isModel(node.$container)) node = node.$container;
    return node;
}

function explain(rule: RuleDefinition): string {
    const parts = [`**${rule.id}** (${rule.category}, ${rule.severity} by default): ${rule.explanation ?? rule.summary}`];
    if (rule.bad) parts.push(`Instead of:\n\`\`\`tracewright\n${rule.bad}\n\`\`\``);
    if (rule.good) parts.push(`write:\n\`\`\`tracewright\n${rule.good}\n\`\`\``);
    return parts.join('\n\n');
}

/**
 * Hovering an element's name explains each quality rule that currently has a diagnostic on that
 * element, with a bad and a good example. (Langium shows hovers only for names and references, not
 * inside strings, so the explanation hangs on the name of the requirement, story, entity or attribute.)
 */
export function ruleExplanationSection(node: AstNode): string | undefined {
    if (!isAstNode(node) || !node.$cstNode) return undefined;
    const document = AstUtils.getDocument(node);
    const rules = new Map<string, RuleDefinition>();
    for (const diagnostic of document.diagnostics ?? []) {
        const rule = typeof diagnostic.code === 'string' ? findRule(diagnostic.code) : undefined;
        if (rule && isExplainedHere(rule) && !rules.has(rule.id) && ownerOf(document, diagnostic) === node) rules.set(rule.id, rule);
    }
    return rules.size > 0 ? [...rules.values()].map(explain).join('\n\n') : undefined;
}

/** Hovering a requirement's name says which EARS pattern its statement follows. */
export function earsPatternSection(node: AstNode): string | undefined {
    if (!isRequirement(node) || node.statement === undefined) return undefined;
    const match = classifyEars(node.statement);
    if (!match) return `**EARS:** no pattern. Closest templates: ${earsTemplates['ubiquitous']} / ${earsTemplates['event-driven']}`;
    const conditions = match.preconditions.map(p => `${p.keyword} “${p.text}”`).join(', ');
    return `**EARS:** ${match.pattern} — ${earsTemplates[match.pattern]}${conditions ? `\n\nConditions: ${conditions}; ` : '\n\n'}system: “${match.system}”; response: “${match.response}”`;
}
