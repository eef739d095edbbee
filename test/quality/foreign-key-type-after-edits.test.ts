import type { Diagnostic } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

const fkMessages = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter(d => d.code === 'foreign-key-type-mismatch').map(d => d.message);

describe('the foreign-key type check follows edits to the entity pointed at', () => {
    test('a key renamed or retyped in another file changes the warning on the unchanged attribute', async () => {
        const files = {
            'service.req': 'entity Service { id: int pk auto }\n',
            'incident.req': 'entity Incident {\n  id: int pk auto\n  serviceId: text\n}\nrelationship Affects: Incident * -- 1 Service\n'
        };
        const ws = await buildWorkspace(files);
        expect(fkMessages(ws.diagnostics('incident.req'))).toEqual([
            "'serviceId' reads as the foreign key of 'Affects' to Service.id, which is int, but it is text. Make it int, or rename it."
        ]);
        await ws.edit('service.req', 'entity Service { code: int pk }\n');
        expect(fkMessages(ws.diagnostics('incident.req'))).toEqual([]);
        await ws.edit('service.req', 'entity Service { id: bigint pk }\n');
        expect(fkMessages(ws.diagnostics('incident.req'))).toEqual([
            "'serviceId' reads as the foreign key of 'Affects' to Service.id, which is bigint, but it is text. Make it bigint, or rename it."
        ]);
        await ws.edit('service.req', 'entity Service { id: text pk }\n');
        expect(fkMessages(ws.diagnostics('incident.req'))).toEqual([]);
    });
});
