import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { schemaProblems } from '../../server/src/sql/schema-problems.js';
import { fixtureSchema, goldenCases, goldenPath, sqlDialects } from './sql-fixtures.js';

const update = process.env.UPDATE_GOLDEN === '1';

/** Whole-script comparison with the golden files; UPDATE_GOLDEN=1 rewrites them instead. */
describe.each(goldenCases())('golden SQL for %s', name => {
    test.each(sqlDialects)('%s', async dialect => {
        const schema = await fixtureSchema(name);
        expect(schemaProblems(schema).map(p => p.message)).toEqual([]);
        const { sql } = generateSql(schema, dialect);
        const file = goldenPath(name, dialect);
        if (update || !fs.existsSync(file)) fs.writeFileSync(file, sql);
        expect(sql).toBe(fs.readFileSync(file, 'utf8'));
        expect(sql).not.toContain('\r');
    });
});
