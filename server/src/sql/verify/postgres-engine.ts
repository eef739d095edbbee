import type { PGlite } from '@electric-sql/pglite';
import type { Statement } from '../sql-statements.js';
import { quoteIdent } from '../sql-identifiers.js';
import type { CatalogueTable } from './catalogue.js';
import type { EngineError, SqlEngine } from './sql-engine.js';

/**
 * Real PostgreSQL, compiled to WASM (PGlite), in memory. Loaded only when asked for: the import is
 * dynamic, so the language server and CLI start without it. Cold start takes seconds, so one engine
 * runs many scripts, each in its own schema.
 */
export class PostgresEngine implements SqlEngine {
    readonly dialect = 'postgres';

    private constructor(private readonly db: PGlite) {}

    static async start(): Promise<PostgresEngine> {
        const { PGlite } = await import('@electric-sql/pglite');
        return new PostgresEngine(await PGlite.create());
    }

    async run(sandbox: string, statements: readonly Statement[]): Promise<EngineError | undefined> {
        await this.db.exec(`DROP SCHEMA IF EXISTS ${quoteIdent(sandbox, 'postgres')} CASCADE; CREATE SCHEMA ${quoteIdent(sandbox, 'postgres')}; SET search_path TO ${quoteIdent(sandbox, 'postgres')};`);
        for (const statement of statements) {
            try {
                await this.db.exec(statement.sql);
            } catch (error) {
                return { message: (error as Error).message, statement };
            }
        }
        return undefined;
    }

    async catalogue(sandbox: string): Promise<CatalogueTable[]> {
        const tables = await this.db.query<{ name: string }>(
            `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY c.oid`, [sandbox]);
        const columns = await this.db.query<{ table_name: string; column_name: string; is_nullable: string }>(
            `SELECT table_name, column_name, is_nullable FROM information_schema.columns
             WHERE table_schema = $1 ORDER BY table_name, ordinal_position`, [sandbox]);
        // Constraint columns in key order: conkey/confkey are arrays of attribute numbers.
        const constraints = await this.db.query<{ table: string; type: string; columns: string[]; referenced_table: string | null; referenced_columns: string[] }>(
            `SELECT cl.relname AS table, con.contype AS type,
                    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
                    fcl.relname AS referenced_table,
                    ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i) AS referenced_columns
             FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
             JOIN pg_namespace n ON n.oid = cl.relnamespace LEFT JOIN pg_class fcl ON fcl.oid = con.confrelid
             WHERE n.nspname = $1 AND con.contype IN ('p', 'f') ORDER BY con.conname`, [sandbox]);
        return tables.rows.map(({ name }) => ({
            name,
            columns: columns.rows.filter(c => c.table_name === name).map(c => ({ name: c.column_name, nullable: c.is_nullable === 'YES' })),
            primaryKey: constraints.rows.find(c => c.table === name && c.type === 'p')?.columns ?? [],
            foreignKeys: constraints.rows.filter(c => c.table === name && c.type === 'f')
                .map(c => ({ columns: c.columns, referencedTable: c.referenced_table ?? '', referencedColumns: c.referenced_columns }))
        }));
    }

    async close(): Promise<void> {
        await this.db.close();
    }
}
