import { MultiMap, type AstNodeDescription, type IndexManager } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { WorkspaceAnalysisCache } from './incremental/workspace-analysis-cache.js';

/**
 * Which top-level names are declared where, across the whole workspace. Built once per workspace
 * state from Langium's index, so a duplicate check is a hash lookup rather than a scan of every file.
 * Prose-only edits keep it: they keep every name, and the index keeps the description objects.
 */
export class NameRegistry {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceAnalysisCache<Names>;

    constructor(shared: LangiumSharedServices) {
        this.indexManager = shared.workspace.IndexManager;
        this.cache = new WorkspaceAnalysisCache(shared, () => this.collectNames(), () => {});
    }

    /**
     * In declaration order (`compareDeclarations`), so messages naming "the other one" do not depend on
     * which file was indexed last, and the first is the one references find.
     */
    declarationsOf(name: string): readonly AstNodeDescription[] {
        const { byName, sorted } = this.cache.get();
        const declarations = byName.get(name);
        if (declarations.length < 2) return declarations;
        let inOrder = sorted.get(name);
        if (!inOrder) {
            inOrder = [...declarations].sort(compareDeclarations);
            sorted.set(name, inOrder);
        }
        return inOrder;
    }

    /** The names declared more than once; most workspaces have none, and a document then needs no check per element. */
    duplicatedNames(): ReadonlySet<string> {
        const names = this.cache.get();
        if (!names.duplicated) {
            names.duplicated = new Set();
            for (const [name, declarations] of names.byName.entriesGroupedByKey()) if (declarations.length > 1) names.duplicated.add(name);
        }
        return names.duplicated;
    }

    private collectNames(): Names {
        const byName = new MultiMap<string, AstNodeDescription>();
        for (const description of this.indexManager.allElements()) {
            if (!description.name.includes('.')) byName.add(description.name, description);
        }
        return { byName, sorted: new Map() };
    }
}

/**
 * The order of two declarations of one name: by file, then by position in it. A reference to a name
 * declared twice finds the first (see `FirstDeclaredScope`), whichever file was indexed last: a fresh
 * build, an incremental one and the CLI agree, on any file system's order of listing files.
 */
export function compareDeclarations(a: AstNodeDescription, b: AstNodeDescription): number {
    return a.documentUri.toString().localeCompare(b.documentUri.toString()) || (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
}

interface Names {
    byName: MultiMap<string, AstNodeDescription>;
    /** Sorted once per name: every one of n duplicates asks, so sorting per call was n² log n. */
    sorted: Map<string, readonly AstNodeDescription[]>;
    duplicated?: Set<string>;
}
