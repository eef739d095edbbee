import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';


describe('tracewright check', () => {
    test('a clean example: summary line only, exit 0', async () => {
        const { code, output } = await cli('check', 'examples/library');
        expect(output).toBe('3 files: 2 goals, 4 stories, 4 requirements, 5 entities, 4 relationships, 32 traces; 0 errors, 0 warnings');
        expect(code).toBe(0);
    });

    test('one of a kind is counted in the singular', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-check-'));
        fs.writeFileSync(path.join(folder, 'one.req'), 'entity Book "A book" {\n    id: int pk auto\n}\n');
        const { output } = await cli('check', folder);
        expect(output.split('\n').pop()).toMatch(/^1 file: 0 goals, 0 stories, 0 requirements, 1 entity, 0 relationships, 0 traces; 0 errors, 1 warning$/);
    });

    test('the broken fixture: file:line:col severity message [rule], exit 1', async () => {
        const { code, output } = await cli('check', 'test/fixtures/broken');
        const errors = output.split('\n').filter(line => line.includes(' error '));
        expect(errors).toEqual([
            "test/fixtures/broken/model.req:1:8 error 'Ticket' is declared 2 times in the workspace (also at model.req:8). Names are global: rename one of them. [duplicate-name]",
            "test/fixtures/broken/model.req:2:14 error A primary key cannot be optional: every row needs a value for 'id'. Remove 'optional' or 'pk'. [invalid-modifier]",
            'test/fixtures/broken/model.req:3:14 error A text length must be at least 1; text(0) holds nothing. Write text(n) with n >= 1, or plain text for unlimited. [invalid-type]',
            'test/fixtures/broken/model.req:4:21 error Scale 5 is larger than precision 2: in decimal(p,s) the digits after the point (s) are part of all digits (p), so s <= p. Did you mean decimal(5,2)? [invalid-type]',
            "test/fixtures/broken/model.req:5:10 error Unknown type 'Stat'. Use int, bigint, decimal(p,s), text, text(n), bool, date, time, datetime or uuid, or declare `enum Stat { ... }`. [unresolved-reference]",
            "test/fixtures/broken/model.req:8:8 error 'Ticket' is declared 2 times in the workspace (also at model.req:1). Names are global: rename one of them. [duplicate-name]",
            "test/fixtures/broken/requirements.req:2:17 error 'Ticket' has no attribute 'cod'. Did you mean 'code'? Add `cod: <type>` to Ticket, or fix the spelling. [unresolved-reference]",
            "test/fixtures/broken/requirements.req:2:22 error Unknown entity or relationship 'Missing'. Declare the entity or relationship somewhere in the workspace, or fix the spelling. [unresolved-reference]"
        ]);
        expect(output.split('\n').pop()).toMatch(/^2 files: 0 goals, 0 stories, 1 requirement, 2 entities, 0 relationships, 2 traces; 8 errors, \d+ warnings$/);
        expect(code).toBe(1);
    });

    test('--format json gives diagnostics and summary for tools', async () => {
        const { output } = await cli('check', 'test/fixtures/broken', '--format', 'json');
        const result = JSON.parse(output);
        expect(result.summary).toMatchObject({ files: 2, requirements: 1, entities: 2, errors: 8 });
        expect(result.diagnostics[0]).toEqual({
            file: 'test/fixtures/broken/model.req', line: 1, column: 8, severity: 'error', rule: 'duplicate-name',
            message: "'Ticket' is declared 2 times in the workspace (also at model.req:8). Names are global: rename one of them."
        });
    });

    test('bad paths, non-.req files and folders without .req files get one clear line each', async () => {
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-empty-'));
        await expect(cli('check', 'no/such/place')).rejects.toThrow(`no/such/place: no such file or folder. Check the path (it is resolved from ${process.cwd()}).`);
        await expect(cli('check', 'package.json')).rejects.toThrow('package.json: not a Tracewright file. Give .req files or folders that contain them.');
        await expect(cli('check', empty)).rejects.toThrow(`${empty}: no .req files in this folder or below it.`);
        await expect(cli('check', '--format', 'xml', 'examples/library')).rejects.toThrow("--format must be one of text, json, not 'xml'.");
        await expect(cli('frobnicate')).rejects.toThrow("Unknown command 'frobnicate'.");
    });
});

describe('the tracewright bin', () => {
    const run = promisify(execFile);
    test('exit codes: 0 clean, 1 errors in the model, 2 usage errors; no stack traces', async () => {
        const bin = path.resolve('bin/tracewright.cjs');
        await expect(run(process.execPath, [bin, 'check', 'examples/library'])).resolves.toMatchObject({ stdout: expect.stringContaining('0 errors') });
        await expect(run(process.execPath, [bin, 'check', 'test/fixtures/broken'])).rejects.toMatchObject({ code: 1 });
        const usage = await run(process.execPath, [bin, 'check', 'missing.req']).catch(error => error);
        expect(usage.code).toBe(2);
        expect(usage.stderr).toBe(`tracewright: missing.req: no such file or folder. Check the path (it is resolved from ${process.cwd()}).\n`);
    });
});
