import { DefaultReferenceDescriptionProvider, type ReferenceDescription } from 'langium';
import { describe, expect, test } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** Every field of the interface, read through it (ours computes the path and the range when first read). */
function fields(description: ReferenceDescription) {
    const { sourceUri, sourcePath, targetUri, targetPath, segment, local } = description;
    return { sourceUri: sourceUri.toString(), sourcePath, targetUri: targetUri.toString(), targetPath, segment, local };
}

describe('the reference index read from document.references', () => {
    test('has the same entries, in the same order, as Langium\'s walk over the whole AST', async () => {
        const files = syntheticWorkspace(20, 'mixed-10', 5).files;
        // A broken reference too: the index leaves it out in both cases.
        files['part-002.req'] += '\nrequirement Broken functional "The system shall break." { traces Nowhere.id }\n';
        const ws = await buildWorkspace(files);
        const langiums = new DefaultReferenceDescriptionProvider(ws.Tracewright);
        const ours = ws.Tracewright.workspace.ReferenceDescriptionProvider;
        for (const name of Object.keys(files)) {
            const document = ws.documentOf(name);
            const expected = await langiums.createDescriptions(document);
            expect(expected.length).toBeGreaterThan(0);
            expect((await ours.createDescriptions(document)).map(fields)).toEqual(expected.map(fields));
        }
    });
});
