import type { Statement } from '../sql-statements.js';
import { quoteIdent, quoteString } from '../sql-identifiers.js';
import type { CatalogueTable } from './catalogue.js';
import { MariaDbServer } from './mariadb-server.js';
import type { EngineError, SqlEngine } from './sql-engine.js';

/**
 * MySQL-family checks on a real MariaDB server (there is no embedded MySQL engine). Each sandbox is a
 * database; the script goes through the client in one piece and the client's "at line N" is mapped
 * back to the statement that starts there.
 */
export class MysqlEngine implements SqlEngine {
    readonly dialect = 'mysql';

    private constructor(private readonly server: MariaDbServer) {}

    static async start(): Promise<MysqlEngine> {
        return new MysqlEngine(await MariaDbServer.start());
    }

    async run(sandbox: string, statements: readonly Statement[]): Promise<EngineError | undefined> {
        const db = quoteIdent(sandbox, 'mysql');
        const created = await this.server.runScript(undefined, `DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db} CHARACTER SET utf8mb4;`);
        if (created.error) throw new Error(created.error);
        const starts: number[] = [];
        let line = 1;
        for (const statement of statements) {
            starts.push(line);
            line += statement.sql.split('\n').length;
        }
        const result = await this.server.runScript(sandbox, statements.map(s => s.sql).join('\n'));
        if (!result.error) return undefined;
        const failedLine = Number(/at line (\d+)/.exec(result.error)?.[1] ?? 1);
        let index = 0;
        while (index + 1 < starts.length && starts[index + 1] <= failedLine) index++;
        return { message: result.error.replace(/^ERROR \d+ \(\w+\) at line \d+: /, ''), statement: statements[index] };
    }

    async catalogue(sandbox: string): Promise<CatalogueTable[]> {
        const schema = quoteString(sandbox, 'mysql');
        const tables = await this.server.query(`SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${schema}`);
        const columns = await this.server.query(`SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${schema} ORDER BY TABLE_NAME, ORDINAL_POSITION`);
        const keys = await this.server.query(`SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = ${schema} AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL) ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`);
        return tables.map(([name]) => {
            const foreignKeys = new Map<string, CatalogueTable['foreignKeys'][number]>();
            for (const [table, constraint, column, referencedTable, referencedColumn] of keys) {
                if (table !== name || constraint === 'PRIMARY') continue;
                const key = foreignKeys.get(constraint) ?? { columns: [], referencedTable, referencedColumns: [] };
                key.columns.push(column);
                key.referencedColumns.push(referencedColumn);
                foreignKeys.set(constraint, key);
            }
            return {
                name,
                columns: columns.filter(c => c[0] === name).map(c => ({ name: c[1], nullable: c[2] === 'YES' })),
                primaryKey: keys.filter(k => k[0] === name && k[1] === 'PRIMARY').map(k => k[2]),
                foreignKeys: [...foreignKeys.values()]
            };
        });
    }

    async close(): Promise<void> {
        await this.server.stop();
    }
}
