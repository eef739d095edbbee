import { describe, expect, test } from 'vitest';
import { buildPreviewData, previewDataFor } from '../../server/src/diagram/preview-data.js';
import type { PreviewDataParams, SliceRequest } from '../../server/src/diagram/preview-protocol.js';
import { mermaidLabel } from '../../server/src/diagram/mermaid-text.js';
import { buildWorkspace, testUri } from '../helpers/workspace.js';

const model = `
enum Priority { P1 "critical" P2 }
entity Incident "A fault" {
  id: int pk auto
  ref: text unique
  priority: Priority
  cost: decimal(10,2) optional
  openedAt: datetime default now
}
entity Service { id: int pk  name: text }
entity Team { id: int pk }
relationship Affects: Incident * -- 1 Service "affects"
relationship OwnedBy: Service 1..* -- 0..1 Team
`;
const analysis = `
stakeholder Analyst
goal G1 "Restore service" { owner Analyst }
story US1 "Log an incident" { as Analyst realizes G1 uses Incident(create) }
requirement R1 functional "The system shall record the priority." { satisfies US1 traces Incident.priority, Affects }
`;

async function preview(slice: SliceRequest, extra: Partial<PreviewDataParams> = {}, files: Record<string, string> = { 'model.req': model, 'analysis.req': analysis }, file = 'model.req') {
    const ws = await buildWorkspace(files);
    const documents = ws.shared.workspace.LangiumDocuments.all.toArray();
    return buildPreviewData(documents, ws.documentOf(file), { uri: testUri(file).toString(), slice, ...extra });
}

