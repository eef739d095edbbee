import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import * as ast from '../../server/src/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { tokenizeWithState, type Token } from './textmate-tokenizer.js';

// The TextMate grammar against the parser on every example: wherever the Langium parser sees a
// declared name, an attribute, a trace's attribute, a kind, priority, status, type or cardinality,
// the TextMate token at that place must carry the matching scope. This catches highlighting that
// drifts from the language on real files, not only on the hand-picked lines of the other tests.

const examplesRoot = new URL('../../examples/', import.meta.url);
const examples = (readdirSync(examplesRoot, { recursive: true }) as string[]).filter(file => file.endsWith('.req')).sort();

/** `[node, property, scope expected on the token of that property]` for the nodes the highlighter must agree on. */
function expectations(node: AstNode): [string, string][] {
    const declared: Record<string, string> = {
        Stakeholder: 'entity.name.type.stakeholder.tracewright', Goal: 'entity.name.type.goal.tracewright',
        Story: 'entity.name.type.story.tracewright', Requirement: 'entity.name.type.requirement.tracewright',
        Enum: 'entity.name.type.enum.tracewright', Entity: 'entity.name.type.entity.tracewright',
        Relationship: 'entity.name.type.relationship.tracewright', EnumLiteral: 'variable.other.enummember.tracewright',
        Attribute: 'variable.other.property.tracewright'
    };
    const result: [string, string][] = [];
    if (declared[node.$type]) result.push(['name', declared[node.$type]]);
    if (ast.isRequirement(node)) result.push(['kind', 'constant.language.requirement-kind.tracewright']);
    if ((ast.isRequirement(node) || ast.isStory(node)) && node.priority) result.push(['priority', 'constant.language.priority.tracewright']);
    if (ast.isRequirement(node) && node.status) result.push(['status', 'constant.language.status.tracewright']);
    if (ast.isTraceRef(node) && node.attribute) result.push(['attribute', 'variable.other.member.tracewright']);
    if (ast.isTypeRef(node) && node.primitive) result.push(['primitive', 'support.type.primitive.tracewright']);
    if (ast.isUniqueConstraint(node)) result.push(['attributes', 'variable.other.property.tracewright']);
    if (ast.isFunctionalDependency(node)) {
        result.push(['determinants', 'variable.other.property.tracewright'], ['dependents', 'variable.other.property.tracewright']);
    }
    if (ast.isRelationship(node)) {
        result.push(['sourceCardinality', 'keyword.operator.cardinality.tracewright'], ['targetCardinality', 'keyword.operator.cardinality.tracewright']);
    }
    return result;
}

/** The token covering `character` on `line`. */
function tokenAt(lines: Token[][], line: number, character: number): Token | undefined {
    return lines[line]?.find(token => token.start <= character && character < token.start + token.text.length);
}

test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
});

describe.each(examples)('examples/%s', file => {
    test('the TextMate scopes agree with the parser, and no region is left open', async () => {
        const text = readFileSync(new URL(file, examplesRoot), 'utf8');
        const { lines, closed } = await tokenizeWithState(text);
        expect(closed, 'a string, comment or enum body is still open at the end of the file').toBe(true);

        const ws = await buildWorkspace({ 'example.req': text });
        const model = ws.model('example.req');
        const disagreements: string[] = [];
        let checked = 0;
        for (const node of AstUtils.streamAst(model)) {
            for (const [property, scope] of expectations(node)) {
                const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
                if (!cst) continue;
                const { line, character } = cst.range.start;
                const token = tokenAt(lines, line, character);
                checked++;
                if (!token?.scopes.includes(scope)) {
                    disagreements.push(`${line + 1}:${character + 1} '${cst.text}' (${node.$type}.${property}) has [${token?.scopes.join(' ')}], expected ${scope}`);
                }
            }
        }
        expect(checked).toBeGreaterThan(0);
        expect(disagreements).toEqual([]);
    });
});
