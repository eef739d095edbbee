import { collectDiagramModel } from '../server/src/diagram/diagram-model.js';
import { sliceOf } from '../server/src/diagram/diagram-slice.js';
import { erDiagram } from '../server/src/diagram/er-diagram.js';
import { generateSqlFor } from '../server/src/lsp/sql-handlers.js';
import { generateSql } from '../server/src/sql/generate-sql.js';
import { justificationsFromTraceGraph } from '../server/src/sql/justifications.js';
import { sqlDialects } from '../server/src/sql/sql-schema.js';
import { schemaOfDocuments } from '../server/src/sql/workspace-sql.js';
import { now, percentile, round } from './stats.js';
import type { TracewrightSession } from './tracewright-session.js';

export interface GeneratorMeasurement {
    /** Normalising the models into the SQL schema with the trace graph's provenance, as the CLI does (median of `repeats`). */
    sqlSchemaMs: number;
    /**
     * Per dialect: the script from a built schema (`ms`), and the language server's SQL request
     * (`totalMs`: validation's schema completed with provenance, then the script, as the preview asks for
     * it), medians of `repeats`; the script's length.
     */
    sql: Record<string, { ms: number; totalMs: number; bytes: number }>;
    /** Mermaid erDiagram source for the first 50 entities, including collecting the diagram model. */
    mermaid50Ms: number;
    mermaidBytes: number;
}

/** Requests are repeated (a preview asks again after every edit): the median of eleven is steadier than of five on a shared machine. */
const repeats = 11;

/** SQL for every dialect and a 50-entity Mermaid slice, from an already built workspace. */
export async function measureGenerators(session: TracewrightSession): Promise<GeneratorMeasurement> {
    const { shared, Tracewright } = session.services;
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    const median = async (action: () => unknown): Promise<number> => {
        const samples: number[] = [];
        for (let i = 0; i < repeats; i++) {
            const start = now();
            await action();
            samples.push(now() - start);
        }
        return percentile(samples, 50);
    };
    const schemaOptions = () => ({ naming: 'asWritten' as const, modelName: 'bench', justifications: justificationsFromTraceGraph(Tracewright.traces.TraceIndex.graph) });
    let schema = schemaOfDocuments(documents, schemaOptions());
    const sqlSchemaMs = await median(() => { schema = schemaOfDocuments(documents, schemaOptions()); });
    const sql: GeneratorMeasurement['sql'] = {};
    const uri = documents[0].uri.toString();
    for (const dialect of sqlDialects) {
        let bytes = 0;
        const ms = await median(() => { bytes = generateSql(schema, dialect).sql.length; });
        const totalMs = await median(() => generateSqlFor(shared, Tracewright, { uri, dialect }));
        sql[dialect] = { ms: round(ms, 2), totalMs: round(totalMs, 2), bytes };
    }
    let mermaidBytes = 0;
    const mermaid50Ms = await median(() => {
        const model = collectDiagramModel(documents);
        const slice = sliceOf(model, new Set(model.entities.slice(0, 50)));
        mermaidBytes = erDiagram(slice).source.length;
    });
    return { sqlSchemaMs: round(sqlSchemaMs, 2), sql, mermaid50Ms: round(mermaid50Ms, 2), mermaidBytes };
}
