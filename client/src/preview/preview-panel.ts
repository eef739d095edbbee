import { randomBytes } from 'node:crypto';
import { Disposable, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextEditor, type WebviewPanel } from 'vscode';
import type { PreviewData, SliceRequest } from '../../../server/src/diagram/preview-protocol.js';
import { LANGUAGE_ID } from '../language-client.js';
import { previewBackend } from './preview-backend.js';
import { previewHtml } from './preview-html.js';
import { PreviewMessageHandler } from './preview-message-handler.js';
import { parseSlice, type HostMessage } from './preview-messages.js';

/** What the serializer restores after a reload (the webview's own getState/setState carries the rest). */
export interface PreviewPanelState { uri?: string, slice?: SliceRequest, overlay?: string }

const VIEW_TYPE = 'tracewright.preview';
const DEBOUNCE_MS = 300;

/**
 * The preview panel beside a `.req` editor: one at a time, following the active `.req` editor and
 * refreshing (debounced) as the user types or, for the "entity at the cursor" slice, moves the cursor.
 */
export class PreviewPanel {
    static readonly viewType = VIEW_TYPE;
    private static current: PreviewPanel | undefined;

    private readonly disposables: Disposable[] = [];
    private readonly handler: PreviewMessageHandler;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requestNumber = 0;
    uri: string | undefined;
    slice: SliceRequest;
    overlay: string | undefined;
    lastData: PreviewData | undefined;

    static createOrShow(context: ExtensionContext, editor: TextEditor | undefined): void {
        const column = editor ? ViewColumn.Beside : ViewColumn.Active;
        if (PreviewPanel.current) {
            PreviewPanel.current.panel.reveal(column, true);
            if (editor) PreviewPanel.current.follow(editor);
            return;
        }
        const panel = window.createWebviewPanel(VIEW_TYPE, 'Tracewright Preview', { viewColumn: column, preserveFocus: true }, PreviewPanel.webviewOptions(context));
        PreviewPanel.current = new PreviewPanel(context, panel, { uri: editor?.document.uri.toString() });
    }

    static revive(context: ExtensionContext, panel: WebviewPanel, state: unknown): void {
        panel.webview.options = PreviewPanel.webviewOptions(context);
        const saved = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
        PreviewPanel.current?.dispose();
        PreviewPanel.current = new PreviewPanel(context, panel, {
            uri: typeof saved.uri === 'string' ? saved.uri : undefined,
            slice: parseSlice(saved.slice),
            overlay: typeof saved.overlay === 'string' ? saved.overlay : undefined
        });
    }

    private static webviewOptions(context: ExtensionContext) {
        // Scripts on; files only from the extension's media/preview folder (the bundle, mermaid, the stylesheet).
        return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [Uri.joinPath(context.extensionUri, 'media', 'preview')] };
    }

    private constructor(private readonly context: ExtensionContext, readonly panel: WebviewPanel, state: PreviewPanelState) {
        this.uri = state.uri ?? window.activeTextEditor?.document.uri.toString();
        this.slice = state.slice ?? { kind: 'file' };
        this.overlay = state.overlay;
        this.handler = new PreviewMessageHandler(this, previewBackend);
        panel.webview.html = this.html();
        this.setTitle();
        panel.iconPath = Uri.joinPath(context.extensionUri, 'media', 'icon.png');
        panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
        panel.webview.onDidReceiveMessage(raw => this.handler.handle(raw), undefined, this.disposables);
        window.onDidChangeActiveTextEditor(editor => { if (editor) this.follow(editor); }, undefined, this.disposables);
        workspace.onDidChangeTextDocument(event => {
            // Any .req file can change the diagram (names are global); a hidden panel refreshes when shown ('ready').
            if (event.document.languageId === LANGUAGE_ID && event.contentChanges.length > 0 && this.panel.visible) this.scheduleRefresh();
        }, undefined, this.disposables);
        window.onDidChangeTextEditorSelection(event => {
            if (this.slice.kind === 'cursor' && event.textEditor.document.uri.toString() === this.uri) this.scheduleRefresh();
        }, undefined, this.disposables);
    }

    /** A new nonce on every render of the HTML shell. */
    private html(): string {
        const media = (file: string) => this.panel.webview.asWebviewUri(Uri.joinPath(this.context.extensionUri, 'media', 'preview', file)).toString();
        return previewHtml({
            cspSource: this.panel.webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: media('preview.js'), mermaidUri: media('mermaid.min.js'), styleUri: media('preview.css')
        });
    }

    private follow(editor: TextEditor): void {
        if (editor.document.languageId !== LANGUAGE_ID) return;
        const uri = editor.document.uri.toString();
        if (uri === this.uri) return;
        this.uri = uri;
        this.setTitle();
        void this.refresh();
    }

    private setTitle(): void {
        if (this.uri) this.panel.title = `Preview ${decodeURIComponent(this.uri.substring(this.uri.lastIndexOf('/') + 1))}`;
    }

    scheduleRefresh(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, DEBOUNCE_MS);
    }

    /** Asks the server for the current slice and posts it; an answer overtaken by a newer request is dropped. */
    async refresh(): Promise<void> {
        if (!this.uri) {
            this.post({ type: 'notice', message: 'Open a .req file to preview its data model.' });
            return;
        }
        const number = ++this.requestNumber;
        const editor = window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri);
        const position = editor ? { line: editor.selection.active.line, character: editor.selection.active.character } : undefined;
        try {
            const data = await previewBackend.previewData({ uri: this.uri, slice: this.slice, overlay: this.overlay, position });
            if (number !== this.requestNumber) return;
            this.lastData = data;
            this.post({ type: 'preview', data });
        } catch (error) {
            if (number === this.requestNumber) this.post({ type: 'notice', message: `Preview not updated: ${error instanceof Error ? error.message : String(error)}` });
        }
    }

    /** Documents this panel has shown locations in: the only ones a `reveal` from the webview may open. */
    readonly revealableUris = new Set<string>();

    post(message: HostMessage): void {
        if (message.type === 'preview') message.data.entities.forEach(e => e.location && this.revealableUris.add(e.location.uri));
        if (message.type === 'trace' && message.view) {
            const { columns, rows, gaps } = message.view;
            [...columns, ...rows, ...gaps.map(g => g.element)].forEach(item => item.location && this.revealableUris.add(item.location.uri));
        }
        void this.panel.webview.postMessage(message);
    }

    /** The column of the editor showing the previewed file, where "reveal" opens declarations. */
    editorColumn(): ViewColumn {
        return window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri)?.viewColumn ?? ViewColumn.One;
    }

    dispose(): void {
        if (PreviewPanel.current === this) PreviewPanel.current = undefined;
        if (this.timer) clearTimeout(this.timer);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

/** Brings the preview back after a window reload; registered once at activation. */
export function registerPreviewSerializer(context: ExtensionContext): Disposable {
    return window.registerWebviewPanelSerializer(VIEW_TYPE, {
        async deserializeWebviewPanel(panel: WebviewPanel, state: unknown) {
            PreviewPanel.revive(context, panel, state);
        }
    });
}
