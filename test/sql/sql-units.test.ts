import { describe, expect, test } from 'vitest';
import { placementOf } from '../../server/src/sql/relationship-keys.js';
import { quoteIdent, quoteString } from '../../server/src/sql/sql-identifiers.js';
import { fitIdentifier, toSnakeCase, utf8Length } from '../../server/src/sql/sql-names.js';
import type { Relationship } from '../../server/src/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { fixtureSchema } from './sql-fixtures.js';
import { generateSql } from '../../server/src/sql/generate-sql.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';

describe('identifiers', () => {
    test.each([
        ['postgres', 'a"b', '"a""b"'], ['sqlite', 'user', '"user"'], ['mysql', 'a`b', '`a``b`'], ['mysql', 'order', '`order`']
    ] as const)('%s quotes %s as %s', (dialect, name, quoted) => {
        expect(quoteIdent(name, dialect)).toBe(quoted);
    });

    test('string literals double quotes everywhere and backslashes in MySQL only', () => {
        expect(quoteString(`it's C:\\x`, 'postgres')).toBe(`'it''s C:\\x'`);
        expect(quoteString(`it's C:\\x`, 'sqlite')).toBe(`'it''s C:\\x'`);
        expect(quoteString(`it's C:\\x`, 'mysql')).toBe(`'it''s C:\\\\x'`);
    });

    test.each([
        ['OrderItem', 'order_item'], ['HTTPServer', 'http_server'], ['userID', 'user_id'], ['order_id', 'order_id'],
        ['Größe2Teil', 'größe2_teil'], ['already_snake', 'already_snake']
    ])('snake_case of %s is %s', (name, snake) => {
        expect(toSnakeCase(name)).toBe(snake);
    });

    test('long names are shortened to 63 bytes on a character boundary, with a stable hash', () => {
        expect(fitIdentifier('a'.repeat(63))).toEqual({ name: 'a'.repeat(63), shortened: false });
        const long = fitIdentifier('a'.repeat(64));
        expect(long.shortened).toBe(true);
        expect(long.name).toMatch(/^a{54}_[0-9a-f]{8}$/);
        expect(fitIdentifier('a'.repeat(64))).toEqual(long);
        const umlauts = fitIdentifier('ä'.repeat(40)).name;
        expect(utf8Length(umlauts)).toBeLessThanOrEqual(63);
        expect(umlauts).toMatch(/^ä{27}_[0-9a-f]{8}$/);
        expect(fitIdentifier('b'.repeat(54) + 'x'.repeat(20)).name).not.toBe(fitIdentifier('b'.repeat(54) + 'y'.repeat(20)).name);
    });

    test('the long-names fixture warns once per shortened name, naming the new name', async () => {
        const schema = await fixtureSchema('long-names');
        expect(schema.warnings.map(w => `${w.origin.element}: ${w.message.split(' is longer')[0]}`)).toEqual([
            "AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll: The table name 'AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll'",
            "AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll.anAttributeWhoseNameIsAlsoMuchLongerThanSixtyThreeBytesAllowedHere: The column name 'anAttributeWhoseNameIsAlsoMuchLongerThanSixtyThreeBytesAllowedHere'",
            "Größenänderungsprotokolleinträgeüberwachungsfähigkeitsprüfung: The table name 'Größenänderungsprotokolleinträgeüberwachungsfähigkeitsprüfung'",
            "AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo (AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll): The foreign key column name 'AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll_id'",
            "AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo (Größenänderungsprotokolleinträgeüberwachungsfähigkeitsprüfung): The foreign key column name 'Größenänderungsprotokolleinträgeüberwachungsfähigkeitsprüfung_id'",
            // The junction table's own name (59 bytes) fits; its constraint names, made from the shortened columns, do not.
            "AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo (AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersToHoldItAll): The foreign key name 'fk_AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo_AnEntityWhoseNameIsFarTooLongForPostgresqlIdentifiersT_d85a31dc'",
            "AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo (Größenänderungsprotokolleinträgeüberwachungsfähigkeitsprüfung): The foreign key name 'fk_AnotherRelationshipWithAVeryLongNameThatNeedsShorteningToo_Größenänderungsprotokolleinträgeüberwachungsfähi_f8494e00'"
        ]);
    });
});

