import type { PreviewData, PreviewLocation, SliceRequest } from '../../../server/src/diagram/preview-protocol.js';

/**
 * Messages between the preview panel (extension host) and its webview. A discriminated union in
 * each direction; what the webview sends is untrusted and goes through `parseWebviewMessage`
 * (a typed allow-list) before the host acts on it. No `vscode` import: the webview bundle uses this too.
 */

export type SqlDialect = 'postgres' | 'sqlite' | 'mysql';
export const SQL_DIALECTS: readonly SqlDialect[] = ['postgres', 'sqlite', 'mysql'];

export interface SqlVerification { ok: boolean, engine: string, message: string }

/** The trace matrix as the webview draws it; client/src/preview/trace-view-model.ts adapts the server's matrix to it. */
export interface TraceViewItem { name: string, kind: string, location?: PreviewLocation }
export interface TraceViewRow extends TraceViewItem {
    title: string;
    goals: string[];
    stakeholders: string[];
    priority?: string;
    status?: string;
    /** Column index → how the row traces that column (e.g. `traces`, `uses (create, read)`). */
    cells: Array<{ column: number, label: string }>;
}
export interface TraceView {
    columns: TraceViewItem[];
    rows: TraceViewRow[];
    gaps: Array<{ element: TraceViewItem, message: string }>;
}

export type HostMessage =
    | { type: 'preview', data: PreviewData }
    /** `note`: e.g. that the model has errors, shown above the script. */
    | { type: 'sql', dialect: SqlDialect, sql?: string, note?: string, error?: string, verification?: SqlVerification }
    | { type: 'trace', view?: TraceView, error?: string }
    /** Something the host could not do, shown in the panel's status line. */
    | { type: 'notice', message: string };

export type WebviewMessage =
    | { type: 'ready' }
    | { type: 'selectSlice', slice: SliceRequest }
    | { type: 'selectOverlay', name?: string }
    | { type: 'reveal', location: PreviewLocation }
    | { type: 'exportSvg', svg: string }
    | { type: 'exportMermaid' }
    | { type: 'requestSql', dialect: SqlDialect }
    | { type: 'verifySql', dialect: SqlDialect }
    | { type: 'copySql', dialect: SqlDialect }
    | { type: 'saveSql', dialect: SqlDialect }
    | { type: 'requestTrace' };

/** Exported SVGs larger than this are refused: a diagram of the whole 500-entity benchmark model stays far below. */
export const MAX_SVG_LENGTH = 50_000_000;
const NAME = /^[_a-zA-Z\u00C0-\uFFFF][\w\u00C0-\uFFFF]*$/;

/** The allow-list: returns the message when it has exactly an expected shape, otherwise undefined. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
    if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
    switch (raw.type) {
        case 'ready': case 'exportMermaid': case 'requestTrace':
            return { type: raw.type };
        case 'selectSlice': {
            const slice = parseSlice(raw.slice);
            return slice ? { type: 'selectSlice', slice } : undefined;
        }
        case 'selectOverlay':
            if (raw.name === undefined || raw.name === null) return { type: 'selectOverlay' };
            return isName(raw.name) ? { type: 'selectOverlay', name: raw.name } : undefined;
        case 'reveal': {
            const location = parseLocation(raw.location);
            return location ? { type: 'reveal', location } : undefined;
        }
        case 'exportSvg':
            return typeof raw.svg === 'string' && raw.svg.startsWith('<svg') && raw.svg.length <= MAX_SVG_LENGTH
                ? { type: 'exportSvg', svg: raw.svg } : undefined;
        case 'requestSql': case 'verifySql': case 'copySql': case 'saveSql':
            return SQL_DIALECTS.includes(raw.dialect as SqlDialect) ? { type: raw.type, dialect: raw.dialect as SqlDialect } : undefined;
        default:
            return undefined;
    }
}

export function parseSlice(raw: unknown): SliceRequest | undefined {
    if (!isRecord(raw)) return undefined;
    switch (raw.kind) {
        case 'file': case 'cursor': case 'all': return { kind: raw.kind };
        case 'entity': case 'traced': return isName(raw.name) ? { kind: raw.kind, name: raw.name } : undefined;
        default: return undefined;
    }
}

function parseLocation(raw: unknown): PreviewLocation | undefined {
    if (!isRecord(raw) || typeof raw.uri !== 'string' || !/^(file|untitled|vscode-vfs|vscode-remote):/.test(raw.uri)) return undefined;
    const range = raw.range;
    if (!isRecord(range) || !isPosition(range.start) || !isPosition(range.end)) return undefined;
    return { uri: raw.uri, range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } } };
}

function isPosition(raw: unknown): raw is { line: number, character: number } {
    return isRecord(raw) && isCount(raw.line) && isCount(raw.character);
}

function isCount(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isName(value: unknown): value is string {
    return typeof value === 'string' && value.length <= 200 && NAME.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
