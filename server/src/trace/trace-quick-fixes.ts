import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { coverageRules } from '../language/rules/coverage-rules.js';
import type { TracewrightCodeActionProvider } from '../language/tracewright-code-actions.js';
import { addToBody, appendToDocument } from './clause-edits.js';
import type { TraceIndex } from './trace-index.js';

/** How many alternatives a fix offers at most (e.g. which goal to link), so the menu stays short. */
const maxChoices = 5;

/**
 * Quick fixes for traces: create the entity or attribute a trace names, add a trace or a `uses`,
 * link to a goal, and, for every coverage rule, an exemption comment on the line.
 */
export function registerTraceQuickFixes(quickFixes: TracewrightCodeActionProvider, traces: () => TraceIndex): void {
    quickFixes.register('unresolved-reference', (diagnostic, document) => createMissingData(diagnostic, document, traces()));
    quickFixes.register('item-without-data', (diagnostic, document) => {
        const item = nodeAt(document, diagnostic);
        if (!ast.isStory(item) && !ast.isRequirement(item)) return undefined;
        return candidateEntities(item, traces()).map(entity => ast.isStory(item)
            ? fix(`Use ${entity.name} in ${item.name}`, diagnostic, addToBody(item, `uses ${entity.name}(read)`))
            : fix(`Trace ${item.name} to ${entity.name}`, diagnostic, addToBody(item, `traces ${entity.name}`)));
    });
    quickFixes.register('item-without-goal', (diagnostic, document) => {
        const item = nodeAt(document, diagnostic);
        if (!ast.isStory(item) && !ast.isRequirement(item)) return undefined;
        const index = traces();
        // Goals nobody realises yet come first: they are the likeliest missing link.
        const goals = [...index.graph.goals].sort((a, b) => Number(index.isRealised(a)) - Number(index.isRealised(b)));
        return goals.slice(0, maxChoices).map(goal => fix(`Link ${item.name} to goal ${goal.name}`, diagnostic, addToBody(item, `realizes ${goal.name}`)));
    });
    quickFixes.register('created-entity-untraced', (diagnostic, document) => {
        const use = nodeAt(document, diagnostic);
        const entity = ast.isEntityUse(use) ? use.entity?.ref : undefined;
        if (!ast.isEntityUse(use) || !entity) return undefined;
        return traces().detailsOf(use.$container).filter(ast.isRequirement).slice(0, maxChoices)
            .map(requirement => fix(`Trace ${requirement.name} to ${entity.name}`, diagnostic, addToBody(requirement, `traces ${entity.name}`)));
    });
    for (const rule of coverageRules) {
        quickFixes.register(rule.id, (diagnostic, document) => [exemptOnLine(rule.id, diagnostic, document)]);
    }
}

/** `traces Ticket` or `uses Ticket(read)` naming nothing: declare the entity; `traces Incident.sla`: add the attribute. */
function createMissingData(diagnostic: Diagnostic, document: LangiumDocument, index: TraceIndex): CodeAction[] | undefined {
    const node = nodeAt(document, diagnostic);
    const written = document.textDocument.getText(diagnostic.range);
    if (!/^[_\p{L}][\w\p{L}]*$/u.test(written)) return undefined;
    if (ast.isTraceRef(node) && node.attribute?.$refText === written && node.element?.ref) {
        const owner = node.element.ref;
        return [{ ...fix(`Add attribute '${written}' to ${owner.name}`, diagnostic, addToBody(owner, `${written}: text`)), isPreferred: true }];
    }
    // `traces.Member` or `uses (read)` while typing: the reference itself may be missing.
    const namesEntity = (ast.isTraceRef(node) && node.element?.$refText === written) || (ast.isEntityUse(node) && node.entity?.$refText === written);
    if (!namesEntity) return undefined;
    // New entities go next to the existing data model when there is one.
    const home = index.graph.entities[0] ?? node;
    return [{ ...fix(`Create entity '${written}'`, diagnostic, appendToDocument(home, `entity ${written} {\n  id: int pk auto\n}`)), isPreferred: true }];
}

/** Entities the item's wording mentions (`incident` in the statement: Incident), else the first few. */
function candidateEntities(item: ast.Story | ast.Requirement, index: TraceIndex): ast.Entity[] {
    const text = (ast.isStory(item) ? [item.title, item.want, item.benefit] : [item.statement, item.rationale]).join(' ').toLowerCase();
    const mentioned = index.graph.entities.filter(entity => text.includes(entity.name.toLowerCase()));
    return (mentioned.length > 0 ? mentioned : index.graph.entities).slice(0, maxChoices);
}

/**
 * The exemption is a suppression comment rather than a settings change: it sits next to the element,
 * is reviewed with it in version control, and the CLI and the editor both honour it.
 */
function exemptOnLine(ruleId: string, diagnostic: Diagnostic, document: LangiumDocument): CodeAction {
    const line = diagnostic.range.start.line;
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const start = { line, character: 0 };
    const edit = { changes: { [document.uri.toString()]: [{ range: { start, end: start }, newText: `${indent}// tracewright-disable-next-line ${ruleId}\n` }] } };
    return fix(`Exempt this line from '${ruleId}'`, diagnostic, edit);
}

function fix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit | undefined): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

/** The AST node the diagnostic starts on: a TraceRef, an EntityUse, or the named element itself. */
function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return CstUtils.findLeafNodeAtOffset(root!, offset)?.astNode;
}
