import type { TextEdit } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, testUri } from '../helpers/workspace.js';

const model = `enum Priority { P1 P2 }
entity Incident {
  id: int pk auto
  priority: Priority
  openedAt: datetime
}
entity Service { id: int pk auto }
relationship Affects: Incident * -- 1 Service "affects"
`;

/** Splits `text` at the `|` marker into text and cursor position. */
function atCursor(marked: string) {
    const offset = marked.indexOf('|');
    const text = marked.replace('|', '');
    const before = text.slice(0, offset).split('\n');
    return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

async function completionsAt(marked: string): Promise<string[]> {
    const { text, position } = atCursor(marked);
    const ws = await buildWorkspace({ 'model.req': model, 'req.req': text });
    const document = ws.documentOf('req.req');
    const list = await ws.Tracewright.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return (list?.items ?? []).map(item => item.label);
}

describe('completion', () => {
    test('after `traces Incident.` it offers exactly the attributes of Incident', async () => {
        const labels = await completionsAt('requirement R1 functional "The system shall log." {\n  traces Incident.|\n}');
        expect(labels.sort()).toEqual(['id', 'openedAt', 'priority']);
    });

    test('after `traces` it offers entities and relationships from other files', async () => {
        const labels = await completionsAt('requirement R1 functional "The system shall log." {\n  traces |\n}');
        expect(labels).toEqual(expect.arrayContaining(['Incident', 'Service', 'Affects']));
        expect(labels).not.toContain('Priority');
    });

    test('an attribute type offers the primitive types and declared enums', async () => {
        const labels = await completionsAt('entity Problem {\n  id: int pk\n  level: |\n}');
        expect(labels).toEqual(expect.arrayContaining(['int', 'text', 'decimal', 'datetime', 'uuid', 'Priority']));
    });

    test('so does the type of an attribute named like a modifier, after another attribute', async () => {
        const labels = await completionsAt('entity Problem {\n  id: int pk\n  unique: |\n}');
        expect(labels).toEqual(expect.arrayContaining(['int', 'text', 'bool', 'Priority']));
        // Read as a modifier of `id`, the colon would leave nothing to complete.
        expect(labels).not.toContain('pk');
    });
});

describe('go to definition and rename across files', () => {
    const requirement = 'requirement R1 functional "The system shall log." {\n  traces Incident.priority, Affects\n}\nstory US1 "Log" {\n  uses Incident(create)\n}\n';

    async function rename(line: number, character: number, newName: string, file = 'req.req'): Promise<Record<string, TextEdit[]>> {
        const ws = await buildWorkspace({ 'model.req': model, 'req.req': requirement });
        const document = ws.documentOf(file);
        const edit = await ws.Tracewright.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: { line, character }, newName });
        const byFile: Record<string, TextEdit[]> = {};
        for (const [uri, edits] of Object.entries(edit?.changes ?? {})) byFile[uri.split('/').pop()!] = edits;
        return byFile;
    }

    test('definition of `priority` in `Incident.priority` is the attribute in the other file', async () => {
        const ws = await buildWorkspace({ 'model.req': model, 'req.req': requirement });
        const document = ws.documentOf('req.req');
        const links = await ws.Tracewright.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 20 } });
        expect(links?.map(l => [l.targetUri, l.targetSelectionRange.start])).toEqual([[testUri('model.req').toString(), { line: 3, character: 2 }]]);
    });

    test('renaming an attribute from its use updates the declaration and the trace, and nothing else', async () => {
        const edits = await rename(1, 20, 'severity');
        expect(edits['model.req'].map(e => [e.range.start, e.newText])).toEqual([[{ line: 3, character: 2 }, 'severity']]);
        expect(edits['req.req'].map(e => [e.range.start, e.newText])).toEqual([[{ line: 1, character: 18 }, 'severity']]);
    });

    test('renaming an entity at its declaration updates traces, uses and relationship ends in every file', async () => {
        const edits = await rename(1, 8, 'Disruption', 'model.req');
        expect(edits['model.req'].map(e => e.range.start)).toEqual([{ line: 1, character: 7 }, { line: 7, character: 22 }]);
        expect(edits['req.req'].map(e => e.range.start)).toEqual([{ line: 1, character: 9 }, { line: 4, character: 7 }]);
        expect(Object.values(edits).flat().every(e => e.newText === 'Disruption')).toBe(true);
    });
});

describe('hover', () => {
    test('hover on a traced attribute shows its declaration and doc comment', async () => {
        const ws = await buildWorkspace({ 'model.req': model.replace('  priority: Priority', '  /** How urgent the incident is. */\n  priority: Priority'), 'req.req': 'requirement R1 functional "The system shall log." {\n  traces Incident.priority\n}' });
        const document = ws.documentOf('req.req');
        const hover = await ws.Tracewright.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 20 } });
        const value = (hover?.contents as { value: string }).value;
        expect(value).toContain('**attribute** `Incident.priority`: `Priority`');
        expect(value).toContain('How urgent the incident is.');
    });
});

describe('symbols', () => {
    test('the outline nests attributes under entities, with kinds', async () => {
        const ws = await buildWorkspace({ 'model.req': model });
        const document = ws.documentOf('model.req');
        const symbols = await ws.Tracewright.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const outline = symbols.map(s => `${s.kind} ${s.name}${s.children?.length ? ' [' + s.children.map(c => `${c.kind} ${c.name}`).join(', ') + ']' : ''}`);
        expect(outline).toEqual([
            '10 Priority [22 P1, 22 P2]',
            '5 Incident [8 id, 8 priority, 8 openedAt]',
            '5 Service [8 id]',
            '11 Affects'
        ]);
    });

    test('workspace symbols find attributes by their qualified name', async () => {
        const ws = await buildWorkspace({ 'model.req': model });
        const symbols = await ws.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Incident.pri' });
        expect(symbols.map(s => s.name)).toContain('Incident.priority');
    });
});
