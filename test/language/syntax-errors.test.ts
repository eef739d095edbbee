import { describe, expect, test } from 'vitest';
import { GrammarAST } from 'langium';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

/** The syntax errors (diagnostics without a rule id) of one file, `line:col message`. */
async function syntaxErrors(text: string): Promise<string[]> {
    const ws = await buildWorkspace({ 'a.req': text });
    return describeDiagnostics(ws.diagnostics('a.req').filter(d => d.code === undefined && d.severity === 1)).map(d => d.replace(/ {2}/, ' '));
}

describe('syntax errors say what was expected and what was found, in the language\'s words', () => {
    test.each([
        ['a missing colon in an attribute', 'entity Ticket {\n    id int pk\n}\n',
            ["2:8 Expected ':', but found 'int'. An attribute is written `name: type`, e.g. `id: int pk`."]],
        ['a block that is never closed', 'entity Ticket {\n    id: int pk\n',
            ["2:15 Expected '}', but found the end of the file. Close the block that is still open with '}'."]],
        ['a text that is never closed', 'requirement R1 functional "The system shall x {\n}\n', [
            '1:27 This \'"\' opens a text that is never closed. Add the closing \'"\': texts are written "like this".',
            "1:28 Expected a text in double quotes (\"...\"), but found 'The'. A requirement's statement follows its kind, in double quotes: `requirement R1 functional \"The system shall ...\"`."
        ]],
        ['a requirement without its statement', 'requirement R1 functional {\n}\n',
            ["1:27 Expected a text in double quotes (\"...\"), but found '{'. A requirement's statement follows its kind, in double quotes: `requirement R1 functional \"The system shall ...\"`."]],
        ['a word that starts no element', 'entity T { id: int pk }\nfoo bar\n',
            ["2:1 Expected a new element, but found 'foo'. Each element starts with its keyword: 'stakeholder', 'goal', 'story', 'requirement', 'enum', 'entity' or 'relationship'."]],
        ['a missing name: the seventy keywords that may be names are not listed', 'entity {\n}\n',
            ["1:8 Expected a name, but found '{'."]],
        ['a trace cut short', 'entity T { id: int pk }\nrequirement R1 functional "The system shall x." {\n  traces T.\n}\n',
            ["4:1 Expected a name, but found '}'."]],
        ['a value outside a closed list', 'requirement R1 functional "The system shall x." {\n  priority urgent\n}\n',
            ["2:12 Expected 'must', 'should', 'could' or 'wont', but found 'urgent'."]],
        ['a cardinality cut short', 'entity A { id: int pk }\nentity B { id: int pk }\nrelationship R: A 1 -- \n',
            ["3:23 Expected a number or '*', but found the end of the file."]],
        ['a character the language has no use for', 'entity A { id: int pk; }\n',
            ["1:22 ';' cannot appear here. Names use letters, digits and '_'; put any other characters inside a text in double quotes."]],
        ['curly quotes pasted from a word processor', 'requirement R1 functional \u201CThe system shall x.\u201D\n',
            ["1:27 Expected a text in double quotes (\"...\"), but found '\u201CThe'. Texts take straight double quotes (\"), not curly ones (\u201C \u201D): retype the quotes."]],
        ['a character that starts no token, before a name', 'entity A { #id: int pk }\n',
            ["1:12 '#' cannot appear here. Names use letters, digits and '_'; put any other characters inside a text in double quotes."]],
        ['a comment that is never closed', '/* notes\nentity A { id: int pk }\n', [
            "1:1 This '/*' opens a comment that is never closed. Close it with '*/', or start each comment line with '//'.",
            "1:2 Expected a new element, but found '*'. Each element starts with its keyword: 'stakeholder', 'goal', 'story', 'requirement', 'enum', 'entity' or 'relationship'."
        ]],
        ['an invisible character, by its code', 'entity A { id: int pk \u0001 }\n',
            ["1:23 The character U+0001 cannot appear here. Names use letters, digits and '_'; put any other characters inside a text in double quotes."]],
        ['a stray colon after a type', 'entity A {\n    id: int : bool\n}\n',
            ["2:13 Expected '}', but found ':'.", "3:1 Expected ':', but found '}'. An attribute is written `name: type`, e.g. `id: int pk`."]]
    ])('%s', async (_case, text, expected) => {
        expect(await syntaxErrors(text)).toEqual(expected);
    });

    test('the element keywords listed are the grammar\'s, and none of its messages names a token type', async () => {
        const ws = await buildWorkspace({});
        const grammar = ws.Tracewright.Grammar;
        const element = grammar.rules.find(r => r.name === 'Element') as GrammarAST.ParserRule;
        const alternatives = (element.definition as GrammarAST.Alternatives).elements.map(e => (e as GrammarAST.RuleCall).rule.ref!.name.toLowerCase());
        expect(alternatives).toEqual(['stakeholder', 'goal', 'story', 'requirement', 'enum', 'entity', 'relationship']);
        const samples = await Promise.all(['entity', 'entity T {', 'entity T { a: ', 'goal G', 'story S "t" { uses', 'enum E { ', '"'].map(syntaxErrors));
        for (const message of samples.flat()) expect(message).not.toMatch(/\b(ID|STRING|NUMBER|EOF)\b|token of type|Token sequences/);
    });

    test('the workaround the modifier hint gives holds: an attribute named like a modifier may come first', async () => {
        const ws = await buildWorkspace({ 'a.req': 'entity A {\n    optional: bool\n    id: int pk\n    email: text\n}\n' });
        expect(ws.diagnostics('a.req').filter(d => d.severity === 1)).toEqual([]);
    });
});
