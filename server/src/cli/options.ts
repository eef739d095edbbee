import { CliError } from './cli-error.js';

/** Validates a `--format` value against the formats a command supports. */
export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[]): T {
    if (value && (allowed as readonly string[]).includes(value)) return value as T;
    throw new CliError(`--format must be one of ${allowed.join(', ')}, not '${value}'.`);
}
