import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { dataModelRules } from '../../server/src/language/rules/data-model-rules.js';
import { wordingRules } from '../../server/src/language/rules/wording-rules.js';
import { buildWorkspace } from '../helpers/workspace.js';

/**
 * One bad and one good fixture per quality rule: test/fixtures/quality/<rule-id>.bad.req and .good.req.
 * A bad fixture lists the diagnostics it must produce for its rule as `// expect: L:C-L:C message`
 * comments (1-based lines and columns, end exclusive), so adding a case means editing one file.
 */
const folder = path.resolve('test/fixtures/quality');
const ruleIds = [...wordingRules, ...dataModelRules].map(rule => rule.id);

function range(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;
}

async function diagnosticsOf(file: string): Promise<Diagnostic[]> {
    const ws = await buildWorkspace({ [file]: fs.readFileSync(path.join(folder, file), 'utf8') });
    const diagnostics = ws.diagnostics(file);
    // A fixture must be valid Tracewright, or it would test the parser instead of the rule.
    expect(diagnostics.filter(d => d.severity === 1).map(d => `${range(d)} ${d.message}`)).toEqual([]);
    return diagnostics;
}

describe('quality rule fixtures', () => {
    test('every wording and data-model rule has a bad and a good fixture', () => {
        const missing = ruleIds.flatMap(id => ['bad', 'good'].map(kind => `${id}.${kind}.req`)).filter(f => !fs.existsSync(path.join(folder, f)));
        expect(missing).toEqual([]);
    });

    test.each(ruleIds)('%s: the bad fixture reports exactly the expected messages and ranges', async id => {
        const file = `${id}.bad.req`;
        const expected = fs.readFileSync(path.join(folder, file), 'utf8').split('\n')
            .map(line => /^\/\/ expect: (.*)$/.exec(line)?.[1]).filter((e): e is string => e !== undefined);
        expect(expected.length).toBeGreaterThan(0);
        const found = (await diagnosticsOf(file)).filter(d => d.code === id).map(d => `${range(d)} ${d.message}`);
        expect(found).toEqual(expected);
    });

    test.each(ruleIds)('%s: the good fixture does not trigger the rule', async id => {
        const found = (await diagnosticsOf(`${id}.good.req`)).filter(d => d.code === id).map(d => `${range(d)} ${d.message}`);
        expect(found).toEqual([]);
    });
});
