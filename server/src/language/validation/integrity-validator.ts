import { GrammarAST, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type {
    AcceptanceCriterion, Attribute, Cardinality, DefaultModifier, Entity, Enum, Goal, Model, Relationship,
    RelationshipEnd, Requirement, Story, TypeRef
} from '../../generated/ast.js';
import { isDefaultModifier, isEntity, isFlagModifier } from '../../generated/ast.js';
import { report } from '../rules/report.js';
import type { NameRegistry } from '../tracewright-name-registry.js';
import { hasFlag, primaryKeyOf } from '../model-queries.js';
import { cardinalityText } from '../tracewright-descriptions.js';

const singleValuedKeywords: Record<string, readonly string[]> = {
    Goal: ['owner', 'parent'],
    Story: ['as', 'want', 'so', 'priority', 'release', 'effort'],
    Requirement: ['rationale', 'fit', 'priority', 'status', 'source', 'release', 'effort'],
    AcceptanceCriterion: ['given', 'when', 'then']
};

/**
 * Whether any of the words occurs twice in the node's text. A keyword token is its word, so if none
 * does, no keyword can be given twice and the tokens need not be visited: true of almost every
 * requirement (a word inside a name or a statement only sends the node to the token walk).
 */
function someWordRepeats(cst: CompositeCstNode, words: readonly string[]): boolean {
    // A slice of the document, so that a search for a word the node lacks stops at the node's end.
    const text = cst.root.fullText.substring(cst.offset, cst.end);
    for (const word of words) {
        const first = text.indexOf(word);
        if (first >= 0 && text.indexOf(word, first + 1) >= 0) return true;
    }
    return false;
}

/** What must hold for a model to mean anything: unique names, sound types, keys and relationship ends. */
export class IntegrityValidator {
    constructor(private readonly names: NameRegistry) {}

    checkNamesAreUnique(model: Model, accept: ValidationAcceptor): void {
        const duplicated = this.names.duplicatedNames();
        if (duplicated.size === 0) return;
        for (const element of model.elements) {
            if (!element.name || !duplicated.has(element.name)) continue;
            const declarations = this.names.declarationsOf(element.name);
            if (declarations.length < 2) continue;
            const here = model.$document?.uri.toString();
            const other = declarations.find(d => d.documentUri.toString() !== here || d.nameSegment?.range.start.line !== element.$cstNode?.range.start.line)
                ?? declarations[0];
            const where = other.nameSegment ? `${other.documentUri.path.split('/').pop()}:${other.nameSegment.range.start.line + 1}` : other.documentUri.path;
            report(accept, 'duplicate-name', `'${element.name}' is declared ${declarations.length} times in the workspace (also at ${where}). Names are global: rename one of them.`,
                { node: element, property: 'name' });
        }
    }

    checkSingleValuedProperties(node: Goal | Story | Requirement | AcceptanceCriterion, accept: ValidationAcceptor): void {
        const keywords = singleValuedKeywords[node.$type];
        const cst = node.$cstNode;
        if (!keywords || !isCompositeCstNode(cst) || cst.astNode !== node || !someWordRepeats(cst, keywords)) return;
        this.reportRepeatedKeywords(node, cst.content, keywords, [], accept);
    }

    /**
     * One pass over the node's own tokens in document order, recursing only into composites of the
     * same node (data type rules), so nested nodes such as acceptance criteria are skipped, as
     * GrammarUtils.findNodesForKeyword does. The grammar element is asked before the token's text,
     * which Langium cuts out of the document on every read: most tokens are not these keywords.
     * (A stack of every token and a Set per node before: this runs for every goal, story, requirement
     * and criterion of the workspace.)
     */
    private reportRepeatedKeywords(node: AstNode, content: readonly CstNode[], keywords: readonly string[], seen: string[], accept: ValidationAcceptor): void {
        for (let i = 0; i < content.length; i++) {
            const cst = content[i];
            const children = (cst as Partial<CompositeCstNode>).content;
            if (children !== undefined) {
                if (Array.isArray(children) && cst.astNode === node) this.reportRepeatedKeywords(node, children, keywords, seen, accept);
                continue;
            }
            const source = cst.grammarSource;
            if (source?.$type !== GrammarAST.Keyword.$type || cst.hidden || !keywords.includes((source as GrammarAST.Keyword).value)) continue;
            const text = cst.text;
            if (!keywords.includes(text)) continue;
            if (seen.includes(text)) {
                report(accept, 'duplicate-property', `'${text}' is given more than once; only the last one counts. Keep one.`, { node, range: cst.range });
            } else {
                seen.push(text);
            }
        }
    }

    checkEntity(entity: Entity, accept: ValidationAcceptor): void {
        this.checkMembersAreUnique(entity.attributes, 'attribute', accept);
        const keys = primaryKeyOf(entity);
        if (entity.attributes.length > 0 && keys.length === 0) {
            report(accept, 'entity-without-primary-key', `Entity '${entity.name}' has no primary key. Mark an attribute \`pk\`, e.g. \`id: int pk auto\`.`,
                { node: entity, property: 'name' });
        }
        for (const attribute of keys) {
            if (hasFlag(attribute, 'auto') && keys.length > 1) {
                report(accept, 'invalid-modifier', `'auto' numbers rows only for a single-column key, but ${entity.name} has a composite key. Remove 'auto' or make '${attribute.name}' the only 'pk'.`,
                    { node: attribute, property: 'name' });
            }
        }
    }

    checkEnum(enumeration: Enum, accept: ValidationAcceptor): void {
        if (enumeration.literals.length === 0) {
            report(accept, 'empty-enum', `Enum '${enumeration.name}' has no literals. List them inside the braces: \`enum ${enumeration.name} { A B C }\`.`,
                { node: enumeration, property: 'name' });
        }
        this.checkMembersAreUnique(enumeration.literals, 'literal', accept);
    }

    checkRelationship(relationship: Relationship, accept: ValidationAcceptor): void {
        this.checkMembersAreUnique(relationship.attributes, 'attribute', accept);
        // A half-typed relationship may have no ends yet.
        for (const end of [relationship.source, relationship.target]) if (end) this.checkEndHasKey(end, accept);
        for (const attribute of relationship.attributes) {
            const pk = attribute.modifiers.find(m => isFlagModifier(m) && (m.flag === 'pk' || m.flag === 'auto'));
            if (pk && isFlagModifier(pk)) {
                report(accept, 'invalid-modifier', `'${pk.flag}' cannot be used on a relationship attribute: the key of a relationship is made of its ends. Remove '${pk.flag}'.`,
                    { node: pk, property: 'flag' });
            }
        }
    }

    checkCardinality(cardinality: Cardinality, accept: ValidationAcceptor): void {
        if (cardinality.many) return;
        const lower = cardinality.lower;
        const upper = cardinality.upperMany ? '*' : cardinality.upper;
        const valid = upper === undefined ? lower === 1 : (lower === 0 && upper === 1) || ((lower === 0 || lower === 1) && upper === '*');
        if (!valid) {
            const written = cardinalityText(cardinality);
            report(accept, 'invalid-cardinality', `'${written}' is not a cardinality Tracewright understands. Use 1, 0..1, *, 0..* or 1..*.`, { node: cardinality });
        }
    }

    checkTypeArguments(type: TypeRef, accept: ValidationAcceptor): void {
        if (!type.primitive || type.args.length === 0) return;
        const args = type.args;
        const notWhole = args.findIndex(arg => !Number.isInteger(arg));
        if (notWhole >= 0) {
            report(accept, 'invalid-type', `Type arguments are whole numbers; '${args[notWhole]}' is not.`, { node: type, property: 'args', index: notWhole });
            return;
        }
        if (type.primitive === 'text') {
            if (args.length > 1) report(accept, 'invalid-type', 'text takes one length: text(n).', { node: type, property: 'args', index: 1 });
            else if (args[0] < 1) report(accept, 'invalid-type', `A text length must be at least 1; text(${args[0]}) holds nothing. Write text(n) with n >= 1, or plain text for unlimited.`, { node: type, property: 'args', index: 0 });
        } else if (type.primitive === 'decimal') {
            const [precision, scale = 0] = args;
            if (args.length > 2) report(accept, 'invalid-type', 'decimal takes a precision and a scale: decimal(p,s).', { node: type, property: 'args', index: 2 });
            else if (precision < 1 || precision > 65) report(accept, 'invalid-type', `Precision ${precision} is out of range: decimal(p,s) needs 1 <= p <= 65 (MySQL's limit).`, { node: type, property: 'args', index: 0 });
            else if (scale < 0 || scale > precision) report(accept, 'invalid-type', `Scale ${scale} is larger than precision ${precision}: in decimal(p,s) the digits after the point (s) are part of all digits (p), so s <= p. Did you mean decimal(${Math.max(precision, scale)},${Math.min(precision, scale)})?`, { node: type, property: 'args', index: 1 });
        } else {
            report(accept, 'invalid-type', `${type.primitive} takes no arguments. Write plain '${type.primitive}'.`, { node: type, property: 'args', index: 0 });
        }
    }

    checkAttributeModifiers(attribute: Attribute, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const modifier of attribute.modifiers) {
            const key = isFlagModifier(modifier) ? modifier.flag : 'default';
            if (seen.has(key)) report(accept, 'invalid-modifier', `'${key}' is given twice. Remove one.`, { node: modifier });
            seen.add(key);
        }
        const flag = (name: string) => attribute.modifiers.find(m => isFlagModifier(m) && m.flag === name);
        const optional = flag('optional');
        if (flag('pk') && optional) {
            report(accept, 'invalid-modifier', `A primary key cannot be optional: every row needs a value for '${attribute.name}'. Remove 'optional' or 'pk'.`, { node: optional });
        }
        const auto = flag('auto');
        if (auto && attribute.type) {
            const type = attribute.type.primitive;
            if (type !== 'int' && type !== 'bigint') {
                report(accept, 'invalid-modifier', `'auto' numbers rows, so it needs an int or bigint attribute, not ${type ?? attribute.type.enum?.$refText}.`, { node: auto });
            } else if (!flag('pk') && isEntity(attribute.$container)) {
                report(accept, 'invalid-modifier', `'auto' is for surrogate keys: add 'pk' to '${attribute.name}', or remove 'auto'.`, { node: auto });
            }
        }
        const defaultModifier = attribute.modifiers.find(isDefaultModifier);
        if (defaultModifier && attribute.type) {
            if (auto) report(accept, 'invalid-modifier', `An 'auto' attribute gets its value from the database; remove the default.`, { node: defaultModifier });
            else this.checkDefaultFitsType(attribute, defaultModifier, accept);
        }
    }

    private checkDefaultFitsType(attribute: Attribute, modifier: DefaultModifier, accept: ValidationAcceptor): void {
        const type = attribute.type;
        const problem = (expected: string) => report(accept, 'invalid-modifier',
            `This default does not fit ${type.primitive ?? type.enum?.$refText}: ${expected}.`, { node: modifier });
        if (type.enum) {
            const literals = type.enum.ref?.literals.map(l => l.name) ?? [];
            if (!modifier.literal || (type.enum.ref && !literals.includes(modifier.literal))) {
                problem(`use one of its literals (${literals.join(', ') || 'none declared'})`);
            }
            return;
        }
        switch (type.primitive) {
            case 'int': case 'bigint': case 'decimal':
                if (modifier.number === undefined) problem('use a number, e.g. default 0');
                else if (type.primitive !== 'decimal' && !Number.isInteger(modifier.number)) problem('use a whole number');
                break;
            case 'bool':
                if (modifier.keyword !== 'true' && modifier.keyword !== 'false') problem('use true or false');
                break;
            case 'datetime':
                if (modifier.keyword !== 'now' && modifier.string === undefined) problem('use now or a timestamp string such as "2026-01-01 00:00:00"');
                break;
            case 'date':
                if (modifier.keyword !== 'today' && modifier.string === undefined) problem('use today or a date string such as "2026-01-01"');
                break;
            case 'time':
                if (modifier.keyword !== 'now' && modifier.string === undefined) problem('use now or a time string such as "09:00:00"');
                break;
            case 'text': case 'uuid':
                if (modifier.string === undefined) problem('use a quoted string');
                else if (type.primitive === 'text' && type.args[0] !== undefined && modifier.string.length > type.args[0]) problem(`the string is longer than text(${type.args[0]})`);
                break;
        }
    }

    private checkEndHasKey(end: RelationshipEnd | undefined, accept: ValidationAcceptor): void {
        // `relationship R: A 1 --` has no target end yet; the parser reports that.
        const entity = end?.entity?.ref;
        if (end && entity && !entity.attributes.some(attribute => hasFlag(attribute, 'pk'))) {
            report(accept, 'relationship-end-without-key', `'${entity.name}' has no primary key, so no foreign key can point at it. Mark an attribute of ${entity.name} \`pk\`.`,
                { node: end, property: 'entity' });
        }
    }

    private checkMembersAreUnique(members: ReadonlyArray<AstNode & { name: string }>, what: string, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const member of members) {
            if (seen.has(member.name)) {
                report(accept, 'duplicate-member', `The ${what} '${member.name}' is declared twice here. Rename or remove one.`, { node: member, property: 'name' });
            }
            seen.add(member.name);
        }
    }
}
