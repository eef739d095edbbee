import { applyNaming, fitIdentifier, fitsAsIs } from './sql-names.js';
import type { Origin, SchemaIssue, SqlNaming } from './sql-schema.js';

/**
 * Turns model names into SQL identifiers: applies the naming convention, shortens what is too long and
 * records a warning for every shortened name, so nothing is truncated silently.
 */
export class SchemaNamer {
    readonly warnings: SchemaIssue[] = [];

    constructor(readonly naming: SqlNaming) {}

    /** A table, column or type name written by the user (convention applies). */
    modelName(written: string, origin: Origin, what: string): string {
        return this.fit(applyNaming(written, this.naming), origin, what);
    }

    /** A name Tracewright derives from names that are already converted (constraints, indexes). */
    derivedName(name: string, origin: Origin, what: string): string {
        return this.fit(name, origin, what);
    }

    private fit(name: string, origin: Origin, what: string): string {
        if (fitsAsIs(name)) return name;
        const fitted = fitIdentifier(name);
        if (fitted.shortened) {
            this.warnings.push({
                rule: 'sql-name-shortened', origin,
                message: `The ${what} name '${name}' is longer than PostgreSQL's 63 bytes, so the SQL uses '${fitted.name}'. Choose a shorter name to keep it readable.`
            });
        }
        return fitted.name;
    }
}
