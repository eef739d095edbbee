import { describe, expect, test } from 'vitest';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';

async function defaultProblems(attributes: string): Promise<string[]> {
    const ws = await buildWorkspace({ 'm.req': `entity E {\n  id: int pk\n${attributes}\n}` });
    return describeDiagnostics(ws.diagnostics('m.req').filter(d => d.code === 'sql-invalid-default'));
}

describe('defaults the databases would refuse are errors before any SQL runs', () => {
    test('values that every engine reads pass', async () => {
        expect(await defaultProblems([
            'a: uuid default "123e4567-e89b-12d3-a456-426614174000"', 'b: date default "2024-02-29"', 'c: time default "09:30"',
            'd: time default "23:59:59.5"', 'e: datetime default "2026-01-31 09:30:00"', 'f: datetime default "2026-01-31T09:30:00"',
            'g: datetime default "2026-01-31"', 'h: int default -2147483648', 'i: decimal(3,1) default 99.9', 'j: decimal(2,2) default -0.99',
            'k: decimal default 123456789.123'
        ].join('\n'))).toEqual([]);
    });

    test.each([
        ['u: uuid default "abc"', `'abc' is not a uuid`],
        ['d: date default "not a date"', `'not a date' is not a date`],
        ['d: date default "2026-02-30"', `'2026-02-30' is not a date`],
        ['t: time default "25:99"', `'25:99' is not a time`],
        ['s: datetime default "yesterday"', `'yesterday' is not a timestamp`],
        ['s: datetime default "2026-01-31 24:00:00"', `'2026-01-31 24:00:00' is not a timestamp`],
        ['n: int default 3000000000', '3000000000 does not fit an int'],
        ['p: decimal(3,1) default 99.96', '99.96 does not fit decimal(3,1), which holds less than 100 in absolute value'],
        ['q: decimal(1,1) default 1.5', '1.5 does not fit decimal(1,1)']
    ])('%s', async (attribute, problem) => {
        const problems = await defaultProblems(`  ${attribute}`);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(`sql-invalid-default PostgreSQL and MySQL reject this default: ${problem}`);
        expect(problems[0]).toMatch(/^3:\d+ /);
    });
});
