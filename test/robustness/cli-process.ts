import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repositoryRoot } from './corpus.js';

/** The CLI as users run it: bin/tracewright.cjs on the bundled dist/cli.cjs (`npm run build` first). */
export const cliEntry = path.join(repositoryRoot, 'bin/tracewright.cjs');

export interface CliRun {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the CLI to completion; `asUser` runs it as another (non-root) user through setpriv. */
export function runCli(args: string[], options: { cwd?: string, asUser?: string } = {}): CliRun {
    const command = options.asUser ? 'setpriv' : process.execPath;
    const prefix = options.asUser ? [`--reuid=${options.asUser}`, `--regid=${options.asUser === 'nobody' ? 'nogroup' : options.asUser}`, '--clear-groups', process.execPath] : [];
    const result = spawnSync(command, [...prefix, cliEntry, ...args], { cwd: options.cwd ?? repositoryRoot, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI and SIGKILLs it after `delayMs`; resolves when it is gone. */
export function runAndKill(args: string[], cwd: string, delayMs: number): Promise<{ killed: boolean, code: number | null }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [cliEntry, ...args], { cwd, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            resolve({ killed: signal === 'SIGKILL', code });
        });
    });
}

/** A fresh folder under the OS temp dir, world-readable so another user can be pointed at it. */
export function scratchFolder(name: string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `tracewright-${name}-`));
    fs.chmodSync(folder, 0o755);
    return folder;
}

/** Lines of stderr that look like a stack trace: a user mistake must never print one. */
export function stackLines(stderr: string): string[] {
    return stderr.split('\n').filter(line => /^\s+at\s|internal error|TypeError|ReferenceError/.test(line));
}
