import { describe, expect, test } from 'vitest';
import { buildWorkspace, describeDiagnostics, type TestWorkspace } from '../helpers/workspace.js';

/** Builds one file (plus optional others) and compares its integrity diagnostics as `line:col rule message`. */
async function check(text: string, expected: string[], others: Record<string, string> = {}): Promise<void> {
    const ws = await buildWorkspace({ 'test.req': text, ...others });
    const integrity = ws.diagnostics('test.req').filter(d => INTEGRITY.has(String(d.code)));
    expect(describeDiagnostics(integrity)).toEqual(expected);
}

const INTEGRITY = new Set(['duplicate-name', 'duplicate-member', 'duplicate-property', 'unresolved-reference', 'invalid-type',
    'invalid-modifier', 'invalid-cardinality', 'relationship-end-without-key', 'entity-without-primary-key', 'empty-enum']);

describe('integrity rules: each diagnostic lands on the wrong word and says how to fix it', () => {
    test('duplicate names across files point at the other declaration', async () => {
        await check('entity Incident { id: int pk }', [
            "1:8 duplicate-name 'Incident' is declared 2 times in the workspace (also at other.req:2). Names are global: rename one of them."
        ], { 'other.req': '\ngoal Incident "Same name, other kind"' });
    });

    test('duplicate attributes and enum literals', async () => {
        await check('entity A {\n  id: int pk\n  id: text\n}\nenum E { X Y X }', [
            "3:3 duplicate-member The attribute 'id' is declared twice here. Rename or remove one.",
            "5:14 duplicate-member The literal 'X' is declared twice here. Rename or remove one."
        ]);
    });

    test('a single-valued property given twice', async () => {
        await check('goal G "g" {\n  measure "m"\n}\nrequirement R functional "The system shall log." {\n  priority must\n  priority could\n  realizes G\n}', [
            "6:3 duplicate-property 'priority' is given more than once; only the last one counts. Keep one."
        ]);
    });

    test('a property given three times, in a criterion and a story, and keyword words inside names and prose', async () => {
        await check([
            'stakeholder Ops "Operations"\nstakeholder Lead "Team lead"\nstakeholder Agent "Agent"',
            'goal G "g" { owner Ops }',
            // 'priority' and 'source' as words of the statement and of an attribute name: not properties given twice.
            'requirement R1 functional "The priority source shall be the source of priority." {\n  priority must fit "fit" source "a"\n  traces Ticket.priority\n}',
            'requirement R2 functional "The system shall log." {\n  effort 1 effort 2\n  effort 3\n}',
            'story S "Has a task" {\n  as Agent want "to ask" so "it is fast" as Lead\n  acceptance "passes" { given "a" when "b" given "c" then "d" }\n}',
            'entity Ticket { id: int pk  priority: int }'
        ].join('\n'), [
            "10:12 duplicate-property 'effort' is given more than once; only the last one counts. Keep one.",
            "11:3 duplicate-property 'effort' is given more than once; only the last one counts. Keep one.",
            "14:42 duplicate-property 'as' is given more than once; only the last one counts. Keep one.",
            "15:44 duplicate-property 'given' is given more than once; only the last one counts. Keep one."
        ]);
    });

    test('unresolved references suggest the closest name', async () => {
        await check('entity Incident { id: int pk  priority: Priorty }\nenum Priority { P1 }\nrequirement R functional "x" { traces Incident.priorty, Incidnt }', [
            "1:41 unresolved-reference Unknown type 'Priorty'. Did you mean 'Priority'? Use int, bigint, decimal(p,s), text, text(n), bool, date, time, datetime or uuid, or declare `enum Priorty { ... }`.",
            "3:48 unresolved-reference 'Incident' has no attribute 'priorty'. Did you mean 'priority'? Add `priorty: <type>` to Incident, or fix the spelling.",
            "3:57 unresolved-reference Unknown entity or relationship 'Incidnt'. Did you mean 'Incident'? Declare the entity or relationship somewhere in the workspace, or fix the spelling."
        ]);
    });

    test('invalid type arguments', async () => {
        await check('entity A {\n  id: int pk\n  a: text(0)\n  b: decimal(2,5)\n  c: int(4)\n  d: decimal(70,2)\n  e: text(10,2)\n  f: text(2.5)\n}', [
            '3:11 invalid-type A text length must be at least 1; text(0) holds nothing. Write text(n) with n >= 1, or plain text for unlimited.',
            '4:16 invalid-type Scale 5 is larger than precision 2: in decimal(p,s) the digits after the point (s) are part of all digits (p), so s <= p. Did you mean decimal(5,2)?',
            "5:10 invalid-type int takes no arguments. Write plain 'int'.",
            "6:14 invalid-type Precision 70 is out of range: decimal(p,s) needs 1 <= p <= 65 (MySQL's limit).",
            '7:14 invalid-type text takes one length: text(n).',
            "8:11 invalid-type Type arguments are whole numbers; '2.5' is not."
        ]);
    });

    test('modifiers that contradict each other or the type', async () => {
        await check([
            'enum State { Open Closed }',
            'entity A {',
            '  id: int pk optional',
            '  code: text auto',
            '  n: int auto',
            '  m: int unique unique',
            '  s: State default Pending',
            '  b: bool default 1',
            '  t: text(2) default "long"',
            '}',
            'entity B {',
            '  x: int pk auto',
            '  y: int pk',
            '  z: int default 1.5',
            '}'
        ].join('\n'), [
            "3:14 invalid-modifier A primary key cannot be optional: every row needs a value for 'id'. Remove 'optional' or 'pk'.",
            "4:14 invalid-modifier 'auto' numbers rows, so it needs an int or bigint attribute, not text.",
            "5:10 invalid-modifier 'auto' is for surrogate keys: add 'pk' to 'n', or remove 'auto'.",
            "6:17 invalid-modifier 'unique' is given twice. Remove one.",
            '7:12 invalid-modifier This default does not fit State: use one of its literals (Open, Closed).',
            '8:11 invalid-modifier This default does not fit bool: use true or false.',
            '9:14 invalid-modifier This default does not fit text: the string is longer than text(2).',
            "12:3 invalid-modifier 'auto' numbers rows only for a single-column key, but B has a composite key. Remove 'auto' or make 'x' the only 'pk'.",
            '14:10 invalid-modifier This default does not fit int: use a whole number.'
        ]);
    });

    test('cardinalities other than 1, 0..1, *, 0..*, 1..*', async () => {
        await check('entity A { id: int pk }\nentity B { id: int pk }\nrelationship R: A 2 -- 0..3 B\nrelationship S: A 1..1 -- 0..* B', [
            "3:19 invalid-cardinality '2' is not a cardinality Tracewright understands. Use 1, 0..1, *, 0..* or 1..*.",
            "3:24 invalid-cardinality '0..3' is not a cardinality Tracewright understands. Use 1, 0..1, *, 0..* or 1..*.",
            "4:19 invalid-cardinality '1..1' is not a cardinality Tracewright understands. Use 1, 0..1, *, 0..* or 1..*."
        ]);
    });

    test('relationship ends need a primary key; relationship attributes cannot be keys', async () => {
        await check('entity A { name: text }\nentity B { id: int pk }\nrelationship R: A * -- 1 B "x" {\n  since: date pk\n}', [
            "1:8 entity-without-primary-key Entity 'A' has no primary key. Mark an attribute `pk`, e.g. `id: int pk auto`.",
            "3:17 relationship-end-without-key 'A' has no primary key, so no foreign key can point at it. Mark an attribute of A `pk`.",
            "4:15 invalid-modifier 'pk' cannot be used on a relationship attribute: the key of a relationship is made of its ends. Remove 'pk'."
        ]);
    });

    test('an enum without literals', async () => {
        await check('enum Empty { }', ["1:6 empty-enum Enum 'Empty' has no literals. List them inside the braces: `enum Empty { A B C }`."]);
    });

    test('a clean model has no integrity diagnostics', async () => {
        await check('enum S { A B }\nentity A {\n  id: int pk auto\n  s: S default A\n  at: datetime default now\n  on: date default today\n  ok: bool default true\n  n: decimal(10,2) default 1.5\n  code: text(4) default "ab"\n  constraint unique (s, code)\n}', []);
    });
});

