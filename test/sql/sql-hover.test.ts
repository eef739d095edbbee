import { describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { buildWorkspace, testUri } from '../helpers/workspace.js';

const model = 'entity OrderItem { id: int pk auto  unitPrice: decimal(10, 2)  note: text optional }\n'
    + 'entity Person { id: int pk }\n'
    + 'relationship Buyer: OrderItem * -- 0..1 Person as buyer\n'
    + 'relationship Likes: Person * -- * OrderItem';

/** The SQL part of the hover at a position (the hover joins its sections with `---`). */
async function sqlHover(line: number, character: number, naming?: string): Promise<string | undefined> {
    const ws = await buildWorkspace({ 'm.req': model });
    if (naming) ws.Tracewright.sql.SqlSettings.update({ naming });
    const hover: Hover | undefined = await ws.Tracewright.lsp.HoverProvider!.getHoverContent(ws.documentOf('m.req'),
        { textDocument: { uri: testUri('m.req').toString() }, position: { line, character } });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    return value.split('\n\n---\n\n').find(section => section.startsWith('**SQL**'));
}

describe('hover shows what a model element becomes in SQL', () => {
    test('an entity: its table, in the naming convention', async () => {
        expect(await sqlHover(0, 9, 'snake_case')).toBe('**SQL** table `order_item`: 4 columns, primary key (`id`)');
    });
    test('an attribute: its column and nullability', async () => {
        expect(await sqlHover(0, 38)).toBe('**SQL** column `OrderItem.unitPrice` NOT NULL');
        expect(await sqlHover(0, 64)).toBe('**SQL** column `OrderItem.note` (nullable)');
    });
    test('a relationship: its foreign key or junction table', async () => {
        expect(await sqlHover(2, 15)).toBe('**SQL** foreign key `fk_OrderItem_buyer_id`: `OrderItem` (`buyer_id`) → `Person`');
        expect(await sqlHover(3, 15)).toBe('**SQL** junction table `Likes` with primary key (`Person_id`, `OrderItem_id`)');
    });
});
