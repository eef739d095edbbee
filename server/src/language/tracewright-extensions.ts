import type { TracewrightCodeActionProvider } from './tracewright-code-actions.js';
import type { TracewrightHoverProvider } from './tracewright-hover.js';
import type { TracewrightServices } from './tracewright-module.js';
import { registerTraceExtensions } from '../trace/trace-extensions.js';
import { registerQualityExtension } from './quality/quality-extension.js';
import { registerSqlExtension } from '../sql/sql-extension.js';

/** What a concern gets to plug its quick fixes and hover sections into the shared providers. */
export interface ExtensionContext {
    services: TracewrightServices;
    quickFixes: TracewrightCodeActionProvider;
    hover: TracewrightHoverProvider;
}

/** Each concern adds one registration function here, so that no concern edits another's code. */
const extensions: Array<(context: ExtensionContext) => void> = [
    registerTraceExtensions,
    registerQualityExtension,
    registerSqlExtension,
];

export function registerExtensions(services: TracewrightServices): void {
    const context: ExtensionContext = {
        services,
        quickFixes: services.lsp.CodeActionProvider as TracewrightCodeActionProvider,
        hover: services.lsp.HoverProvider as TracewrightHoverProvider
    };
    for (const register of extensions) register(context);
}
