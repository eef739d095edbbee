import type { TraceMatrix } from '../trace-matrix-types.js';

/**
 * The matrix as CSV (RFC 4180, CRLF line ends so spreadsheets split rows everywhere): one row per
 * goal → item → data link, so a spreadsheet can filter and pivot it. Goals, items and data elements
 * without links get a row of their own with the missing columns empty. Then, after a blank line, the
 * CRUD matrix and the gaps, each with its own header.
 */
export function matrixToCsv(matrix: TraceMatrix): string {
    const lines: string[][] = [['goal', 'item', 'item_kind', 'priority', 'data', 'data_kind', 'item_status', 'data_status']];
    const dataByName = new Map(matrix.data.map(d => [d.name, d]));
    const linkedGoals = new Set<string>();
    const linkedData = new Set<string>();
    for (const item of matrix.items) {
        const goals = item.goals.length > 0 ? item.goals : [''];
        const data = item.data.length > 0 ? item.data : [''];
        for (const goal of goals) {
            linkedGoals.add(goal);
            for (const name of data) {
                linkedData.add(name);
                const element = dataByName.get(name);
                lines.push([goal, item.name, item.requirementKind ?? item.kind, item.priority ?? '', name, element?.kind ?? '', item.status, element?.status ?? '']);
            }
        }
    }
    for (const goal of matrix.goals) if (!linkedGoals.has(goal.name)) lines.push([goal.name, '', '', '', '', '', goal.status, '']);
    for (const element of matrix.data) {
        if (!linkedData.has(element.name)) lines.push(['', '', '', '', element.name, element.kind, '', element.status]);
    }
    lines.push([], ['story', ...matrix.crud.entities]);
    for (const row of matrix.crud.rows) lines.push([row.story, ...matrix.crud.entities.map(e => row.operations[e] ?? '')]);
    lines.push([], ['file', 'line', 'column', 'severity', 'rule', 'element', 'message']);
    for (const gap of matrix.gaps) {
        lines.push([gap.location.file, String(gap.location.line), String(gap.location.column), gap.severity, gap.rule, gap.element, gap.message]);
    }
    return lines.map(line => line.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
