import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
    StreamMessageWriter, type Diagnostic, type InitializeResult, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { LANGUAGE_SERVER_EXEC_ARGV } from '../../client/src/language-server-flags.js';

/** The bundled server exactly as the extension ships it. */
export const serverBundle = fileURLToPath(new URL('../../dist/server.cjs', import.meta.url));

/**
 * A language server in its own process, driven over stdio the way an editor drives it: the test
 * plays the client. Answers the requests a server sends to its client (configuration, capability
 * registration, progress) and keeps the latest diagnostics per document.
 */
export class LspProcess {
    readonly connection: ProtocolConnection;
    readonly stderr: string[] = [];
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly diagnosticWaiters: (() => void)[] = [];
    private readonly versions = new Map<string, number>();
    readonly exited: Promise<number | null>;

    private constructor(readonly process: ChildProcess, settings: Record<string, unknown>) {
        this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
        process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.exited = new Promise(resolve => process.on('exit', code => resolve(code)));
        this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
            params.items.map(item => (item.section ? settings[item.section] : settings) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onRequest('workspace/codeLens/refresh', () => null);
        this.connection.onRequest('workspace/inlayHint/refresh', () => null);
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.diagnosticWaiters.splice(0).forEach(wake => wake());
        });
        this.connection.listen();
    }

    /**
     * Starts `runtime <flags> dist/server.cjs --stdio` (Node 22 by default: the one running the tests),
     * with the V8 flags the VS Code client starts it with.
     */
    static start(runtime = process.execPath, settings: Record<string, unknown> = { tracewright: {} }): LspProcess {
        const child = spawn(runtime, [...LANGUAGE_SERVER_EXEC_ARGV, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        return new LspProcess(child, settings);
    }

    /** initialize + initialized, with the client capabilities an editor like VS Code announces. */
    async initialize(workspaceFolder?: string): Promise<InitializeResult> {
        const folder = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: 'fixtures' }] : null;
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: folder?.[0].uri ?? null,
            workspaceFolders: folder,
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    synchronization: { dynamicRegistration: false }
                }
            }
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        return result;
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'tracewright', version: 1, text }
        });
    }

    /** Replaces the whole text, as a client with full document sync does. */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version }, contentChanges: [{ text }]
        });
    }

    /** Waits until the latest diagnostics published for `uri` satisfy `accept` (or fails after `timeoutMs`). */
    async diagnosticsOf(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const latest = this.diagnostics.get(uri);
            if (latest && accept(latest)) return latest;
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; latest: ${JSON.stringify(latest)}; server stderr: ${this.stderr.join('')}`);
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, remaining);
                this.diagnosticWaiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** shutdown + exit, then the process's exit code. */
    async shutdown(): Promise<number | null> {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        return this.exited;
    }

    /** Last resort in `afterAll`: ends the process this test started if it is still running. */
    kill(): void {
        this.connection.dispose();
        if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
    }
}
