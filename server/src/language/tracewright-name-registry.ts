import { MultiMap, WorkspaceCache, type AstNodeDescription, type IndexManager } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Which top-level names are declared where, across the whole workspace. Built once per workspace
 * state from Langium's index, so a duplicate check is a hash lookup rather than a scan of every file.
 */
export class NameRegistry {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceCache<'names', MultiMap<string, AstNodeDescription>>;
    /** Sorted once per name and workspace state: every one of n duplicates asks, so sorting per call was n² log n. */
    private readonly sorted: WorkspaceCache<string, readonly AstNodeDescription[]>;

    constructor(shared: LangiumSharedServices) {
        this.indexManager = shared.workspace.IndexManager;
        this.cache = new WorkspaceCache(shared);
        this.sorted = new WorkspaceCache(shared);
    }

    /** In file and position order, so messages naming "the other one" do not depend on which file was indexed last. */
    declarationsOf(name: string): readonly AstNodeDescription[] {
        const declarations = this.names().get(name);
        if (declarations.length < 2) return declarations;
        return this.sorted.get(name, () => [...declarations].sort((a, b) => a.documentUri.toString().localeCompare(b.documentUri.toString())
            || (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0)));
    }

    private names(): MultiMap<string, AstNodeDescription> {
        return this.cache.get('names', () => {
            const names = new MultiMap<string, AstNodeDescription>();
            for (const description of this.indexManager.allElements()) {
                if (!description.name.includes('.')) names.add(description.name, description);
            }
            return names;
        });
    }
}
