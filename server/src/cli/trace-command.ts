import { URI } from 'langium';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { matrixToCsv } from '../trace/format/matrix-csv.js';
import { matrixToHtml } from '../trace/format/matrix-html.js';
import { matrixToMarkdown } from '../trace/format/matrix-markdown.js';
import type { TraceMatrix } from '../trace/trace-matrix-types.js';
import { workspaceTraceMatrix } from '../trace/workspace-matrix.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { writeGeneratedFile } from './atomic-write.js';
import type { CliCommand } from './cli-command.js';
import { CliError } from './cli-error.js';
import { parseFormat } from './options.js';

const formats = ['md', 'csv', 'html', 'json'] as const;
type MatrixFormat = (typeof formats)[number];

const formatters: Record<MatrixFormat, (matrix: TraceMatrix) => string> = {
    md: matrixToMarkdown,
    csv: matrixToCsv,
    html: matrixToHtml,
    json: matrix => JSON.stringify(matrix, null, 2) + '\n'
};

/** Paths relative to the current folder, with forward slashes, so reports read the same on every OS. */
export function relativeFileName(uri: URI): string {
    return (path.relative(process.cwd(), uri.fsPath) || uri.fsPath).split(path.sep).join('/');
}

export const traceCommand: CliCommand = {
    name: 'trace',
    summary: 'Print the traceability matrix (goals, stories, requirements, data), the CRUD matrix and the coverage gaps.',
    usage: 'tracewright trace [paths...] [--format md|csv|html|json] [--fail-on gaps] [-o file]',
    async run({ args, shared, services, out }) {
        const { values, positionals } = parseArgs({
            args, allowPositionals: true, options: {
                format: { type: 'string', default: 'md' },
                'fail-on': { type: 'string' },
                output: { type: 'string', short: 'o' }
            }
        });
        const format = parseFormat(values.format, formats);
        const failOn = values['fail-on'];
        if (failOn !== undefined && failOn !== 'gaps') throw new CliError(`--fail-on takes 'gaps', not '${failOn}'.`);
        const { problems } = await loadWorkspace(shared, positionals.length > 0 ? positionals : ['.']);
        if (problems.length > 0) throw new CliError(problems.join('\n'));
        const matrix = workspaceTraceMatrix(services, relativeFileName);
        const text = formatters[format](matrix);
        if (values.output) {
            await writeGeneratedFile(values.output, text, '', true);
            out(`Wrote ${values.output} (${matrix.summary.gaps} gaps).`);
        } else {
            out(text.replace(/\r?\n$/, ''));
        }
        if (failOn === 'gaps' && matrix.gaps.length > 0) {
            console.error(`tracewright: ${matrix.gaps.length} coverage gaps (listed under Gaps); failing because of --fail-on gaps.`);
            return 1;
        }
        return 0;
    }
};
