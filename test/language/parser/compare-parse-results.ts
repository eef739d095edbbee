import { isAstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';

/**
 * Compares two parse results of the same text as object graphs and returns the first difference
 * with its path, or undefined when they are the same. "The same" is strict: the same classes, the
 * same own keys in the same order, equal primitives, grammar elements and token types by identity
 * (both parsers must point at the objects of the grammar Langium loaded), and links inside each
 * graph ($container, $cstNode, astNode, a reference's $refNode and node) pointing at corresponding
 * objects. A reference's target is never resolved.
 */
export function firstDifference(actual: ParseResult, expected: ParseResult, options: { linked?: boolean } = {}): string | undefined {
    return new Comparison(options.linked ?? false).run(actual, expected);
}

/** What a built document has that a parse has not: its root's document, what references resolved to, and cached ranges (compared as ranges). */
const linkedOnly = new Set(['$document', '_ref', '_nodeDescription', '_rangeCache']);

class Difference extends Error {}

class Comparison {
    /**
     * Both results belong to built documents: their references were resolved (each into its own
     * workspace), so what they resolved to and the root's document are not compared.
     */
    constructor(private readonly linked: boolean) {}

    /** Objects of the actual graph and the expected object each must correspond to. */
    private readonly counterpart = new Map<object, object>();
    /** Links to check once both graphs are walked (a link may point at an object visited later). */
    private readonly links: Array<{ path: string, actual: unknown, expected: unknown }> = [];

    run(actual: ParseResult, expected: ParseResult): string | undefined {
        try {
            this.sameKeys(actual, expected, 'result');
            this.plain(actual.lexerErrors, expected.lexerErrors, 'result.lexerErrors');
            this.plain(actual.parserErrors, expected.parserErrors, 'result.parserErrors');
            this.plain(actual.lexerReport, expected.lexerReport, 'result.lexerReport');
            this.cst(actual.value.$cstNode, expected.value.$cstNode, 'cst');
            this.ast(actual.value, expected.value, 'value');
            for (const link of this.links) this.link(link.actual, link.expected, link.path);
            return undefined;
        } catch (error) {
            if (error instanceof Difference) return error.message;
            throw error;
        }
    }

    private differ(path: string, what: string): never {
        throw new Difference(`${path}: ${what}`);
    }

    private sameKeys(actual: object, expected: object, path: string): string[] {
        if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
            this.differ(path, `class ${actual.constructor?.name} instead of ${expected.constructor?.name}`);
        }
        const compared = (key: string) => !this.linked || !linkedOnly.has(key);
        const keys = Object.keys(actual).filter(compared), expectedKeys = Object.keys(expected).filter(compared);
        if (keys.join() !== expectedKeys.join()) this.differ(path, `keys [${keys}] instead of [${expectedKeys}]`);
        this.counterpart.set(actual, expected);
        return keys;
    }

    private link(actual: unknown, expected: unknown, path: string): void {
        if (actual === undefined && expected === undefined) return;
        if (typeof actual !== 'object' || actual === null || this.counterpart.get(actual) !== expected) {
            this.differ(path, 'links to an object that does not correspond');
        }
    }

    /** Plain data (error lists, reports, ranges): structural equality. */
    private plain(actual: unknown, expected: unknown, path: string): void {
        if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) {
            if (!Object.is(actual, expected)) this.differ(path, `${String(actual)} instead of ${String(expected)}`);
            return;
        }
        for (const key of this.sameKeys(actual, expected, path)) {
            this.plain((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
        }
    }

    private cst(actual: CstNode | undefined, expected: CstNode | undefined, path: string): void {
        if (actual === undefined || expected === undefined) {
            if (actual !== expected) this.differ(path, `${actual ? 'a' : 'no'} CST node where the other has ${expected ? 'one' : 'none'}`);
            return;
        }
        const fields = actual as unknown as Record<string, unknown>, expectedFields = expected as unknown as Record<string, unknown>;
        for (const key of this.sameKeys(actual, expected, path)) {
            const value = fields[key], expectedValue = expectedFields[key];
            const at = `${path}.${key}`;
            if (key === 'content') {
                const children = value as CstNode[], expectedChildren = expectedValue as CstNode[];
                if (children.length !== expectedChildren.length) this.differ(at, `${children.length} children instead of ${expectedChildren.length}`);
                children.forEach((child, i) => this.cst(child, expectedChildren[i], `${at}[${i}]`));
            } else if (key === 'container' || key === '_astNode') {
                this.links.push({ path: at, actual: value, expected: expectedValue });
            } else if (key === '_rangeCache') {
                this.plain(value, expectedValue, at);
            } else if (value !== expectedValue) {
                // Offsets, lines, the text, and by identity the grammar element and the token type.
                this.differ(at, `${describe(value)} instead of ${describe(expectedValue)}`);
            }
        }
        this.plain(actual.range, expected.range, `${path}.range`);
        if (actual.offset !== expected.offset || actual.end !== expected.end || actual.hidden !== expected.hidden) {
            this.differ(path, `spans ${actual.offset}-${actual.end} instead of ${expected.offset}-${expected.end}`);
        }
    }

    private ast(actual: AstNode, expected: AstNode, path: string): void {
        const fields = actual as unknown as Record<string, unknown>, expectedFields = expected as unknown as Record<string, unknown>;
        for (const key of this.sameKeys(actual, expected, path)) {
            const at = `${path}.${key}`;
            if (key === '$container' || key === '$cstNode') this.links.push({ path: at, actual: fields[key], expected: expectedFields[key] });
            else this.value(fields[key], expectedFields[key], at);
        }
    }

    private value(actual: unknown, expected: unknown, path: string): void {
        if (Array.isArray(actual) && Array.isArray(expected)) {
            this.sameKeys(actual, expected, path);
            actual.forEach((item, i) => this.value(item, expected[i], `${path}[${i}]`));
        } else if (isAstNode(actual) && isAstNode(expected)) {
            this.ast(actual, expected, path);
        } else if (isReference(actual) && isReference(expected)) {
            const fields = actual as unknown as Record<string, unknown>, expectedFields = expected as unknown as Record<string, unknown>;
            for (const key of this.sameKeys(actual, expected, path)) {
                const at = `${path}.${key}`;
                if (key === '$refNode' || key === 'node') this.links.push({ path: at, actual: fields[key], expected: expectedFields[key] });
                else if (fields[key] !== expectedFields[key]) this.differ(at, `${describe(fields[key])} instead of ${describe(expectedFields[key])}`);
            }
        } else if (!Object.is(actual, expected)) {
            this.differ(path, `${describe(actual)} instead of ${describe(expected)}`);
        }
    }
}

function describe(value: unknown): string {
    if (typeof value === 'string') return JSON.stringify(value);
    if (typeof value === 'object' && value !== null) {
        const fields = value as Record<string, unknown>;
        const detail = typeof fields.$type === 'string' ? fields.$type : typeof fields.name === 'string' ? fields.name : '';
        return `${value.constructor?.name ?? 'object'}(${detail}${typeof fields.value === 'string' ? ` '${fields.value}'` : ''})`;
    }
    return String(value);
}
