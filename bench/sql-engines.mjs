// Measures the SQL engines: PGlite cold start and script time, sql.js start and script time, MariaDB
// start (install + boot) and script time. Reads the scripts `npm start` writes to out/sql/.
// Run: node bench/sql-engines.mjs  (after `npm start`, or `tracewright sql ... -o out/sql/...`)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const script = dialect => fs.readFileSync(`out/sql/service-desk.${dialect}.sql`, 'utf8');
const ms = start => `${Math.round(performance.now() - start)} ms`;
const results = {};

let t = performance.now();
const { PGlite } = await import('@electric-sql/pglite');
const pg = await PGlite.create();
results['PGlite cold start'] = ms(t);
for (let i = 1; i <= 3; i++) {
    t = performance.now();
    await pg.exec(`CREATE SCHEMA run${i}; SET search_path TO run${i};` + script('postgres'));
    results[`PGlite service-desk script, run ${i}`] = ms(t);
}
await pg.close();

t = performance.now();
const initSqlJs = (await import('sql.js')).default;
const SQL = await initSqlJs();
results['sql.js start'] = ms(t);
t = performance.now();
const db = new SQL.Database();
db.exec(script('sqlite'));
results['sql.js service-desk script'] = ms(t);
db.close();

const which = name => { try { return execFileSync('sh', ['-c', `command -v ${name} || ls /usr/sbin/${name}`], { encoding: 'utf8' }).trim(); } catch { return undefined; } };
if (which('mariadbd')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-bench-mariadb-'));
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    t = performance.now();
    execFileSync(which('mariadb-install-db'), ['--no-defaults', `--datadir=${dir}/data`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { stdio: 'ignore' });
    results['MariaDB install-db'] = ms(t);
    const { spawn } = await import('node:child_process');
    t = performance.now();
    const server = spawn(which('mariadbd'), ['--no-defaults', `--datadir=${dir}/data`, `--socket=${dir}/s.sock`, '--skip-networking', `--pid-file=${dir}/p.pid`, `--log-error=${dir}/e.log`, '--innodb-buffer-pool-size=32M', ...user], { stdio: 'ignore' });
    const client = (args, input) => execFileSync(which('mariadb'), ['--no-defaults', `--socket=${dir}/s.sock`, '--user=root', ...args], { input, stdio: ['pipe', 'ignore', 'ignore'] });
    for (;;) { try { client(['-e', 'SELECT 1']); break; } catch { await new Promise(r => setTimeout(r, 100)); } }
    results['MariaDB boot until it accepts connections'] = ms(t);
    client(['-e', 'CREATE DATABASE b CHARACTER SET utf8mb4']);
    t = performance.now();
    client(['--database=b'], script('mysql'));
    results['MariaDB service-desk script (incl. client start)'] = ms(t);
    server.kill('SIGTERM');
    await new Promise(r => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
} else {
    results['MariaDB'] = 'not installed';
}
console.table(results);
