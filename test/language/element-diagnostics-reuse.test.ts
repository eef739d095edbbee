import { describe, expect, test } from 'vitest';
import type { Requirement } from '../../server/src/generated/ast.js';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { elementLocal } from '../../server/src/language/validation/element-local-checks.js';
import { revalidateAll } from '../../server/src/lsp/server-handlers.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

const requirements = Array.from({ length: 8 }, (_, i) =>
    `requirement R${i} functional "The system should maybe handle item ${i} quickly etc." {\n    traces Item.code\n}\n`).join('');
const files = {
    'model.req': 'entity Item {\n    id: int pk auto\n    code: text(20)\n}\n',
    'analysis.req': requirements
};

/** A workspace whose Requirement checks are counted, by requirement name, from its first validation with the counter on. */
async function countedWorkspace(workspaceFiles: Record<string, string> = files) {
    const ws = await buildWorkspace(workspaceFiles);
    const checked: string[] = [];
    ws.Tracewright.validation.ValidationRegistry.register({ Requirement: (node: Requirement) => { checked.push(node.name); } });
    // A new check: no earlier record stands for it, so this validation checks every element.
    await revalidateAll(ws.shared);
    expect(checked).toHaveLength(Object.values(workspaceFiles).join('').split('requirement ').length - 1);
    checked.length = 0;
    return { ws, checked };
}

