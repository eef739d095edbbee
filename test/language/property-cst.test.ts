import { GrammarUtils, isCompositeCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { findNodeForProperty } from '../../server/src/language/util/property-cst.js';
import { nodesInStreamOrder } from '../../server/src/language/util/ast-walk.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('findNodeForProperty, the one validation uses for ranges', () => {
    test('finds the CST node Langium\'s GrammarUtils.findNodeForProperty finds, for every property and index', async () => {
        const files = syntheticWorkspace(10, 'mixed-10', 3).files;
        // Repeated properties, a nested criterion, a syntax error.
        files['extra.req'] = 'requirement Twice functional "The system shall log." { priority must priority could traces A traces B }\n'
            + 'story S1 "As a user I want x so that y" { acceptance { "Given a, when b, then c" } }\nentity Half {\n';
        const ws = await buildWorkspace(files);
        let compared = 0;
        let found = 0;
        for (const name of Object.keys(files)) {
            for (const node of nodesInStreamOrder(ws.documentOf(name).parseResult.value)) {
                const properties = [...Object.keys(node).filter(key => !key.startsWith('$')), 'nothing'];
                for (const property of properties) {
                    for (const index of [undefined, -1, 0, 1, 2, 7]) {
                        const expected = GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
                        expect(findNodeForProperty(node.$cstNode, property, index)).toBe(expected);
                        compared++;
                        if (expected) found++;
                    }
                }
            }
        }
        expect(found).toBeGreaterThan(1000);
        expect(compared).toBeGreaterThan(found);
    });

    test('finds nothing without a node or a property', async () => {
        const ws = await buildWorkspace({ 'a.req': 'entity A { id: int pk }\n' });
        const cst = ws.documentOf('a.req').parseResult.value.$cstNode;
        expect(isCompositeCstNode(cst)).toBe(true);
        expect(findNodeForProperty(undefined, 'name')).toBeUndefined();
        expect(findNodeForProperty(cst, undefined)).toBeUndefined();
    });
});
