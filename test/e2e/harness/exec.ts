// Runs external programs without a shell (no quoting bugs) and without stdin (CI has none).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

export interface ExecOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Output goes to this file instead of the console; the tail is printed on failure. */
    logFile?: string;
}

export class ExecError extends Error {}

/** Runs `command args`, resolves with its stdout, rejects with a readable message on a non-zero exit. */
export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<string> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
        const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
        let stdout = '';
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; output += chunk; log?.write(chunk); });
        child.stderr.on('data', (chunk: Buffer) => { output += chunk; log?.write(chunk); });
        child.on('error', error => reject(new ExecError(`cannot start ${command}: ${error.message}`)));
        child.on('close', code => {
            log?.end();
            if (code === 0) return resolve(stdout);
            const tail = output.trim().split('\n').slice(-30).join('\n');
            reject(new ExecError(`${command} ${args.join(' ')} exited with ${code}${options.logFile ? ` (full log: ${options.logFile})` : ''}\n${tail}`));
        });
    });
}

/** True when `command` is found on PATH. */
export async function onPath(command: string): Promise<string | undefined> {
    try {
        return (await exec('sh', ['-c', `command -v ${command}`])).trim() || undefined;
    } catch {
        return undefined;
    }
}
