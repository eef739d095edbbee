import { Diagnostic, DiagnosticSeverity, languages, ProgressLocation, Range, Uri, window, workspace, type DiagnosticCollection, type ExtensionContext } from 'vscode';
import { VerifySqlRequest, type SqlDialectName, type VerifySqlParams } from '../../../server/src/protocol.js';
import { LANGUAGE_ID, requireLanguageClient } from '../language-client.js';

/** The .req document the command is about: the active editor's, or any open one. */
export function activeModelUri(): string {
    const active = window.activeTextEditor?.document;
    const document = active?.languageId === LANGUAGE_ID ? active : workspace.textDocuments.find(d => d.languageId === LANGUAGE_ID);
    if (!document) throw new Error('Open a .req file of the model first; the SQL is generated for its workspace.');
    return document.uri.toString();
}

let databaseDiagnostics: DiagnosticCollection | undefined;

/**
 * Database errors as diagnostics on the model. They live in the client, in their own collection,
 * because they are the result of one run on one engine (a snapshot), not something the server
 * recomputes on every keystroke; the next verification replaces them.
 */
function diagnosticsCollection(context: ExtensionContext): DiagnosticCollection {
    if (!databaseDiagnostics) {
        databaseDiagnostics = languages.createDiagnosticCollection('tracewright-database');
        context.subscriptions.push(databaseDiagnostics);
    }
    return databaseDiagnostics;
}

/** Runs the verify request with a progress notification and shows the outcome. */
export async function verifySchema(context: ExtensionContext, dialect: SqlDialectName, title: string): Promise<void> {
    const uri = activeModelUri();
    const params: VerifySqlParams = { uri, dialect };
    const result = await window.withProgress(
        { location: ProgressLocation.Notification, title: `${title}…`, cancellable: false },
        () => requireLanguageClient().sendRequest(VerifySqlRequest, params)
    );
    const collection = diagnosticsCollection(context);
    collection.clear();
    const byUri = new Map<string, Diagnostic[]>();
    for (const error of result.errors) {
        const range = new Range(error.range.start.line, error.range.start.character, error.range.end.line, error.range.end.character);
        const diagnostic = new Diagnostic(range, error.message, DiagnosticSeverity.Error);
        diagnostic.source = result.engine;
        byUri.set(error.uri, [...byUri.get(error.uri) ?? [], diagnostic]);
    }
    for (const [target, diagnostics] of byUri) collection.set(Uri.parse(target), diagnostics);
    if (result.ok) void window.showInformationMessage(`Tracewright: ${result.summary}`);
    else void window.showErrorMessage(`Tracewright: ${result.summary}${result.differences.length ? ` ${result.differences.slice(0, 3).join('; ')}` : ''}${result.errors.length ? ' See Problems.' : ''}`);
}
