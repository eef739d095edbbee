import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isEntity } from '../../generated/ast.js';
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
        const entity = nodeAt(document, diagnostic.range, isEntity);
        const first = entity?.attributes.find(a => a.$cstNode && document.textDocument.offsetAt(diagnostic.range.start) === a.$cstNode.offset);
        const stem = first && numbered.exec(first.name)?.[1];
        if (!entity?.$cstNode || !first || !stem) return [];
        const members = entity.attributes.filter(a => numbered.exec(a.name)?.[1].toLowerCase() === stem.toLowerCase());
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
        const pascalStem = stem.charAt(0).toUpperCase() + stem.slice(1);
        const newEntity = unusedName(names, `${entity.name}${pascalStem}`, 1);
        const relationship = unusedName(names, `${newEntity}Of`, 1);
        const field = stem.charAt(0).toLowerCase() + stem.slice(1);
        const declaration = `\n\nentity ${newEntity} {\n  id: int pk auto\n  ${field}: ${typeText(first.type)}\n}\n\nrelationship ${relationship}: ${newEntity} * -- 1 ${entity.name}`;
        return [quickFix(`Move ${members.map(m => m.name).join(', ')} to a new entity ${newEntity}`, diagnostic, document, [
            ...removals,
            { range: { start: entity.$cstNode.range.end, end: entity.$cstNode.range.end }, newText: declaration }
        ])];
    };
}
