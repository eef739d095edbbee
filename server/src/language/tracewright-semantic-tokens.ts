import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Colours names by what they denote, so a trace reads at a glance: entities, attributes, goals, requirements. */
export class TracewrightSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = [SemanticTokenModifiers.declaration];
        if (ast.isStakeholder(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.parameter, modifier: declaration });
        else if (ast.isGoal(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: declaration });
            if (node.owner) acceptor({ node, property: 'owner', type: SemanticTokenTypes.parameter });
            if (node.parent) acceptor({ node, property: 'parent', type: SemanticTokenTypes.namespace });
        } else if (ast.isStory(node) || ast.isRequirement(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: declaration });
            acceptor({ node, property: 'realizes', type: SemanticTokenTypes.namespace });
            if (ast.isStory(node) && node.role) acceptor({ node, property: 'role', type: SemanticTokenTypes.parameter });
            if (ast.isRequirement(node)) {
                if (node.source) acceptor({ node, property: 'source', type: SemanticTokenTypes.parameter });
                for (const property of ['satisfies', 'refines', 'conflicts', 'dependsOn'] as const) {
                    acceptor({ node, property, type: SemanticTokenTypes.function });
                }
            }
        } else if (ast.isEntity(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
        else if (ast.isRelationship(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.interface, modifier: declaration });
        else if (ast.isEnum(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.enum, modifier: declaration });
        else if (ast.isEnumLiteral(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: declaration });
        else if (ast.isAttribute(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.property, modifier: declaration });
        else if (ast.isTypeRef(node)) {
            if (node.enum) acceptor({ node, property: 'enum', type: SemanticTokenTypes.enum });
            else acceptor({ node, property: 'primitive', type: SemanticTokenTypes.type });
        } else if (ast.isTraceRef(node)) {
            const target = node.element?.ref;
            acceptor({ node, property: 'element', type: ast.isRelationship(target) ? SemanticTokenTypes.interface : SemanticTokenTypes.class });
            if (node.attribute) acceptor({ node, property: 'attribute', type: SemanticTokenTypes.property });
        } else if (ast.isEntityUse(node) || ast.isRelationshipEnd(node)) {
            acceptor({ node, property: 'entity', type: SemanticTokenTypes.class });
        } else if (ast.isUniqueConstraint(node)) {
            acceptor({ node, property: 'attributes', type: SemanticTokenTypes.property });
        } else if (ast.isFunctionalDependency(node)) {
            acceptor({ node, property: 'determinants', type: SemanticTokenTypes.property });
            acceptor({ node, property: 'dependents', type: SemanticTokenTypes.property });
        }
    }
}
