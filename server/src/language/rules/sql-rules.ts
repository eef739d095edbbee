import type { RuleDefinition } from './rule-definition.js';

/** SQL generation: names that would break or change in the generated schema, reported before any SQL runs. */
export const sqlRules = [
    { id: 'sql-name-collision', category: 'sql', severity: 'error',
        summary: 'Table, column, enum and constraint names must stay distinct in SQL, ignoring case, after the naming convention and shortening.',
        explanation: 'SQLite and MySQL compare table names without regard to case, PostgreSQL gives every table a type of the same name, and snake_case turns `OrderItem` and `order_item` into one name. Two model elements that end up with one SQL name make the script fail.',
        bad: 'entity Order { id: int pk }\nentity order { id: int pk }', good: 'entity Order { id: int pk }\nentity OrderArchive { id: int pk }' },
    { id: 'sql-name-shortened', category: 'sql', severity: 'warning',
        summary: 'Names longer than 63 bytes (PostgreSQL\'s limit, counted in UTF-8) are shortened in SQL with a hash suffix.',
        explanation: 'PostgreSQL would cut such a name silently and MySQL refuses names over 64 characters; Tracewright shortens it the same way every time, but the result is hard to read.' }
] as const satisfies readonly RuleDefinition[];
