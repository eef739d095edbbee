import { describe, expect, test } from 'vitest';
import type { Requirement } from '../../server/src/generated/ast.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

const requirements = Array.from({ length: 8 }, (_, i) =>
    `requirement R${i} functional "The system should maybe handle item ${i} quickly etc." {\n    traces Item.code\n}\n`).join('');
const files = {
    'model.req': 'entity Item {\n    id: int pk auto\n    code: text(20)\n}\n',
    'analysis.req': requirements
};

/** A workspace whose Requirement checks are counted, by requirement name. */
async function countedWorkspace() {
    const ws = await buildWorkspace(files);
    const checked: string[] = [];
    ws.Tracewright.validation.ValidationRegistry.register({ Requirement: (node: Requirement) => { checked.push(node.name); } });
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
        const ws = await buildWorkspace({ 'one.req': sameLine });
        const checked: string[] = [];
        ws.Tracewright.validation.ValidationRegistry.register({ Requirement: (node: Requirement) => { checked.push(node.name); } });
        const edited = sameLine.replace('maybe log', 'maybe log everything');
        await ws.edit('one.req', edited);
        expect(checked).toEqual(['A', 'B']);
        const fresh = await buildWorkspace({ 'one.req': edited });
        expect(describeDiagnostics(ws.diagnostics('one.req'))).toEqual(describeDiagnostics(fresh.diagnostics('one.req')));
    });
});
