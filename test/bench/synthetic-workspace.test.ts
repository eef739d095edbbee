import { describe, expect, test } from 'vitest';
import { layouts, syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { syntheticDbml } from '../../bench/synthetic-dbml.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

describe('the benchmark\'s synthetic workspace generator', () => {
    test('is deterministic for a seed and differs between seeds', () => {
        const first = syntheticWorkspace(100, 'mixed-10', 7);
        expect(syntheticWorkspace(100, 'mixed-10', 7).files).toEqual(first.files);
        expect(syntheticWorkspace(100, 'mixed-10', 8).files).not.toEqual(first.files);
    });

    test.each(layouts)('lays out the same elements in the %s layout', layout => {
        const workspace = syntheticWorkspace(100, layout);
        const expectedFiles = layout === 'single' ? 1 : Number(layout.split('-')[1]);
        expect(Object.keys(workspace.files)).toHaveLength(expectedFiles);
        const all = Object.values(workspace.files).join('\n');
        expect(all.match(/^entity /gm)).toHaveLength(100);
        expect(all.match(/^requirement /gm)).toHaveLength(1000);
        expect(all.match(/^enum /gm)).toHaveLength(5);
    });

    test('produces a workspace with no integrity errors at N=100', async () => {
        const workspace = syntheticWorkspace(100, 'split-10');
        const ws = await buildWorkspace(workspace.files);
        const errors = Object.keys(workspace.files)
            .flatMap(name => describeDiagnostics(ws.diagnostics(name).filter(d => d.severity === 1)).map(d => `${name} ${d}`));
        expect(errors).toEqual([]);
        const model = ws.model('analysis-001.req');
        const requirement = model.elements.find(e => e.$type === 'Requirement');
        expect(requirement?.$type === 'Requirement' && requirement.traces[0].attribute?.ref?.name).toBeTruthy();
    });

    test('gives every relationship a matching foreign-key column in the DBML peer text', () => {
        const workspace = syntheticWorkspace(100, 'single');
        const dbml = syntheticDbml(workspace.model);
        expect(dbml.match(/^Table /gm)).toHaveLength(100);
        const relationships = workspace.model.blocks.flatMap(b => b.relationships);
        expect(dbml.match(/^Ref /gm)).toHaveLength(relationships.length);
        for (const relationship of relationships.slice(0, 5)) {
            expect(dbml).toContain(`Ref ${relationship.name}: ${relationship.from}.${relationship.to}Id > ${relationship.to}.id`);
        }
    });
});
