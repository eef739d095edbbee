import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Entity } from '../../server/src/generated/ast.js';
import { byId, justificationsFromModels } from '../../server/src/sql/justifications.js';
import { utf8Length } from '../../server/src/sql/sql-names.js';
import { lineComment, quoteIdent, quoteString } from '../../server/src/sql/sql-identifiers.js';
import { commentLength, commentPieces, escapedText, flatten, indented, isPlain, oneLine, quotedName } from '../../server/src/sql/sql-text.js';
import { buildWorkspace } from '../helpers/workspace.js';

/**
 * The SQL generators take shortcuts for speed; each must give exactly the answer of the slow, obvious
 * way it replaces, on the inputs it takes and on the ones it hands back to the slow way.
 */
describe('fast paths give the answers of the slow ones', () => {
    const collator = new Intl.Collator('en', { numeric: true });
    const sign = (n: number) => Math.sign(n);
    // Ids as people write them, and the shapes the shortcut must leave to the collator.
    const id = fc.oneof(
        fc.tuple(fc.constantFrom('R', 'FR', 'NFR', 'US', 'G', 'FRA', 'U', 'Z'), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 6 }))
            .map(([prefix, n, width]) => prefix + String(n).padStart(width, '0')),
        fc.stringMatching(/^[A-Za-z]{1,3}[0-9]{0,4}[a-z_-]{0,2}[0-9]{0,3}$/),
        fc.constantFrom('R01', 'R1', 'R001', 'r1', 'R', '1', 'R1a', 'Ä1', 'R٣', 'R１', '', 'R' + '9'.repeat(220), 'R' + '9'.repeat(221))
    );

    test('byId orders ids exactly as the numeric collator does', () => {
        fc.assert(fc.property(id, id, (a, b) => {
            expect(sign(byId(a, b))).toBe(sign(collator.compare(a, b)));
        }), { numRuns: 20000 });
        expect(byId('R2', 'R10')).toBeLessThan(0);
        expect(byId('FR000012', 'NFR000003')).toBeLessThan(0);
        expect(byId('US1', 'US1')).toBe(0);
        expect(byId('R01', 'R1')).toBe(0);
    });

    test('utf8Length counts the bytes TextEncoder writes, lone surrogates included', () => {
        const encoder = new TextEncoder();
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), text => {
            expect(utf8Length(text)).toBe(encoder.encode(text).length);
        }), { numRuns: 5000 });
        for (const text of ['', 'a', 'ä', '日本', '😀', '\uD83D', '\uDE00', 'x\uD83Dy', '\uDE00\uD83D']) {
            expect(utf8Length(text)).toBe(encoder.encode(text).length);
        }
    });
});

