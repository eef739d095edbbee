import { CstUtils, DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';
import { describe, expect, test } from 'vitest';
import { ValueConversions } from '../../../server/src/language/parser/value-conversions.js';
import { corpus } from '../../robustness/corpus.js';
import { parsers } from './parsers.js';

// ValueConversions decides once per grammar element what Langium's DefaultValueConverter decides on
// every call; with another converter it asks that converter every time.

const p = parsers();

/** Every CST node of the examples whose grammar element is a rule call or a cross-reference: what values are converted for. */
function convertedNodes(): CstNode[] {
    const nodes: CstNode[] = [];
    for (const entry of corpus().filter(e => e.name.startsWith('examples/'))) {
        for (const text of Object.values(entry.files)) {
            const root = p.parse(text).result.value.$cstNode!;
            for (const node of CstUtils.streamCst(root)) {
                if (GrammarAST.isRuleCall(node.grammarSource) || GrammarAST.isCrossReference(node.grammarSource)) nodes.push(node);
            }
        }
    }
    return nodes;
}

describe('value conversions', () => {
    test('with the default converter, every value equals what DefaultValueConverter returns', () => {
        const nodes = convertedNodes();
        const conversions = new ValueConversions(new DefaultValueConverter());
        const reference = new DefaultValueConverter();
        const rules = new Set<string>();
        for (const node of nodes) {
            for (const input of [node.text, '"a\\tb"', '42', '-1.5', 'x']) {
                expect(conversions.convert(input, node), `${input} at ${node.grammarSource!.$type}`).toEqual(reference.convert(input, node));
            }
            const call = GrammarAST.isCrossReference(node.grammarSource) ? node.grammarSource.terminal : node.grammarSource;
            rules.add((call as GrammarAST.RuleCall).rule.ref!.name);
        }
        expect(conversions.default).toBe(true);
        // IDs, numbers, strings and data type rules of names and keywords were all seen.
        expect([...rules].sort()).toEqual(expect.arrayContaining(['ID', 'Name', 'KeywordAsName', 'NUMBER', 'STRING', 'Priority', 'PrimitiveType', 'RequirementKind']));
    });

    test('another converter is asked for every value', () => {
        class ShoutingConverter extends DefaultValueConverter {
            calls = 0;
            override convert(input: string, cstNode: CstNode): ValueType {
                this.calls++;
                return input.toUpperCase();
            }
        }
        const converter = new ShoutingConverter();
        const conversions = new ValueConversions(converter);
        const nodes = convertedNodes().slice(0, 50);
        for (const node of nodes) expect(conversions.convert('name', node)).toBe('NAME');
        expect(conversions.default).toBe(false);
        expect(converter.calls).toBe(nodes.length);
    });
});
