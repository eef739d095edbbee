// Hover and the outline (document symbols) through VS Code's providers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openReq, positionOf } from '../helpers.js';

describe('hover and symbols (service-desk)', () => {
    it('hovering a traced entity shows its doc comment from another file', async () => {
        const document = await openReq('functional-requirements.req');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri,
            positionOf(document, 'traces Incident.', 'traces '.length + 2));
        const text = hoverText(hovers);
        assert.match(text, /Incident/);
        assert.match(text, /An unplanned interruption to a service, or a fall in its quality\./);
    });

    it('lists the declarations of a file in the outline', async () => {
        const document = await openReq('incidents-and-problems.req');
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        assert.deepEqual(symbols.map(s => s.name),
            ['Priority', 'IncidentState', 'Incident', 'Problem', 'CausedBy', 'ReportedBy', 'AssignedTo', 'Affects']);
        const incident = symbols.find(s => s.name === 'Incident')!;
        assert.deepEqual(incident.children.map(c => c.name),
            ['id', 'reference', 'priority', 'state', 'summary', 'openedAt', 'resolvedAt', 'resolution']);
    });
});
