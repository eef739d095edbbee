import { describe, expect, test } from 'vitest';
import { findRule } from '../../server/src/language/rules/rule-catalog.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** `file:line:col message` (1-based) of every diagnostic of one rule in the workspace. */
async function diagnosticsOf(ruleId: string, files: Record<string, string>, settings?: unknown): Promise<string[]> {
    const ws = await buildWorkspace(files, settings);
    return Object.keys(files).flatMap(name => ws.diagnostics(name)
        .filter(d => d.code === ruleId)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${d.message}`));
}

/** A small workspace with every trace in place: no coverage rule has anything to say. */
const covered = {
    'goals.req': `goal G1 "Restore service quickly"
story US1 "Log an incident" { realizes G1 priority must uses Incident(create, read) }
story US2 "Keep the service catalogue" { realizes G1 priority could uses Service(create, read) }
requirement R1 functional "The system shall record the summary of an incident." {
  priority must satisfies US1 traces Incident.summary, Affects, Service.name
}
requirement R2 performance "Pages shall load in 2 s." { priority should realizes G1 }`,
    'model.req': `entity Incident { id: int pk auto  summary: text }
entity Service { id: int pk auto  name: text }
relationship Affects: Incident * -- 1 Service`
};

describe('trace cycles through requirements that also satisfy stories', () => {
    test('each link that closes a cycle is reported once, its loop starting at the requirement, in walk order', async () => {
        // R21 -> R22 -> R23 -> R21, each also satisfying a story; R24 leads into the cycle; R25 refines a story-satisfier only.
        const extra = ['requirement R21 usability "A." { satisfies US1 refines R22 }',
            'requirement R22 usability "B." { satisfies US2, R23 }',
            'requirement R23 usability "C." { refines R21 satisfies US1 }',
            'requirement R24 usability "D." { refines R23, R22 }',
            'requirement R25 usability "E." { refines R24 satisfies US2 }'].join('\n');
        expect(await diagnosticsOf('trace-cycle', { ...covered, 'extra.req': extra })).toEqual([
            "extra.req:1:56-59 'R21 refines R22' closes a cycle (R21 → R22 → R23 → R21). Remove the link that does not hold; details point to what they detail, never back.",
            "extra.req:2:49-52 'R22 satisfies R23' closes a cycle (R22 → R23 → R21 → R22). Remove the link that does not hold; details point to what they detail, never back.",
            "extra.req:3:42-45 'R23 refines R21' closes a cycle (R23 → R21 → R22 → R23). Remove the link that does not hold; details point to what they detail, never back."
        ]);
    });
});

describe('requirements that refine nothing further', () => {
    test('reached from several sides, they close no cycle; a cycle beside them is still found', async () => {
        // R31 and R32 both refine R33 (which refines no requirement) and R34; R34 refines R33: a diamond, no cycle.
        // R35 <-> R36 is a cycle next to it, entered from R31.
        const extra = ['requirement R31 usability "A." { refines R33, R34, R35 }',
            'requirement R32 usability "B." { refines R34, R33 }',
            'requirement R33 usability "C." { satisfies US1 }',
            'requirement R34 usability "D." { refines R33 }',
            'requirement R35 usability "E." { refines R36, R33 }',
            'requirement R36 usability "F." { refines R35 }'].join('\n');
        expect(await diagnosticsOf('trace-cycle', { ...covered, 'extra.req': extra })).toEqual([
            "extra.req:5:42-45 'R35 refines R36' closes a cycle (R35 → R36 → R35). Remove the link that does not hold; details point to what they detail, never back.",
            "extra.req:6:42-45 'R36 refines R35' closes a cycle (R36 → R35 → R36). Remove the link that does not hold; details point to what they detail, never back."
        ]);
    });
});

describe('a fully traced workspace', () => {
    test('has no coverage diagnostics and no errors', async () => {
        const ws = await buildWorkspace(covered);
        for (const file of ['goals.req', 'model.req']) {
            const relevant = ws.diagnostics(file).filter(d => d.severity === 1 || findRule(String(d.code))?.category === 'coverage');
            expect(relevant).toEqual([]);
        }
    });
});

interface RuleCase {
    rule: string;
    failing: Record<string, string>;
    expected: string[];
    passing: Record<string, string>;
    settings?: unknown;
}

const cases: RuleCase[] = [
    {
        rule: 'unrealized-goal',
        failing: { ...covered, 'extra.req': 'goal G2 "Cut costs"' },
        expected: ["extra.req:1:6-8 No story or requirement realises goal 'G2'. Add `realizes G2` to the stories or requirements that deliver it, or remove the goal."],
        // A goal is realised through a realised sub-goal.
        passing: { ...covered, 'extra.req': 'goal G0 "Serve students"\ngoal G3 "Restore fast" { parent G0 }\nrequirement R9 usability "Be kind." { realizes G3 }' }
    },
    {
        rule: 'item-without-goal',
        failing: { ...covered, 'extra.req': 'requirement R9 usability "Screens shall be readable." { priority must }\nstory US9 "Browse" { priority could uses Service(read) }' },
        expected: ["extra.req:1:13-15 Requirement 'R9' is a must but serves no goal. Add `realizes <goal>`, or `satisfies` a story that realises one; if no goal needs it, lower its priority."],
        // Serving a goal through satisfies (R9 -> US1 -> G1) and through refines (R10 -> R9) counts.
        passing: { ...covered, 'extra.req': 'requirement R9 usability "Screens shall be readable." { priority must satisfies US1 }\nrequirement R10 usability "Text shall be 12pt." { priority must refines R9 }' }
    },
    {
        rule: 'item-without-data',
        failing: { ...covered, 'extra.req': 'requirement R9 functional "The system shall notify." { realizes G1 }\nstory US9 "Get notified" { realizes G1 }\nrequirement R10 security "Log in first." { realizes G1 }' },
        expected: [
            "extra.req:1:13-15 Functional requirement 'R9' names no data. Add `traces <Entity>` or `traces <Entity.attribute>` for the data it reads or writes (or let a requirement that refines it do so).",
            "extra.req:2:7-10 Story 'US9' names no data. Add `uses <Entity>(create, read, update, delete)` for what it works with (or let a requirement that satisfies it trace the data)."
        ],
        // A refinement or a satisfying requirement that traces data covers the item it details.
        passing: { ...covered, 'extra.req': 'requirement R9 functional "The system shall notify." { realizes G1 }\nrequirement R10 functional "Notify by mail." { refines R9 traces Incident }\nstory US9 "Get notified" { realizes G1 }\nrequirement R11 functional "Mail." { satisfies US9 traces Incident.summary }' }
    },
    {
        rule: 'unjustified-entity',
        failing: { ...covered, 'extra.req': 'entity AuditLog { id: int pk auto }' },
        expected: ["extra.req:1:8-16 No requirement or story justifies entity 'AuditLog'. Trace it from a requirement (`traces AuditLog`) or use it in a story (`uses AuditLog(read)`); if it is infrastructure, add it to tracewright.coverage.exemptions."],
        passing: { ...covered, 'extra.req': 'entity AuditLog { id: int pk auto }' },
        settings: { coverage: { exemptions: ['AuditLog'] } }
    },
    {
        rule: 'unjustified-attribute',
        failing: { ...covered, 'model.req': covered['model.req'].replace('summary: text', 'summary: text  notes: text') },
        expected: ["model.req:1:51-56 Why does 'Incident.notes' exist? No requirement traces it. Add `traces Incident.notes` to the requirement that needs it, or remove the attribute."],
        passing: { ...covered, 'model.req': covered['model.req'].replace('summary: text', 'summary: text  notes: text') },
        settings: { coverage: { exemptions: ['Incident.notes'] } }
    },
    {
        rule: 'unjustified-relationship',
        failing: { ...covered, 'extra.req': 'relationship Blocks: Incident * -- * Incident' },
        expected: ["extra.req:1:14-20 No requirement traces relationship 'Blocks'. Add `traces Blocks` to the requirement that needs the link, or remove it."],
        passing: { ...covered, 'extra.req': 'relationship Blocks: Incident * -- * Incident\nrequirement R9 functional "Link incidents." { traces Blocks }' }
    },
    {
        rule: 'created-entity-untraced',
        failing: { ...covered, 'extra.req': 'entity Change { id: int pk auto }\nstory US9 "Request a change" { realizes G1 uses Change(create, read) }' },
        expected: ["extra.req:2:49-55 Story 'US9' creates 'Change', but no requirement traces Change, so nothing says what is recorded. Add `traces Change` (or its attributes) to a requirement that satisfies US9."],
        passing: { ...covered, 'extra.req': 'entity Change { id: int pk auto }\nstory US9 "Request a change" { realizes G1 uses Change(create, read) }\nrequirement R9 functional "Record changes." { satisfies US9 traces Change }' }
    },
    {
        rule: 'entity-never-created',
        failing: { ...covered, 'goals.req': covered['goals.req'].replace('Service(create, read)', 'Service(read)') },
        expected: ["model.req:2:8-15 No story creates 'Service'. Add `uses Service(create)` to the story that records it; if it is reference data loaded another way, add it to tracewright.coverage.exemptions."],
        // Without any `uses` in the workspace there is no CRUD picture to check.
        passing: { 'a.req': 'entity Service { id: int pk auto }\nrequirement R1 functional "Keep services." { traces Service }' }
    },
    {
        rule: 'entity-never-read',
        failing: { ...covered, 'goals.req': covered['goals.req'].replace('Incident(create, read)', 'Incident(create, update)') },
        expected: ["model.req:1:8-16 No story reads 'Incident'. Add `uses Incident(read)` to the story that shows or uses it; data nobody reads need not be stored."],
        // `uses X` without operations counts as reading X.
        passing: { ...covered, 'goals.req': covered['goals.req'].replace('Incident(create, read)', 'Incident(create), Incident') }
    },
    {
        rule: 'trace-cycle',
        failing: { ...covered, 'extra.req': 'requirement R9 usability "A." { refines R10 }\nrequirement R10 usability "B." { satisfies R9 }\nrequirement R11 usability "C." { refines R11 }' },
        expected: [
            "extra.req:1:41-44 'R9 refines R10' closes a cycle (R9 → R10 → R9). Remove the link that does not hold; details point to what they detail, never back.",
            "extra.req:2:44-46 'R10 satisfies R9' closes a cycle (R10 → R9 → R10). Remove the link that does not hold; details point to what they detail, never back.",
            "extra.req:3:42-45 'R11 refines R11' closes a cycle (R11 → R11). Remove the link that does not hold; details point to what they detail, never back."
        ],
        passing: { ...covered, 'extra.req': 'requirement R9 usability "A." { refines R10 }\nrequirement R10 usability "B." { satisfies US1 }' }
    },
    {
        rule: 'self-conflict',
        failing: { ...covered, 'extra.req': 'requirement R9 usability "A." { realizes G1 conflicts R2, R9 }' },
        expected: ["extra.req:1:59-61 'R9' conflicts with itself. Remove it from its own `conflicts` list; if it contradicts itself, split it into two requirements."],
        passing: { ...covered, 'extra.req': 'requirement R9 usability "A." { realizes G1 conflicts R2 }' }
    },
    {
        rule: 'unresolved-conflict',
        failing: { ...covered, 'extra.req': 'requirement R9 usability "A." { priority could conflicts R2 }\nrequirement R10 usability "B." { priority could }\nrequirement R11 usability "C." { priority must conflicts R10 }' },
        expected: [
            "extra.req:1:58-60 'R9' (could) conflicts with 'R2' (should), which wins. Resolve it: set `status rejected` on R9, or reword one of them and drop the conflict.",
            // Declared on the other side: the loser's name carries the warning.
            "extra.req:2:13-16 'R10' (could) conflicts with 'R11' (must), which wins. Resolve it: set `status rejected` on R10, or reword one of them and drop the conflict."
        ],
        passing: { ...covered, 'extra.req': 'requirement R9 usability "A." { priority could status rejected conflicts R2 }\nrequirement R10 usability "B." { priority should conflicts R2 }' }
    }
];

describe.each(cases)('rule $rule', ({ rule, failing, expected, passing, settings }) => {
    test('reports the gap on the right word with a fix in the message', async () => {
        expect(await diagnosticsOf(rule, failing)).toEqual(expected);
    });
    test('is quiet when the trace is in place', async () => {
        expect(await diagnosticsOf(rule, passing, settings)).toEqual([]);
    });
});

describe('settings', () => {
    test('tracewright.coverage.enabled: false switches every coverage rule off', async () => {
        const files = { 'a.req': 'goal G1 "Unrealised"\nentity Orphan { id: int pk auto  x: text }' };
        const on = await buildWorkspace(files);
        expect(on.diagnostics('a.req').map(d => d.code).filter(code => findRule(String(code))?.category === 'coverage')).toEqual(['unrealized-goal', 'unjustified-entity', 'unjustified-attribute']);
        const off = await buildWorkspace(files, { coverage: { enabled: false } });
        expect(off.diagnostics('a.req').filter(d => findRule(String(d.code))?.category === 'coverage')).toEqual([]);
    });
    test('exemptKeys: false asks for a justification of primary keys too', async () => {
        const files = { 'a.req': 'entity Tag { code: text pk }\nrequirement R1 functional "Tags." { traces Tag }' };
        expect(await diagnosticsOf('unjustified-attribute', files)).toEqual([]);
        expect(await diagnosticsOf('unjustified-attribute', files, { coverage: { exemptKeys: false } })).toHaveLength(1);
    });
    test('a rule can be re-graded', async () => {
        const ws = await buildWorkspace({ 'a.req': 'goal G1 "Unrealised"' }, { rules: { 'unrealized-goal': 'error' } });
        expect(ws.diagnostics('a.req').filter(d => d.code === 'unrealized-goal').map(d => d.severity)).toEqual([1]);
    });
});
