import { window, type ExtensionContext } from 'vscode';
import { allCommands } from './commands/all-commands.js';
import { registerCommands } from './commands/client-command.js';
import { startLanguageClient, stopLanguageClient } from './language-client.js';
import { registerPreviewSerializer } from './preview/preview-panel.js';

/** Activation: register the commands, start the language server. Everything disposable lives in `context.subscriptions`. */
export async function activate(context: ExtensionContext): Promise<void> {
    registerCommands(context, allCommands);
    // Brings an open preview back after a window reload.
    context.subscriptions.push(registerPreviewSerializer(context));
    try {
        await startLanguageClient(context);
    } catch (error) {
        // Keep the commands (e.g. Restart) available even when the server failed to start.
        const reason = error instanceof Error ? error.message : String(error);
        void window.showErrorMessage(`Tracewright: the language server did not start (${reason}). See the "Tracewright" output channel, then run "Tracewright: Restart Language Server".`);
    }
}

/** Deactivation: shut the language server down cleanly so no orphan process is left behind. */
export async function deactivate(): Promise<void> {
    await stopLanguageClient();
}
