import { window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_SERVER_EXEC_ARGV } from './language-server-flags.js';

/** The language id of `.req` files, shared by the document selector and `package.json`. */
export const LANGUAGE_ID = 'tracewright';

let client: LanguageClient | undefined;

/**
 * The running language client, for other client modules that send custom requests
 * (declared in server/src/protocol.ts). Undefined before activation finished or after deactivation.
 */
export function getLanguageClient(): LanguageClient | undefined {
    return client;
}

/** Like {@link getLanguageClient}, but tells the user what to do when the server is not running. */
export function requireLanguageClient(): LanguageClient {
    if (!client?.isRunning()) {
        throw new Error('The Tracewright language server is not running. Run "Tracewright: Restart Language Server" and look at the "Tracewright" output channel for the reason.');
    }
    return client;
}

/**
 * Starts the bundled server `dist/server.cjs` in VS Code's own Node over IPC. The file watcher and
 * output channel are owned by the extension context, so they outlive a restart of the client.
 */
export async function startLanguageClient(context: ExtensionContext): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...LANGUAGE_SERVER_EXEC_ARGV] } },
        // `--nolazy` so breakpoints bind before the code first runs; attach a debugger on port 6009.
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...LANGUAGE_SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } }
    };

    const outputChannel = window.createOutputChannel('Tracewright', { log: true });
    const watcher = workspace.createFileSystemWatcher('**/*.req');
    context.subscriptions.push(outputChannel, watcher);

    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID }
        ],
        synchronize: {
            // Settings under `tracewright.*` are pushed to the server when they change.
            configurationSection: 'tracewright',
            // Files changed outside the editor (git checkout, generators) relink the workspace.
            fileEvents: watcher
        },
        outputChannel,
        traceOutputChannel: outputChannel
    };

    // The id `tracewright` makes the client read the standard `tracewright.trace.server` setting.
    client = new LanguageClient(LANGUAGE_ID, 'Tracewright Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}

/** Stops the server gracefully (shutdown + exit); safe to call when it never started. */
export async function stopLanguageClient(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) await running.stop();
}

/** Stops and starts the server process again, keeping the same client (and its output channel). */
export async function restartLanguageClient(): Promise<void> {
    if (!client) throw new Error('The Tracewright language server was never started; reload the window (Developer: Reload Window).');
    await client.restart();
}
