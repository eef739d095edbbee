import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGE_SERVER_EXEC_ARGV } from '../client/src/language-server-flags.js';
import { syntheticWorkspace, type LayoutName } from './synthetic-workspace.js';
import { now, round } from './stats.js';

export interface LanguageServerMeasurement {
    size: number;
    layout: string;
    files: number;
    /** From `initialized` (plus opening one file) until every file has published diagnostics. */
    readyMs: number;
    /** Peak and current resident memory of the server process (VmHWM / VmRSS), in MB. */
    peakRssMB: number;
    rssMB: number;
    diagnostics: number;
}

/**
 * Starts the bundled language server (dist/server.cjs, with the editor's V8 flags) over stdio on a
 * synthetic workspace written to a temporary folder, as an editor would, and reads its memory from
 * /proc once every file has its diagnostics. A minimal LSP client: Content-Length framing, and
 * `null` for server requests.
 */
export async function measureLanguageServer(size: number, layout: LayoutName, timeoutMs: number): Promise<LanguageServerMeasurement> {
    const workspace = syntheticWorkspace(size, layout);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tracewright-bench-'));
    for (const [name, text] of Object.entries(workspace.files)) fs.writeFileSync(path.join(folder, name), text);
    const server = spawn(process.execPath, [...LANGUAGE_SERVER_EXEC_ARGV, 'dist/server.cjs', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const published = new Map<string, number>();
    let buffer = Buffer.alloc(0);
    let nextId = 1;
    const send = (message: object) => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
        server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        server.stdin.write(body);
    };
    let allPublished: () => void = () => {};
    const ready = new Promise<void>(resolve => allPublished = resolve);
    server.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
            if (buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            buffer = buffer.subarray(headerEnd + 4 + length);
            if (message.method && message.id !== undefined) send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
            if (message.method === 'textDocument/publishDiagnostics') {
                published.set(message.params.uri, message.params.diagnostics.length);
                if (published.size >= Object.keys(workspace.files).length) allPublished();
            }
        }
    });
    const rootUri = pathToFileURL(folder).href;
    try {
        send({ id: nextId++, method: 'initialize', params: { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] } });
        const start = now();
        send({ method: 'initialized', params: {} });
        // Langium builds the workspace on start without validating it; the first opened file
        // triggers validation of every document (as when a user opens a file).
        const [firstName, firstText] = Object.entries(workspace.files)[0];
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: pathToFileURL(path.join(folder, firstName)).href, languageId: 'tracewright', version: 1, text: firstText } } });
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([ready.then(() => false), new Promise<boolean>(resolve => timer = setTimeout(() => resolve(true), timeoutMs))]);
        clearTimeout(timer);
        if (timedOut) throw new Error(`the language server did not publish diagnostics for all ${Object.keys(workspace.files).length} files within ${timeoutMs / 1000} s`);
        const readyMs = now() - start;
        const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
        const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
        let diagnostics = 0;
        for (const count of published.values()) diagnostics += count;
        return {
            size, layout, files: Object.keys(workspace.files).length, readyMs: round(readyMs),
            peakRssMB: round(kB('VmHWM') / 1024), rssMB: round(kB('VmRSS') / 1024), diagnostics
        };
    } finally {
        send({ id: nextId++, method: 'shutdown' });
        send({ method: 'exit' });
        setTimeout(() => server.kill(), 2000).unref();
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
