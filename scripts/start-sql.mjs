// Part of `npm start`: writes the service-desk example's SQL for every dialect into out/sql/ and
// verifies the PostgreSQL and SQLite scripts on the embedded engines, through the bundled CLI.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

fs.mkdirSync('out/sql', { recursive: true });
const verified = new Set(['postgres', 'sqlite']);
for (const dialect of ['postgres', 'sqlite', 'mysql']) {
    const args = ['bin/tracewright.cjs', 'sql', 'examples/service-desk', '--dialect', dialect, '-o', `out/sql/service-desk.${dialect}.sql`];
    if (verified.has(dialect)) args.push('--verify');
    try {
        execFileSync(process.execPath, args, { stdio: 'inherit' });
    } catch (error) {
        process.exitCode = typeof error.status === 'number' ? error.status : 1;
    }
}
