import type { SqlDialect } from '../sql-schema.js';
import { findMariaDb } from './mariadb-server.js';
import type { SqlEngine } from './sql-engine.js';

/** The engine that checks a dialect's scripts, and what the user sees while it starts. */
export const engineNames: Record<SqlDialect, string> = {
    postgres: 'PostgreSQL (PGlite, embedded)',
    sqlite: 'SQLite (sql.js, embedded)',
    mysql: 'MariaDB (a throwaway local server)'
};

/** Thrown when a dialect has no engine here; the message says what to do instead. */
export class EngineUnavailableError extends Error {}

/**
 * Starts the engine for a dialect. Engines are imported on demand so that nothing of PGlite, sql.js
 * or MariaDB is loaded until a check runs. There is no embedded MySQL, so MySQL scripts are checked
 * on MariaDB when it is installed, and otherwise the user is told how to check another way.
 */
export async function startEngine(dialect: SqlDialect): Promise<SqlEngine> {
    switch (dialect) {
        case 'postgres': return (await import('./postgres-engine.js')).PostgresEngine.start();
        case 'sqlite': return (await import('./sqlite-engine.js')).SqliteEngine.start();
        case 'mysql': {
            const mariadb = findMariaDb();
            if ('missing' in mariadb) {
                throw new EngineUnavailableError(`There is no embedded MySQL engine, and ${mariadb.missing}. `
                    + 'Check the schema with --dialect postgres or --dialect sqlite instead (both run embedded), or install MariaDB and try again.');
            }
            return (await import('./mysql-engine.js')).MysqlEngine.start();
        }
    }
}
