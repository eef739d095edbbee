import type { SqlDialect, WebviewMessage } from '../../client/src/preview/preview-messages.js';
import type { SliceRequest } from '../../server/src/diagram/preview-protocol.js';

/** What the panel remembers across hides and reloads (getState/setState; the serializer gets it too). */
export interface PreviewState {
    uri?: string;
    tab: 'diagram' | 'sql' | 'trace';
    slice: SliceRequest;
    overlay?: string;
    dialect: SqlDialect;
    zoom: { scale: number, x: number, y: number };
    filters: { goal: string, stakeholder: string, priority: string, status: string };
}

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
    api.postMessage(message);
}

export const defaultState: PreviewState = {
    tab: 'diagram',
    slice: { kind: 'file' },
    dialect: 'postgres',
    zoom: { scale: 1, x: 0, y: 0 },
    filters: { goal: '', stakeholder: '', priority: '', status: '' }
};

export function loadState(): PreviewState {
    const saved = api.getState() as Partial<PreviewState> | undefined;
    return { ...defaultState, ...saved, filters: { ...defaultState.filters, ...saved?.filters }, zoom: { ...defaultState.zoom, ...saved?.zoom } };
}

export function saveState(state: PreviewState): void {
    api.setState(state);
}
