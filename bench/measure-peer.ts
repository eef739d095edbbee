import { syntheticModel } from './synthetic-model.js';
import { syntheticDbml } from './synthetic-dbml.js';
import { megabytes, now, round } from './stats.js';

export interface PeerMeasurement {
    size: number;
    bytes: number;
    importMs: number;
    parseMs: number;
    exportMs: number;
    postgresBytes: number;
    rssMB: number;
}

/**
 * @dbml/core (the parser behind dbdiagram.io) on the DBML twin of the synthetic schema: parse, then
 * export PostgreSQL, after one warm-up. Runs in its own process (its import alone takes seconds and hundreds of MB);
 * prints one JSON line per size as soon as it is measured, so a timeout keeps the smaller sizes.
 */
export async function measurePeer(sizes: number[]): Promise<void> {
    const start = now();
    const { Parser, ModelExporter } = await import('@dbml/core');
    const importMs = now() - start;
    // One unrecorded warm-up at N=100, as on Tracewright's side (measure-schema-only.ts).
    ModelExporter.export(new Parser().parse(syntheticDbml(syntheticModel(100)), 'dbmlv2'), 'postgres');
    for (const size of sizes) {
        const dbml = syntheticDbml(syntheticModel(size));
        const parseStart = now();
        const database = new Parser().parse(dbml, 'dbmlv2');
        const parseMs = now() - parseStart;
        const exportStart = now();
        const postgres = ModelExporter.export(database, 'postgres');
        const exportMs = now() - exportStart;
        const result: PeerMeasurement = {
            size, bytes: Buffer.byteLength(dbml), importMs: round(importMs), parseMs: round(parseMs), exportMs: round(exportMs),
            postgresBytes: postgres.length, rssMB: megabytes(process.resourceUsage().maxRSS * 1024)
        };
        process.stdout.write(JSON.stringify(result) + '\n');
    }
}
