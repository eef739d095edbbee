import { window } from 'vscode';
import { LANGUAGE_ID } from '../language-client.js';
import { PreviewPanel } from '../preview/preview-panel.js';
import type { ClientCommand } from './client-command.js';

/** "Tracewright: Open Preview": the ER diagram, SQL and trace matrix beside the active `.req` file (editor title button too). */
export const openPreview: ClientCommand = {
    id: 'tracewright.openPreview',
    run(context) {
        const editor = window.activeTextEditor;
        PreviewPanel.createOrShow(context, editor?.document.languageId === LANGUAGE_ID ? editor : undefined);
    }
};
