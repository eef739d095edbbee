// The `run()` entry of @vscode/test-electron's extensionTestsPath contract, used unchanged by
// code-server (scripts/e2e harness) and by `npm run test:electron` (a downloaded VS Code).
// scripts/e2e/run.mjs bundles this file into every group folder out/e2e/extension-host/<group>/,
// next to that group's bundled *.e2e.cjs files, which it loads with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { resultLine } from './result-line.js';

/** Prints one structured line per test (and per failing hook) plus readable ✓/✗ lines. */
class ResultLineReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
        super(runner, options);
        runner.on('pass', test => console.log(resultLine({ title: test.fullTitle(), passed: true })));
        runner.on('fail', (test, error: Error) => {
            console.log(resultLine({ title: test.fullTitle(), passed: false, error: error.message }));
        });
        runner.once('end', () => console.log(`extension-host: ${this.stats.passes} passed, ${this.stats.failures} failed`));
    }
}

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: ResultLineReporter });
    const files = fs.readdirSync(__dirname).filter(file => file.endsWith('.e2e.cjs')).sort();
    if (files.length === 0) throw new Error(`no *.e2e.cjs test files next to ${__filename}`);
    for (const file of files) mocha.addFile(path.join(__dirname, file));
    const failures = await new Promise<number>(resolve => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
