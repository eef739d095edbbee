import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { buildWorkspace, describeDiagnostics } from './helpers/workspace.js';

test('the language screen in the README parses and links without errors', async () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const block = /## The language on one screen\s+```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeTruthy();
    const ws = await buildWorkspace({ 'readme.req': block! });
    expect(describeDiagnostics(ws.diagnostics('readme.req').filter(d => d.severity === 1))).toEqual([]);
});
