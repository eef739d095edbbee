import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { revalidateAll } from '../../server/src/lsp/server-handlers.js';
import { buildWorkspace, describeDiagnostics, testUri } from '../helpers/workspace.js';

/** Only the SQL rules' diagnostics, as `line:col rule message`. */
async function sqlDiagnostics(files: Record<string, string>, naming?: string): Promise<Record<string, string[]>> {
    const ws = await buildWorkspace(files);
    if (naming) {
        expect(ws.Tracewright.sql.SqlSettings.update({ naming })).toEqual([]);
        await revalidateAll(ws.shared);
    }
    return Object.fromEntries(Object.keys(files).map(name => [name,
        describeDiagnostics(ws.diagnostics(name).filter(d => String(d.code).startsWith('sql-'))).sort()]));
}

describe('SQL names that collide are errors in the editor, on the name that causes them', () => {
    test('tables that differ only in case collide', async () => {
        const result = await sqlDiagnostics({
            'a.req': 'entity Order { id: int pk }',
            'b.req': 'entity order { id: int pk }'
        });
        expect(result['a.req']).toEqual([]);
        expect(result['b.req']).toEqual([
            "1:8 sql-name-collision The table 'order' (same as 'Order' when case is ignored) from order collides in the schema with the table from Order. Rename one of them."
        ]);
    });

    test('the same name written twice is left to the duplicate-name and duplicate-member rules', async () => {
        const result = await sqlDiagnostics({ 'a.req': 'entity Ticket { id: int pk  id: int }', 'b.req': 'entity Ticket { id: int pk }' });
        expect(result).toEqual({ 'a.req': [], 'b.req': [] });
    });

    test('a self many-to-many without roles collides on its junction columns', async () => {
        const result = await sqlDiagnostics({ 'm.req': 'entity Person { id: int pk }\nrelationship Knows: Person * -- * Person' });
        expect(result['m.req']).toEqual([
            "2:35 sql-name-collision The column 'Person_id' from Knows (Person) collides in table 'Knows' with the column from Knows (Person). Rename one of them, or give the relationship end a role (`Entity as role`)."
        ]);
    });

    test('two unnamed ends to the same entity make the same column; a role fixes it', async () => {
        const model = 'entity Person { id: int pk }\nentity Loan { id: int pk }\n';
        const clash = await sqlDiagnostics({ 'm.req': model + 'relationship Borrower: Loan * -- 1 Person\nrelationship Guarantor: Loan * -- 0..1 Person' });
        expect(clash['m.req']).toEqual([
            "4:40 sql-name-collision The column 'Person_id' from Guarantor (Person) collides in table 'Loan' with the column from Borrower (Person). Rename one of them, or give the relationship end a role (`Entity as role`)."
        ]);
        const fixed = await sqlDiagnostics({ 'm.req': model + 'relationship Borrower: Loan * -- 1 Person\nrelationship Guarantor: Loan * -- 0..1 Person as guarantor' });
        expect(fixed['m.req']).toEqual([]);
    });

    test('an enum and a table of one name collide (PostgreSQL gives each table a type)', async () => {
        const result = await sqlDiagnostics({ 'm.req': 'enum Status { A }\nentity Status2 { id: int pk }\nentity status { id: int pk }' });
        expect(result['m.req']).toEqual([
            "3:8 sql-name-collision The table 'status' (same as 'Status' when case is ignored) from status collides in the schema with the enum type from Status. Rename one of them."
        ]);
    });

    test('snake_case makes OrderItem and order_item one name, only when that convention is chosen', async () => {
        const files = { 'm.req': 'entity OrderItem { id: int pk  orderID: int  order_id: int }\nentity order_item { id: int pk }' };
        expect((await sqlDiagnostics(files))['m.req']).toEqual([]);
        expect((await sqlDiagnostics(files, 'snake_case'))['m.req']).toEqual([
            "1:46 sql-name-collision The column 'order_id' from OrderItem.order_id collides in table 'order_item' with the column from OrderItem.orderID. Rename one of them.",
            "2:8 sql-name-collision The table 'order_item' from order_item collides in the schema with the table from OrderItem. Rename one of them."
        ]);
    });

    test('a name over 63 bytes is a warning that names the shortened form', async () => {
        const long = 'Ü'.repeat(32);
        const result = await sqlDiagnostics({ 'm.req': `entity ${long} { id: int pk }` });
        expect(result['m.req']).toHaveLength(1);
        expect(result['m.req'][0]).toMatch(new RegExp(`^1:8 sql-name-shortened The table name '${long}' is longer than PostgreSQL's 63 bytes, so the SQL uses 'Ü{27}_[0-9a-f]{8}'`));
    });

    test('an entity that would become a table without columns is an error; a foreign key column is enough', async () => {
        expect((await sqlDiagnostics({ 'm.req': 'entity Empty {}' }))['m.req']).toEqual([
            "1:8 sql-empty-table 'Empty' has no attributes, and SQLite and MySQL cannot create a table without columns. Add its attributes, e.g. `id: int pk auto`."
        ]);
        expect((await sqlDiagnostics({ 'm.req': 'entity Empty {}\nentity Other { id: int pk }\nrelationship R: Empty * -- 1 Other' }))['m.req']).toEqual([]);
    });

    test('enum literals that differ only in case, or exceed 63 bytes, are errors on the literal', async () => {
        const long = 'L'.repeat(64);
        expect((await sqlDiagnostics({ 'm.req': `enum Size { small Small ${long} }` }))['m.req']).toEqual([
            "1:19 sql-enum-literal The literals 'small' and 'Small' differ only in case, which MySQL's ENUM does not tell apart. Rename one of them.",
            `1:25 sql-enum-literal The literal '${long}' is 64 bytes long; PostgreSQL accepts enum labels of at most 63 bytes. Shorten it.`
        ]);
    });

    test('settings reject unknown values and say which are allowed', async () => {
        const ws = await buildWorkspace({});
        expect(ws.Tracewright.sql.SqlSettings.update({ naming: 'camel', dialect: 'oracle' })).toEqual([
            "tracewright.sql.naming: 'camel' is not one of asWritten, snake_case",
            "tracewright.sql.dialect: 'oracle' is not one of postgres, sqlite, mysql"
        ]);
    });
});

describe('quick fix for a foreign key column collision', () => {
    test('gives the relationship end a role named after the relationship, which removes the collision', async () => {
        const text = 'entity Person { id: int pk }\nentity Loan { id: int pk }\nrelationship Borrower: Loan * -- 1 Person\nrelationship Guarantor: Loan * -- 0..1 Person';
        const ws = await buildWorkspace({ 'm.req': text });
        const diagnostic = ws.diagnostics('m.req').find(d => d.code === 'sql-name-collision')!;
        const actions = await ws.Tracewright.lsp.CodeActionProvider!.getCodeActions(ws.documentOf('m.req'),
            { textDocument: { uri: testUri('m.req').toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(["Give this end the role 'guarantor'"]);
        const fixedText = TextDocument.applyEdits(ws.documentOf('m.req').textDocument, actions[0].edit!.changes![testUri('m.req').toString()]);
        expect(fixedText.split('\n')[3]).toBe('relationship Guarantor: Loan * -- 0..1 Person as guarantor');
        expect((await sqlDiagnostics({ 'm.req': fixedText }))['m.req']).toEqual([]);
    });
});
