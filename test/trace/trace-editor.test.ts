import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CallHierarchyItem, CodeAction, Hover, Position, WorkspaceEdit } from 'vscode-languageserver';
import { buildWorkspace, testUri, type TestWorkspace } from '../helpers/workspace.js';

const analysis = `goal G1 "Restore service quickly"
story US1 "Log an incident" {
  realizes G1
  priority must
  uses Incident(create, read)
}
requirement R1 functional "Record the priority." {
  priority must
  satisfies US1
  traces Incident.priority, Incident
}`;
const model = `enum Priority { P1 P2 }
entity Incident {
  id: int pk auto
  priority: Priority
}`;

/** The position of the n-th occurrence of `text` in a file (0-based lines and characters). */
function positionOf(ws: TestWorkspace, file: string, text: string, occurrence = 0): Position {
    const document = ws.documentOf(file).textDocument;
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = document.getText().indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`'${text}' not in ${file}`);
    return document.positionAt(offset);
}

function hoverText(hover: Hover | undefined): string {
    const contents = hover?.contents;
    return typeof contents === 'object' && contents && 'value' in contents ? contents.value : '';
}

/** Applies the edits of one file of a WorkspaceEdit to its text. */
function applyEdit(ws: TestWorkspace, file: string, edit: WorkspaceEdit | undefined): string {
    const uri = testUri(file).toString();
    const edits = edit?.changes?.[uri] ?? [];
    return TextDocument.applyEdits(ws.documentOf(file).textDocument, edits);
}

describe('hover', () => {
    test('on an attribute reference: who justifies it and the goal above', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const hover = await ws.Tracewright.lsp.HoverProvider!.getHoverContent(ws.documentOf('analysis.req'),
            { textDocument: { uri: testUri('analysis.req').toString() }, position: positionOf(ws, 'analysis.req', 'priority,') });
        expect(hoverText(hover)).toContain('**Traces:** justified by R1 (must), US1 (must); goal G1');
    });
    test('on an entity: justifications and what stories do with it', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const hover = await ws.Tracewright.lsp.HoverProvider!.getHoverContent(ws.documentOf('model.req'),
            { textDocument: { uri: testUri('model.req').toString() }, position: positionOf(ws, 'model.req', 'Incident') });
        expect(hoverText(hover)).toContain('**Traces:** justified by R1 (must), US1 (must); goal G1  \nstories: US1 create/read');
    });
    test('on a goal that nothing realises', async () => {
        const ws = await buildWorkspace({ 'a.req': 'goal G9 "Lonely"' });
        const hover = await ws.Tracewright.lsp.HoverProvider!.getHoverContent(ws.documentOf('a.req'),
            { textDocument: { uri: testUri('a.req').toString() }, position: { line: 0, character: 6 } });
        expect(hoverText(hover)).toContain('**Traces:** realised by no story or requirement yet');
    });
});

describe('code lens', () => {
    test('counts links and lists them for the references peek', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const provider = ws.Tracewright.lsp.CodeLensProvider!;
        const lenses = await provider.provideCodeLens(ws.documentOf('analysis.req'), { textDocument: { uri: testUri('analysis.req').toString() } }) ?? [];
        expect(lenses.map(l => `${l.range.start.line}: ${l.command?.title}`)).toEqual([
            '0: realised by 1',
            '1: realises 1', '1: uses 1', '1: detailed by 1',
            '6: realises 1', '6: traces 2', '6: detailed by 0'
        ]);
        const [uri, position, locations] = lenses[0].command!.arguments!;
        expect(lenses[0].command!.command).toBe('tracewright.showReferences');
        expect([uri, position]).toEqual([testUri('analysis.req').toString(), { line: 0, character: 5 }]);
        // The one `realizes G1` in US1, line 3.
        expect(locations).toEqual([{ uri: testUri('analysis.req').toString(), range: { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } } }]);
        const modelLenses = await provider.provideCodeLens(ws.documentOf('model.req'), { textDocument: { uri: testUri('model.req').toString() } }) ?? [];
        expect(modelLenses.map(l => l.command?.title)).toEqual(['justified by 2']);
    });
});

