import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Hover, Position } from 'vscode-languageserver';
import { buildWorkspace, testUri, type TestWorkspace } from '../helpers/workspace.js';

/** Runs the quick fixes offered for the first diagnostic of a rule and returns them. */
async function fixesFor(ws: TestWorkspace, file: string, rule: string): Promise<CodeAction[]> {
    const diagnostic = ws.diagnostics(file).find(d => d.code === rule);
    expect(diagnostic, `no ${rule} diagnostic`).toBeDefined();
    const actions = await ws.Tracewright.lsp.CodeActionProvider!.getCodeActions(ws.documentOf(file),
        { textDocument: { uri: testUri(file).toString() }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] } });
    return (actions ?? []) as CodeAction[];
}

/** The text of a file after applying the (only) quick fix of a rule. */
async function fixed(files: Record<string, string>, file: string, rule: string): Promise<{ title: string; text: string; other: Record<string, string> }> {
    const ws = await buildWorkspace(files);
    const actions = await fixesFor(ws, file, rule);
    expect(actions).toHaveLength(1);
    const changes = actions[0].edit?.changes ?? {};
    const other: Record<string, string> = {};
    for (const name of Object.keys(files).filter(n => n !== file)) {
        other[name] = TextDocument.applyEdits(ws.documentOf(name).textDocument, changes[testUri(name).toString()] ?? []);
    }
    return { title: actions[0].title, text: TextDocument.applyEdits(ws.documentOf(file).textDocument, changes[testUri(file).toString()] ?? []), other };
}

