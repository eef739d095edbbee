import type { Enum } from '../generated/ast.js';
import { originOf } from './schema-origin.js';
import { foldCase, maxIdentifierBytes, utf8Length } from './sql-names.js';
import type { SchemaIssue } from './sql-schema.js';

/**
 * Enum literals are values, not names, so they are never shortened; but PostgreSQL refuses labels over
 * 63 bytes and MySQL compares ENUM values without regard to case, so `enum E { a A }` fails there.
 */
export function checkEnumLiterals(enumeration: Enum): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    const seen = new Map<string, string>();
    for (const literal of enumeration.literals) {
        if (!literal.name) continue;
        const origin = originOf(literal, `${enumeration.name}.${literal.name}`, 'name');
        if (utf8Length(literal.name) > maxIdentifierBytes) {
            issues.push({ rule: 'sql-enum-literal', origin, message: `The literal '${literal.name}' is ${utf8Length(literal.name)} bytes long; PostgreSQL accepts enum labels of at most ${maxIdentifierBytes} bytes. Shorten it.` });
        }
        const earlier = seen.get(foldCase(literal.name));
        if (earlier !== undefined && earlier !== literal.name) {
            issues.push({ rule: 'sql-enum-literal', origin, message: `The literals '${earlier}' and '${literal.name}' differ only in case, which MySQL's ENUM does not tell apart. Rename one of them.` });
        }
        if (earlier === undefined) seen.set(foldCase(literal.name), literal.name);
    }
    return issues;
}
