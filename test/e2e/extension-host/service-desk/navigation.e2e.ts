// Go to definition and rename across files, through VS Code's own commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReq, positionOf, relative } from '../helpers.js';

/** Where the identifier `name` occurs as a reference or declaration: outside strings and comments. */
async function identifierOccurrences(name: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const uri of await vscode.workspace.findFiles('**/*.req')) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const code = text.replace(/"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
        const count = code.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
        if (count > 0) counts.set(relative(uri), count);
    }
    return counts;
}

describe('navigation (service-desk)', () => {
    it('goes from a trace in one file to the entity in another', async () => {
        const document = await openReq('functional-requirements.req');
        const position = positionOf(document, 'traces Incident.', 'traces '.length + 2);
        const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
        assert.equal(targets.length, 1, `expected one definition, got ${targets.length}`);
        const target = targets[0];
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
        assert.equal(relative(uri), 'incidents-and-problems.req');
        const declaration = await vscode.workspace.openTextDocument(uri);
        assert.equal(declaration.lineAt(range.start.line).text.trim().startsWith('entity Incident'), true,
            `definition lands on line ${range.start.line + 1}: '${declaration.lineAt(range.start.line).text}'`);
    });

    it('renames an entity in every file that mentions it', async () => {
        const document = await openReq('incidents-and-problems.req');
        const position = positionOf(document, 'entity Incident', 'entity '.length + 1);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'Disruption');
        const expected = await identifierOccurrences('Incident');
        assert.ok(expected.size >= 2, 'the example should mention Incident in several files');
        const actual = new Map<string, number>();
        for (const [uri, edits] of edit.entries()) {
            const target = await vscode.workspace.openTextDocument(uri);
            for (const e of edits) {
                assert.equal(e.newText, 'Disruption');
                assert.equal(target.getText(e.range), 'Incident', `${relative(uri)}:${e.range.start.line + 1} replaces '${target.getText(e.range)}'`);
            }
            actual.set(relative(uri), edits.length);
        }
        assert.deepEqual(new Map([...actual].sort()), new Map([...expected].sort()));
    });
});
