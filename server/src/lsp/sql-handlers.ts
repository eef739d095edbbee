import { DocumentState, GrammarUtils, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { TracewrightServices } from '../language/tracewright-module.js';
import { GenerateSqlRequest, VerifySqlRequest } from '../protocol.js';
import { justificationsFromTraceGraph } from '../sql/justifications.js';
import type { GenerateSqlParams, GenerateSqlResult, SqlModelMessage, VerifySqlParams, VerifySqlResult } from '../sql/sql-protocol.js';
import { generateSql, type GeneratedSql } from '../sql/generate-sql.js';
import { withProvenance } from '../sql/schema-provenance.js';
import type { Origin, SqlDialect, SqlSchema } from '../sql/sql-schema.js';
import type { SqlEngine } from '../sql/verify/sql-engine.js';
import { engineNames, startEngine } from '../sql/verify/start-engine.js';
import { verifySql } from '../sql/verify/verify-sql.js';
import { modelNameOf } from '../sql/workspace-sql.js';
import { revalidateAll } from './server-handlers.js';

/** Start-up settings being applied, per language services; requests wait for them. */
const initialSettings = new WeakMap<TracewrightServices, Promise<void>>();

/** Embedded engines stay up once started: PGlite's cold start takes seconds, a second check should not. */
const engines = new Map<string, Promise<SqlEngine>>();

/** The SQL of the workspace a document belongs to, in the requested or configured dialect. */
export async function generateSqlFor(shared: LangiumSharedServices, services: TracewrightServices, params: GenerateSqlParams): Promise<GenerateSqlResult> {
    const documents = await builtDocuments(shared, services);
    const dialect = params.dialect ?? services.sql.SqlSettings.dialect;
    const generated = workspaceSql(services, params.uri, dialect);
    const modelErrors = documents.reduce((sum, d) => sum + (d.diagnostics ?? []).filter(x => x.severity === 1).length, 0);
    return { sql: generated.sql, dialect, warnings: generated.warnings.map(w => located(w.origin, w.message)), modelErrors };
}

/** Runs the workspace's SQL on the dialect's engine and places database errors on the model. */
export async function verifySqlFor(shared: LangiumSharedServices, services: TracewrightServices, params: VerifySqlParams): Promise<VerifySqlResult> {
    await builtDocuments(shared, services);
    const generated = workspaceSql(services, params.uri, params.dialect);
    const engineName = engineNames[params.dialect];
    let engine: SqlEngine;
    try {
        engine = await engineFor(params.dialect);
    } catch (error) {
        return { engine: engineName, ok: false, summary: (error as Error).message, errors: [], differences: [] };
    }
    try {
        const report = await verifySql(engine, 'tracewright_verify', generated.schema, generated);
        const ok = report.errors.length === 0 && report.differences.length === 0;
        const summary = ok
            ? `Verified on ${engineName}: ${generated.schema.tables.length} tables created; columns, nullability and keys match the model.`
            : `${engineName} found ${report.errors.length} errors and ${report.differences.length} differences from the model.`;
        return {
            engine: engineName, ok, summary,
            errors: report.errors.map(e => e.origin
                ? located(e.origin, `${engineName}: ${e.message}`)
                : { uri: params.uri, range: zeroRange(), message: `${engineName}: ${e.message} (line ${e.scriptLine} of the script)` }),
            differences: report.differences
        };
    } finally {
        // MariaDB is a real server process: never leave it running between requests.
        if (params.dialect === 'mysql') await engine.close();
    }
}

/**
 * The script of the built workspace: the schema validation builds for its SQL name checks (once per
 * workspace state, kept across prose-only edits), with the provenance and the current descriptions
 * added, rather than a second schema built from the models for each request.
 */
function workspaceSql(services: TracewrightServices, uri: string, dialect: SqlDialect): GeneratedSql & { schema: SqlSchema } {
    const schema = withProvenance(
        services.sql.SqlNamingValidator.currentSchema(),
        justificationsFromTraceGraph(services.traces.TraceIndex.graph),
        modelNameOf([URI.parse(uri).path])
    );
    return { ...generateSql(schema, dialect), schema };
}

function engineFor(dialect: VerifySqlParams['dialect']): Promise<SqlEngine> {
    if (dialect === 'mysql') return startEngine(dialect);
    let engine = engines.get(dialect);
    if (!engine) {
        engine = startEngine(dialect);
        engines.set(dialect, engine);
        engine.catch(() => engines.delete(dialect));
    }
    return engine;
}

export function registerSqlHandlers(connection: Connection, shared: LangiumSharedServices, services: TracewrightServices): void {
    connection.onRequest(GenerateSqlRequest, (params: GenerateSqlParams) => generateSqlFor(shared, services, params));
    connection.onRequest(VerifySqlRequest, (params: VerifySqlParams) => verifySqlFor(shared, services, params));
    const configuration = shared.workspace.ConfigurationProvider;
    const apply = async (sql: unknown) => {
        const before = services.sql.SqlSettings.naming;
        const problems = services.sql.SqlSettings.update(sql);
        for (const problem of problems) connection.window.showWarningMessage(`Tracewright settings: ${problem}`);
        // Only the naming convention changes diagnostics (collisions); the dialect is read per request.
        if (services.sql.SqlSettings.naming !== before) await revalidateAll(shared);
    };
    configuration.onConfigurationSectionUpdate(async update => {
        if (update.section === 'tracewright') await apply((update.configuration as { sql?: unknown } | undefined)?.sql);
    });
    // The settings fetched at start-up are stored without an update event; read them once they are in.
    initialSettings.set(services, configuration.ready.then(async () => apply(await configuration.getConfiguration('tracewright', 'sql'))));
    connection.onShutdown(async () => {
        for (const engine of engines.values()) await engine.then(e => e.close(), () => undefined);
        engines.clear();
    });
}

/** All workspace documents once they are built, so generation sees linked references. */
async function builtDocuments(shared: LangiumSharedServices, services: TracewrightServices): Promise<LangiumDocument[]> {
    // A request may arrive before the settings and the workspace folder are loaded: wait for them, then for linking.
    // (Only with a connection: called directly, e.g. from tests, there is no workspace folder to wait for.)
    const settings = initialSettings.get(services);
    if (settings) {
        await settings;
        await shared.workspace.WorkspaceManager.ready;
    }
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked);
    return shared.workspace.LangiumDocuments.all.toArray();
}

function located(origin: Origin, message: string): SqlModelMessage {
    const named = origin.node && origin.property ? GrammarUtils.findNodeForProperty(origin.node.$cstNode, origin.property) : origin.node?.$cstNode;
    const range = named?.range ?? { start: { line: origin.line, character: 0 }, end: { line: origin.line, character: 0 } };
    return { uri: origin.uri, range, message };
}

function zeroRange() {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
