import { NodeFileSystem } from 'langium/node';
import { parseArgs } from 'node:util';
import { createTracewrightServices } from '../language/tracewright-module.js';
import { check, formatCheckResult } from './check-command.js';
import { CliError } from './cli-error.js';

const usage = `Usage: tracewright <command> [options] [paths...]

Commands:
  check [paths]     Check .req files (default: the current folder); exit 1 on errors.

Options:
  --format text|json   Output format (default: text).
  -h, --help           Show this help.`;

/** The CLI: one function per command; every user mistake becomes one clear line and exit code 2. */
export async function runCli(argv: string[], out: (text: string) => void = console.log): Promise<number> {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
        out(usage);
        return command ? 0 : 2;
    }
    const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true, strict: true,
        options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } }
    });
    if (values.help) {
        out(usage);
        return 0;
    }
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new CliError(`--format must be text or json, not '${format}'.`);
    const { shared } = createTracewrightServices(NodeFileSystem);
    switch (command) {
        case 'check': {
            const result = await check(shared, positionals);
            out(formatCheckResult(result, format));
            return result.summary.errors > 0 ? 1 : 0;
        }
        default:
            throw new CliError(`Unknown command '${command}'.\n${usage}`);
    }
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
    try {
        process.exitCode = await runCli(argv);
    } catch (error) {
        const message = error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
            ? (error as Error).message
            : `Internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.`;
        console.error(`tracewright: ${message}`);
        process.exitCode = error instanceof CliError ? error.exitCode : 2;
    }
}
