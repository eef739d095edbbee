import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkspace } from '../helpers/workspace.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import { sqlDialects, type SqlNaming, type SqlSchema } from '../../server/src/sql/sql-schema.js';

/** test/fixtures/sql: `<case>.req` next to `<case>.<dialect>.sql`. */
export const fixturesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sql');
export const examplesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Every golden case: adding `<case>.req` (and running with UPDATE_GOLDEN=1) adds a test. */
export function goldenCases(): string[] {
    return fs.readdirSync(fixturesFolder).filter(f => f.endsWith('.req')).map(f => f.slice(0, -4)).sort();
}

export function goldenPath(name: string, dialect: string): string {
    return path.join(fixturesFolder, `${name}.${dialect}.sql`);
}

/** A fixture may choose its naming with a first-line comment `// sql-naming: snake_case`. */
function namingOf(text: string): SqlNaming {
    return /^\/\/ sql-naming: snake_case/m.test(text) ? 'snake_case' : 'asWritten';
}

/** Builds a golden case's schema; named after the case so the header is stable. */
export async function fixtureSchema(name: string): Promise<SqlSchema> {
    const text = fs.readFileSync(path.join(fixturesFolder, `${name}.req`), 'utf8');
    const ws = await buildWorkspace({ [`${name}.req`]: text });
    return schemaOfDocuments([ws.documentOf(`${name}.req`)], { naming: namingOf(text), modelName: name });
}

/** Builds an example folder (all its .req files) into a schema named after the folder. */
export async function exampleSchema(name: string, naming: SqlNaming = 'asWritten'): Promise<SqlSchema> {
    const folder = path.join(examplesFolder, name);
    const files = Object.fromEntries(fs.readdirSync(folder).filter(f => f.endsWith('.req')).map(f => [`${name}/${f}`, fs.readFileSync(path.join(folder, f), 'utf8')]));
    const ws = await buildWorkspace(files);
    return schemaOfDocuments(Object.keys(files).map(ws.documentOf), { naming, modelName: name });
}

export function exampleNames(): string[] {
    return fs.existsSync(examplesFolder) ? fs.readdirSync(examplesFolder).filter(f => fs.statSync(path.join(examplesFolder, f)).isDirectory()).sort() : [];
}

export { sqlDialects };
