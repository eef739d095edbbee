import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

const fastRequirement = 'requirement R1 performance "The system shall be snappy and fast." { priority could }';
const codes = (ws: Awaited<ReturnType<typeof buildWorkspace>>, file: string, rule: string) =>
    ws.diagnostics(file).filter(d => d.code === rule).map(d => `${d.range.start.character}-${d.range.end.character} ${d.severity}`);

describe('quality rules follow settings and comments', () => {
    test('the vague word list comes from tracewright.quality.vagueTerms', async () => {
        const ws = await buildWorkspace({ 'a.req': fastRequirement }, { quality: { vagueTerms: ['snappy'] } });
        expect(ws.diagnostics('a.req').filter(d => d.code === 'vague-term').map(d => d.message)).toEqual([
            "'snappy' is vague: a tester cannot decide pass or fail. Replace it with a number, a unit or a named standard."
        ]);
    });

    test('a rule can be re-graded or switched off', async () => {
        const regraded = await buildWorkspace({ 'a.req': fastRequirement }, { rules: { 'vague-term': 'error' } });
        const fast = fastRequirement.indexOf('fast');
        expect(codes(regraded, 'a.req', 'vague-term')).toEqual([`${fast}-${fast + 4} 1`]);
        const off = await buildWorkspace({ 'a.req': fastRequirement }, { rules: { 'vague-term': 'off' } });
        expect(codes(off, 'a.req', 'vague-term')).toEqual([]);
    });

    test('a comment silences a rule on the next line', async () => {
        const ws = await buildWorkspace({ 'a.req': `// tracewright-disable-next-line vague-term\n${fastRequirement}` });
        expect(codes(ws, 'a.req', 'vague-term')).toEqual([]);
    });

    test('words after escapes in a statement are underlined at their source columns', async () => {
        const text = 'requirement R1 performance "The system shall show the \\"status\\" page fast." { priority could }';
        const ws = await buildWorkspace({ 'a.req': text });
        const diagnostic = ws.diagnostics('a.req').find(d => d.code === 'vague-term')!;
        expect(text.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('fast');
    });

    test('statements are checked as their token reads, escapes kept as the letter they escape', async () => {
        // `\n` reads as the letter n (the token's text), not as a line break: 'lognquickly' holds no vague word.
        const escaped = 'requirement R1 performance "The system shall log\\nquickly." { priority could }';
        expect(codes(await buildWorkspace({ 'a.req': escaped }), 'a.req', 'vague-term')).toEqual([]);
        // A backslash elsewhere in the requirement; the statement itself is plain.
        const elsewhere = 'requirement R1 performance "The system shall respond quickly." { priority could rationale "a \\"b\\"" }';
        const ws = await buildWorkspace({ 'a.req': elsewhere });
        const diagnostic = ws.diagnostics('a.req').find(d => d.code === 'vague-term')!;
        expect(elsewhere.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('quickly');
    });

    test('a fixed naming convention replaces the majority', async () => {
        const model = 'entity Incident { id: int pk auto  openedAt: datetime }';
        const consistent = await buildWorkspace({ 'm.req': model });
        expect(codes(consistent, 'm.req', 'inconsistent-name-case')).toEqual([]);
        const snake = await buildWorkspace({ 'm.req': model }, { quality: { naming: { attribute: 'snake_case' } } });
        expect(snake.diagnostics('m.req').filter(d => d.code === 'inconsistent-name-case').map(d => d.message)).toEqual([
            "'openedAt' does not follow snake_case: the attribute convention is snake_case (tracewright.quality.naming). Call it 'opened_at'."
        ]);
    });

    test('workspace rules follow edits in other files (the budget and personal-data justification)', async () => {
        const stories = [1, 2, 3, 4].map(n => `story US${n} "S${n}" { priority must }`).join('\n');
        const ws = await buildWorkspace({
            'a.req': stories,
            'b.req': 'story US5 "S5" { priority must }',
            'm.req': 'entity Member { id: int pk auto  email: text pii }'
        });
        expect(codes(ws, 'a.req', 'must-budget-exceeded')).toHaveLength(1);
        expect(codes(ws, 'm.req', 'unjustified-personal-data')).toHaveLength(1);
        await ws.edit('b.req', 'story US5 "S5" { priority could }\nstory US6 "S6" { priority could }\nstory US7 "S7" { priority should }\n'
            + 'requirement R1 functional "The system shall email members." { rationale "Reminders avoid fines" traces Member.email }');
        expect(codes(ws, 'a.req', 'must-budget-exceeded')).toEqual([]);
        expect(codes(ws, 'm.req', 'unjustified-personal-data')).toEqual([]);
    });
});
