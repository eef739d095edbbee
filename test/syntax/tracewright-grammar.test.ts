import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';
import { renderTokens, scopesOf, tokenize } from './textmate-tokenizer.js';

// The hand-written TextMate grammar, run by vscode-textmate on Oniguruma exactly as VS Code runs it.
// Golden files: test/fixtures/syntax/<case>.req next to <case>.tokens.txt; `UPDATE_GOLDEN=1` rewrites them.

const fixtures = new URL('../fixtures/syntax/', import.meta.url);
const cases = readdirSync(fixtures).filter(name => name.endsWith('.req')).map(name => name.slice(0, -'.req'.length));

describe('golden token files', () => {
    test.each(cases)('%s.req', async name => {
        const rendered = renderTokens(await tokenize(readFileSync(new URL(`${name}.req`, fixtures), 'utf8')));
        const golden = new URL(`${name}.tokens.txt`, fixtures);
        if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, rendered);
        expect(rendered).toBe(readFileSync(golden, 'utf8'));
    });
});

test('the golden fixtures are valid Tracewright (the Langium parser accepts them)', async () => {
    const files = Object.fromEntries(cases.map(name => [`${name}.req`, readFileSync(new URL(`${name}.req`, fixtures), 'utf8')]));
    const ws = await buildWorkspace(files);
    for (const name of Object.keys(files)) {
        const { lexerErrors, parserErrors } = ws.documentOf(name).parseResult;
        expect([...lexerErrors, ...parserErrors].map(error => `${name}: ${error.message}`)).toEqual([]);
    }
});

/** `[source, word, nth occurrence of word, scope the word must carry]` */
type ScopeCase = [string, string, number, string];

const check = async ([source, word, nth, scope]: ScopeCase) => {
    const scopes = scopesOf(await tokenize(source), word, nth);
    expect(scopes, `'${word}' is not a token of: ${source}`).toBeDefined();
    expect(scopes).toContain(scope);
};

describe('declarations colour the keyword and the declared name', () => {
    test.each<ScopeCase>([
        ['stakeholder Student "x"', 'stakeholder', 0, 'storage.type.stakeholder.tracewright'],
        ['stakeholder Student "x"', 'stakeholder', 0, 'keyword.declaration.stakeholder.tracewright'],
        ['stakeholder Student "x"', 'Student', 0, 'entity.name.type.stakeholder.tracewright'],
        ['goal G1 "x"', 'G1', 0, 'entity.name.type.goal.tracewright'],
        ['story US1 "x" {}', 'US1', 0, 'entity.name.type.story.tracewright'],
        ['requirement R1 security "x"', 'R1', 0, 'entity.name.type.requirement.tracewright'],
        ['requirement R1 security "x"', 'security', 0, 'constant.language.requirement-kind.tracewright'],
        ['enum Level { Low High }', 'Level', 0, 'entity.name.type.enum.tracewright'],
        ['enum Level { Low High }', 'High', 0, 'variable.other.enummember.tracewright'],
        ['entity Incident { id: int pk }', 'Incident', 0, 'entity.name.type.entity.tracewright'],
        ['relationship Affects: Incident * -- 1 Service', 'Affects', 0, 'entity.name.type.relationship.tracewright'],
        ['  entity Indented {', 'Indented', 0, 'entity.name.type.entity.tracewright'],
        ['goal', 'goal', 0, 'storage.type.tracewright']
    ])('%s: %s', (...c) => check(c));
});