describe('quality quick fixes', () => {
    test('ears-pattern rewrites an instruction into the ubiquitous pattern', async () => {
        const result = await fixed({ 'a.req': 'requirement R1 functional "Log incidents with their priority." { priority could }' }, 'a.req', 'ears-pattern');
        expect(result.text).toBe('requirement R1 functional "The system shall log incidents with their priority." { priority could }');
    });

    test('ears-pattern keeps a leading trigger, the subject and the response', async () => {
        const result = await fixed({ 'a.req': 'requirement R1 functional "Once a fault is reported, the desk must log it." { priority could }' }, 'a.req', 'ears-pattern');
        expect(result.text).toBe('requirement R1 functional "When a fault is reported, the desk shall log it." { priority could }');
    });

    test('ears-pattern turns an "in case" condition into unwanted behaviour with "then"', async () => {
        const result = await fixed({ 'a.req': 'requirement R1 functional "In case the mail server is down, notifications will be queued." { priority could }' }, 'a.req', 'ears-pattern');
        expect(result.text).toBe('requirement R1 functional "If the mail server is down, then notifications shall be queued." { priority could }');
    });

    test('weak-modal replaces the modal verb with shall', async () => {
        const result = await fixed({ 'a.req': 'requirement R1 functional "The system should record the time." { priority could }' }, 'a.req', 'weak-modal');
        expect(result.title).toBe("Replace with 'shall'");
        expect(result.text).toBe('requirement R1 functional "The system shall record the time." { priority could }');
    });

    test('multiple-shall splits the requirement; the copy gets the next free name and the same properties', async () => {
        const text = 'requirement R1 functional "The system shall record the change, and the mailer shall notify the owner." {\n  priority could\n}\n';
        const result = await fixed({ 'a.req': text, 'b.req': 'requirement R1_2 functional "The system shall log." { priority could }' }, 'a.req', 'multiple-shall');
        expect(result.title).toBe('Split into R1 and R1_3');
        expect(result.text).toBe('requirement R1 functional "The system shall record the change." {\n  priority could\n}\n\n'
            + 'requirement R1_3 functional "The mailer shall notify the owner." {\n  priority could\n}\n');
    });

    test('multiple-shall keeps conditions for the second obligation', async () => {
        const text = 'requirement R1 functional "When a change is approved, the system shall record the time and shall notify the owner." { priority could }';
        const result = await fixed({ 'a.req': text }, 'a.req', 'multiple-shall');
        expect(result.text).toBe('requirement R1 functional "When a change is approved, the system shall record the time." { priority could }\n\n'
            + 'requirement R1_2 functional "When a change is approved, the system shall notify the owner." { priority could }');
    });

    test.each([
        ['The system shall notify the owner where possible.', 'The system shall notify the owner.'],
        ['The system shall notify the owner, where possible.', 'The system shall notify the owner.'],
        ['The system shall, if practical, notify the owner.', 'The system shall notify the owner.'],
        ['Where possible, the system shall notify the owner.', 'The system shall notify the owner.']
    ])('escape-clause removes the phrase and its joining punctuation: %s', async (statement, expected) => {
        const result = await fixed({ 'a.req': `requirement R1 functional "${statement}" { priority could }` }, 'a.req', 'escape-clause');
        expect(result.text).toBe(`requirement R1 functional "${expected}" { priority could }`);
    });

    test('optional-one-to-one offers to make either end mandatory', async () => {
        const model = 'entity Person { id: int pk auto }\nentity Space { id: int pk auto }\nrelationship Uses: Person 0..1 -- 0..1 Space';
        const ws = await buildWorkspace({ 'm.req': model });
        const actions = await fixesFor(ws, 'm.req', 'optional-one-to-one');
        expect(actions.map(a => a.title)).toEqual(['Make the Person end mandatory (1)', 'Make the Space end mandatory (1)']);
        const apply = (action: CodeAction) => TextDocument.applyEdits(ws.documentOf('m.req').textDocument, action.edit!.changes![testUri('m.req').toString()]);
        expect(apply(actions[0])).toBe(model.replace('Person 0..1 --', 'Person 1 --'));
        expect(apply(actions[1])).toBe(model.replace('-- 0..1 Space', '-- 1 Space'));
    });

    test('many-to-many-with-attributes becomes an associative entity of the same name, so traces still resolve', async () => {
        const model = 'entity Student { id: int pk auto }\nentity Course { code: text(10) pk }\nrelationship Enrolment: Student * -- 1..* Course "enrols in" {\n  grade: int optional\n  enrolledOn: date\n}\n';
        const result = await fixed({ 'm.req': model }, 'm.req', 'many-to-many-with-attributes');
        expect(result.text).toBe('entity Student { id: int pk auto }\nentity Course { code: text(10) pk }\n'
            + 'entity Enrolment {\n  id: int pk auto\n  grade: int optional\n  enrolledOn: date\n}\n\n'
            + 'relationship EnrolmentStudent: Enrolment * -- 1 Student\n\n'
            + 'relationship EnrolmentCourse: Enrolment * -- 1 Course\n');
        const after = await buildWorkspace({ 'm.req': result.text, 'r.req': 'requirement R1 functional "The system shall record grades." { traces Enrolment.grade }' });
        expect(after.diagnostics('r.req').filter(d => d.code === 'unresolved-reference')).toEqual([]);
        expect(after.diagnostics('m.req').filter(d => d.severity === 1)).toEqual([]);
    });

    test('repeating-group moves the numbered attributes into an entity of their own', async () => {
        const model = 'entity Member {\n  id: int pk auto\n  phone1: text(20)\n  phone2: text(20)\n  email: text\n  phone3: text(20) optional\n}\n';
        const result = await fixed({ 'm.req': model }, 'm.req', 'repeating-group');
        expect(result.title).toBe('Move phone1, phone2, phone3 to a new entity MemberPhone');
        expect(result.text).toBe('entity Member {\n  id: int pk auto\n  email: text\n}\n\n'
            + 'entity MemberPhone {\n  id: int pk auto\n  phone: text(20)\n}\n\n'
            + 'relationship MemberPhoneOf: MemberPhone * -- 1 Member\n');
        const after = await buildWorkspace({ 'm.req': result.text });
        expect(after.diagnostics('m.req').filter(d => d.severity === 1 || d.code === 'repeating-group')).toEqual([]);
    });

    test('list-valued-attribute moves the list into an entity with one row per item', async () => {
        const result = await fixed({ 'm.req': 'entity Book { isbn: text(13) pk  tags: text }' }, 'm.req', 'list-valued-attribute');
        expect(result.title).toBe('Move tags to a new entity BookTag');
        expect(result.text).toBe('entity Book { isbn: text(13) pk }\n\nentity BookTag {\n  id: int pk auto\n  tag: text\n}\n\nrelationship BookTagOf: BookTag * -- 1 Book');
    });

    test('plural-entity-name renames the entity and every reference to it, across files', async () => {
        const result = await fixed({
            'm.req': 'entity Books { isbn: text(13) pk }\nentity Shelf { id: int pk auto }\nrelationship Holds: Shelf 1 -- * Books',
            'r.req': 'requirement R1 functional "The system shall record books." { traces Books.isbn }'
        }, 'm.req', 'plural-entity-name');
        expect(result.title).toBe("Rename to 'Book' everywhere");
        expect(result.text).toBe('entity Book { isbn: text(13) pk }\nentity Shelf { id: int pk auto }\nrelationship Holds: Shelf 1 -- * Book');
        expect(result.other['r.req']).toBe('requirement R1 functional "The system shall record books." { traces Book.isbn }');
    });

    test('inconsistent-name-case renames an attribute to the majority case', async () => {
        const result = await fixed({ 'm.req': 'entity Incident { id: int pk auto  openedAt: datetime  resolvedAt: datetime  closed_at: datetime }' }, 'm.req', 'inconsistent-name-case');
        expect(result.text).toBe('entity Incident { id: int pk auto  openedAt: datetime  resolvedAt: datetime  closedAt: datetime }');
    });

    test('inconsistent-name-case with a curly apostrophe renames to the name without it', async () => {
        const result = await fixed({ 'm.req': 'entity Book { id: int pk auto  title: text  subTitle: text  title’s: text }' }, 'm.req', 'inconsistent-name-case');
        expect(result.title).toBe("Rename to 'titles' everywhere");
        expect(result.text).toBe('entity Book { id: int pk auto  title: text  subTitle: text  titles: text }');
    });

    test('inconsistent-name-case offers no rename when no name in the case can be made (an emoji name)', async () => {
        const ws = await buildWorkspace({ 'm.req': 'entity Book { id: int pk auto  title: text  subTitle: text  \u{1F4D6}: text }' }, { quality: { naming: { attribute: 'camelCase' } } });
        const diagnostic = ws.diagnostics('m.req').find(d => d.code === 'inconsistent-name-case');
        expect(diagnostic?.message).toBe("'\u{1F4D6}' does not follow camelCase: the attribute convention is camelCase (tracewright.quality.naming). Use only letters and digits, starting with a lowercase letter.");
        expect(await fixesFor(ws, 'm.req', 'inconsistent-name-case')).toEqual([]);
    });
});

