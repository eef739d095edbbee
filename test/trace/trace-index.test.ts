import { describe, expect, test } from 'vitest';
import type { Attribute, Entity, Goal, Model, Relationship, Requirement, Story } from '../../server/src/generated/ast.js';
import { findRule } from '../../server/src/language/rules/rule-catalog.js';
import { buildWorkspace, describeDiagnostics, type TestWorkspace } from '../helpers/workspace.js';

const analysis = `goal G1 "Restore service quickly"
goal G2 "Learn from failures"
story US1 "Log an incident" { realizes G1 priority must uses Incident(create), Service(read) }
requirement R1 functional "Record the priority." { priority must satisfies US1 traces Incident.priority, Affects }
requirement R2 functional "Group by priority." { priority should refines R1 traces Incident }`;

const model = `enum Priority { P1 P2 }
entity Incident { id: int pk auto  priority: Priority  notes: text }
entity Service { id: int pk auto }
relationship Affects: Incident * -- 1 Service`;

function find<T>(ws: TestWorkspace, file: string, name: string): T {
    const element = (ws.model(file) as Model).elements.find(e => e.name === name);
    if (!element) throw new Error(`no ${name} in ${file}`);
    return element as T;
}

const names = (nodes: ReadonlyArray<{ name: string }>) => nodes.map(n => n.name);

describe('the trace index answers from the linked workspace', () => {
    test('goals, their realisers and the goals an item serves', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const index = ws.Tracewright.traces.TraceIndex;
        const g1 = find<Goal>(ws, 'analysis.req', 'G1');
        expect(names(index.realisersOf(g1))).toEqual(['US1']);
        expect(index.isRealised(find<Goal>(ws, 'analysis.req', 'G2'))).toBe(false);
        // R2 refines R1, which satisfies US1, which realises G1.
        expect(names(index.goalsOf(find<Requirement>(ws, 'analysis.req', 'R2')))).toEqual(['G1']);
        expect(names(index.detailsOf(find<Story>(ws, 'analysis.req', 'US1')))).toEqual(['R1']);
    });

    test('inside a refines cycle every member still reaches the goal, whichever is asked first', async () => {
        const cycle = 'goal G1 "G"\nrequirement R3 usability "A." { realizes G1 refines R4 }\nrequirement R4 usability "B." { refines R3 }\nrequirement R5 usability "C." { refines R4 }';
        for (const first of ['R3', 'R4', 'R5']) {
            const ws = await buildWorkspace({ 'a.req': cycle });
            const index = ws.Tracewright.traces.TraceIndex;
            const order = [first, ...['R3', 'R4', 'R5'].filter(n => n !== first)];
            expect(order.map(name => names(index.goalsOf(find<Requirement>(ws, 'a.req', name))))).toEqual([['G1'], ['G1'], ['G1']]);
        }
    });

    test('servesAGoal says whether goalsOf lists any goal, in cycles and chains, whichever is asked first', async () => {
        // R3-R4 a cycle that reaches G1; R6-R7 a cycle that reaches none; R8 refines into each; R9 realises nothing.
        const text = ['goal G1 "G"',
            'requirement R3 usability "A." { realizes G1 refines R4 }', 'requirement R4 usability "B." { refines R3 }',
            'requirement R5 usability "C." { refines R4 }', 'requirement R6 usability "D." { refines R7 }',
            'requirement R7 usability "E." { refines R6 }', 'requirement R8 usability "F." { refines R6, R5 }',
            'requirement R9 usability "G." { }'].join('\n');
        const all = ['R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'];
        for (const first of all) {
            for (const goalsFirst of [false, true]) {
                const ws = await buildWorkspace({ 'a.req': text });
                const index = ws.Tracewright.traces.TraceIndex;
                const order = [first, ...all.filter(n => n !== first)];
                const requirement = (name: string) => find<Requirement>(ws, 'a.req', name);
                if (goalsFirst) index.goalsOf(requirement(first));
                const serves = order.map(name => index.servesAGoal(requirement(name)));
                expect(serves).toEqual(order.map(name => index.goalsOf(requirement(name)).length > 0));
                expect(Object.fromEntries(order.map((name, i) => [name, serves[i]])))
                    .toEqual({ R3: true, R4: true, R5: true, R6: false, R7: false, R8: true, R9: false });
            }
        }
    });

    test('what justifies an entity, an attribute and a relationship', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const index = ws.Tracewright.traces.TraceIndex;
        const incident = find<Entity>(ws, 'model.req', 'Incident');
        const priority = incident.attributes.find(a => a.name === 'priority') as Attribute;
        const notes = incident.attributes.find(a => a.name === 'notes') as Attribute;
        expect(names(index.justificationsOf(priority))).toEqual(['R1']);
        expect(names(index.justificationsOf(notes))).toEqual([]);
        // The entity: a story that uses it, a requirement tracing it, one tracing an attribute.
        expect(names(index.justificationsOf(incident)).sort()).toEqual(['R1', 'R2', 'US1']);
        expect(names(index.justificationsOf(find<Relationship>(ws, 'model.req', 'Affects')))).toEqual(['R1']);
        expect(names(index.goalsJustifying(priority))).toEqual(['G1']);
        const operations = [...index.operationsOn(incident)].map(([story, ops]) => [story.name, [...ops]]);
        expect(operations).toEqual([['US1', ['create']]]);
        expect(names(index.relationshipsOf(find<Entity>(ws, 'model.req', 'Service')))).toEqual(['Affects']);
    });

    test('after one document changes, queries see the new state', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const index = ws.Tracewright.traces.TraceIndex;
        await ws.edit('analysis.req', analysis.replace('traces Incident.priority, Affects', 'traces Incident.notes'));
        const incident = find<Entity>(ws, 'model.req', 'Incident');
        const notes = incident.attributes.find(a => a.name === 'notes') as Attribute;
        const priority = incident.attributes.find(a => a.name === 'priority') as Attribute;
        expect(names(index.justificationsOf(notes))).toEqual(['R1']);
        expect(names(index.justificationsOf(priority))).toEqual([]);
        expect(names(index.justificationsOf(find<Relationship>(ws, 'model.req', 'Affects')))).toEqual([]);
    });
});

