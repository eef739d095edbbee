import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { forEachReference, nodesInStreamOrder } from '../../server/src/language/util/ast-walk.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('the stream-free AST walk used by linking and validation', () => {
    test('visits the nodes and references of Langium\'s streams, in the same order', async () => {
        const files = syntheticWorkspace(20, 'mixed-10', 5).files;
        // Half-typed input too: a broken reference and a syntax error.
        files['part-002.req'] += '\nrequirement Broken functional "The system shall break." { traces Nowhere.id }\nentity Half {\n';
        const ws = await buildWorkspace(files);
        let references = 0;
        for (const name of Object.keys(files)) {
            const root = ws.documentOf(name).parseResult.value;
            const expected = AstUtils.streamAst(root).toArray();
            const nodes = nodesInStreamOrder(root);
            expect(nodes.length).toBe(expected.length);
            expect(nodes.every((node, i) => node === expected[i])).toBe(true);
            for (const node of nodes) {
                const ours: ReferenceInfo[] = [];
                forEachReference(node, refInfo => ours.push(refInfo));
                expect(ours).toEqual(AstUtils.streamReferences(node).toArray());
                references += ours.length;
            }
        }
        expect(references).toBeGreaterThan(100);
    });

    test('appends to the array it is given', () => {
        const leaf: AstNode = { $type: 'Leaf' } as AstNode;
        const root = { $type: 'Root', child: leaf, list: [leaf, 'text'] } as unknown as AstNode;
        expect(nodesInStreamOrder(root, [leaf])).toEqual([leaf, root, leaf, leaf]);
    });
});
