import { AstUtils, GrammarAST, type CstNode } from 'langium';
import * as ast from '../../generated/ast.js';

/** What goes before a token: nothing, one space, a line break within a block, or a break between elements. */
export type Spacing = 'none' | 'space' | 'line' | 'element';

export interface Layout {
    depthOf(token: CstNode): number;
    spacingBefore(previous: CstNode, token: CstNode): Spacing;
}

/** Keywords that start a property line inside a goal, story, requirement or acceptance criterion. */
const propertyKeywords = new Set(['measure', 'owner', 'parent', 'as', 'want', 'so', 'realizes', 'priority', 'release', 'effort',
    'uses', 'given', 'when', 'then', 'rationale', 'fit', 'status', 'source', 'satisfies', 'refines', 'conflicts', 'depends', 'traces']);
const blockTypes = new Set(['Goal', 'Story', 'Requirement', 'AcceptanceCriterion']);
const noSpaceBefore = new Set([',', ':', ')', '.', '..']);
const noSpaceAfter = new Set(['(', '.', '..']);

/**
 * Works out, once per document, where lines start and how deep each token is nested, from the AST:
 * top-level elements, attributes, constraints and acceptance criteria start lines, and so do the
 * property keywords of a block. Short enums stay on one line.
 */
export function computeLayout(model: ast.Model, tokens: CstNode[]): Layout {
    const elementStarts = new Set<number>();
    const lineStarts = new Set<number>();
    const inlineBraces = new Set<number>();
    for (const element of model.elements) {
        if (element.$cstNode) elementStarts.add(element.$cstNode.offset);
    }
    for (const node of AstUtils.streamAst(model)) {
        if (ast.isAttribute(node) || ast.isAcceptanceCriterion(node) || ast.isUniqueConstraint(node) || ast.isFunctionalDependency(node)) {
            if (node.$cstNode) lineStarts.add(node.$cstNode.offset);
        } else if (ast.isEnum(node)) {
            const multiline = node.literals.some(literal => literal.description !== undefined)
                || tokens.some(t => t.hidden && node.$cstNode && t.offset > node.$cstNode.offset && t.end < node.$cstNode.end);
            if (multiline) node.literals.forEach(literal => literal.$cstNode && lineStarts.add(literal.$cstNode.offset));
            else for (const t of tokens) if (!t.hidden && (t.text === '{' || t.text === '}') && t.astNode === node) inlineBraces.add(t.offset);
        }
    }
    const depth = new Map<number, number>();
    let level = 0;
    for (const token of tokens) {
        if (token.text === '}' && !token.hidden) level = Math.max(0, level - 1);
        depth.set(token.offset, level);
        if (token.text === '{' && !token.hidden) level++;
    }

    const isPropertyKeyword = (token: CstNode) => GrammarAST.isKeyword(token.grammarSource) && propertyKeywords.has(token.text)
        && blockTypes.has(token.astNode.$type) && token.astNode.$cstNode?.offset !== token.offset;

    return {
        depthOf: token => depth.get(token.offset) ?? 0,
        spacingBefore(previous, token) {
            if (elementStarts.has(token.offset)) return 'element';
            const text = token.text;
            if (!token.hidden && text === '}') return inlineBraces.has(token.offset) ? 'space' : 'line';
            if (!previous.hidden && previous.text === '{' && !inlineBraces.has(previous.offset)) return 'line';
            if (lineStarts.has(token.offset) || isPropertyKeyword(token)) return 'line';
            if (noSpaceBefore.has(text) || noSpaceAfter.has(previous.text)) return 'none';
            if (text === '(' && previous.text !== 'unique') return 'none';
            if (previous.text === ',' && ast.isTypeRef(previous.astNode)) return 'none'; // decimal(10,2), as in SQL
            return 'space';
        }
    };
}