describe('call hierarchy walks the trace', () => {
    test('goal ← story ← requirement → entity → attribute', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const provider = ws.Tracewright.lsp.CallHierarchyProvider!;
        const prepare = async (file: string, text: string) => (await provider.prepareCallHierarchy(ws.documentOf(file),
            { textDocument: { uri: testUri(file).toString() }, position: positionOf(ws, file, text) }))?.[0] as CallHierarchyItem;
        const incoming = async (item: CallHierarchyItem) => ((await provider.incomingCalls({ item })) ?? []).map(c => c.from);
        const outgoing = async (item: CallHierarchyItem) => ((await provider.outgoingCalls({ item })) ?? []).map(c => c.to);

        const goal = await prepare('analysis.req', 'G1');
        expect(goal.name).toBe('G1');
        const stories = await incoming(goal);
        expect(stories.map(i => i.name)).toEqual(['US1']);
        const requirements = await incoming(stories[0]);
        expect(requirements.map(i => i.name)).toEqual(['R1']);
        const data = await outgoing(requirements[0]);
        expect(data.map(i => i.name)).toEqual(['US1', 'Incident.priority', 'Incident']);
        const attributes = await outgoing(data[2]);
        expect(attributes.map(i => i.name)).toEqual(['Incident.id', 'Incident.priority']);
        // And back up: who justifies the attribute.
        expect((await incoming(attributes[1])).map(i => i.name)).toEqual(['R1']);
    });
});

