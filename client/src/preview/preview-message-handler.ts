import { Range, Selection, TextEditorRevealType, Uri, env, window, workspace } from 'vscode';
import { counted } from '../../../server/src/text/counted.js';
import { saveWithPrompt } from './atomic-write.js';
import type { PreviewBackend } from './preview-backend.js';
import { parseWebviewMessage, type SqlDialect, type WebviewMessage } from './preview-messages.js';
import type { PreviewPanel } from './preview-panel.js';
import { traceView } from './trace-view-model.js';

const SQL_EXTENSION: Record<SqlDialect, string> = { postgres: 'postgres.sql', sqlite: 'sqlite.sql', mysql: 'mysql.sql' };

/** Acts on what the webview asks for, after `parseWebviewMessage` checked it against the allow-list. */
export class PreviewMessageHandler {
    constructor(private readonly panel: PreviewPanel, private readonly backend: PreviewBackend) {}

    async handle(raw: unknown): Promise<void> {
        const message = parseWebviewMessage(raw);
        if (!message) return; // Not one of ours: ignored, never acted on.
        try {
            await this.act(message);
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            void window.showErrorMessage(`Tracewright preview: ${reason}`);
        }
    }

    private async act(message: WebviewMessage): Promise<void> {
        const panel = this.panel;
        switch (message.type) {
            case 'ready':
                return panel.refresh();
            case 'selectSlice':
                panel.slice = message.slice;
                return panel.refresh();
            case 'selectOverlay':
                panel.overlay = message.name;
                return panel.refresh();
            case 'reveal': {
                if (!panel.revealableUris.has(message.location.uri)) return; // Only places the panel itself showed.
                const { start, end } = message.location.range;
                const range = new Range(start.line, start.character, end.line, end.character);
                const editor = await window.showTextDocument(Uri.parse(message.location.uri), { viewColumn: panel.editorColumn(), preserveFocus: false });
                editor.selection = new Selection(range.start, range.end);
                editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
                return;
            }
            case 'exportSvg': {
                const written = await saveWithPrompt(this.besideModel('diagram.svg'), `<?xml version="1.0" encoding="UTF-8"?>\n${message.svg}\n`, { SVG: ['svg'] });
                if (written) void window.showInformationMessage(`Diagram saved to ${workspace.asRelativePath(written)}.`);
                return;
            }
            case 'exportMermaid': {
                // The export is the whole model (Mermaid's limits are raised when it renders), not just the slice on screen.
                const uri = this.requireUri();
                const data = await this.backend.previewData({ uri, slice: { kind: 'all' } });
                const written = await saveWithPrompt(this.besideModel('data-model.mmd'), data.mermaid, { Mermaid: ['mmd', 'mermaid'] });
                if (written) void window.showInformationMessage(`Mermaid source of ${data.entities.length} entities saved to ${workspace.asRelativePath(written)}.`);
                return;
            }
            case 'requestSql':
            case 'copySql':
            case 'saveSql': {
                const result = await this.backend.generateSql(this.requireUri(), message.dialect);
                panel.post({ type: 'sql', dialect: message.dialect, sql: result.sql,
                    note: result.modelErrors > 0 ? `The model has ${counted(result.modelErrors, 'error')}; fix them (Problems view) before running this script.` : undefined });
                if (message.type === 'copySql') {
                    await env.clipboard.writeText(result.sql);
                    void window.setStatusBarMessage('Tracewright: SQL copied', 3000);
                } else if (message.type === 'saveSql') {
                    const written = await saveWithPrompt(this.besideModel(`schema.${SQL_EXTENSION[message.dialect]}`), result.sql, { SQL: ['sql'] });
                    if (written) void window.showInformationMessage(`SQL saved to ${workspace.asRelativePath(written)}.`);
                }
                return;
            }
            case 'verifySql': {
                const result = await this.backend.verifySql(this.requireUri(), message.dialect);
                const details = [...result.errors.map(e => e.message), ...result.differences].slice(0, 3).join('; ');
                panel.post({ type: 'sql', dialect: message.dialect, verification: { ok: result.ok, engine: result.engine, message: details ? `${result.summary} ${details}` : result.summary } });
                return;
            }
            case 'requestTrace': {
                const matrix = await this.backend.traceMatrix(this.requireUri());
                panel.post({ type: 'trace', view: traceView(matrix, panel.lastData?.itemFacts) });
                return;
            }
        }
    }

    private requireUri(): string {
        if (!this.panel.uri) throw new Error('no .req file is previewed; open one and run "Tracewright: Open Preview" again.');
        return this.panel.uri;
    }

    /** A default file name in the previewed file's folder. */
    private besideModel(name: string): Uri {
        const base = this.panel.uri ? Uri.parse(this.panel.uri) : workspace.workspaceFolders?.[0]?.uri;
        return base ? Uri.joinPath(base, this.panel.uri ? '..' : '.', name) : Uri.file(name);
    }
}
