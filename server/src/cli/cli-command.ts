import type { LangiumSharedServices } from 'langium/lsp';
import type { TracewrightServices } from '../language/tracewright-module.js';

/** What every command gets: its own arguments after the command name, services, and an output sink. */
export interface CliContext {
    args: string[];
    shared: LangiumSharedServices;
    services: TracewrightServices;
    out: (text: string) => void;
}

/** A command returns its exit code: 0 success, 1 the model has problems, 2 usage errors (thrown as CliError). */
export interface CliCommand {
    name: string;
    summary: string;
    usage: string;
    run(context: CliContext): Promise<number>;
}
