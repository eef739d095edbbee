import type { Statement } from '../sql-statements.js';
import type { SqlDialect } from '../sql-schema.js';
import type { CatalogueTable } from './catalogue.js';

/** The first statement a database refused, with the database's own message. */
export interface EngineError {
    message: string;
    statement: Statement;
}

/**
 * A real database that runs generated scripts. Each run gets its own sandbox (a PostgreSQL schema,
 * a fresh SQLite database, a MariaDB database) so one engine instance serves many scripts.
 */
export interface SqlEngine {
    readonly dialect: SqlDialect;
    /** Runs the statements in order in a new sandbox; stops at the first error. */
    run(sandbox: string, statements: readonly Statement[]): Promise<EngineError | undefined>;
    /** Reads back what the sandbox holds. */
    catalogue(sandbox: string): Promise<CatalogueTable[]>;
    close(): Promise<void>;
}
