import type { SqlNaming } from './sql-schema.js';

/**
 * PostgreSQL cuts identifiers at 63 bytes (UTF-8) and MySQL refuses more than 64 characters. One limit
 * for every dialect keeps the names identical across scripts, so 63 bytes it is.
 */
export const maxIdentifierBytes = 63;
const hashLength = 8;

/** Applies the naming convention: names as written, or snake_case (`OrderItem` -> `order_item`). */
export function applyNaming(name: string, naming: SqlNaming): string {
    return naming === 'snake_case' ? toSnakeCase(name) : name;
}

export function toSnakeCase(name: string): string {
    return name
        // lower or digit followed by upper: `orderItem` -> `order_Item`
        .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1_$2')
        // an acronym followed by a word: `HTTPServer` -> `HTTP_Server`
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1_$2')
        .replace(/_+/g, '_')
        .toLowerCase();
}

/** Bytes of `text` in UTF-8, as TextEncoder counts them (a lone surrogate becomes U+FFFD, 3 bytes), without encoding it. */
export function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) bytes += 1;
        else if (code < 0x800) bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
            bytes += 4;
            i++;
        } else bytes += 3;
    }
    return bytes;
}

function isLowSurrogate(code: number): boolean {
    return code >= 0xdc00 && code <= 0xdfff;
}

/** The name is within `maxIdentifierBytes` and needs no shortening. */
export function fitsAsIs(name: string): boolean {
    // A UTF-16 unit is at most 3 UTF-8 bytes, so short names need no counting to be known to fit.
    return name.length * 3 <= maxIdentifierBytes || utf8Length(name) <= maxIdentifierBytes;
}

/**
 * A name that fits `maxIdentifierBytes`: unchanged when it fits, otherwise the longest prefix that fits
 * (never cutting a character in half) plus `_` and a hash of the whole name, so two long names with the
 * same prefix stay distinct and the result is the same on every run.
 */
export function fitIdentifier(name: string): { name: string; shortened: boolean } {
    if (fitsAsIs(name)) return { name, shortened: false };
    const suffix = `_${hash(name)}`;
    let prefix = '';
    for (const character of name) {
        if (utf8Length(prefix + character) + suffix.length > maxIdentifierBytes) break;
        prefix += character;
    }
    return { name: prefix + suffix, shortened: true };
}

/** FNV-1a over UTF-8, 32 bits, as 8 hex digits: small, stable and dependency-free. */
export function hash(text: string): string {
    let value = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        value ^= byte;
        value = Math.imul(value, 0x01000193) >>> 0;
    }
    return value.toString(16).padStart(hashLength, '0');
}

/** Names compare case-insensitively: SQLite and MySQL (on most systems) fold case for table names. */
export function foldCase(name: string): string {
    return name.toLowerCase();
}
