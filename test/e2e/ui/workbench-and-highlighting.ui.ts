// The workbench opens the service-desk example and a .req file is coloured by the TextMate grammar:
// the "Inspect Editor Tokens and Scopes" widget names the grammar's scopes for a keyword.
import * as assert from 'node:assert/strict';
import { grammarScopeName } from './extension-manifest.js';
import type { UiTest } from './ui-test.js';

export const highlighting: UiTest = {
    name: 'highlighting',
    workspace: 'service-desk',
    async run(workbench) {
        const explorer = await workbench.page.locator('.explorer-folders-view').innerText();
        for (const file of ['incidents-and-problems.req', 'stories.req']) assert.ok(explorer.includes(file), `explorer does not list ${file}`);
        await workbench.screenshot('workbench-with-service-desk');

        await workbench.openFile('incidents-and-problems.req', 'entity Incident');
        await workbench.goToLine(5, 2);  // line 5 is `entity Incident "A disruption to a service" {`
        await workbench.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const widget = workbench.page.locator('.token-inspect-widget');
        await widget.waitFor({ timeout: 20_000 });
        // The widget says "Loading..." until the tokenizer answered.
        await workbench.page.waitForFunction(() => /textmate scopes/i.test(document.querySelector('.token-inspect-widget')?.textContent ?? ''), undefined, { timeout: 20_000 })
            .catch(() => undefined);
        const text = await widget.innerText();
        await workbench.screenshot('token-scopes-of-entity-keyword');
        const scope = grammarScopeName();
        assert.ok(scope, 'package.json contributes no grammar for the tracewright language');
        assert.ok(text.includes(scope), `the inspect widget does not mention ${scope}:\n${text}`);
        assert.match(text, /keyword[.\w-]*\.tracewright/, `no keyword scope for 'entity':\n${text}`);
        assert.match(text, /language\s*tracewright/, `the editor's language is not tracewright:\n${text}`);
    }
};