function hoverText(hover: Hover | undefined): string {
    const contents = hover?.contents;
    return typeof contents === 'object' && contents && 'value' in contents ? contents.value : '';
}

async function hoverAt(ws: TestWorkspace, file: string, position: Position): Promise<string> {
    return hoverText(await ws.Tracewright.lsp.HoverProvider!.getHoverContent(ws.documentOf(file), { textDocument: { uri: testUri(file).toString() }, position }));
}

describe('quality hovers', () => {
    test('a requirement name shows its EARS pattern', async () => {
        const ws = await buildWorkspace({ 'a.req': 'requirement R1 functional "While the desk is closed, the system shall show the opening hours." { priority could }' });
        const text = await hoverAt(ws, 'a.req', { line: 0, character: 13 });
        expect(text).toContain('**EARS:** state-driven — While ‹state›, the ‹system› shall ‹response›.');
        expect(text).toContain('Conditions: while “the desk is closed”; system: “the system”; response: “show the opening hours.”');
    });

    test('a requirement name explains each quality rule that fires on it, with a bad and a good example', async () => {
        const ws = await buildWorkspace({ 'a.req': 'requirement R1 performance "The system shall display the list fast." { priority could }' });
        const text = await hoverAt(ws, 'a.req', { line: 0, character: 13 });
        expect(text).toContain('**vague-term** (wording, warning by default): A tester must be able to decide pass or fail.');
        expect(text).toContain('Instead of:\n```tracewright\nrequirement R2 performance "The system shall display the incident list fast."\n```');
        expect(text).toContain('write:\n```tracewright\nrequirement R2 performance "The system shall display the incident list within 2 seconds."\n```');
        expect(text).not.toContain('**ears-pattern**');
    });

    test('the reused integrity rule entity-without-primary-key is explained too, and a silenced rule is not', async () => {
        const ws = await buildWorkspace({ 'm.req': 'entity Loan {\n  book: text(20)\n}' });
        expect(await hoverAt(ws, 'm.req', { line: 0, character: 8 })).toContain('**entity-without-primary-key** (integrity, warning by default): Without a key, rows cannot be told apart');
        const silenced = await buildWorkspace({ 'm.req': '// tracewright-disable-next-line entity-without-primary-key\nentity Loan {\n  book: text(20)\n}' });
        expect(await hoverAt(silenced, 'm.req', { line: 1, character: 8 })).not.toContain('entity-without-primary-key');
    });

    test('an attribute name explains only the rules on that attribute, not those of its entity', async () => {
        const ws = await buildWorkspace({ 'm.req': 'entity Books {\n  isbn: text(13) pk\n  tags: text\n}' });
        const attribute = await hoverAt(ws, 'm.req', { line: 2, character: 3 });
        expect(attribute).toContain('**list-valued-attribute**');
        expect(attribute).not.toContain('**plural-entity-name**');
        const entity = await hoverAt(ws, 'm.req', { line: 0, character: 8 });
        expect(entity).toContain('**plural-entity-name**');
        expect(entity).not.toContain('**list-valued-attribute**');
    });
});
