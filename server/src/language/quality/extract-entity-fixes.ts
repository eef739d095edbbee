import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isEntity, type Attribute, type Entity } from '../../generated/ast.js';
import { singularName } from '../../quality/english-number.js';
import { typeText } from '../tracewright-descriptions.js';
import type { NameRegistry } from '../tracewright-name-registry.js';
import { nodeAt, quickFix, unusedName } from './fix-helpers.js';

const numbered = /^(.*?[a-zA-Z])_?(\d+)$/;

/**
 * repeating-group: moves `phone1`, `phone2`, `phone3` of Member into a new entity `MemberPhone`
 * (one row per phone) related many-to-one to Member, and removes the numbered attributes. Traces to
 * the removed attributes then show as unresolved, pointing at what to re-trace.
 */
export function extractRepeatingGroup(names: NameRegistry) {
    return (diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] => {
        const found = attributeAt(document, diagnostic);
        const stem = found && numbered.exec(found.attribute.name)?.[1];
        if (!found || !stem) return [];
        const members = found.entity.attributes.filter(a => numbered.exec(a.name)?.[1].toLowerCase() === stem.toLowerCase());
        return [moveToNewEntity(names, document, diagnostic, found.entity, members, stem)];
    };
}

/** list-valued-attribute: `tags: text` in Book becomes an entity `BookTag { tag: text }`, one row per tag. */
export function extractListAttribute(names: NameRegistry) {
    return (diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] => {
        const found = attributeAt(document, diagnostic);
        const singular = found && singularName(found.attribute.name);
        if (!found || !singular) return [];
        return [moveToNewEntity(names, document, diagnostic, found.entity, [found.attribute], singular)];
    };
}

function attributeAt(document: LangiumDocument, diagnostic: Diagnostic): { entity: Entity; attribute: Attribute } | undefined {
    const entity = nodeAt(document, diagnostic.range, isEntity);
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const attribute = entity?.attributes.find(a => a.$cstNode && offset === a.$cstNode.offset);
    return entity && attribute ? { entity, attribute } : undefined;
}

/** Removes the attributes and declares `<Entity><Field> { id, <field>: <type> }` related many-to-one to the entity. */
function moveToNewEntity(names: NameRegistry, document: LangiumDocument, diagnostic: Diagnostic, entity: Entity, members: Attribute[], fieldName: string): CodeAction {
    const text = document.textDocument.getText();
    const removals: TextEdit[] = members.flatMap(member => {
        const cst = member.$cstNode;
        if (!cst) return [];
        // Take the whitespace before the attribute with it, so no blank line or double space is left.
        let start = cst.offset;
        while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
        if (text[start - 1] === '\n') start--;
        if (text[start - 1] === '\r') start--;
        return [{ range: { start: document.textDocument.positionAt(start), end: cst.range.end }, newText: '' }];
    });
    const field = fieldName.charAt(0).toLowerCase() + fieldName.slice(1);
    const newEntity = unusedName(names, `${entity.name}${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}`, 1);
    const relationship = unusedName(names, `${newEntity}Of`, 1);
    const end = entity.$cstNode!.range.end;
    const declaration = `\n\nentity ${newEntity} {\n  id: int pk auto\n  ${field}: ${typeText(members[0].type)}\n}\n\nrelationship ${relationship}: ${newEntity} * -- 1 ${entity.name}`;
    return quickFix(`Move ${members.map(m => m.name).join(', ')} to a new entity ${newEntity}`, diagnostic, document, [
        ...removals,
        { range: { start: end, end }, newText: declaration }
    ]);
}
