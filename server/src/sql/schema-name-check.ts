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
    // Columns first: a clash of two foreign key columns also clashes their constraints, and the column says more.
    for (const table of tables) {
        if (!hasFoldedDuplicate(table.columns.map(c => c.name))) continue;
        findCollisions(table.columns.map(c => ({ name: c.name, what: 'column', origin: c.origin })), `in table '${table.name}'`, problems);
    }
    const schemaNames = [
        ...enums.map(e => e.name), ...tables.map(t => t.name),
        ...tables.flatMap(t => t.uniques.map(u => u.name)), ...tables.flatMap(t => t.foreignKeys.map(f => f.name))
    ];
    if (hasFoldedDuplicate(schemaNames)) {
        findCollisions([
            ...enums.map(e => ({ name: e.name, what: 'enum type', origin: e.origin })),
            ...tables.map(t => ({ name: t.name, what: 'table', origin: t.origin })),
            ...tables.flatMap(t => t.uniques.map(u => ({ name: u.name, what: 'unique index', origin: u.origin }))),
            ...tables.flatMap(t => t.foreignKeys.map(f => ({ name: f.name, what: 'foreign key', origin: f.origin })))
        ], 'in the schema', problems);
    }
    // One problem per place in the text is enough to fix it.
    const seen = new Set<unknown>();
    return problems.filter(problem => {
        const key = problem.origin.node ?? problem.origin.element;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/**
 * Whether two names are the same when case is ignored: the cheap question asked of every table and of
 * the schema, so the detailed search (and its messages) runs only where there is something to find.
 */
function hasFoldedDuplicate(names: readonly string[]): boolean {
    if (names.length <= 16) {
        // A handful of columns: comparing pairs is cheaper than a Set.
        const folded = names.map(foldCase);
        for (let i = 1; i < folded.length; i++) {
            for (let j = 0; j < i; j++) {
                if (folded[i] === folded[j]) return true;
            }
        }
        return false;
    }
    const seen = new Set<string>();
    for (const name of names) {
        const key = foldCase(name);
        if (seen.has(key)) return true;
        seen.add(key);
    }
    return false;
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
