import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import type { SqlEngine } from '../../server/src/sql/verify/sql-engine.js';
import { findMariaDb } from '../../server/src/sql/verify/mariadb-server.js';
import { startEngine } from '../../server/src/sql/verify/start-engine.js';
import { formatVerifyError, verifySql } from '../../server/src/sql/verify/verify-sql.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { cases, fuzzMode, fuzzSeed } from './fuzz-budget.js';
import { modelArbitrary } from './random-model.js';

// "Any model the language accepts must generate SQL that runs, or the editor must already show an
// error." Random models (random-model.ts) go through the editor's checks; the ones without errors
// are generated for every dialect, run on a real engine (one per dialect for the whole file, a new
// sandbox per case), and the catalogue read back must match the model.
// MariaDB takes long to start on a loaded machine, so npm test runs it only when asked (ROBUSTNESS_MARIADB=1);
// the fuzz run always uses it when it is installed.
const mariadb = findMariaDb();
const mariadbMissing = 'missing' in mariadb ? mariadb.missing
    : !fuzzMode && process.env.ROBUSTNESS_MARIADB !== '1' ? 'MariaDB runs in `npm run fuzz` (or with ROBUSTNESS_MARIADB=1)' : undefined;
if (mariadbMissing) console.warn(`MySQL scripts are not run: ${mariadbMissing}.`);
const dialects = (['postgres', 'sqlite', 'mysql'] as const).filter(d => d !== 'mysql' || !mariadbMissing);

const engines = new Map<string, SqlEngine>();
beforeAll(async () => {
    for (const dialect of dialects) engines.set(dialect, await startEngine(dialect));
}, 180_000);
afterAll(async () => {
    for (const engine of engines.values()) await engine.close();
}, 60_000);

let sandboxes = 0;
const tally = { accepted: 0, rejected: 0, tables: 0 };

async function sqlRunsOrEditorComplains(text: string): Promise<void> {
    const ws = await buildWorkspace({ 'model.req': text });
    const errors = ws.diagnostics('model.req').filter(d => d.severity === 1);
    if (errors.length > 0) {
        tally.rejected++;
        return;
    }
    tally.accepted++;
    const schema = schemaOfDocuments([ws.documentOf('model.req')], { naming: 'asWritten', modelName: 'random' });
    tally.tables += schema.tables.length;
    for (const [dialect, engine] of engines) {
        const generated = generateSql(schema, dialect as 'postgres');
        const report = await verifySql(engine, `random_${++sandboxes}`, schema, generated);
        const problems = [...report.errors.map(e => formatVerifyError(e)), ...report.differences];
        if (problems.length > 0) throw new Error(`${dialect}: ${problems.join('; ')}\n--- model.req\n${text}--- ${dialect} script\n${generated.sql}`);
    }
}

describe(`random valid models: the generated SQL runs on ${dialects.join(', ')} and the catalogue matches`, () => {
    const runs = cases(20, 400);
    test(`${runs} random models (seed ${fuzzSeed})`, { timeout: 1_800_000 }, async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, async model => sqlRunsOrEditorComplains(model.text)), {
            seed: fuzzSeed, numRuns: runs, endOnFailure: process.env.FUZZ_SHRINK !== '1'
        });
        console.info(`SQL property: ${tally.accepted} models accepted (${tally.tables} tables run on ${dialects.join(', ')}), ${tally.rejected} rejected by the editor`);
        // The property is only worth something if most random models are accepted and reach the engines.
        expect(tally.accepted).toBeGreaterThanOrEqual(runs / 2);
    });
});