describe('coverage diagnostics follow edits in other files', () => {
    const stories = `goal G1 "Track changes"
story US1 "Request a change" { realizes G1 priority must uses Change(create, read) }
requirement R1 functional "Record why." { priority must satisfies US1 traces Change.reason }`;
    const entities = 'entity Change { id: int pk auto  reason: text }';
    const coverageIn = (ws: TestWorkspace, file: string) =>
        describeDiagnostics(ws.diagnostics(file).filter(d => findRule(String(d.code))?.category === 'coverage'));

    test('renaming an attribute in file B warns about the story in file A; renaming it back clears it', async () => {
        const ws = await buildWorkspace({ 'a.req': stories, 'b.req': entities });
        expect(coverageIn(ws, 'a.req')).toEqual([]);
        await ws.edit('b.req', entities.replace('reason', 'cause'));
        // a.req was relinked: its trace to the old name no longer resolves.
        expect(ws.diagnostics('a.req').filter(d => d.code === 'unresolved-reference').map(d => d.range.start.line)).toEqual([2]);
        expect(coverageIn(ws, 'a.req')).toEqual([
            "2:63 created-entity-untraced Story 'US1' creates 'Change', but no requirement traces Change, so nothing says what is recorded. Add `traces Change` (or its attributes) to a requirement that satisfies US1."
        ]);
        expect(coverageIn(ws, 'b.req')).toEqual([
            "1:34 unjustified-attribute Why does 'Change.cause' exist? No requirement traces it. Add `traces Change.cause` to the requirement that needs it, or remove the attribute."
        ]);
        await ws.edit('b.req', entities);
        expect(coverageIn(ws, 'a.req')).toEqual([]);
        expect(coverageIn(ws, 'b.req')).toEqual([]);
    });

    test('removing a trace in file A warns about the attribute in file B', async () => {
        const ws = await buildWorkspace({ 'a.req': stories, 'b.req': entities });
        await ws.edit('a.req', stories.replace('traces Change.reason', 'traces Change'));
        expect(coverageIn(ws, 'b.req')).toEqual([
            "1:34 unjustified-attribute Why does 'Change.reason' exist? No requirement traces it. Add `traces Change.reason` to the requirement that needs it, or remove the attribute."
        ]);
        expect(coverageIn(ws, 'a.req')).toEqual([]);
    });

    test('a goal in one file is realised by a story in another', async () => {
        const withoutGoal = stories.replace('goal G1 "Track changes"\n', '');
        const ws = await buildWorkspace({ 'goals.req': 'goal G1 "Track changes"', 'a.req': withoutGoal.replace('realizes G1', 'realizes G9'), 'b.req': entities });
        expect(coverageIn(ws, 'goals.req')).toEqual([
            "1:6 unrealized-goal No story or requirement realises goal 'G1'. Add `realizes G1` to the stories or requirements that deliver it, or remove the goal."
        ]);
        await ws.edit('a.req', withoutGoal);
        expect(coverageIn(ws, 'goals.req')).toEqual([]);
    });
});
