import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatText } from '../helpers/format.js';

const fixtures = 'test/fixtures/format';
const cases = fs.readdirSync(fixtures).filter(f => f.endsWith('.req') && !f.endsWith('.formatted.req'));
const exampleFiles = ['examples/service-desk', 'examples/library'].flatMap(dir => fs.readdirSync(dir).filter(f => f.endsWith('.req')).map(f => path.join(dir, f)));

/** Every token and comment, without whitespace: formatting may change nothing else. */
function tokens(text: string): string {
    return text.replace(/\s+/g, '');
}

describe('formatter', () => {
    test.each(cases)('%s formats to its golden file', async name => {
        const input = fs.readFileSync(path.join(fixtures, name), 'utf8');
        const golden = path.join(fixtures, name.replace(/\.req$/, '.formatted.req'));
        const { text } = await formatText(input);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
        expect(text).toBe(fs.readFileSync(golden, 'utf8'));
    });

    test.each(cases)('%s: formatting is idempotent and keeps every token and comment', async name => {
        const input = fs.readFileSync(path.join(fixtures, name), 'utf8');
        const once = await formatText(input);
        const twice = await formatText(once.text);
        expect(twice.edits).toBe(0);
        expect(tokens(once.text)).toBe(tokens(input));
        for (const comment of input.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []) expect(once.text).toContain(comment.trim());
    });

    test('a file with syntax errors is left untouched', async () => {
        const broken = 'entity   Incident {\n      id: int pk auto\n   name: \n}\n';
        expect(await formatText(broken)).toEqual({ text: broken, edits: 0 });
    });

    test('tabs when the editor asks for tabs', async () => {
        const { text } = await formatText('entity A { id: int pk }', { tabSize: 4, insertSpaces: false });
        expect(text).toBe('entity A {\n\tid: int pk\n}\n');
    });

    test('CRLF files keep CRLF line ends', async () => {
        const { text } = await formatText('enum E { A B }\r\nentity A { id: int pk }\r\n');
        expect(text).toBe('enum E { A B }\r\nentity A {\r\n  id: int pk\r\n}\r\n');
    });

    test.each(exampleFiles)('example %s is already in canonical layout', async file => {
        expect((await formatText(fs.readFileSync(file, 'utf8'))).edits).toBe(0);
    });
});