describe('statement text built from pieces', () => {
    // A table's or column's comment as the generators once built it: ids joined, then the whole text quoted.
    const commentText = (description: string | undefined, ids: readonly string[]) => {
        const joined = ids.join(', ');
        if (description && joined) return `${description} (justified by ${joined})`;
        if (joined) return `Justified by ${joined}`;
        return description || undefined;
    };
    const indent = (text: string) => text.replaceAll('\n', '\n    ');
    // Text full of what quoting, indenting and line comments change.
    const hostile = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', "'", '"', '`', '\\', '\n', '\r', ',', '(', 'ä', '😀'), maxLength: 12 });
    const ids = fc.array(fc.oneof(hostile, fc.constantFrom('FR000001', 'US2', '')), { maxLength: 5 });
    const description = fc.option(hostile, { nil: undefined });

    test('quoting, indenting and line comments piece by piece give what they give on the whole text', () => {
        fc.assert(fc.property(description, ids, fc.constantFrom('postgres', 'sqlite', 'mysql' as const), (text, list, dialect) => {
            const whole = commentText(text, list);
            const quoted = commentPieces(text, list, piece => escapedText(piece, dialect));
            expect(quoted === undefined ? undefined : `'${quoted}'`).toBe(whole === undefined ? undefined : quoteString(whole, dialect));
            const inTable = commentPieces(text, list, piece => indented(escapedText(piece, dialect)));
            expect(inTable === undefined ? undefined : `'${inTable}'`).toBe(whole === undefined ? undefined : indent(quoteString(whole, dialect)));
            const line = commentPieces(text, list, oneLine);
            expect(line === undefined ? undefined : `-- ${line}`).toBe(whole === undefined ? undefined : lineComment(whole));
            expect(commentLength(text, list)).toBe(whole?.length ?? 0);
        }), { numRuns: 3000 });
    });

    test('names are quoted and indented as quoteIdent and CREATE TABLE do; plain text is found in one pass', () => {
        fc.assert(fc.property(hostile, fc.constantFrom('postgres', 'sqlite', 'mysql' as const), (name, dialect) => {
            expect(quotedName(name, dialect)).toBe(indent(quoteIdent(name, dialect)));
            expect(isPlain(name)).toBe(!/['\\\n\r]/.test(name));
            expect(`'${escapedText(name, dialect)}'`).toBe(quoteString(name, dialect));
        }), { numRuns: 3000 });
        expect(flatten('a' + 'b'.repeat(20))).toBe('a' + 'b'.repeat(20));
        expect(flatten('')).toBe('');
    });
});

describe('provenance lists', () => {
    test('list each requirement once, sorted by id, with equal-ranking ids in the order they were read', async () => {
        const requirement = (name: string, traces: string) => `requirement ${name} functional "The system shall keep ${name}." { traces ${traces} }\n`;
        const text = 'entity Order { id: int pk auto  code: text(20)  total: int }\n'
            + requirement('R10', 'Order.code, Order.total')
            + requirement('R2', 'Order.code')
            + requirement('R1', 'Order.code, Order.code')
            + requirement('R01', 'Order.code')
            + requirement('NFR3', 'Order.total')
            + requirement('FR12', 'Order.total, Order')
            + requirement('R2', 'Order.code');
        const ws = await buildWorkspace({ 'order.req': text });
        const justifications = justificationsFromModels([ws.model('order.req')]);
        const order = ws.model('order.req').elements.find(e => e.$type === 'Entity' && e.name === 'Order') as Entity;
        const attribute = (name: string) => order.attributes.find(a => a.name === name)!;
        // What the straightforward way gives: the distinct ids in reading order, stably sorted.
        expect(justifications.ofAttribute(attribute('code'))).toEqual(['R1', 'R01', 'R2', 'R10']);
        expect(justifications.ofAttribute(attribute('total'))).toEqual(['FR12', 'NFR3', 'R10']);
        expect(justifications.ofEntity(order)).toEqual(['FR12', 'NFR3', 'R1', 'R01', 'R2', 'R10']);
        expect(justifications.ofAttribute(attribute('id'))).toEqual([]);
    });
});

describe('provenance of attributes found by position', () => {
    test('an attribute whose $containerIndex does not hold it still gets its own ids', async () => {
        const text = 'entity Order { id: int pk auto  code: text(20)  total: int }\n'
            + 'requirement R1 functional "The system shall keep codes." { traces Order.code }\n'
            + 'requirement R2 functional "The system shall keep totals." { traces Order.total }\n';
        const ws = await buildWorkspace({ 'order.req': text });
        const order = ws.model('order.req').elements.find(e => e.$type === 'Entity') as Entity;
        const [, code, total] = order.attributes;
        expect(justificationsFromModels([ws.model('order.req')]).ofAttribute(code)).toEqual(['R1']);
        // A position that no longer checks out (as if attributes moved without the AST being linked
        // again): `code` claims the place of `total`, and must not share its list.
        (code as { $containerIndex?: number }).$containerIndex = 2;
        const justifications = justificationsFromModels([ws.model('order.req')]);
        expect(justifications.ofAttribute(code)).toEqual(['R1']);
        expect(justifications.ofAttribute(total)).toEqual(['R2']);
        expect(justifications.ofEntity(order)).toEqual(['R1', 'R2']);
    });
});