describe('keywords stay usable as names', () => {
    test.each<ScopeCase>([
        ['  priority: Priority', 'priority', 0, 'variable.other.property.tracewright'],
        ['  status: text(20)', 'status', 0, 'variable.other.property.tracewright'],
        ['  date: date', 'date', 0, 'variable.other.property.tracewright'],
        ['  date: date', 'date', 1, 'support.type.primitive.tracewright'],
        ['  entity: text', 'entity', 0, 'variable.other.property.tracewright'],
        ['  traces Incident.priority, Incident.status', 'priority', 0, 'variable.other.member.tracewright'],
        ['  traces Incident.priority, Incident.status', 'status', 0, 'variable.other.member.tracewright'],
        ['  traces Incident.priority', 'Incident', 0, 'entity.name.type.tracewright'],
        ['  constraint unique (title, status)', 'status', 0, 'variable.other.property.tracewright'],
        ['  constraint unique (title, status)', 'constraint', 0, 'keyword.other.constraint.tracewright'],
        ['  constraint unique (title, status)', 'unique', 0, 'keyword.other.unique.tracewright'],
        ['  depends postcode, status -> town', 'status', 0, 'variable.other.property.tracewright'],
        ['  depends postcode -> town', 'town', 0, 'variable.other.property.tracewright'],
        ['entity priority { id: int pk }', 'priority', 0, 'entity.name.type.entity.tracewright'],
        ['enum Status { draft agreed }', 'draft', 0, 'variable.other.enummember.tracewright'],
        ['stakeholder Student "a priority must be set"', 'a priority must be set', 0, 'string.quoted.double.tracewright']
    ])('%s: %s', (...c) => check(c));

    test('a word that is a value elsewhere is not a constant outside its context', async () => {
        const scopes = scopesOf(await tokenize('  realizes must'), 'must');
        expect(scopes).toBeDefined();
        expect(scopes?.some(scope => scope.startsWith('constant.language'))).toBe(false);
    });
});

describe('property keywords, values, types and modifiers', () => {
    test.each<ScopeCase>([
        ['  priority must', 'priority', 0, 'keyword.other.priority.tracewright'],
        ['  priority could', 'could', 0, 'constant.language.priority.tracewright'],
        ['  status verified', 'verified', 0, 'constant.language.status.tracewright'],
        ['  uses Incident(create, delete)', 'delete', 0, 'constant.language.crud.tracewright'],
        ['  uses Incident( update )', 'update', 0, 'constant.language.crud.tracewright'],
        ['  rationale "x"', 'rationale', 0, 'keyword.other.tracewright'],
        ['  satisfies US1', 'satisfies', 0, 'keyword.other.tracewright'],
        ['  depends R2', 'depends', 0, 'keyword.other.tracewright'],
        ['  acceptance "t" { given "a" when "b" then "c" }', 'then', 0, 'keyword.other.tracewright'],
        ['  id: uuid pk', 'uuid', 0, 'support.type.primitive.tracewright'],
        ['  id: uuid pk', 'pk', 0, 'storage.modifier.tracewright'],
        ['  email: text unique pii', 'unique', 0, 'storage.modifier.tracewright'],
        // A modifier word before a colon names the next attribute, as the parser reads it.
        ['  id: int pk  unique: bool', 'unique', 0, 'variable.other.property.tracewright'],
        ['  id: int pk  unique: bool', 'pk', 0, 'storage.modifier.tracewright'],
        ['  at: datetime default now', 'now', 0, 'storage.modifier.value.tracewright'],
        ['  level: Level default High', 'High', 0, 'variable.other.enummember.tracewright'],
        ['  level: Level', 'Level', 0, 'entity.name.type.enum.tracewright'],
        ['  cost: decimal(10, 2)', '10', 0, 'constant.numeric.tracewright'],
        ['  effort 3.5', '3.5', 0, 'constant.numeric.tracewright']
    ])('%s: %s', (...c) => check(c));
});

