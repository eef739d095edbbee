import type { NodeRebinding } from './node-rebinding.js';
import type { LangiumSharedCoreServices } from 'langium';
import { workspaceChanges } from './workspace-change.js';

/**
 * One whole-workspace analysis (the trace graph, the coverage gaps, the SQL names), computed once and
 * kept across prose-only edits by swapping the nodes it holds (`rebind`), instead of being thrown away
 * on every keystroke.
 *
 * While an update is under way (from its start until every document links to the current nodes
 * again) the kept value may hold nodes that are being replaced: a query then gets a freshly computed
 * value that is not kept, as a half-updated workspace must not outlive the build.
 */
export class WorkspaceAnalysisCache<T> {
    private value?: T;
    private updating = false;

    constructor(shared: LangiumSharedCoreServices, private readonly compute: () => T, private readonly rebind: (value: T, rebinding: NodeRebinding) => void) {
        const source = workspaceChanges(shared);
        source.onUpdate(() => this.updating = true);
        source.onWorkspaceChange(change => {
            this.updating = false;
            if (change.kind === 'prose' && this.value !== undefined) this.rebind(this.value, change.rebinding);
            else this.value = undefined;
        });
    }

    get(): T {
        if (this.updating) return this.compute();
        return this.value ??= this.compute();
    }

    /**
     * Keeps a value computed outside `get` (in pieces, see CoverageAnalysis.compute), unless an update
     * started meanwhile: the workspace it describes is then on its way out.
     */
    keep(value: T): void {
        if (!this.updating) this.value = value;
    }

    /** Whether `get` would answer from the kept value, without computing. */
    get isKept(): boolean {
        return !this.updating && this.value !== undefined;
    }

    /** Forgets the value, e.g. when a setting it depends on changed. */
    clear(): void {
        this.value = undefined;
    }
}
