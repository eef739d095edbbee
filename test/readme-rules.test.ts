import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from '../server/src/cli/main.js';

test("the README's rules table is the catalogue's (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const lines: string[] = [];
    await runCli(['check', '--rules', '--format', 'md'], text => lines.push(text));
    const table = lines.join('\n').trim();
    const readme = fs.readFileSync('README.md', 'utf8');
    const current = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync('README.md', readme.replace(current ?? '', table));
    expect(current).toBe(table);
});
