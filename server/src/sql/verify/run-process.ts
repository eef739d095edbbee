import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ProcessResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs a program with `input` on stdin and collects its output; never throws for a non-zero exit. */
export function runProcess(command: string, args: readonly string[], input = ''): Promise<ProcessResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => stdout += chunk);
        child.stderr.setEncoding('utf8').on('data', chunk => stderr += chunk);
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
        // A program that exits before reading its input (a client that cannot connect yet) closes the
        // pipe: that EPIPE is not an error of ours, the exit code and stderr tell what happened.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}

/** The full path of a program on PATH or in the sbin folders (where Debian puts server binaries). */
export function findProgram(name: string): string | undefined {
    const folders = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
    for (const folder of folders) {
        if (!folder) continue;
        const candidate = path.join(folder, name);
        try {
            fs.accessSync(candidate, fs.constants.X_OK);
            return candidate;
        } catch {
            // not here; try the next folder
        }
    }
    return undefined;
}
