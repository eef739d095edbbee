import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isRelationship } from '../../generated/ast.js';
import { nodeAt, quickFix } from './fix-helpers.js';

/** optional-one-to-one: make one end mandatory (`1`); one fix per end, since only the modeller knows which. */
export function makeOneEndMandatory(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const relationship = nodeAt(document, diagnostic.range, isRelationship);
    if (!relationship) return [];
    const ends = [
        { property: 'sourceCardinality', entity: relationship.source?.entity?.$refText },
        { property: 'targetCardinality', entity: relationship.target?.entity?.$refText }
    ] as const;
    return ends.flatMap(end => {
        const cst = GrammarUtils.findNodeForProperty(relationship.$cstNode, end.property);
        // "Each <other> has exactly one <entity>": the cardinality next to an entity constrains that entity.
        return cst && end.entity ? [quickFix(`Make the ${end.entity} end mandatory (1)`, diagnostic, document, [{ range: cst.range, newText: '1' }])] : [];
    });
}
