/** An error the user can fix: printed as one line, never with a stack trace. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}
