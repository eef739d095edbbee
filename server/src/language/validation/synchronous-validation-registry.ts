import {
    ValidationRegistry, isOperationCancelled,
    type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationChecks
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isElementLocal } from './element-local-checks.js';

/** A registered check as the document validator calls it: a promise only if the check itself is asynchronous. */
export type SynchronousCheck = (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => void | Promise<void>;

/** The categories key of a validation that names none: all of them. No list of names joins to it. */
const allCategories = '\u0000all';

/**
 * Langium's registry wraps every check in an async function and builds a new stream of checks for
 * every node, so validating 150,000 nodes costs 150,000 × (checks + 1) promises and microtask hops:
 * about a third of the validation time of a big workspace. Every Tracewright check is synchronous;
 * this registry calls it synchronously, goes asynchronous only for a check that returns a promise,
 * and keeps the checks of each node type in an array. An exception still becomes an error diagnostic
 * on the node, as in Langium.
 */
export class SynchronousValidationRegistry extends ValidationRegistry {
    /** Checks by categories key (see checksFor), then by node type. */
    private readonly checksByType = new Map<string, Map<string, SynchronousCheck[]>>();
    /** Categories that have at least one check. */
    private readonly usedCategories = new Set<string>();
    /** Checks registered so far. */
    private registrations = 0;
    /** The wrapped checks of those registered as element-local. */
    private readonly localChecks = new WeakSet<SynchronousCheck>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category: ValidationCategory = 'fast'): void {
        super.register<T>(checksRecord, thisObj, category);
        this.usedCategories.add(category);
    }

    /**
     * Names the checks a validation with these categories runs: two validations with the same key run
     * the same checks (no categories means all of them), also when checks were registered in between.
     */
    categoryKey(categories: readonly string[] | undefined): string {
        return `${this.registrations}:${[...this.usedCategories].filter(c => !categories || categories.includes(c)).sort().join(',')}`;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        super.addEntry(type, entry);
        this.registrations++;
        this.checksByType.clear();
    }

    /** The checks for one node type and set of categories, in registration order, computed once. */
    checksFor(type: string, categories: string[] | undefined): SynchronousCheck[] {
        // Two lookups, no string built per node: by the set of categories (none means all), then by type.
        const key = categories ? this.categoriesKey(categories) : allCategories;
        let byType = this.checksByType.get(key);
        if (!byType) this.checksByType.set(key, byType = new Map());
        let checks = byType.get(type);
        if (!checks) {
            checks = this.getChecks(type, categories).toArray() as unknown as SynchronousCheck[];
            byType.set(type, checks);
        }
        return checks;
    }

    private lastCategories?: string[];
    private lastCategoriesKey = '';

    /**
     * The categories joined, worked out once per list: a validation asks with the same list for every
     * node, and joining it for each of them made a new string per node.
     */
    private categoriesKey(categories: string[]): string {
        if (categories !== this.lastCategories) {
            this.lastCategories = categories;
            this.lastCategoriesKey = categories.join(',');
        }
        return this.lastCategoriesKey;
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const report = (error: unknown, accept: ValidationAcceptor, node: AstNode): void => {
            if (isOperationCancelled(error)) throw error;
            console.error('An error occurred during validation:', error);
            const details = error instanceof Error ? error.message : String(error);
            accept('error', `An error occurred during validation: ${details}`, { node });
        };
        const synchronous: SynchronousCheck = (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as unknown;
                if (result instanceof Promise) return result.then(() => undefined, error => report(error, accept, node));
            } catch (error) {
                report(error, accept, node);
            }
            return undefined;
        };
        if (isElementLocal(check)) this.localChecks.add(synchronous);
        return synchronous as unknown as ValidationCheck;
    }

    /** Whether a check from `checksFor` was registered as element-local (see element-local-checks.ts). */
    isElementLocal(check: SynchronousCheck): boolean {
        return this.localChecks.has(check);
    }
}
