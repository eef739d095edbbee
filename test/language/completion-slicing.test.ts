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

// Tokens around the cursor come from lexing the element around it (to the next element), not the
// whole file. Everywhere in a file with comments, strings over several lines and elements written
// back to back, the items (labels, kinds, edits) must be Langium's own.
const tricky = `// a comment before anything
stakeholder Student "Reports faults"
/* a block comment
   over lines */ stakeholder Clerk "Keeps
the records" goal G1 "Restore" { owner Student }
enum Priority { P1 P2 }entity Incident "An
incident" {
  id: int pk auto // trailing
  priority: Priority
  code: text(12) unique
}
relationship Affects: Incident * -- 1 Incident as parent "affects"
requirement R1 functional "The system shall log." {
  traces Incident.priority, Incident.code, Affects
  priority must
}
requirement R2 functional "The system shall trace." { traces Incident. }
story US1 "Log" { as Student realizes G1 uses Incident(create) }
`;

describe('completion at every offset equals Langium\'s, items and edits', () => {
    test('at every offset of a file with comments, multi-line strings and elements back to back', async () => {
        const ws = await buildWorkspace({ 'a.req': tricky });
        const document = ws.documentOf('a.req');
        const langium = new DefaultCompletionProvider(ws.Tracewright);
        const ours = ws.Tracewright.lsp.CompletionProvider!;
        let offered = 0;
        for (let offset = 0; offset <= tricky.length; offset++) {
            const position = document.textDocument.positionAt(offset);
            const params = { textDocument: { uri: document.uri.toString() }, position };
            const items = (list: Awaited<ReturnType<typeof ours.getCompletion>>) =>
                (list?.items ?? []).map(item => JSON.stringify([item.label, item.kind, item.textEdit, item.sortText])).sort();
            const expected = items(await langium.getCompletion(document, params));
            expect(items(await ours.getCompletion(document, params)), `at offset ${offset} (${JSON.stringify(tricky.slice(Math.max(0, offset - 12), offset))}|)`).toEqual(expected);
            if (expected.length > 0) offered++;
        }
        // Most places offer something, so the comparison is not between two empty lists.
        expect(offered).toBeGreaterThan(tricky.length / 2);
    });
});

describe('completion reads only the element around the cursor', () => {
    test('after `traces Incident.` in the last element, neither lexing nor parsing sees the rest of the file', async () => {
        const filler = Array.from({ length: 200 }, (_, i) => `entity Filler${i} { id: int pk auto  name: text(40) }\n`).join('');
        const file = filler + tricky;
        const ws = await buildWorkspace({ 'a.req': file });
        const document = ws.documentOf('a.req');
        const lexer = ws.Tracewright.parser.Lexer;
        const lexed: number[] = [];
        const tokenize = lexer.tokenize.bind(lexer);
        lexer.tokenize = (text, options) => {
            lexed.push(text.length);
            return tokenize(text, options);
        };
        const offset = file.indexOf('traces Incident. }') + 'traces Incident.'.length;
        const list = await ws.Tracewright.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        expect(list?.items.map(item => item.label).sort()).toEqual(['code', 'id', 'priority']);
        expect(lexed.length).toBeGreaterThan(0);
        expect(Math.max(...lexed)).toBeLessThan(200);
    });

    test('just after the brace that closes an unfinished `traces Incident.`: no error, whatever is offered', async () => {
        const text = 'entity Incident { id: int pk auto  code: text(10) }\nrequirement R1 functional "The system shall log." {\n    traces Incident.\n}\n';
        const ws = await buildWorkspace({ 'a.req': text });
        const document = ws.documentOf('a.req');
        const errors: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { errors.push(args); };
        try {
            const list = await ws.Tracewright.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.lastIndexOf('}') + 1) });
            expect(list).toBeDefined();
        } finally {
            console.error = original;
        }
        expect(errors).toEqual([]);
    });
});
