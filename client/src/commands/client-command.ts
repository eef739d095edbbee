import { commands, window, type ExtensionContext } from 'vscode';

/** One command of the extension. Its `id` must also be listed under `contributes.commands` in package.json. */
export interface ClientCommand {
    readonly id: string;
    run(context: ExtensionContext, ...args: unknown[]): unknown;
}

/**
 * Registers every command and puts the registrations into `context.subscriptions`.
 * A command that fails shows its message instead of failing silently in the extension host log.
 */
export function registerCommands(context: ExtensionContext, all: readonly ClientCommand[]): void {
    for (const command of all) {
        context.subscriptions.push(commands.registerCommand(command.id, async (...args: unknown[]) => {
            try {
                return await command.run(context, ...args);
            } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                void window.showErrorMessage(`Tracewright: ${message}`);
                return undefined;
            }
        }));
    }
}
