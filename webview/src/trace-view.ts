import type { TraceView, TraceViewItem } from '../../client/src/preview/preview-messages.js';
import { byId, fillSelect, h, onActivate } from './dom.js';
import type { PreviewState } from './vscode-api.js';
import { post } from './vscode-api.js';

type Filters = PreviewState['filters'];
const FILTERS: Array<{ key: keyof Filters, id: string, label: string }> = [
    { key: 'goal', id: 'filter-goal', label: 'All goals' },
    { key: 'stakeholder', id: 'filter-stakeholder', label: 'All stakeholders' },
    { key: 'priority', id: 'filter-priority', label: 'Any priority' },
    { key: 'status', id: 'filter-status', label: 'Any status' }
];

/** The Trace tab: rows (stories, requirements) × columns (data elements); a cell or a name reveals it in the editor. */
export class TraceViewPanel {
    private readonly table = byId<HTMLTableElement>('trace-matrix');
    private readonly gaps = byId('trace-gaps');
    private readonly status = byId('trace-status');
    private view: TraceView | undefined;

    constructor(private filters: Filters, private readonly onFilters: (filters: Filters) => void) {
        for (const filter of FILTERS) {
            byId<HTMLSelectElement>(filter.id).addEventListener('change', event => {
                this.filters = { ...this.filters, [filter.key]: (event.target as HTMLSelectElement).value };
                this.onFilters(this.filters);
                this.draw();
            });
        }
    }

    request(): void {
        post({ type: 'requestTrace' });
    }

    show(view: TraceView | undefined, error: string | undefined): void {
        if (error !== undefined || !view) {
            this.status.textContent = error ?? 'No trace data.';
            return;
        }
        this.view = view;
        const values = (pick: (row: TraceView['rows'][number]) => Array<string | undefined>): string[] =>
            [...new Set(view.rows.flatMap(pick).filter((v): v is string => !!v))].sort();
        const choices: Record<keyof Filters, string[]> = {
            goal: values(r => r.goals), stakeholder: values(r => r.stakeholders),
            priority: values(r => [r.priority]), status: values(r => [r.status])
        };
        for (const filter of FILTERS) {
            fillSelect(byId<HTMLSelectElement>(filter.id), [{ value: '', label: filter.label }, ...choices[filter.key].map(v => ({ value: v, label: v }))], this.filters[filter.key]);
        }
        this.draw();
    }

    private draw(): void {
        const view = this.view;
        if (!view) return;
        const f = this.filters;
        const rows = view.rows.filter(row => (!f.goal || row.goals.includes(f.goal)) && (!f.stakeholder || row.stakeholders.includes(f.stakeholder))
            && (!f.priority || row.priority === f.priority) && (!f.status || row.status === f.status));
        // Only the data the visible rows name: a 200-entity model has thousands of attributes.
        const used = new Set(rows.flatMap(row => row.cells.map(cell => cell.column)));
        const columns = view.columns.map((column, index) => ({ column, index })).filter(c => used.has(c.index));
        const head = h('tr', {}, h('th', { scope: 'col' }, 'Element'), ...columns.map(({ column }) => h('th', { scope: 'col', class: 'column' }, this.link(column))));
        const body = rows.map(row => {
            const byColumn = new Map(row.cells.map(cell => [cell.column, cell.label]));
            return h('tr', {},
                h('th', { scope: 'row', title: row.title }, this.link(row)),
                ...columns.map(({ column, index }) => {
                    const label = byColumn.get(index);
                    if (label === undefined) return h('td', {});
                    const cell = h('td', { class: 'traced', tabindex: '0', role: 'button', title: `${row.name} ${label} ${column.name}` }, '●');
                    const location = row.location;
                    if (location) onActivate(cell, () => post({ type: 'reveal', location }));
                    return cell;
                }));
        });
        this.table.replaceChildren(h('thead', {}, head), h('tbody', {}, ...body));
        this.status.textContent = `${rows.length} of ${view.rows.length} stories and requirements, ${columns.length} of ${view.columns.length} data elements, ${view.gaps.length} gaps`;
        this.gaps.replaceChildren(...view.gaps.map(gap => h('li', {}, this.link(gap.element), ` — ${gap.message}`)));
    }

    private link(item: TraceViewItem): HTMLElement {
        const location = item.location;
        if (!location) return h('span', {}, item.name);
        const button = h('button', { type: 'button', class: 'link', title: `${item.kind} ${item.name}: go to declaration` }, item.name);
        button.addEventListener('click', () => post({ type: 'reveal', location }));
        return button;
    }
}
