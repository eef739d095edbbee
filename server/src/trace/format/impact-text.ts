import type { ImpactReport } from '../impact-types.js';

/** Impact as an indented tree-like list: one line per dependent, indented by depth, with where it is written. */
export function impactToText(report: ImpactReport): string {
    const where = (l: { file: string; line: number }) => `${l.file}:${l.line}`;
    const lines = [`Impact of ${report.kind} ${report.element} (${where(report.location)}):`];
    if (report.entries.length === 0) lines.push('  nothing depends on it.');
    for (const entry of report.entries) {
        lines.push(`${'  '.repeat(entry.depth)}${entry.kind} ${entry.name}: ${entry.reason} (${where(entry.location)})`);
    }
    const count = report.entries.length;
    if (count > 0) lines.push(`${count} element${count === 1 ? '' : 's'} depend${count === 1 ? 's' : ''} on ${report.element}.`);
    return lines.join('\n');
}