describe('after a prose-only edit only the edited elements are checked again', () => {
    test('one reworded requirement: its checks run, the others are replayed, and the diagnostics are those of a fresh build', async () => {
        const { ws, checked } = await countedWorkspace();
        const reworded = files['analysis.req'].replace('handle item 3 quickly etc.', 'handle item 3 as fast as possible');
        await ws.edit('analysis.req', reworded);
        expect(checked).toEqual(['R3']);
        const fresh = await buildWorkspace({ ...files, 'analysis.req': reworded });
        expect(describeDiagnostics(ws.diagnostics('analysis.req'))).toEqual(describeDiagnostics(fresh.diagnostics('analysis.req')));
        // The replayed warnings are really there: the vague wording of the other seven.
        expect(ws.diagnostics('analysis.req').filter(d => d.range.start.line === 0).length).toBeGreaterThan(0);
    });

    test('after a structural edit in another file every element is checked again', async () => {
        const { ws, checked } = await countedWorkspace();
        await ws.edit('model.req', files['model.req'].replace('code: text(20)', 'code: text(30)'));
        expect(checked.sort()).toEqual(['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
    });

    test('a reworded element that moves the next one along its line makes that one checked again too', async () => {
        const sameLine = 'requirement A functional "The system should maybe log." requirement B functional "The system should maybe print."\n';
        const { ws, checked } = await countedWorkspace({ 'one.req': sameLine });
        const edited = sameLine.replace('maybe log', 'maybe log everything');
        await ws.edit('one.req', edited);
        expect(checked).toEqual(['A', 'B']);
        const fresh = await buildWorkspace({ 'one.req': edited });
        expect(describeDiagnostics(ws.diagnostics('one.req'))).toEqual(describeDiagnostics(fresh.diagnostics('one.req')));
    });
});

describe('after a structural edit, unchanged elements replay their element-local checks', () => {
    /** A workspace whose Requirement checks are counted, local and workspace-reading apart, and validated once with them. */
    async function workspaceWithCountedChecks() {
        const ws = await buildWorkspace(files);
        const local: string[] = [];
        const reading: string[] = [];
        ws.Tracewright.validation.ValidationRegistry.register({
            Requirement: [
                elementLocal((node: Requirement) => { local.push(node.name); }),
                (node: Requirement) => { reading.push(node.name); }
            ]
        });
        // New checks: nothing recorded before may stand for them, so this validation runs every one.
        await ws.edit('model.req', files['model.req'].replace('code: text(20)', 'code: text(30)'));
        expect(local).toHaveLength(8);
        local.length = 0;
        reading.length = 0;
        return { ws, local, reading };
    }

    test('an edit in another file: the checks that read other elements run again, the local ones are replayed', async () => {
        const { ws, local, reading } = await workspaceWithCountedChecks();
        const model = files['model.req'].replace('code: text(20)', 'code: text(40)');
        await ws.edit('model.req', model);
        expect(local).toEqual([]);
        expect(reading.sort()).toEqual(['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
        const fresh = await buildWorkspace({ ...files, 'model.req': model });
        expect(describeDiagnostics(ws.diagnostics('analysis.req'))).toEqual(describeDiagnostics(fresh.diagnostics('analysis.req')));
        // The replayed warnings are really there: the wording of the eight statements.
        expect(ws.diagnostics('analysis.req').filter(d => d.code === 'vague-term')).toHaveLength(8);
    });

    test('a structural edit of one element runs all of its checks; the others replay their local ones', async () => {
        const { ws, local, reading } = await workspaceWithCountedChecks();
        const analysis = files['analysis.req'].replace('item 3 quickly etc." {\n    traces Item.code', 'item 3 quickly etc." {\n    traces Item.id');
        expect(analysis).not.toBe(files['analysis.req']);
        await ws.edit('analysis.req', analysis);
        expect(local).toEqual(['R3']);
        expect(reading).toHaveLength(8);
        const fresh = await buildWorkspace({ ...files, 'analysis.req': analysis });
        expect(describeDiagnostics(ws.diagnostics('analysis.req'))).toEqual(describeDiagnostics(fresh.diagnostics('analysis.req')));
    });

    test('changed rule settings run the local checks again: a new word list finds new vague terms', async () => {
        const text = 'requirement R1 functional "The system shall be snappy."\n';
        const ws = await buildWorkspace({ 'a.req': text });
        expect(ws.diagnostics('a.req').map(d => d.code)).not.toContain('vague-term');
        ws.Tracewright.rules.RuleSettings.update({ quality: { vagueTerms: ['snappy'] } });
        await revalidateAll(ws.shared);
        const fresh = await buildWorkspace({ 'a.req': text }, { quality: { vagueTerms: ['snappy'] } });
        expect(ws.diagnostics('a.req').map(d => d.code)).toContain('vague-term');
        expect(describeDiagnostics(ws.diagnostics('a.req'))).toEqual(describeDiagnostics(fresh.diagnostics('a.req')));
    });

    test.each(['single', 'mixed-10', 'split-10'] as const)('renaming an attribute and back in the benchmark workspace (%s): every file as a fresh build says', async layout => {
        const { files: synthetic } = syntheticWorkspace(60, layout);
        const ws = await buildWorkspace(synthetic);
        const name = Object.keys(synthetic).find(n => synthetic[n].includes('\nentity ') && n !== Object.keys(synthetic)[0]) ?? Object.keys(synthetic)[0];
        const original = synthetic[name];
        const at = original.indexOf('\nentity ', Math.floor(original.length / 3));
        const attribute = original.indexOf('\n    ', original.indexOf('\n    ', original.indexOf('{', at)) + 1) + 5;
        const colon = original.indexOf(':', attribute);
        const renamed = original.slice(0, attribute) + original.slice(attribute, colon) + 'Renamed' + original.slice(colon);
        for (const text of [renamed, original, renamed]) {
            await ws.edit(name, text);
            const fresh = await buildWorkspace({ ...synthetic, [name]: text });
            for (const file of Object.keys(synthetic)) {
                expect(describeDiagnostics(ws.diagnostics(file)), file).toEqual(describeDiagnostics(fresh.diagnostics(file)));
            }
        }
        // The rename breaks traces (a structural edit), and what was compared includes replayed local warnings.
        const all = Object.keys(synthetic).flatMap(file => ws.diagnostics(file));
        expect(describeDiagnostics(all).some(line => line.includes('has no attribute'))).toBe(true);
        expect(all.filter(d => d.code === 'missing-fit-criterion').length).toBeGreaterThan(100);
    });
});