describe('Mermaid erDiagram source', () => {
    test('golden: entities with keys, optional and defaults, enums, crow\'s-foot cardinality on both sides, verb labels', async () => {
        const data = await preview({ kind: 'file' });
        expect(data.mermaid).toBe(`erDiagram
    e1["Incident"] {
        \`int\` \`id\` PK "auto"
        \`text\` \`ref\` UK
        \`Priority\` \`priority\`
        \`decimal(10,2)\` \`cost\` "null"
        \`datetime\` \`openedAt\` "default now"
    }
    e2["Service"] {
        \`int\` \`id\` PK
        \`text\` \`name\`
    }
    e3["Team"] {
        \`int\` \`id\` PK
    }
    n1["Priority (enum)"] {
        \`literal\` \`P1\` "critical"
        \`literal\` \`P2\`
    }
    e1 }o--|| e2 : "affects"
    e2 }|--o| e3 : "OwnedBy"
`);
        // Service is only reached through the relationship R1 traces: like the unjustified-entity rule, that does not justify it.
        expect(data.entities.map(e => [e.id, e.name, e.unjustified])).toEqual([['e1', 'Incident', false], ['e2', 'Service', true], ['e3', 'Team', true]]);
        expect(data.relationshipCount).toBe(2);
        expect(data.entities[0].location?.uri).toBe(testUri('model.req').toString());
        expect(data.entities[0].location?.range).toEqual({ start: { line: 2, character: 7 }, end: { line: 2, character: 15 } });
    });

    test('user text is written as entity codes: no quote, percent, backslash, hash or angle bracket survives', () => {
        const hostile = '"%%{init: {"securityLevel":"loose"}}%%" <img src=x onerror=alert(1)> </script> \\ #lt; javascript:alert(1) style: classDef x';
        const label = mermaidLabel(hostile, 500);
        expect(label).not.toMatch(/["%\\<>:{}]/);
        expect(label).not.toMatch(/style|classDef/);
        // Every `#` starts a numeric entity code that Mermaid turns back into the original character.
        const decoded = label.replace(/#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
        expect(decoded).toBe(hostile);
    });

    test('hostile names become labels of synthetic ids and backticked words', async () => {
        const data = await preview({ kind: 'file' }, {}, {
            'model.req': `entity one { pk: int pk  to: int  u: text }
entity many { id: int pk }
relationship to: one 0..1 -- * many "is \\"one\\" to 100% of \\\\ many"`
        });
        expect(data.mermaid).toContain('e1["one"] {\n        `int` `pk` PK\n        `int` `to`\n        `text` `u`\n    }');
        expect(data.mermaid).toContain('e1 |o--o{ e2 : "is #34;one#34; to 100#37; of #92; many"');
    });
});

describe('slices and the trace overlay', () => {
    test('neighbourhood of one entity: the entity and the other ends of its relationships', async () => {
        const data = await preview({ kind: 'entity', name: 'Team' });
        expect(data.sliceTitle).toBe('Neighbourhood of Team');
        expect(data.entities.map(e => e.name)).toEqual(['Service', 'Team']);
        expect(data.relationshipCount).toBe(1);
    });

    test('the entity under the cursor', async () => {
        const data = await preview({ kind: 'cursor' }, { position: { line: 11, character: 40 } });
        expect(data.slice).toEqual({ kind: 'entity', name: 'Service' });
        expect(data.entities.map(e => e.name)).toEqual(['Incident', 'Service', 'Team']);
    });

    test.each([
        ['R1', ['Incident', 'Service']],
        ['US1', ['Incident', 'Service']],
        ['G1', ['Incident', 'Service']],
        ['Analyst', ['Incident', 'Service']]
    ])('entities traced by %s', async (name, expected) => {
        const data = await preview({ kind: 'traced', name });
        expect(data.entities.map(e => e.name)).toEqual(expected);
    });

    test('a file without entities shows what its elements trace', async () => {
        const data = await preview({ kind: 'file' }, {}, undefined, 'analysis.req');
        expect(data.sliceTitle).toBe('Entities traced from analysis.req');
        expect(data.entities.map(e => e.name)).toEqual(['Incident', 'Service']);
    });

    test('overlay: traced entities and attributes are flagged, the traced attribute row is marked', async () => {
        const data = await preview({ kind: 'file' }, { overlay: 'R1' });
        expect(data.overlay).toEqual({ name: 'R1', tracedEntities: ['Incident', 'Service'], tracedAttributes: ['Incident.priority'] });
        expect(data.entities.map(e => e.traced)).toEqual([true, true, false]);
        expect(data.mermaid).toContain('`Priority` `priority` "#9733; traced"');
        expect(data.unjustifiedEntities).toEqual(['Service', 'Team']);
    });

    test('the pickers list goals, stakeholders, stories, requirements and entities', async () => {
        const data = await preview({ kind: 'all' });
        expect(data.picker.map(p => `${p.kind}:${p.name}`)).toEqual([
            'goal:G1', 'stakeholder:Analyst', 'story:US1', 'requirement:R1', 'entity:Incident', 'entity:Service', 'entity:Team'
        ]);
    });

    test('a syntax error is reported for the banner', async () => {
        const data = await preview({ kind: 'file' }, {}, { 'model.req': 'entity A { id: int pk }\nentity {' });
        expect(data.hasSyntaxErrors).toBe(true);
        expect(data.syntaxError).toMatch(/^2:\d+ /);
        expect(data.entities.map(e => e.name)).toEqual(['A']);
    });

    test('a syntax error at the end of the text is placed at the end, not at -1:-1', async () => {
        const data = await preview({ kind: 'file' }, {}, { 'model.req': 'entity A { id: int pk }\nentity B { parent' });
        expect(data.syntaxError).toMatch(/^2:18 Expected ':'/);
    });
});

describe('facts for the Trace tab filters', () => {
    test('stakeholders of stories and requirements (role, source, goal owners, satisfied stories) and requirement status', async () => {
        const data = await preview({ kind: 'file' }, {}, {
            'a.req': `stakeholder Analyst
stakeholder Manager
stakeholder Auditor
goal G1 "Restore" { owner Manager }
story US1 "Log" { as Analyst realizes G1 }
requirement R1 functional "The system shall log." { status agreed source Auditor satisfies US1 }
requirement R2 functional "The system shall keep." { }`
        }, 'a.req');
        expect(data.itemFacts).toEqual({
            US1: { stakeholders: ['Analyst', 'Manager'] },
            R1: { stakeholders: ['Auditor', 'Analyst', 'Manager'], status: 'agreed' },
            R2: { stakeholders: [], status: undefined }
        });
    });
});

describe('the tracewright/previewData handler', () => {
    test('a document the server does not know gets an empty file slice, not an error', async () => {
        const ws = await buildWorkspace({ 'model.req': model });
        const data = await previewDataFor(ws.shared, { uri: testUri('deleted.req').toString(), slice: { kind: 'file' } });
        expect(data.entities).toEqual([]);
        expect(data.totalEntities).toBe(3);
        expect(data.hasSyntaxErrors).toBe(false);
    });

    test('entities exempted in settings are not marked unjustified, as in the Problems view', async () => {
        const ws = await buildWorkspace({ 'model.req': model, 'analysis.req': analysis }, { coverage: { exemptions: ['Team'] } });
        const data = await previewDataFor(ws.shared, { uri: testUri('model.req').toString(), slice: { kind: 'file' } });
        expect(data.unjustifiedEntities).toEqual(['Service']);
        const warned = ws.diagnostics('model.req').filter(d => d.code === 'unjustified-entity').map(d => String(d.message).match(/entity '(\w+)'/)?.[1]);
        expect(warned).toEqual(data.unjustifiedEntities);
    });

    test('answers from the built workspace, and after an edit with the edited model', async () => {
        const ws = await buildWorkspace({ 'model.req': model, 'analysis.req': analysis });
        const params = { uri: testUri('model.req').toString(), slice: { kind: 'file' } as const };
        expect((await previewDataFor(ws.shared, params)).entities.map(e => e.name)).toEqual(['Incident', 'Service', 'Team']);
        await ws.edit('model.req', model + '\nentity Probe { id: int pk }\n');
        expect((await previewDataFor(ws.shared, params)).entities.map(e => e.name)).toEqual(['Incident', 'Service', 'Team', 'Probe']);
    });
});
