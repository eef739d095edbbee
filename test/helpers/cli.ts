import { runCli } from '../../server/src/cli/main.js';

/** Runs the CLI in-process and captures what it prints and the exit code it returns. */
export async function cli(...argv: string[]): Promise<{ code: number, output: string }> {
    const lines: string[] = [];
    const code = await runCli(argv, text => lines.push(text));
    return { code, output: lines.join('\n') };
}
