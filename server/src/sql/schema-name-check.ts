import { foldCase } from './sql-names.js';
import type { Origin, SchemaIssue, SqlEnum, SqlTable } from './sql-schema.js';

interface Named {
    name: string;
    what: string;
    origin: Origin;
}

/**
 * Finds names that would clash in the database. Names compare case-insensitively (SQLite and MySQL
 * fold case), after the naming convention and shortening. Tables, enum types, unique indexes and
 * foreign key constraints share one namespace (PostgreSQL gives every table a type of the same name,
 * and MySQL wants constraint names unique per database); columns share one per table.
 */
export function checkSchemaNames(enums: readonly SqlEnum[], tables: readonly SqlTable[]): SchemaIssue[] {
    const problems: SchemaIssue[] = [];
    const schemaObjects: Named[] = [
        ...enums.map(e => ({ name: e.name, what: 'enum type', origin: e.origin })),
        ...tables.map(t => ({ name: t.name, what: 'table', origin: t.origin })),
        ...tables.flatMap(t => t.uniques.map(u => ({ name: u.name, what: 'unique index', origin: u.origin }))),
        ...tables.flatMap(t => t.foreignKeys.map(f => ({ name: f.name, what: 'foreign key', origin: f.origin })))
    ];
    // Columns first: a clash of two foreign key columns also clashes their constraints, and the column says more.
    for (const table of tables) {
        findCollisions(table.columns.map(c => ({ name: c.name, what: 'column', origin: c.origin })), `in table '${table.name}'`, problems);
    }
    findCollisions(schemaObjects, 'in the schema', problems);
    // One problem per place in the text is enough to fix it.
    const seen = new Set<unknown>();
    return problems.filter(problem => {
        const key = problem.origin.node ?? problem.origin.element;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

function findCollisions(items: readonly Named[], where: string, problems: SchemaIssue[]): void {
    const first = new Map<string, Named>();
    for (const item of items) {
        const key = foldCase(item.name);
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, item);
            continue;
        }
        // The same name written twice is a duplicate-name or duplicate-member error already.
        if (item.origin.property === 'name' && earlier.origin.property === 'name' && item.origin.element === earlier.origin.element) continue;
        const same = earlier.name === item.name ? `'${item.name}'` : `'${item.name}' (same as '${earlier.name}' when case is ignored)`;
        problems.push({
            rule: 'sql-name-collision',
            origin: item.origin,
            message: `The ${item.what} ${same} from ${item.origin.element} collides ${where} with the ${earlier.what} from ${earlier.origin.element}. `
                + `Rename one of them${item.origin.property === 'entity' ? ', or give the relationship end a role (`Entity as role`)' : ''}.`
        });
    }
}
