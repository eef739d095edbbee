import type { AstNode } from 'langium';

/**
 * The plain schema model every SQL generator reads: tables, columns, keys, uniques, enums and foreign
 * keys with their final (convention-applied, shortened) names, and where each came from. It is built
 * once from the Langium AST by `buildSqlSchema` and holds no dialect-specific text.
 */
export interface SqlSchema {
    /** The model's name for the header: the folder of the first file, or what the caller chose. */
    modelName: string;
    enums: SqlEnum[];
    tables: SqlTable[];
    /** Shortened names and other things the user should know; collisions and the like are `schemaProblems`. */
    warnings: SchemaIssue[];
}

export type SqlNaming = 'asWritten' | 'snake_case';
export type SqlDialect = 'postgres' | 'sqlite' | 'mysql';
export const sqlDialects: readonly SqlDialect[] = ['postgres', 'sqlite', 'mysql'];
export const sqlNamings: readonly SqlNaming[] = ['asWritten', 'snake_case'];

/** Where a schema element came from: enough to point the user at the line, and the node for the editor. */
export interface Origin {
    /** `Incident`, `Incident.priority`, `Affects`. */
    element: string;
    uri: string;
    /** 0-based, as in LSP. */
    readonly line: number;
    node?: AstNode;
    /** The property of `node` that holds the name the user wrote (for squiggles). */
    property?: string;
}

export interface SchemaIssue {
    rule: 'sql-name-shortened' | 'sql-name-collision' | 'sql-empty-table' | 'sql-enum-literal' | 'sql-dialect-limit';
    message: string;
    origin: Origin;
}

export interface SqlEnum {
    name: string;
    literals: string[];
    description?: string;
    origin: Origin;
}

export type ColumnType =
    | { kind: 'text'; length?: number }
    | { kind: 'decimal'; precision?: number; scale?: number }
    | { kind: 'int' | 'bigint' | 'bool' | 'date' | 'time' | 'datetime' | 'uuid' }
    | { kind: 'enum'; enumName: string; literals: string[] };

export type ColumnDefault =
    | { kind: 'now' | 'today' }
    | { kind: 'bool'; value: boolean }
    | { kind: 'number'; value: number }
    | { kind: 'string'; value: string };

export interface SqlColumn {
    name: string;
    type: ColumnType;
    nullable: boolean;
    auto: boolean;
    default?: ColumnDefault;
    /** Part of a key or unique constraint (MySQL cannot index unbounded TEXT). */
    indexed: boolean;
    /** Requirement and story ids that justify the column. */
    justifiedBy: string[];
    description?: string;
    origin: Origin;
}

export interface SqlUnique {
    name: string;
    columns: string[];
    origin: Origin;
}

export interface SqlForeignKey {
    name: string;
    columns: string[];
    referencedTable: string;
    referencedColumns: string[];
    origin: Origin;
}

export interface SqlTable {
    name: string;
    /** 'entity' tables come from entities, 'junction' tables from many-to-many relationships. */
    kind: 'entity' | 'junction';
    columns: SqlColumn[];
    primaryKey: string[];
    uniques: SqlUnique[];
    foreignKeys: SqlForeignKey[];
    justifiedBy: string[];
    description?: string;
    origin: Origin;
}