describe('origins', () => {
    test('each table and column points at the line its name is on, read when asked, and JSON keeps the line', async () => {
        const text = '// people\n\nentity Person {\n  id: int pk\n\n  name: text\n}\nentity Team { id: int pk }\nrelationship MemberOf: Person * -- 1 Team';
        const ws = await buildWorkspace({ 'm.req': text });
        const schema = schemaOfDocuments([ws.documentOf('m.req')], { naming: 'asWritten' });
        const lineOf = (name: string) => text.split('\n').findIndex(line => new RegExp(`\\b${name}\\b`).test(line));
        const lines = schema.tables.flatMap(t => [[t.origin.element, t.origin.line], ...t.columns.map(c => [c.origin.element, c.origin.line])]);
        expect(lines).toEqual([
            ['Person', lineOf('Person')], ['Person.id', 3], ['Person.name', 5], ['MemberOf (Team)', lineOf('MemberOf')],
            ['Team', lineOf('Team')], ['Team.id', lineOf('Team')]
        ]);
        expect(JSON.parse(JSON.stringify(schema.tables[0].columns[1].origin))).toEqual({ element: 'Person.name', uri: ws.documentOf('m.req').uri.toString(), line: 5, property: 'name' });
    });
});

describe('where a relationship puts its foreign key', () => {
    async function placement(cardinalities: string): Promise<string> {
        const ws = await buildWorkspace({ 'm.req': `entity A { id: int pk }\nentity B { id: int pk }\nrelationship R: A ${cardinalities} B` });
        const relationship = ws.model('m.req').elements[2] as Relationship;
        const p = placementOf(relationship);
        if (p.kind === 'junction') return 'junction table';
        return `on ${p.holder.entity.$refText} -> ${p.referenced.entity.$refText}${p.nullable ? ', nullable' : ''}${p.unique ? ', unique' : ''}`;
    }
    test.each([
        ['* -- 1', 'on A -> B'], ['* -- 0..1', 'on A -> B, nullable'], ['1 -- *', 'on B -> A'], ['0..1 -- 1..*', 'on B -> A, nullable'],
        ['1 -- 0..1', 'on B -> A, unique'], ['0..1 -- 1', 'on A -> B, unique'], ['1 -- 1', 'on B -> A, unique'], ['0..1 -- 0..1', 'on B -> A, nullable, unique'],
        ['* -- *', 'junction table'], ['1..* -- 0..*', 'junction table']
    ])('A %s B: %s', async (cardinalities, expected) => {
        expect(await placement(cardinalities)).toBe(expected);
    });
});

describe('MySQL limits become types it accepts, or warnings', () => {
    test('text longer than varchar allows is mediumtext; keys over 3072 bytes are reported', async () => {
        const ws = await buildWorkspace({ 'm.req': 'entity Doc { id: int pk  body: text(20000)  code: text(1000) unique  name: text unique }' });
        const schema = schemaOfDocuments([ws.documentOf('m.req')], { naming: 'asWritten' });
        const { sql, warnings } = generateSql(schema, 'mysql');
        expect(sql).toContain('`body` mediumtext NOT NULL');
        expect(sql).toContain('`code` varchar(1000) NOT NULL');
        expect(sql).toContain('`name` varchar(255) NOT NULL');
        expect(warnings.map(w => w.message)).toEqual([
            "MySQL's varchar holds at most 16383 characters in utf8mb4, so the MySQL script declares 'body' mediumtext, without the length limit of text(20000).",
            "MySQL cannot use unbounded text 'name' in a key or unique constraint, so the MySQL script declares it varchar(255). Give it a length, e.g. text(100).",
            "The unique constraint 'uq_Doc_code' of 'Doc' takes up to 4000 bytes in MySQL (4 bytes a character in utf8mb4), more than InnoDB's 3072, so MySQL will refuse it. Shorten its text(n) columns."
        ]);
        expect(generateSql(schema, 'postgres').warnings).toEqual([]);
    });
});
