import type { TraceMatrix } from '../trace-matrix-types.js';

const statusMark = { covered: 'covered', gap: '**gap**', exempt: 'exempt' } as const;

/** The matrix as GitHub-flavoured Markdown: summary, goals, items, data, CRUD, gaps. */
export function matrixToMarkdown(matrix: TraceMatrix): string {
    const s = matrix.summary;
    const out: string[] = ['# Traceability matrix', ''];
    out.push(`${s.goalsRealised}/${s.goals} goals realised · ${s.itemsServingGoals}/${s.items} stories and requirements serve a goal · `
        + `${s.dataJustified}/${s.dataElements} data elements justified · ${s.gaps} gaps`, '');
    out.push('## Goals', '', ...table(['Goal', 'Title', 'Realised by', 'Sub-goals', 'Status'],
        matrix.goals.map(g => [g.name, g.title, list(g.realisedBy), list(g.subGoals), statusMark[g.status]])), '');
    out.push('## Stories and requirements', '', ...table(['Item', 'Kind', 'Priority', 'Goals', 'Data', 'Detailed by', 'Status'],
        matrix.items.map(i => [i.name, i.requirementKind ?? i.kind, i.priority ?? '', list(i.goals), list(i.data), list(i.detailedBy), statusMark[i.status]])), '');
    out.push('## Data', '', ...table(['Element', 'Kind', 'Justified by', 'Goals', 'Status'],
        matrix.data.map(d => [d.name, d.kind, list(d.justifiedBy), list(d.goals), statusMark[d.status]])), '');
    out.push('## CRUD', '');
    if (matrix.crud.rows.length === 0) out.push('No story uses entities.');
    else out.push(...table(['Story', ...matrix.crud.entities], matrix.crud.rows.map(r => [r.story, ...matrix.crud.entities.map(e => r.operations[e] ?? '')])));
    out.push('', '## Gaps', '');
    if (matrix.gaps.length === 0) out.push('None.');
    for (const gap of matrix.gaps) out.push(`- ${gap.location.file}:${gap.location.line}:${gap.location.column} ${gap.severity} \`${gap.rule}\`: ${cell(gap.message)}`);
    return out.join('\n') + '\n';
}

function table(header: string[], rows: string[][]): string[] {
    return [row(header), row(header.map(() => '---')), ...rows.map(r => row(r.map(cell)))];
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}

/** Pipes and line breaks would end a table cell early. */
function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function list(values: string[]): string {
    return values.join(', ');
}
