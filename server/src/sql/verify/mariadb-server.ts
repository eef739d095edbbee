import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { findProgram, runProcess } from './run-process.js';

interface Programs {
    server: string;
    installDb: string;
    client: string;
}

/** The MariaDB programs, or why they cannot be used (shown when MySQL checks are skipped). */
export function findMariaDb(): Programs | { missing: string } {
    const server = findProgram('mariadbd') ?? findProgram('mysqld');
    const installDb = findProgram('mariadb-install-db') ?? findProgram('mysql_install_db');
    const client = findProgram('mariadb') ?? findProgram('mysql');
    if (server && installDb && client) return { server, installDb, client };
    return { missing: 'MariaDB is not installed (no mariadbd, mariadb-install-db and mariadb on PATH or in /usr/sbin); install it with `apt-get install mariadb-server`' };
}

/**
 * A throwaway MariaDB server: a fresh data folder under the system temp folder, listening only on a
 * unix socket (no TCP port to collide with), driven through the `mariadb` client program so no native
 * Node add-on is needed. `stop()` shuts it down and deletes the folder.
 */
export class MariaDbServer {
    private constructor(private readonly programs: Programs, private readonly folder: string, private readonly process: ChildProcess) {}

    private get socket(): string {
        return path.join(this.folder, 'mysqld.sock');
    }

    static async start(): Promise<MariaDbServer> {
        const programs = findMariaDb();
        if ('missing' in programs) throw new Error(programs.missing);
        const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tracewright-mariadb-'));
        const dataDir = path.join(folder, 'data');
        // mariadbd refuses to run as root unless told to; as another user it runs as that user.
        const user = process.getuid?.() === 0 ? ['--user=root'] : [];
        const install = await runProcess(programs.installDb, ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user]);
        if (install.code !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr || install.stdout}`);
        const child = spawn(programs.server, [
            '--no-defaults', `--datadir=${dataDir}`, `--socket=${path.join(folder, 'mysqld.sock')}`, '--skip-networking',
            `--pid-file=${path.join(folder, 'mysqld.pid')}`, `--log-error=${path.join(folder, 'error.log')}`,
            '--innodb-buffer-pool-size=32M', '--character-set-server=utf8mb4', ...user
        ], { stdio: 'ignore' });
        const server = new MariaDbServer(programs, folder, child);
        await server.waitUntilReady(child);
        return server;
    }

    private async waitUntilReady(child: ChildProcess): Promise<void> {
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            if (child.exitCode !== null) {
                const log = await fs.readFile(path.join(this.folder, 'error.log'), 'utf8').catch(() => '');
                throw new Error(`mariadbd stopped while starting:\n${log.split('\n').slice(-10).join('\n')}`);
            }
            const ping = await this.client(['-e', 'SELECT 1']).catch(() => undefined);
            if (ping?.code === 0) return;
            await new Promise(resolve => setTimeout(resolve, 200));
        }
        throw new Error('mariadbd did not accept connections within 60 s');
    }

    private client(args: string[], input = '') {
        return runProcess(this.programs.client, ['--no-defaults', `--socket=${this.socket}`, '--user=root', '--batch', '--raw', '--skip-column-names', '--default-character-set=utf8mb4', ...args], input);
    }

    /** Runs a script in `database`; on failure returns the client's message, which names the script line. */
    async runScript(database: string | undefined, script: string): Promise<{ error?: string }> {
        const result = await this.client(database ? [`--database=${database}`] : [], script);
        return result.code === 0 ? {} : { error: result.stderr.trim() || `mariadb exited with ${result.code}` };
    }

    /** Rows of a query as arrays of strings (`NULL` for SQL NULL). */
    async query(sql: string): Promise<string[][]> {
        const result = await this.client(['-e', sql]);
        if (result.code !== 0) throw new Error(result.stderr.trim());
        return result.stdout.split('\n').filter(line => line.length > 0).map(line => line.split('\t'));
    }

    async stop(): Promise<void> {
        if (this.process.exitCode === null) {
            const exited = new Promise(resolve => this.process.once('exit', resolve));
            this.process.kill('SIGTERM');
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 15_000))]);
        }
        await fs.rm(this.folder, { recursive: true, force: true });
    }
}
