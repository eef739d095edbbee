import type { HostMessage } from '../../client/src/preview/preview-messages.js';
import type { PickerItem, PreviewData, SliceRequest } from '../../server/src/diagram/preview-protocol.js';
import { DiagramView } from './diagram-view.js';
import { byId, fillSelect } from './dom.js';
import { SqlView } from './sql-view.js';
import { setUpTabs } from './tabs.js';
import { TraceViewPanel } from './trace-view.js';
import { loadState, post, saveState, type PreviewState } from './vscode-api.js';
import { ZoomPan } from './zoom-pan.js';

// The preview webview: one page, three tabs. Talks to the extension host only through postMessage.
let state: PreviewState = loadState();
const update = (change: Partial<PreviewState>): void => {
    state = { ...state, ...change };
    saveState(state);
};

const diagram = new DiagramView();
const sql = new SqlView(state.dialect, dialect => update({ dialect }));
const trace = new TraceViewPanel(state.filters, filters => update({ filters }));
const zoom = new ZoomPan(byId('diagram-viewport'), byId('diagram'), state.zoom, z => update({ zoom: z }));
// The first diagram of a fresh panel is fitted to it; a restored panel keeps the zoom it had.
let fitNext = state.zoom.scale === 1 && state.zoom.x === 0 && state.zoom.y === 0;
diagram.onRendered = () => {
    if (fitNext) zoom.fit(diagram.naturalSize());
    fitNext = false;
};
setUpTabs(state.tab, tab => {
    update({ tab });
    if (tab === 'sql') sql.request();
    if (tab === 'trace') trace.request();
});

const slicePicker = byId<HTMLSelectElement>('slice-picker');
const overlayPicker = byId<HTMLSelectElement>('overlay-picker');
slicePicker.addEventListener('change', () => {
    const slice = decodeSlice(slicePicker.value);
    update({ slice });
    post({ type: 'selectSlice', slice });
});
overlayPicker.addEventListener('change', () => {
    const name = overlayPicker.value || undefined;
    update({ overlay: name });
    post({ type: 'selectOverlay', name });
});
byId('zoom-in').addEventListener('click', () => zoom.zoomBy(1.2));
byId('zoom-out').addEventListener('click', () => zoom.zoomBy(1 / 1.2));
byId('zoom-reset').addEventListener('click', () => zoom.fit(diagram.naturalSize()));
byId('export-svg').addEventListener('click', () => {
    const svg = diagram.currentSvg();
    if (svg) post({ type: 'exportSvg', svg });
});
byId('export-mermaid').addEventListener('click', () => post({ type: 'exportMermaid' }));

const KIND_LABELS: Record<PickerItem['kind'], string> = { goal: 'Goals', stakeholder: 'Stakeholders', story: 'Stories', requirement: 'Requirements', entity: 'Entities' };

function encodeSlice(slice: SliceRequest): string {
    return slice.kind === 'entity' || slice.kind === 'traced' ? `${slice.kind}:${slice.name}` : slice.kind;
}

function decodeSlice(value: string): SliceRequest {
    const [kind, name] = value.split(':');
    if ((kind === 'entity' || kind === 'traced') && name) return { kind, name };
    return kind === 'cursor' || kind === 'all' ? { kind } : { kind: 'file' };
}

function fillPickers(data: PreviewData): void {
    const label = (item: PickerItem): string => item.detail ? `${item.name} — ${item.detail}` : item.name;
    const current = state.slice.kind === 'cursor' ? 'cursor' : encodeSlice(data.slice);
    fillSelect(slicePicker, [
        { value: 'file', label: 'Entities of this file' },
        { value: 'cursor', label: 'Neighbourhood of the entity at the cursor' },
        { value: 'all', label: 'Whole model (slow for large models)' },
        ...data.picker.map(item => item.kind === 'entity'
            ? { value: `entity:${item.name}`, label: `Neighbourhood of ${item.name}`, group: 'Neighbourhood of an entity' }
            : { value: `traced:${item.name}`, label: label(item), group: `Traced by (${KIND_LABELS[item.kind]})` })
    ], current);
    fillSelect(overlayPicker, [
        { value: '', label: 'Nothing' },
        ...data.picker.filter(item => item.kind !== 'entity').map(item => ({ value: item.name, label: label(item), group: KIND_LABELS[item.kind] }))
    ], data.overlay?.name ?? '');
}

function notice(message: string): void {
    byId('diagram-status').textContent = message;
}

window.addEventListener('message', event => {
    const message = event.data as HostMessage;
    if (typeof message !== 'object' || message === null) return;
    switch (message.type) {
        case 'preview':
            update({ uri: message.data.uri });
            fillPickers(message.data);
            diagram.show(message.data);
            // The model changed: the visible tab's other views follow it too.
            if (state.tab === 'sql') sql.request();
            if (state.tab === 'trace') trace.request();
            break;
        case 'sql': sql.show(message); break;
        case 'trace': trace.show(message.view, message.error); break;
        case 'notice': notice(String(message.message)); break;
    }
});

// VS Code marks the theme kind on <body> (vscode-light, vscode-dark, vscode-high-contrast) and
// updates the --vscode-* variables; Mermaid bakes colours into the SVG, so draw it again.
new MutationObserver(() => diagram.redraw()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

post({ type: 'ready' });
