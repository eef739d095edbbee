import type { SqlSchema } from '../sql-schema.js';

/**
 * What a database says it holds after running a script, in the shape the model predicts: tables,
 * columns with nullability, primary keys and foreign keys. Each engine reads its own catalogue
 * (pg_catalog, information_schema, sqlite_master + pragmas) into this shape.
 */
export interface CatalogueTable {
    name: string;
    columns: Array<{ name: string; nullable: boolean }>;
    primaryKey: string[];
    foreignKeys: Array<{ columns: string[]; referencedTable: string; referencedColumns: string[] }>;
}

/** The catalogue the schema model predicts. */
export function expectedCatalogue(schema: SqlSchema): CatalogueTable[] {
    return schema.tables.map(table => ({
        name: table.name,
        columns: table.columns.map(c => ({ name: c.name, nullable: c.nullable })),
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys.map(fk => ({ columns: fk.columns, referencedTable: fk.referencedTable, referencedColumns: fk.referencedColumns }))
    }));
}

/** Every difference between the model's prediction and the database, as sentences; empty when they agree. */
export function compareCatalogues(expected: readonly CatalogueTable[], actual: readonly CatalogueTable[]): string[] {
    const differences: string[] = [];
    const actualByName = new Map(actual.map(t => [t.name, t]));
    for (const table of expected) {
        const found = actualByName.get(table.name);
        actualByName.delete(table.name);
        if (!found) {
            differences.push(`table '${table.name}' is in the model but not in the database`);
            continue;
        }
        const columns = new Map(found.columns.map(c => [c.name, c]));
        for (const column of table.columns) {
            const actualColumn = columns.get(column.name);
            columns.delete(column.name);
            if (!actualColumn) differences.push(`column '${table.name}.${column.name}' is in the model but not in the database`);
            else if (actualColumn.nullable !== column.nullable) {
                differences.push(`column '${table.name}.${column.name}' is ${nullability(column.nullable)} in the model but ${nullability(actualColumn.nullable)} in the database`);
            }
        }
        for (const extra of columns.keys()) differences.push(`column '${table.name}.${extra}' is in the database but not in the model`);
        if (found.primaryKey.join(',') !== table.primaryKey.join(',')) {
            differences.push(`table '${table.name}' has primary key (${table.primaryKey.join(', ')}) in the model but (${found.primaryKey.join(', ')}) in the database`);
        }
        const keyText = (fk: CatalogueTable['foreignKeys'][number]) => `(${fk.columns.join(', ')}) -> ${fk.referencedTable} (${fk.referencedColumns.join(', ')})`;
        const expectedKeys = table.foreignKeys.map(keyText).sort();
        const actualKeys = found.foreignKeys.map(keyText).sort();
        if (expectedKeys.join(';') !== actualKeys.join(';')) {
            differences.push(`table '${table.name}' has foreign keys [${expectedKeys.join('; ')}] in the model but [${actualKeys.join('; ')}] in the database`);
        }
    }
    for (const extra of actualByName.keys()) differences.push(`table '${extra}' is in the database but not in the model`);
    return differences;
}

function nullability(nullable: boolean): string {
    return nullable ? 'nullable' : 'NOT NULL';
}
