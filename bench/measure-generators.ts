import type { Model } from '../server/src/generated/ast.js';
import { collectDiagramModel } from '../server/src/diagram/diagram-model.js';
import { sliceOf } from '../server/src/diagram/diagram-slice.js';
import { erDiagram } from '../server/src/diagram/er-diagram.js';
import { buildSqlSchema } from '../server/src/sql/build-sql-schema.js';
import { generateSql } from '../server/src/sql/generate-sql.js';
import { sqlDialects } from '../server/src/sql/sql-schema.js';
import { now, percentile, round } from './stats.js';
import type { TracewrightSession } from './tracewright-session.js';

export interface GeneratorMeasurement {
    /** Normalising the models into the SQL schema, shared by the dialects (median of 5). */
    sqlSchemaMs: number;
    /** Per dialect: the script from the schema (median of 5), and its length. */
    sql: Record<string, { ms: number; totalMs: number; bytes: number }>;
    /** Mermaid erDiagram source for the first 50 entities, including collecting the diagram model. */
    mermaid50Ms: number;
    mermaidBytes: number;
}

const repeats = 5;

/** SQL for every dialect and a 50-entity Mermaid slice, from an already built workspace. */
export function measureGenerators(session: TracewrightSession): GeneratorMeasurement {
    const documents = session.services.shared.workspace.LangiumDocuments.all.toArray();
    const models = documents.map(document => document.parseResult.value as Model);
    const median = (action: () => void): number => {
        const samples: number[] = [];
        for (let i = 0; i < repeats; i++) {
            const start = now();
            action();
            samples.push(now() - start);
        }
        return percentile(samples, 50);
    };
    let schema = buildSqlSchema(models, { naming: 'asWritten', modelName: 'bench' });
    const sqlSchemaMs = median(() => { schema = buildSqlSchema(models, { naming: 'asWritten', modelName: 'bench' }); });
    const sql: GeneratorMeasurement['sql'] = {};
    for (const dialect of sqlDialects) {
        let bytes = 0;
        const ms = median(() => { bytes = generateSql(schema, dialect).sql.length; });
        sql[dialect] = { ms: round(ms, 2), totalMs: round(ms + sqlSchemaMs, 2), bytes };
    }
    let mermaidBytes = 0;
    const mermaid50Ms = median(() => {
        const model = collectDiagramModel(documents);
        const slice = sliceOf(model, new Set(model.entities.slice(0, 50)));
        mermaidBytes = erDiagram(slice).source.length;
    });
    return { sqlSchemaMs: round(sqlSchemaMs, 2), sql, mermaid50Ms: round(mermaid50Ms, 2), mermaidBytes };
}
