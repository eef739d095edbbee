import { window } from 'vscode';
import { restartLanguageClient } from '../language-client.js';
import type { ClientCommand } from './client-command.js';

/** "Tracewright: Restart Language Server": e.g. after the server got stuck or a setting needs a fresh start. */
export const restartServer: ClientCommand = {
    id: 'tracewright.restartServer',
    async run() {
        await restartLanguageClient();
        void window.setStatusBarMessage('Tracewright language server restarted', 3000);
    }
};