describe('quick fixes', () => {
    async function actionsFor(ws: TestWorkspace, file: string, rule: string): Promise<CodeAction[]> {
        const diagnostics = ws.diagnostics(file).filter(d => d.code === rule);
        expect(diagnostics.length).toBeGreaterThan(0);
        const actions = await ws.Tracewright.lsp.CodeActionProvider!.getCodeActions(ws.documentOf(file),
            { textDocument: { uri: testUri(file).toString() }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } });
        return (actions ?? []) as CodeAction[];
    }

    test('a trace to a missing entity offers to create it next to the data model', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis.replace('traces Incident.priority, Incident', 'traces Ticket'), 'model.req': model });
        const create = (await actionsFor(ws, 'analysis.req', 'unresolved-reference')).find(a => a.title === "Create entity 'Ticket'");
        expect(applyEdit(ws, 'model.req', create?.edit)).toBe(`${model}\n\nentity Ticket {\n  id: int pk auto\n}\n`);
    });

    test('a trace to a missing attribute offers to add it to the entity', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis.replace('Incident.priority', 'Incident.sla'), 'model.req': model });
        const add = (await actionsFor(ws, 'analysis.req', 'unresolved-reference')).find(a => a.title === "Add attribute 'sla' to Incident");
        expect(applyEdit(ws, 'model.req', add?.edit)).toBe(model.replace('  priority: Priority\n', '  priority: Priority\n  sla: text\n'));
    });

    test('a functional requirement without data gets a trace to the entity its statement mentions', async () => {
        const text = 'requirement R2 functional "Close the incident when resolved." { priority could }';
        const ws = await buildWorkspace({ 'a.req': text, 'model.req': model });
        const actions = await actionsFor(ws, 'a.req', 'item-without-data');
        expect(actions.map(a => a.title)).toEqual(['Trace R2 to Incident', "Exempt this line from 'item-without-data'"]);
        expect(applyEdit(ws, 'a.req', actions[0].edit)).toBe('requirement R2 functional "Close the incident when resolved." { priority could traces Incident }');
    });

    test('a story without data gets a `uses` of the entity its wording mentions', async () => {
        const text = 'goal G1 "G"\nstory US9 "Close an incident" { realizes G1 }';
        const ws = await buildWorkspace({ 'a.req': text, 'model.req': model });
        const actions = await actionsFor(ws, 'a.req', 'item-without-data');
        expect(actions[0].title).toBe('Use Incident in US9');
        expect(applyEdit(ws, 'a.req', actions[0].edit)).toBe(text.replace('{ realizes G1 }', '{ realizes G1 uses Incident(read) }'));
    });

    test('a story using a missing entity offers to create it', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis.replace('uses Incident(create, read)', 'uses Ticket(create)'), 'model.req': model });
        const create = (await actionsFor(ws, 'analysis.req', 'unresolved-reference')).find(a => a.title === "Create entity 'Ticket'");
        expect(applyEdit(ws, 'model.req', create?.edit)).toBe(`${model}\n\nentity Ticket {\n  id: int pk auto\n}\n`);
    });

    test('a must story without a goal gets linked to a goal, unrealised goals first', async () => {
        const text = 'goal G1 "Done" { }\ngoal G2 "Open"\nstory US1 "Log" { realizes G1 }\nstory US2 "Track" {\n  priority must\n  uses Incident(read)\n}';
        const ws = await buildWorkspace({ 'a.req': text, 'model.req': model });
        const actions = await actionsFor(ws, 'a.req', 'item-without-goal');
        expect(actions.map(a => a.title).slice(0, 2)).toEqual(['Link US2 to goal G2', 'Link US2 to goal G1']);
        expect(applyEdit(ws, 'a.req', actions[0].edit)).toBe(text.replace('  uses Incident(read)\n}', '  uses Incident(read)\n  realizes G2\n}'));
    });

    test('a story creating untraced data gets a trace added to the requirement that satisfies it', async () => {
        const text = 'goal G1 "G"\nstory US1 "Log" { realizes G1 uses Incident(create, read) }\nrequirement R1 functional "Log it." { satisfies US1 traces Priority2 }';
        const ws = await buildWorkspace({ 'a.req': text, 'model.req': model });
        const actions = await actionsFor(ws, 'a.req', 'created-entity-untraced');
        expect(actions[0].title).toBe('Trace R1 to Incident');
        expect(applyEdit(ws, 'a.req', actions[0].edit)).toBe(text.replace('traces Priority2 }', 'traces Priority2 traces Incident }'));
    });

    test('every coverage gap can be exempted with a comment on the line before', async () => {
        const ws = await buildWorkspace({ 'a.req': 'entity Log {\n    id: int pk auto\n    line: text\n}\nrequirement R1 functional "Keep a log." { traces Log }' });
        const exempt = (await actionsFor(ws, 'a.req', 'unjustified-attribute')).find(a => a.title.startsWith('Exempt'));
        const fixed = applyEdit(ws, 'a.req', exempt?.edit);
        expect(fixed).toContain('    // tracewright-disable-next-line unjustified-attribute\n    line: text');
        await ws.edit('a.req', fixed);
        expect(ws.diagnostics('a.req').filter(d => d.code === 'unjustified-attribute')).toEqual([]);
    });
});

describe('rename', () => {
    test('renaming an entity or attribute updates every trace in every file', async () => {
        const ws = await buildWorkspace({ 'analysis.req': analysis, 'model.req': model });
        const rename = ws.Tracewright.lsp.RenameProvider!;
        const entityEdit = await rename.rename(ws.documentOf('model.req'),
            { textDocument: { uri: testUri('model.req').toString() }, position: positionOf(ws, 'model.req', 'Incident'), newName: 'Ticket' });
        expect(applyEdit(ws, 'analysis.req', entityEdit)).toBe(analysis.replace(/Incident/g, 'Ticket'));
        expect(applyEdit(ws, 'model.req', entityEdit)).toBe(model.replace('Incident', 'Ticket'));

        const attributeEdit = await rename.rename(ws.documentOf('analysis.req'),
            { textDocument: { uri: testUri('analysis.req').toString() }, position: positionOf(ws, 'analysis.req', 'priority,'), newName: 'urgency' });
        expect(applyEdit(ws, 'analysis.req', attributeEdit)).toBe(analysis.replace('Incident.priority', 'Incident.urgency'));
        expect(applyEdit(ws, 'model.req', attributeEdit)).toBe(model.replace('priority:', 'urgency:'));
    });
});
