import type { LangiumSharedServices } from 'langium/lsp';
import { parseArgs } from 'node:util';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { summarize, type ModelSummary } from '../workspace/model-summary.js';
import type { CliCommand } from './cli-command.js';
import { CliError } from './cli-error.js';
import { collectDiagnostics, formatDiagnostic, type FileDiagnostic } from './diagnostics-report.js';
import { counted } from '../text/counted.js';
import { parseFormat } from './options.js';
import { allRules } from '../language/rules/rule-catalog.js';
import { formatRules } from './rule-listing.js';

export interface CheckResult {
    diagnostics: FileDiagnostic[];
    summary: ModelSummary & { errors: number; warnings: number };
}

/** Builds the workspace and collects every diagnostic plus the counts for the summary line. */
export async function check(shared: LangiumSharedServices, paths: string[]): Promise<CheckResult> {
    const { documents, problems } = await loadWorkspace(shared, paths.length > 0 ? paths : ['.']);
    if (problems.length > 0) throw new CliError(problems.join('\n'));
    const diagnostics = collectDiagnostics(documents);
    return {
        diagnostics,
        summary: {
            ...summarize(documents),
            errors: diagnostics.filter(d => d.severity === 'error').length,
            warnings: diagnostics.filter(d => d.severity === 'warning').length
        }
    };
}

export function formatCheckResult(result: CheckResult, format: 'text' | 'json'): string {
    if (format === 'json') return JSON.stringify(result, null, 2);
    const s = result.summary;
    const lines = result.diagnostics.map(formatDiagnostic);
    lines.push(`${counted(s.files, 'file')}: ${counted(s.goals, 'goal')}, ${counted(s.stories, 'story', 'stories')}, ${counted(s.requirements, 'requirement')}, `
        + `${counted(s.entities, 'entity', 'entities')}, ${counted(s.relationships, 'relationship')}, ${counted(s.traces, 'trace')}; `
        + `${counted(s.errors, 'error')}, ${counted(s.warnings, 'warning')}`);
    return lines.join('\n');
}

export const checkCommand: CliCommand = {
    name: 'check',
    summary: 'Check .req files (default: the current folder); exit 1 on errors.',
    usage: 'tracewright check [paths...] [--format text|json]\n       tracewright check --rules [--format text|json|md]   (list every rule with its id, category and default severity)',
    async run({ args, shared, out }) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, rules: { type: 'boolean', default: false } } });
        if (values.rules) {
            out(formatRules(allRules, parseFormat(values.format, ['text', 'json', 'md'])));
            return 0;
        }
        const result = await check(shared, positionals);
        out(formatCheckResult(result, parseFormat(values.format, ['text', 'json'])));
        return result.summary.errors > 0 ? 1 : 0;
    }
};
