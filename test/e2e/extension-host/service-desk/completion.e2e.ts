// Completion in a real editor: after `traces Incident.` VS Code offers Incident's attributes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReq, positionAfter } from '../helpers.js';

const incidentAttributes = ['id', 'reference', 'priority', 'state', 'summary', 'openedAt', 'resolvedAt', 'resolution'];

describe('completion (service-desk)', () => {
    it('offers the attributes of Incident after `traces Incident.`', async () => {
        const document = await openReq('functional-requirements.req');
        const position = positionAfter(document, 'traces Incident.');
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const attribute of incidentAttributes) assert.ok(labels.includes(attribute), `'${attribute}' missing from completion: ${labels.join(', ')}`);
        // Attributes of other entities do not belong here (Problem has `title`, ServiceLevel `targetHours`).
        assert.ok(!labels.includes('title') && !labels.includes('targetHours'), `foreign attributes offered: ${labels.join(', ')}`);
    });
});
