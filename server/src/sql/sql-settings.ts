import { sqlDialects, sqlNamings, type SqlDialect, type SqlNaming } from './sql-schema.js';

/**
 * `tracewright.sql.naming` and `tracewright.sql.dialect`: the naming convention the editor checks
 * names against and the dialect "Generate SQL" uses when none is asked for.
 */
export class SqlSettings {
    naming: SqlNaming = 'asWritten';
    dialect: SqlDialect = 'postgres';

    /** Accepts the raw `tracewright.sql` object; invalid values are reported and the default kept. */
    update(raw: unknown): string[] {
        const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        const problems: string[] = [];
        this.naming = 'asWritten';
        this.dialect = 'postgres';
        if (input.naming !== undefined) {
            if ((sqlNamings as readonly unknown[]).includes(input.naming)) this.naming = input.naming as SqlNaming;
            else problems.push(`tracewright.sql.naming: '${String(input.naming)}' is not one of ${sqlNamings.join(', ')}`);
        }
        if (input.dialect !== undefined) {
            if ((sqlDialects as readonly unknown[]).includes(input.dialect)) this.dialect = input.dialect as SqlDialect;
            else problems.push(`tracewright.sql.dialect: '${String(input.dialect)}' is not one of ${sqlDialects.join(', ')}`);
        }
        return problems;
    }
}
