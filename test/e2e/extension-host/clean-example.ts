// A test both examples share: every file opens with the tracewright language, the server answers
// for each, and the workspace shows no errors (the examples are meant to be clean). "No errors" is
// only meaningful once the server has validated, so the test first makes it report an error and
// take it back: the empty list read afterwards comes from a real round of validation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReq, relative, reqFiles, waitForDiagnostics, workspaceErrors } from './helpers.js';

const probe = '\nentity E2eProbe { id: NoSuchType pk }\n';

export function describeCleanExample(name: string, minimumFiles: number): void {
    describe(`the ${name} example`, () => {
        it('opens every file with the language server answering and shows no errors', async () => {
            const files = await reqFiles();
            assert.ok(files.length >= minimumFiles, `expected at least ${minimumFiles} .req files, found ${files.join(', ')}`);
            let last: vscode.TextDocument | undefined;
            for (const file of files) last = await openReq(file);
            const document = last!;
            const file = relative(document.uri);

            const end = document.positionAt(document.getText().length);
            const insert = new vscode.WorkspaceEdit();
            insert.insert(document.uri, end, probe);
            assert.ok(await vscode.workspace.applyEdit(insert));
            await waitForDiagnostics(file, 'the probe error', ds => ds.some(d => d.message.includes('NoSuchType')));

            const remove = new vscode.WorkspaceEdit();
            remove.delete(document.uri, new vscode.Range(end, document.positionAt(document.getText().length)));
            assert.ok(await vscode.workspace.applyEdit(remove));
            await waitForDiagnostics(file, 'the probe error to go away', ds => !ds.some(d => d.message.includes('NoSuchType')));

            assert.deepEqual(workspaceErrors(), []);
        });
    });
}
