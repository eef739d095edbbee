import type { RuleDefinition } from './rule-definition.js';

/** SQL generation: names that would break or change in the generated schema, reported before any SQL runs. */
export const sqlRules = [
    { id: 'sql-name-collision', category: 'sql', severity: 'error',
        summary: 'Table, column, enum and constraint names must stay distinct in SQL, ignoring case, after the naming convention and shortening.',
        explanation: 'SQLite and MySQL compare table names without regard to case, PostgreSQL gives every table a type of the same name, and snake_case turns `OrderItem` and `order_item` into one name. Two model elements that end up with one SQL name make the script fail.',
        bad: 'entity Order { id: int pk }\nentity order { id: int pk }', good: 'entity Order { id: int pk }\nentity OrderArchive { id: int pk }' },
    { id: 'sql-name-shortened', category: 'sql', severity: 'warning',
        summary: 'Names longer than 63 bytes (PostgreSQL\'s limit, counted in UTF-8) are shortened in SQL with a hash suffix.',
        explanation: 'PostgreSQL would cut such a name silently and MySQL refuses names over 64 characters; Tracewright shortens it the same way every time, but the result is hard to read.' },
    { id: 'sql-empty-table', category: 'sql', severity: 'error',
        summary: 'An entity needs at least one attribute (or a foreign key) to become a table: SQLite and MySQL refuse tables without columns.' },
    { id: 'sql-enum-literal', category: 'sql', severity: 'error',
        summary: 'Enum literals must differ when case is ignored (MySQL\'s ENUM) and be at most 63 bytes long (PostgreSQL\'s labels).' },
    { id: 'sql-invalid-default', category: 'sql', severity: 'error',
        summary: 'A default must be a value the databases accept: a real uuid, date (YYYY-MM-DD), time (HH:MM:SS) or timestamp, and a number that fits its int or decimal(p,s).',
        explanation: 'SQLite stores almost anything, but PostgreSQL and MySQL check a default when the table is created, so `date default "31.01.2026"` makes the whole script fail there.',
        bad: 'due: date default "31.01.2026"', good: 'due: date default "2026-01-31"' }
] as const satisfies readonly RuleDefinition[];
