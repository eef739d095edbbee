import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isRelationship, type RelationshipEnd } from '../../generated/ast.js';
import type { NameRegistry } from '../tracewright-name-registry.js';
import { nodeAt, quickFix, unusedName } from './fix-helpers.js';

function pascal(name: string): string {
    return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * many-to-many-with-attributes: replaces `relationship Enrolment: Student * -- * Course { grade: int }`
 * with an entity of the same name holding the attributes plus a surrogate key, and one many-to-one
 * relationship to each end. The entity keeps the relationship's name, so `traces Enrolment` and
 * `traces Enrolment.grade` still resolve.
 */
export function makeAssociativeEntity(names: NameRegistry) {
    return (diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] => {
        const relationship = nodeAt(document, diagnostic.range, isRelationship);
        const cst = relationship?.$cstNode;
        if (!relationship || !cst || !relationship.source?.entity || !relationship.target?.entity) return [];
        const text = document.textDocument.getText();
        const attributes = relationship.attributes.map(a => a.$cstNode ? text.slice(a.$cstNode.offset, a.$cstNode.end) : '').filter(a => a.length > 0);
        const keyName = relationship.attributes.some(a => a.name === 'id') ? `${relationship.name.charAt(0).toLowerCase()}${relationship.name.slice(1)}Id` : 'id';
        const taken = new Set<string>();
        const link = (end: RelationshipEnd) => {
            const name = unusedName(names, `${relationship.name}${pascal(end.role ?? end.entity.$refText)}`, 1, taken);
            taken.add(name);
            return `relationship ${name}: ${relationship.name} * -- 1 ${end.entity.$refText}${end.role ? ` as ${end.role}` : ''}`;
        };
        const replacement = [
            `entity ${relationship.name} {\n  ${keyName}: int pk auto\n${attributes.map(a => `  ${a}\n`).join('')}}`,
            link(relationship.source),
            link(relationship.target)
        ].join('\n\n');
        return [quickFix(`Make '${relationship.name}' an associative entity`, diagnostic, document, [{ range: cst.range, newText: replacement }], true)];
    };
}
