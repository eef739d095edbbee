import type { GeneratedSql } from '../generate-sql.js';
import type { Origin, SqlSchema } from '../sql-schema.js';
import { compareCatalogues, expectedCatalogue } from './catalogue.js';
import type { SqlEngine } from './sql-engine.js';

/** A database error, tied back to the model element whose statement failed. */
export interface VerifyError {
    message: string;
    /** 1-based line of the failing statement in the generated script. */
    scriptLine: number;
    origin?: Origin;
}

export interface VerifyReport {
    errors: VerifyError[];
    /** Where the database's catalogue disagrees with the model (tables, columns, nullability, keys). */
    differences: string[];
}

/**
 * Runs a generated script on a real engine in a fresh sandbox, then reads the catalogue back and
 * compares it with the model. The script is run statement by statement so an error names its statement.
 */
export async function verifySql(engine: SqlEngine, sandbox: string, schema: SqlSchema, generated: GeneratedSql): Promise<VerifyReport> {
    const error = await engine.run(sandbox, generated.statements);
    if (error) {
        return {
            errors: [{ message: error.message, scriptLine: error.statement.line, ...(error.statement.origin ? { origin: error.statement.origin } : {}) }],
            differences: []
        };
    }
    return { errors: [], differences: compareCatalogues(expectedCatalogue(schema), await engine.catalogue(sandbox)) };
}

/** `model.req:12: Incident: relation "x" does not exist (script line 40)`: for the CLI and logs. */
export function formatVerifyError(error: VerifyError, fileOf: (uri: string) => string = uri => uri): string {
    const where = error.origin ? `${fileOf(error.origin.uri)}:${error.origin.line + 1}: ${error.origin.element}: ` : '';
    return `${where}${error.message} (statement at line ${error.scriptLine} of the script)`;
}
