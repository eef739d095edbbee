import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

// Every snippet, expanded with its default choices as VS Code would insert it, must be valid Tracewright.

interface Snippet { prefix: string; body: string[]; description: string }
const snippets = JSON.parse(readFileSync(new URL('../../snippets/tracewright.json', import.meta.url), 'utf8')) as Record<string, Snippet>;

/** Expands `${1:default}`, `${2|first,second|}` and `$0` to the text inserted when the user just presses Tab. */
function expand(body: string[]): string {
    let text = body.join('\n');
    let previous: string;
    do {
        previous = text;
        text = text
            .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    } while (text !== previous);
    return text.replace(/\$\d+/g, '');
}

/** Top-level elements stand alone; an attribute or acceptance criterion needs its container. */
function inContext(name: string, text: string): string {
    if (name === 'Attribute') return `entity Holder { id: int pk\n${text}\n}`;
    if (name === 'Acceptance criterion') return `story US9 "t" {\n${text}\n}`;
    return text;
}

test('the snippets cover every element of the language', () => {
    expect(Object.values(snippets).map(s => s.prefix).sort()).toEqual(
        ['acceptance', 'attribute', 'entity', 'enum', 'goal', 'relationship', 'requirement', 'stakeholder', 'story']);
});

test.each(Object.entries(snippets))('%s expands to text the parser accepts', async (name, snippet) => {
    const text = inContext(name, expand(snippet.body));
    expect(text).not.toMatch(/\$/);
    const ws = await buildWorkspace({ 'snippet.req': text });
    const { lexerErrors, parserErrors } = ws.documentOf('snippet.req').parseResult;
    expect([...lexerErrors, ...parserErrors].map(e => e.message), text).toEqual([]);
    expect(snippet.description.length).toBeGreaterThan(10);
});
