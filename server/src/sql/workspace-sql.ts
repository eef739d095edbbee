import type { LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';
import { buildSqlSchema } from './build-sql-schema.js';
import { generateSql, type GeneratedSql } from './generate-sql.js';
import type { Justifications } from './justifications.js';
import type { SqlDialect, SqlNaming, SqlSchema } from './sql-schema.js';

export interface WorkspaceSqlOptions {
    naming: SqlNaming;
    /** Defaults to the folder of the first file. */
    modelName?: string;
    justifications?: Justifications;
}

/** The schema of a set of documents, in a stable order (by URI) whatever order they were loaded in. */
export function schemaOfDocuments(documents: readonly LangiumDocument[], options: WorkspaceSqlOptions): SqlSchema {
    const sorted = [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    const models = sorted.map(d => d.parseResult.value as Model);
    return buildSqlSchema(models, {
        naming: options.naming,
        modelName: options.modelName ?? modelNameOf(sorted.map(d => d.uri.path)),
        ...(options.justifications ? { justifications: options.justifications } : {})
    });
}

export function sqlOfDocuments(documents: readonly LangiumDocument[], dialect: SqlDialect, options: WorkspaceSqlOptions): GeneratedSql & { schema: SqlSchema } {
    const schema = schemaOfDocuments(documents, options);
    return { ...generateSql(schema, dialect), schema };
}

/** `examples/service-desk/people.req` -> `service-desk`: the folder of the first file names the model. */
export function modelNameOf(paths: readonly string[]): string {
    const first = paths[0];
    if (!first) return 'model';
    const parts = first.split('/').filter(p => p.length > 0);
    return parts.length >= 2 ? parts[parts.length - 2] : 'model';
}
