// Format Document, through VS Code's formatting provider, turns each messy fixture into its golden
// file (`x.req` → `x.formatted.req`, the same pairs the formatter's unit tests use).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openReq, workspaceUri } from '../helpers.js';

describe('formatting', () => {
    it('formats every fixture to its golden file', async () => {
        const goldens = await vscode.workspace.findFiles('**/*.formatted.req');
        assert.ok(goldens.length > 0, 'no *.formatted.req golden files in the format workspace');
        for (const golden of goldens) {
            const name = vscode.workspace.asRelativePath(golden, false).replace(/\.formatted\.req$/, '.req');
            const document = await openReq(name);
            const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider',
                document.uri, { tabSize: 2, insertSpaces: true });
            assert.ok(edits && edits.length > 0, `${name}: the formatter proposed no edits`);
            const edit = new vscode.WorkspaceEdit();
            edit.set(document.uri, edits);
            assert.ok(await vscode.workspace.applyEdit(edit), `${name}: VS Code refused the edits`);
            const expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(vscode.workspace.asRelativePath(golden, false))));
            assert.equal(document.getText(), expected, `${name} formatted differs from its golden file`);
        }
    });
});