describe('cardinalities and operators', () => {
    test.each<ScopeCase>([
        ['relationship R: A 1 -- * B', '1', 0, 'keyword.operator.cardinality.tracewright'],
        ['relationship R: A 1 -- * B', '*', 0, 'keyword.operator.cardinality.tracewright'],
        ['relationship R: A 1 -- * B', '--', 0, 'keyword.operator.link.tracewright'],
        ['relationship R: A 0..1 -- 1..* B', '0..1', 0, 'keyword.operator.cardinality.tracewright'],
        ['relationship R: A 0..* -- 1..* B', '1..*', 0, 'keyword.operator.cardinality.tracewright'],
        ['relationship R: A as child * -- 0..1 B as parent', 'child', 0, 'variable.parameter.role.tracewright'],
        ['relationship R: A as child * -- 0..1 B as parent', 'parent', 0, 'variable.parameter.role.tracewright'],
        ['relationship R: A * -- 1 B', 'B', 0, 'entity.name.type.tracewright'],
        ['  depends a -> b', '->', 0, 'keyword.operator.arrow.tracewright']
    ])('%s: %s', (...c) => check(c));
});

describe('comments, strings and the suppression directive', () => {
    test.each<ScopeCase>([
        ['// plain goal comment', ' plain goal comment', 0, 'comment.line.double-slash.tracewright'],
        ['/** Documents G1. */', ' Documents G1. ', 0, 'comment.block.documentation.tracewright'],
        ['/* not a doc */', ' not a doc ', 0, 'comment.block.tracewright'],
        ['goal G1 "say \\"hi\\""', '\\"', 0, 'constant.character.escape.tracewright'],
        ['// tracewright-disable-next-line duplicate-name, empty-enum', 'tracewright-disable-next-line', 0, 'keyword.control.directive.suppression.tracewright'],
        ['// tracewright-disable-next-line duplicate-name, empty-enum', 'empty-enum', 0, 'constant.other.rule-id.tracewright'],
        ['//tracewright-disable unresolved-reference', 'tracewright-disable', 0, 'keyword.control.directive.suppression.tracewright'],
        ['source "see http://intranet/faq /* not a comment */"', 'see http://intranet/faq /* not a comment */', 0, 'string.quoted.double.tracewright'],
        ['goal G1 "x" // trailing goal G2', ' trailing goal G2', 0, 'comment.line.double-slash.tracewright'],
        ['// the tracewright-disable-next-line word mid-comment', ' the tracewright-disable-next-line word mid-comment', 0, 'comment.line.double-slash.tracewright']
    ])('%s: %s', (...c) => check(c));

    test('an unterminated doc comment and string run over several lines, then end', async () => {
        const lines = await tokenize('/**\n * goal G1\n */\ngoal G2 "one\ntwo" { }');
        expect(scopesOf(lines, ' * goal G1')).toContain('comment.block.documentation.tracewright');
        expect(scopesOf(lines, 'two')).toContain('string.quoted.double.tracewright');
        expect(scopesOf(lines, 'G2')).toContain('entity.name.type.goal.tracewright');
        expect(scopesOf(lines, '{')).toEqual(['punctuation.section.block.begin.tracewright']);
    });

    test('an enum whose brace is missing ends where the next element starts', async () => {
        const lines = await tokenize('enum Level { Low High\nentity Incident { id: int pk }');
        expect(scopesOf(lines, 'Incident')).toContain('entity.name.type.entity.tracewright');
        expect(scopesOf(lines, 'id')).toContain('variable.other.property.tracewright');
    });
});

describe('coverage of the Langium grammar', () => {
    test('every keyword of tracewright.langium is matched somewhere in the TextMate grammar', () => {
        const langium = readFileSync(new URL('../../server/src/language/tracewright.langium', import.meta.url), 'utf8');
        const textMate = readFileSync(new URL('../../syntaxes/tracewright.tmLanguage.json', import.meta.url), 'utf8');
        const keywords = new Set([...langium.matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]));
        expect(keywords.size).toBeGreaterThan(50);
        const missing = [...keywords].filter(keyword => !new RegExp(`[(|]${keyword}[|)]`).test(textMate));
        expect(missing, 'add these keywords to syntaxes/tracewright.tmLanguage.json').toEqual([]);
    });
});
