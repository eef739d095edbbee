import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RuleSettings } from '../../server/src/language/rules/rule-settings.js';
import { runCli, scratchFolder, stackLines } from './cli-process.js';
import { cases, fuzzSeed } from './fuzz-budget.js';

// Every user mistake in paths, options and settings gives one clear message (where, and what to do)
// and a non-zero exit code; never a stack trace.

let folder: string;
const good = 'entity Book { id: int pk auto  title: text(200) }\n';

beforeAll(() => {
    folder = scratchFolder('paths');
    fs.mkdirSync(path.join(folder, 'empty'));
    fs.mkdirSync(path.join(folder, 'only-text'));
    fs.writeFileSync(path.join(folder, 'only-text', 'notes.txt'), 'not a model');
    fs.writeFileSync(path.join(folder, 'good.req'), good);
    fs.writeFileSync(path.join(folder, 'secret.req'), good);
    fs.chmodSync(path.join(folder, 'good.req'), 0o644);
    fs.chmodSync(path.join(folder, 'secret.req'), 0o000);
    fs.mkdirSync(path.join(folder, 'locked'));
    fs.writeFileSync(path.join(folder, 'locked', 'inside.req'), good);
    fs.chmodSync(path.join(folder, 'locked'), 0o000);
});
afterAll(() => {
    if (!folder) return;
    fs.chmodSync(path.join(folder, 'locked'), 0o755);
    fs.rmSync(folder, { recursive: true, force: true });
});

/** One line on stderr that matches `message`, the expected exit code, nothing that looks like a crash. */
function expectOneClearLine(args: string[], message: RegExp, options: { asUser?: string, code?: number } = {}): void {
    const run = runCli(args.map(a => a.replace('$DIR', folder)), { cwd: folder, ...(options.asUser ? { asUser: options.asUser } : {}) });
    expect(stackLines(run.stderr), run.stderr).toEqual([]);
    expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(options.code ?? 2);
}

describe('bad paths and options on the command line', { timeout: 120_000 }, () => {
    test.each([
        ['a missing file', ['check', 'missing.req'], /missing\.req: no such file or folder\. Check the path/],
        ['a missing folder', ['sql', 'nowhere/'], /nowhere\/: no such file or folder/],
        ['a folder without .req files', ['check', 'only-text'], /only-text: no \.req files in this folder/],
        ['an empty folder', ['trace', 'empty'], /empty: no \.req files/],
        ['a file that is not a model', ['check', 'only-text/notes.txt'], /notes\.txt: not a Tracewright file/],
        ['an unknown dialect', ['sql', 'good.req', '--dialect', 'oracle'], /--dialect must be one of postgres, sqlite, mysql, not 'oracle'/],
        ['an unknown naming', ['sql', 'good.req', '--naming', 'CAPS'], /--naming must be one of/],
        ['an unknown format', ['trace', 'good.req', '--format', 'pdf'], /--format must be one of/],
        ['an unknown option', ['check', 'good.req', '--bogus'], /bogus/],
        ['an unknown command', ['compile', 'good.req'], /Unknown command 'compile'/],
        ['an output folder that does not exist', ['sql', 'good.req', '-o', 'no/such/dir/out.sql'], /out\.sql: cannot be written \(ENOENT\)\. Check that the folder exists/]
    ])('%s', (_name, args, message) => {
        if (args[0] === 'compile') {
            // The usage text follows the one-line message; the first line says what is wrong.
            const run = runCli(args, { cwd: folder });
            expect(stackLines(run.stderr)).toEqual([]);
            expect(run.stderr.split('\n')[0]).toMatch(message);
            expect(run.code).toBe(2);
            return;
        }
        expectOneClearLine(args, message);
    });

    // Root reads everything, so unreadable files are tried as the unprivileged user `nobody`.
    const canDropPrivileges = process.getuid?.() === 0 && runCli(['--help'], { asUser: 'nobody' }).code === 0;
    test.skipIf(!canDropPrivileges)('an unreadable file (chmod 000, run as nobody)', () => {
        expectOneClearLine(['check', '$DIR/secret.req'], /secret\.req: cannot be read \(EACCES\)\. Check its permissions\./, { asUser: 'nobody' });
    });
    test.skipIf(!canDropPrivileges)('an unreadable folder (chmod 000, run as nobody)', () => {
        expectOneClearLine(['check', '$DIR/locked'], /locked.*(cannot be (read|listed)) \(EACCES\)\. Check its permissions\./, { asUser: 'nobody' });
    });
    if (!canDropPrivileges) console.warn('Unreadable-file cases skipped: not root, or setpriv cannot switch to nobody here.');
});

describe('invalid setting values are reported, never thrown', () => {
    test('known bad values each give one problem that names the setting', () => {
        const settings = new RuleSettings();
        expect(settings.update({ rules: { 'no-such-rule': 'error', 'duplicate-name': 'loud' }, coverage: { enabled: 'yes', exemptions: 'Book' } }))
            .toEqual([
                "tracewright.rules: unknown rule 'no-such-rule' (run `tracewright check --rules` for the list)",
                "tracewright.rules.duplicate-name: 'loud' is not one of error, warning, info, hint, off"
            ]);
        // The valid parts still apply; the invalid ones fall back to the defaults.
        expect(settings.severityOf('duplicate-name')).toBe('error');
    });

    test(`${cases(300, 10_000)} random setting values (seed ${fuzzSeed})`, () => {
        const settings = new RuleSettings();
        const settingsLike = fc.record({
            rules: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
            coverage: fc.oneof(fc.anything(), fc.record({ enabled: fc.anything(), exemptions: fc.anything(), exemptKeys: fc.anything() })),
            quality: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything()))
        }, { requiredKeys: [] });
        fc.assert(fc.property(fc.oneof(fc.anything(), settingsLike), raw => {
            const problems = settings.update(raw);
            expect(Array.isArray(problems) && problems.every(p => typeof p === 'string' && p.startsWith('tracewright.'))).toBe(true);
            expect(['error', 'warning', 'info', 'hint', 'off']).toContain(settings.severityOf('duplicate-name'));
        }), { seed: fuzzSeed, numRuns: cases(300, 10_000) });
    });
});
