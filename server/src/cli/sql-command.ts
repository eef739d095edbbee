import { URI } from 'langium';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedMarker } from '../sql/generate-sql.js';
import { justificationsFromTraceGraph } from '../sql/justifications.js';
import { sqlDialects, sqlNamings, type SqlDialect, type SqlNaming } from '../sql/sql-schema.js';
import { EngineUnavailableError, engineNames, startEngine } from '../sql/verify/start-engine.js';
import { formatVerifyError, verifySql } from '../sql/verify/verify-sql.js';
import { sqlOfDocuments } from '../sql/workspace-sql.js';
import { counted } from '../text/counted.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { writeGeneratedFile } from './atomic-write.js';
import type { CliCommand } from './cli-command.js';
import { CliError } from './cli-error.js';
import { collectDiagnostics, formatDiagnostic } from './diagnostics-report.js';

export const sqlCommand: CliCommand = {
    name: 'sql',
    summary: 'Generate SQL DDL (PostgreSQL, SQLite, MySQL) from the data model; --verify runs it on a real engine.',
    usage: 'tracewright sql [paths...] [--dialect postgres|sqlite|mysql] [--naming asWritten|snake_case] [-o file] [--force] [--verify]',
    async run({ args, shared, services, out }) {
        const { values, positionals } = parseArgs({
            args, allowPositionals: true, options: {
                dialect: { type: 'string', default: 'postgres' },
                naming: { type: 'string', default: 'asWritten' },
                output: { type: 'string', short: 'o' },
                force: { type: 'boolean', default: false },
                verify: { type: 'boolean', default: false }
            }
        });
        const dialect = oneOf<SqlDialect>('--dialect', dialectAliases.get(values.dialect?.toLowerCase() ?? '') ?? values.dialect, sqlDialects);
        const naming = oneOf<SqlNaming>('--naming', values.naming, sqlNamings);
        const paths = positionals.length > 0 ? positionals : ['.'];
        const { documents, problems } = await loadWorkspace(shared, paths);
        if (problems.length > 0) throw new CliError(problems.join('\n'));
        // Reports go to stderr when the script itself goes to stdout, so the script can be piped.
        const report = values.output ? out : (text: string) => console.error(text);
        const errors = collectDiagnostics(documents).filter(d => d.severity === 'error');
        if (errors.length > 0) {
            errors.forEach(e => report(formatDiagnostic(e)));
            report(`No SQL written: the model has ${counted(errors.length, 'error')}. Fix ${errors.length === 1 ? 'it' : 'them'} (see \`tracewright check\`) and run again.`);
            return 1;
        }
        const folder = paths.length === 1 && !paths[0].endsWith('.req') ? path.basename(path.resolve(paths[0])) : undefined;
        const generated = sqlOfDocuments(documents, dialect, {
            naming, justifications: justificationsFromTraceGraph(services.traces.TraceIndex.graph), ...(folder ? { modelName: folder } : {})
        });
        const fileOf = (uri: string) => path.relative(process.cwd(), URI.parse(uri).fsPath) || uri;
        for (const warning of generated.warnings) report(`${fileOf(warning.origin.uri)}:${warning.origin.line + 1}: warning: ${warning.message}`);
        if (values.output) {
            await writeGeneratedFile(values.output, generated.sql, generatedMarker, values.force);
            out(`Wrote ${values.output} (${generated.schema.tables.length} tables, ${dialect}).`);
        } else {
            out(generated.sql.replace(/\n$/, ''));
        }
        if (!values.verify) return 0;
        let engine;
        try {
            engine = await startEngine(dialect);
        } catch (error) {
            if (error instanceof EngineUnavailableError) throw new CliError(error.message);
            throw new CliError(`${engineNames[dialect]} could not be started: ${(error as Error).message}`);
        }
        try {
            const result = await verifySql(engine, 'tracewright_verify', generated.schema, generated);
            result.errors.forEach(error => report(`${formatVerifyError(error, fileOf)} [${dialect}]`));
            result.differences.forEach(difference => report(`catalogue differs from the model: ${difference}`));
            if (result.errors.length > 0 || result.differences.length > 0) return 1;
            report(`Verified on ${engineNames[dialect]}: ${generated.schema.tables.length} tables created; tables, columns, nullability and keys match the model.`);
            return 0;
        } finally {
            await engine.close();
        }
    }
};

/** Other names users type for a dialect (Prisma's `postgresql`, the `psql`/`sqlite3` commands), in any case. */
const dialectAliases = new Map<string, SqlDialect>([
    ['postgres', 'postgres'], ['postgresql', 'postgres'], ['pg', 'postgres'], ['psql', 'postgres'],
    ['sqlite', 'sqlite'], ['sqlite3', 'sqlite'],
    ['mysql', 'mysql']
]);

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
    if (value && (allowed as readonly string[]).includes(value)) return value as T;
    throw new CliError(`${option} must be one of ${allowed.join(', ')}, not '${value}'.`);
}
