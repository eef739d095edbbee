// Traceability in the editor: a coverage warning appears in one file after an edit in another (and
// goes away when the edit is undone), code lenses count trace links and open them, hover shows the
// trace summary, and the call hierarchy walks from a goal down to the stories that realise it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openReq, positionAfter, positionOf, replaceText, waitFor, waitForDiagnostics } from '../helpers.js';

const goalsFile = 'stakeholders-and-goals.req';
const storiesFile = 'stories.req';
const isUnrealisedG2 = (d: vscode.Diagnostic) => d.code === 'unrealized-goal' && d.message.includes("goal 'G2'");

/** The code lenses of a document once the server has sent them with their titles. */
async function lensTitlesAtLine(document: vscode.TextDocument, line: number, expected: string): Promise<vscode.CodeLens[]> {
    return waitFor(`a code lens '${expected}' on line ${line + 1}`, async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
        const here = (lenses ?? []).filter(lens => lens.range.start.line === line);
        return here.some(lens => lens.command?.title === expected) ? here : undefined;
    });
}

describe('traceability (service-desk)', () => {
    it('shows a coverage warning in file A after an edit in file B, and clears it when undone', async () => {
        const goals = await openReq(goalsFile);
        const stories = await openReq(storiesFile);
        await waitForDiagnostics(goalsFile, 'no unrealised goal at first', ds => !ds.some(isUnrealisedG2));

        // US5 is the only story that realises G2: point it elsewhere, in stories.req only.
        await replaceText(stories, 'realizes G2', 'realizes G1');
        const shown = await waitForDiagnostics(goalsFile, 'the unrealized-goal warning on G2', ds => ds.some(isUnrealisedG2));
        const warning = shown.find(isUnrealisedG2)!;
        assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(warning.range.start, positionOf(goals, 'goal G2', 'goal '.length));

        await replaceText(stories, 'realizes G1\n  priority should\n  uses Problem(create)', 'realizes G2\n  priority should\n  uses Problem(create)');
        await waitForDiagnostics(goalsFile, 'the warning to go away', ds => !ds.some(isUnrealisedG2));
    });

    it('puts trace counts above goals and opens the links they count', async () => {
        const goals = await openReq(goalsFile);
        const line = positionOf(goals, 'goal G2').line;
        const lenses = await lensTitlesAtLine(goals, line, 'realised by 1');
        const lens = lenses.find(l => l.command?.title === 'realised by 1')!;
        assert.equal(lens.command!.command, 'tracewright.showReferences');
        // The client command turns the JSON arguments into VS Code types for the references peek.
        await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));

        const stories = await openReq(storiesFile);
        await lensTitlesAtLine(stories, positionOf(stories, 'story US1').line, 'detailed by 2');
    });

    it('hovering a traced attribute shows who justifies it and the goal above', async () => {
        const requirements = await openReq('functional-requirements.req');
        const text = await waitFor('a hover with the trace summary', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', requirements.uri,
                positionAfter(requirements, 'traces Incident.'));
            const shown = hoverText(hovers ?? []);
            return shown.includes('Traces:') ? shown : undefined;
        });
        assert.match(text, /justified by R1 \(must\), US1 \(must\); goal G1/);
    });

    it('walks the trace hierarchy from a goal to the stories that realise it', async () => {
        const goals = await openReq(goalsFile);
        const items = await vscode.commands.executeCommand<vscode.CallHierarchyItem[]>('vscode.prepareCallHierarchy', goals.uri,
            positionOf(goals, 'goal G2', 'goal '.length));
        assert.equal(items?.[0]?.name, 'G2');
        const incoming = await vscode.commands.executeCommand<vscode.CallHierarchyIncomingCall[]>('vscode.provideIncomingCalls', items[0]);
        assert.deepEqual(incoming.map(call => call.from.name), ['US5']);
    });
});
