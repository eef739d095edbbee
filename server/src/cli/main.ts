import { NodeFileSystem } from 'langium/node';
import { createTracewrightServices } from '../language/tracewright-module.js';
import { checkCommand } from './check-command.js';
import type { CliCommand } from './cli-command.js';
import { CliError } from './cli-error.js';
import { sqlCommand } from './sql-command.js';
import { traceCommand } from './trace-command.js';
import { impactCommand } from './impact-command.js';

/** Every command, in the order `--help` lists them. Each lives in its own file. */
const commands: CliCommand[] = [
    checkCommand,
    sqlCommand,
    traceCommand,
    impactCommand
];

function usage(): string {
    const width = Math.max(...commands.map(c => c.name.length)) + 2;
    return ['Usage: tracewright <command> [options]', '', 'Commands:',
        ...commands.map(c => `  ${c.name.padEnd(width)}${c.summary}`),
        '', 'Run `tracewright <command> --help` for the options of one command.'].join('\n');
}

/** Runs one command and returns its exit code; user mistakes are thrown as CliError. */
export async function runCli(argv: string[], out: (text: string) => void = console.log): Promise<number> {
    const [name, ...args] = argv;
    if (!name || name === '-h' || name === '--help' || name === 'help') {
        out(usage());
        return name ? 0 : 2;
    }
    const command = commands.find(c => c.name === name);
    if (!command) throw new CliError(`Unknown command '${name}'.\n\n${usage()}`);
    if (args.includes('--help') || args.includes('-h')) {
        out(`Usage: ${command.usage}\n\n${command.summary}`);
        return 0;
    }
    const { shared, Tracewright } = createTracewrightServices(NodeFileSystem);
    return command.run({ args, shared, services: Tracewright, out });
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
    try {
        process.exitCode = await runCli(argv);
    } catch (error) {
        const userError = error instanceof CliError || String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
        const message = userError
            ? (error as Error).message
            : `internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.`;
        console.error(`tracewright: ${message}`);
        process.exitCode = error instanceof CliError ? error.exitCode : 2;
    }
}
