import { describe, expect, test } from 'vitest';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { registerCodeLensRefresh } from '../../server/src/trace/code-lens-refresh.js';
import { buildWorkspace } from '../helpers/workspace.js';

async function refreshesAfterEdit(refreshSupport: boolean): Promise<string[]> {
    const ws = await buildWorkspace({ 'a.req': 'goal G1 "A"', 'b.req': 'story US1 "B" { realizes G1 }' });
    const sent: string[] = [];
    const connection = { sendRequest: async (method: string) => { sent.push(method); } } as unknown as Connection;
    registerCodeLensRefresh(connection, ws.shared);
    const params = { processId: null, rootUri: null, capabilities: { workspace: { codeLens: { refreshSupport } } } } as InitializeParams;
    await ws.shared.lsp.LanguageServer.initialize(params);
    await ws.edit('b.req', 'story US1 "B"');
    return sent;
}

describe('code lenses of every file are refreshed after a build', () => {
    test('when the client supports it', async () => {
        expect(await refreshesAfterEdit(true)).toEqual(['workspace/codeLens/refresh']);
    });
    test('and never when it does not', async () => {
        expect(await refreshesAfterEdit(false)).toEqual([]);
    });
});
