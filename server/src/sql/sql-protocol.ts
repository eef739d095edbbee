/**
 * Messages of the "generate SQL" and "verify schema" requests. Types only: the client imports them
 * through protocol.ts, and nothing here may pull in Langium or the generators.
 */
export type SqlDialectName = 'postgres' | 'sqlite' | 'mysql';

export interface SqlRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

/** A message about a place in the model, e.g. a warning on a name or a database error on an entity. */
export interface SqlModelMessage {
    uri: string;
    range: SqlRange;
    message: string;
}

export interface GenerateSqlParams {
    /** Any document of the workspace; the whole workspace is generated and named after its folder. */
    uri: string;
    /** Defaults to the `tracewright.sql.dialect` setting. */
    dialect?: SqlDialectName;
}

export interface GenerateSqlResult {
    sql: string;
    dialect: SqlDialectName;
    warnings: SqlModelMessage[];
    /** Errors in the model; the SQL is still produced, but may not run until they are fixed. */
    modelErrors: number;
}

export interface VerifySqlParams {
    uri: string;
    dialect: SqlDialectName;
}

export interface VerifySqlResult {
    /** Which engine ran the script, e.g. 'PostgreSQL (PGlite, embedded)'. */
    engine: string;
    ok: boolean;
    /** One line for a notification. */
    summary: string;
    /** Database errors, placed on the model element whose statement failed. */
    errors: SqlModelMessage[];
    /** Where the database's catalogue disagrees with the model. */
    differences: string[];
}
