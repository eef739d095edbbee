import { DefaultCompletionProvider } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

// The completion provider parses from the start of the element around the cursor, not the file.
// At every position it must offer exactly what Langium's own provider (parsing from the start) offers.
const text = `stakeholder Student "Reports faults"
goal G1 "Restore service" { owner Student }
enum Priority { P1 P2 }
entity Incident {
  id: int pk auto
  priority: Priority
}
entity Service { id: int pk auto }
relationship Affects: Incident * -- 1 Service "affects"
story US1 "Log" {
  as Student
  realizes G1
  uses Incident(create)
}
requirement R1 functional "The system shall log." {
  satisfies US1
  traces Incident.priority, Affects
  priority must
}
`;

const positions: Array<[string, string]> = [
    ['after `traces Incident.`', 'traces Incident.'],
    ['after `traces `', 'traces '],
    ['after `satisfies `', 'satisfies '],
    ['after `priority `', 'priority '],
    ['at an attribute type', '  priority: '],
    ['inside a story after `as `', '  as '],
    ['after `uses Incident(`', 'uses Incident('],
    ['at the start of a new element', '"affects"\n']
];

describe('completion from the enclosing element equals completion from the start of the file', () => {
    test.each(positions)('%s', async (_name, marker) => {
        const ws = await buildWorkspace({ 'a.req': text });
        const document = ws.documentOf('a.req');
        const offset = text.indexOf(marker) + marker.length;
        const position = document.textDocument.positionAt(offset);
        const params = { textDocument: { uri: document.uri.toString() }, position };
        const ours = await ws.Tracewright.lsp.CompletionProvider!.getCompletion(document, params);
        const langiums = await new DefaultCompletionProvider(ws.Tracewright).getCompletion(document, params);
        const labels = (list: typeof ours) => (list?.items ?? []).map(item => item.label).sort();
        expect(labels(ours).length).toBeGreaterThan(0);
        expect(labels(ours)).toEqual(labels(langiums));
    });
});