describe('rule settings and suppression comments', () => {
    const text = 'entity A { name: text }';
    const rule = 'entity-without-primary-key';
    const ofRule = (ws: TestWorkspace) => ws.diagnostics('a.req').filter(d => d.code === rule);
    test('a rule re-graded in settings changes severity; off removes it', async () => {
        expect(ofRule(await buildWorkspace({ 'a.req': text })).map(d => d.severity)).toEqual([2]);
        expect(ofRule(await buildWorkspace({ 'a.req': text }, { rules: { [rule]: 'error' } })).map(d => d.severity)).toEqual([1]);
        expect(ofRule(await buildWorkspace({ 'a.req': text }, { rules: { [rule]: 'off' } }))).toEqual([]);
    });

    test('unknown rules and severities in settings are reported, not thrown', async () => {
        const ws = await buildWorkspace({ 'a.req': text });
        expect(ws.Tracewright.rules.RuleSettings.update({ rules: { 'no-such-rule': 'error', 'empty-enum': 'loud' } })).toEqual([
            "tracewright.rules: unknown rule 'no-such-rule' (run `tracewright check --rules` for the list)",
            "tracewright.rules.empty-enum: 'loud' is not one of error, warning, info, hint, off"
        ]);
    });

    test('tracewright-disable-next-line silences the named rule on the next line only', async () => {
        const ws = await buildWorkspace({ 'a.req': '// tracewright-disable-next-line entity-without-primary-key\nentity A { name: text }\nentity B { name: text }' });
        expect(describeDiagnostics(ofRule(ws))).toEqual([
            "3:8 entity-without-primary-key Entity 'B' has no primary key. Mark an attribute `pk`, e.g. `id: int pk auto`."
        ]);
    });

    test('tracewright-disable silences a rule in the whole file', async () => {
        const ws = await buildWorkspace({ 'a.req': '// tracewright-disable entity-without-primary-key\nentity A { name: text }\nentity B { name: text }' });
        expect(ofRule(ws)).toEqual([]);
        expect(ws.diagnostics('a.req').length).toBeGreaterThan(0); // other rules still speak
    });
});
