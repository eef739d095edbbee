import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';

/** Every TypeScript file under a folder, recursively. */
function sources(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
}

// Architecture invariant: PGlite, sql.js and the engine modules are only ever imported dynamically (by
// start-engine.ts), so neither the language server nor the CLI loads a database until a check runs.
test('database engines are loaded only on demand', () => {
    const staticImport = /^import\s+(?!type\b)[^;]*?from\s+'(@electric-sql\/pglite|sql\.js|[./]+[^']*(postgres|sqlite|mysql)-engine\.js)'/gm;
    const offenders = sources('server/src').flatMap(file =>
        [...fs.readFileSync(file, 'utf8').matchAll(staticImport)].map(match => `${file}: ${match[1]}`));
    expect(offenders).toEqual([]);
    expect(fs.readFileSync('server/src/sql/verify/start-engine.ts', 'utf8')).toContain("await import('./postgres-engine.js')");
});
