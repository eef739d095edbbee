import { buildSqlSchema } from '../server/src/sql/build-sql-schema.js';
import { generateSql } from '../server/src/sql/generate-sql.js';
import type { Model } from '../server/src/generated/ast.js';
import { syntheticModel } from './synthetic-model.js';
import { dataModelText } from './synthetic-workspace.js';
import { TracewrightSession } from './tracewright-session.js';
import { now, round } from './stats.js';

export interface SchemaOnlyMeasurement {
    size: number;
    bytes: number;
    /** Parse, link and validate the data model alone (what DBML's parse does), with the user's default rules. */
    buildMs: number;
    /** Schema normalisation and the PostgreSQL script. */
    exportMs: number;
}

/**
 * Tracewright's side of the peer comparison: the same schema, without requirements, to PostgreSQL.
 * Like the peer, all sizes run in one process after one unrecorded warm-up at N=100, so neither
 * side pays the JIT's first-run cost in its figures; one JSON line per size.
 */
export async function measureSchemaOnlySizes(sizes: number[]): Promise<void> {
    await measureSchemaOnly(100);
    for (const size of sizes) process.stdout.write(JSON.stringify(await measureSchemaOnly(size)) + '\n');
}

export async function measureSchemaOnly(size: number): Promise<SchemaOnlyMeasurement> {
    const text = syntheticModel(size).blocks.map(dataModelText).join('');
    const session = new TracewrightSession();
    const start = now();
    await session.build({ 'schema.req': text });
    const buildMs = now() - start;
    const exportStart = now();
    const models = [session.document('schema.req').parseResult.value as Model];
    generateSql(buildSqlSchema(models, { naming: 'asWritten', modelName: 'bench' }), 'postgres');
    const exportMs = now() - exportStart;
    return { size, bytes: Buffer.byteLength(text), buildMs: round(buildMs), exportMs: round(exportMs) };
}
