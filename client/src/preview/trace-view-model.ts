import type { PreviewData, PreviewLocation } from '../../../server/src/diagram/preview-protocol.js';
import type { SourceLocation, TraceMatrix } from '../../../server/src/trace/trace-matrix-types.js';
import type { TraceView, TraceViewItem } from './preview-messages.js';

/**
 * Turns the server's trace matrix (tracewright/traceMatrix) into the table the Trace tab draws:
 * rows are stories and requirements, columns the data elements they name, cells say how (`uses CR`,
 * `traces`). Stakeholders and lifecycle status come from the preview data, which carries them.
 */
export function traceView(matrix: TraceMatrix, facts: PreviewData['itemFacts'] | undefined): TraceView {
    const columns: TraceViewItem[] = matrix.data.map(row => ({ name: row.name, kind: row.kind, location: locationOf(row.location) }));
    const columnIndex = new Map(columns.map((column, index) => [column.name, index]));
    const crud = new Map(matrix.crud.rows.map(row => [row.story, row.operations]));
    const rows = matrix.items.map(item => ({
        name: item.name,
        kind: item.kind,
        title: item.text,
        location: locationOf(item.location),
        goals: item.goals,
        stakeholders: facts?.[item.name]?.stakeholders ?? [],
        priority: item.priority,
        status: facts?.[item.name]?.status,
        cells: item.data.flatMap(name => {
            const column = columnIndex.get(name);
            if (column === undefined) return [];
            const operations = crud.get(item.name)?.[name];
            return [{ column, label: item.kind === 'story' ? `uses${operations ? ' ' + operations : ''}` : 'traces' }];
        })
    }));
    const gaps = matrix.gaps.map(gap => ({ element: { name: gap.element, kind: gap.rule, location: locationOf(gap.location) }, message: gap.message }));
    return { columns, rows, gaps };
}

/** The matrix counts lines and columns from 1 and names the file by URI (language server). */
function locationOf(location: SourceLocation | undefined): PreviewLocation | undefined {
    if (!location || !/^[a-z][\w+.-]*:/i.test(location.file)) return undefined;
    const position = { line: Math.max(0, location.line - 1), character: Math.max(0, location.column - 1) };
    return { uri: location.file, range: { start: position, end: position } };
}
