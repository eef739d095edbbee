import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isRequirement } from '../../generated/ast.js';
import { rewriteToEars } from '../../quality/ears.js';
import { splitAtSecondShall } from '../../quality/split-statement.js';
import { readStatement } from '../../quality/statement-text.js';
import type { NameRegistry } from '../tracewright-name-registry.js';
import { nodeAt, quickFix, quoted, unusedName } from './fix-helpers.js';

/** ears-pattern: replace the statement with the skeleton of the closest EARS pattern, keeping the user's words. */
export function rewriteAsEars(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const requirement = nodeAt(document, diagnostic.range, isRequirement);
    const token = requirement && GrammarUtils.findNodeForProperty(requirement.$cstNode, 'statement');
    if (!token) return [];
    const rewritten = rewriteToEars(readStatement(token.text).text);
    return [quickFix(`Rewrite as EARS: "${rewritten}"`, diagnostic, document, [{ range: token.range, newText: quoted(rewritten) }], true)];
}

/** weak-modal: the diagnostic covers exactly the modal verb. */
export function replaceWithShall(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    return [quickFix(`Replace with 'shall'`, diagnostic, document, [{ range: diagnostic.range, newText: 'shall' }], true)];
}

/**
 * multiple-shall: keep the first obligation in the requirement and move the second into a new
 * requirement right after it, named `<name>_2` (or the next free number). The original keeps its name,
 * so traces and references to it stay valid; the copy gets the same properties for the user to prune.
 */
export function splitRequirement(names: NameRegistry) {
    return (diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] => {
        const requirement = nodeAt(document, diagnostic.range, isRequirement);
        const cst = requirement?.$cstNode;
        const token = requirement && GrammarUtils.findNodeForProperty(cst, 'statement');
        if (!requirement || !cst || !token) return [];
        const parts = splitAtSecondShall(readStatement(token.text).text);
        if (!parts) return [];
        const numbered = /^(.*)_(\d+)$/.exec(requirement.name);
        const newName = numbered ? unusedName(names, numbered[1], Number(numbered[2]) + 1) : unusedName(names, requirement.name);
        const text = document.textDocument.getText();
        const rest = text.slice(token.end, cst.end);
        const copy = `\n\nrequirement ${newName} ${requirement.kind} ${quoted(parts[1])}${rest}`;
        return [quickFix(`Split into ${requirement.name} and ${newName}`, diagnostic, document, [
            { range: token.range, newText: quoted(parts[0]) },
            { range: { start: cst.range.end, end: cst.range.end }, newText: copy }
        ], true)];
    };
}
