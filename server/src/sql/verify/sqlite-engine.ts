import type { SqlJsStatic } from 'sql.js';
import type { Statement } from '../sql-statements.js';
import { quoteIdent } from '../sql-identifiers.js';
import type { CatalogueTable } from './catalogue.js';
import type { EngineError, SqlEngine } from './sql-engine.js';

type Database = InstanceType<SqlJsStatic['Database']>;

/**
 * Real SQLite, compiled to WASM (sql.js), in memory. Loaded only when asked for (dynamic import).
 * A database costs next to nothing, so every sandbox is a fresh one.
 */
export class SqliteEngine implements SqlEngine {
    readonly dialect = 'sqlite';
    private readonly databases = new Map<string, Database>();

    private constructor(private readonly sql: SqlJsStatic) {}

    static async start(): Promise<SqliteEngine> {
        const module = await import('sql.js');
        // sql.js is CommonJS; depending on the loader its init function is the default export or the module.
        const init = (module as unknown as { default?: typeof module.default }).default ?? (module as unknown as typeof module.default);
        return new SqliteEngine(await init());
    }

    async run(sandbox: string, statements: readonly Statement[]): Promise<EngineError | undefined> {
        this.databases.get(sandbox)?.close();
        const db = new this.sql.Database();
        this.databases.set(sandbox, db);
        for (const statement of statements) {
            try {
                db.exec(statement.sql);
            } catch (error) {
                return { message: (error as Error).message, statement };
            }
        }
        return undefined;
    }

    async catalogue(sandbox: string): Promise<CatalogueTable[]> {
        const db = this.databases.get(sandbox);
        if (!db) return [];
        const rows = (sql: string) => {
            const result = db.exec(sql)[0];
            return result ? result.values.map(values => Object.fromEntries(result.columns.map((c, i) => [c, values[i]]))) : [];
        };
        const names = rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`).map(r => String(r.name));
        return names.map(name => {
            const q = quoteIdent(name, 'sqlite');
            const columns = rows(`PRAGMA table_info(${q})`);
            const foreignKeys = new Map<number, CatalogueTable['foreignKeys'][number]>();
            for (const row of rows(`PRAGMA foreign_key_list(${q})`)) {
                const id = Number(row.id);
                const key = foreignKeys.get(id) ?? { columns: [], referencedTable: String(row.table), referencedColumns: [] };
                key.columns[Number(row.seq)] = String(row.from);
                key.referencedColumns[Number(row.seq)] = String(row.to);
                foreignKeys.set(id, key);
            }
            return {
                name,
                columns: columns.map(c => ({ name: String(c.name), nullable: Number(c.notnull) === 0 })),
                primaryKey: columns.filter(c => Number(c.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map(c => String(c.name)),
                foreignKeys: [...foreignKeys.values()]
            };
        });
    }

    async close(): Promise<void> {
        for (const db of this.databases.values()) db.close();
        this.databases.clear();
    }
}
