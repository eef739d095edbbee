import { interruptAndCheck, type AstNode, type AstNodeLocator, type Cancellation, type IndexManager, type LangiumCoreServices, type LangiumDocuments } from 'langium';
import * as ast from '../generated/ast.js';
import { WorkspaceAnalysisCache } from '../language/incremental/workspace-analysis-cache.js';
import { addToTraceGraph, buildTraceGraph } from './build-trace-graph.js';
import { TraceGraph, type DataElement, type TraceLink, type TraceSource } from './trace-graph.js';
import { TraceReach } from './trace-reach.js';

interface TraceState {
    graph: TraceGraph;
    reach: TraceReach;
}

/**
 * The traceability index: pure queries over the links between goals, stories, requirements and the
 * data model. The graph is built from Langium's global index once per workspace state and thrown
 * away when any document changes, so a whole-workspace validation pass asks it in O(1) per query.
 */
export class TraceIndex {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly state: WorkspaceAnalysisCache<TraceState>;

    constructor(services: LangiumCoreServices) {
        const shared = services.shared;
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.state = new WorkspaceAnalysisCache<TraceState>(shared, () => {
            const graph = buildTraceGraph(this.topLevelElements());
            return { graph, reach: new TraceReach(graph) };
        }, (state, rebinding) => {
            state.graph.rebind(rebinding);
            // The walks remember answers by node: start them afresh (they are computed on demand).
            state.reach = new TraceReach(state.graph);
        });
    }

    get graph(): TraceGraph {
        return this.current().graph;
    }

    /**
     * Builds the graph now, if it is not at hand, a thousand elements at a time with a turn of the event
     * loop between them when they take long, so that in a big workspace a request that comes in
     * meanwhile does not wait for the whole build. The graph is the one `graph` would build.
     */
    async prepare(cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.state.isKept) return;
        const graph = new TraceGraph();
        let added = 0;
        for (const element of this.topLevelElements()) {
            addToTraceGraph(graph, element);
            if (++added % elementsBetweenInterruptions === 0) await interruptAndCheck(cancelToken);
        }
        this.state.keep({ graph, reach: new TraceReach(graph) });
    }

    /** Stories and requirements that name this goal in `realizes`. */
    realisersOf(goal: ast.Goal): TraceSource[] {
        return sources(this.graph.incoming(goal, ['realizes']));
    }

    /** A goal counts as realised when something realises it or one of its sub-goals. */
    isRealised(goal: ast.Goal): boolean {
        return this.current().reach.isRealised(goal);
    }

    /** The goals a story or requirement serves, directly or through what it satisfies or refines. */
    goalsOf(item: TraceSource): readonly ast.Goal[] {
        return this.current().reach.goalsOf(item);
    }

    /** Whether goalsOf(item) is not empty, worked out without listing the goals. */
    servesAGoal(item: TraceSource): boolean {
        return this.current().reach.servesAGoal(item);
    }

    /** The data a story or requirement names: `traces` and `uses` links. */
    tracesOf(item: TraceSource): readonly TraceLink[] {
        return this.graph.outgoing(item, ['traces', 'uses']);
    }

    hasData(item: TraceSource): boolean {
        return this.current().reach.hasData(item);
    }

    /** Requirements that satisfy or refine this story or requirement. */
    detailsOf(item: TraceSource): TraceSource[] {
        return sources(this.graph.incoming(item, ['satisfies', 'refines']));
    }

    /**
     * The links that justify a data element. An attribute is justified by a trace to it; an entity or
     * relationship by a trace to it or to one of its attributes, and an entity also by a story that uses it.
     */
    justificationLinksOf(element: DataElement): TraceLink[] {
        const links = [...this.graph.incoming(element, ['traces', 'uses'])];
        if (!ast.isAttribute(element)) {
            for (const attribute of element.attributes) links.push(...this.graph.incoming(attribute, ['traces']));
        }
        return links;
    }

    /** The stories and requirements that justify a data element, each once, in workspace order. */
    justificationsOf(element: DataElement): TraceSource[] {
        return sources(this.justificationLinksOf(element));
    }

    /** The goals above the stories and requirements that justify a data element. */
    goalsJustifying(element: DataElement): ast.Goal[] {
        const goals = new Set<ast.Goal>();
        for (const source of this.justificationsOf(element)) this.goalsOf(source).forEach(goal => goals.add(goal));
        return [...goals];
    }

    /** What the stories do with an entity: `uses Incident(create, read)`. */
    operationsOn(entity: ast.Entity): Map<ast.Story, Set<string>> {
        const result = new Map<ast.Story, Set<string>>();
        for (const link of this.graph.incoming(entity, ['uses'])) {
            const story = link.source as ast.Story;
            const operations = result.get(story) ?? new Set<string>();
            link.operations?.forEach(op => operations.add(op));
            result.set(story, operations);
        }
        return result;
    }

    /** Relationships with this entity at one of their ends. */
    relationshipsOf(entity: ast.Entity): ast.Relationship[] {
        return this.graph.relationships.filter(r => r.source?.entity?.ref === entity || r.target?.entity?.ref === entity);
    }

    private current(): TraceState {
        return this.state.get();
    }

    /** Every named top-level element, from the index of exported symbols (attributes are reached through their entity). */
    private *topLevelElements(): Generator<AstNode> {
        for (const description of this.indexManager.allElements()) {
            if (description.name.includes('.')) continue;
            const root = description.node ? undefined : this.documents.getDocument(description.documentUri)?.parseResult.value;
            const node = description.node ?? (root && this.locator.getAstNode(root, description.path));
            if (node && ast.isModel(node.$container)) yield node;
        }
    }
}

/** How many elements `prepare` adds between two looks at the clock (about a millisecond's work). */
const elementsBetweenInterruptions = 1000;

function sources(links: readonly TraceLink[]): TraceSource[] {
    return [...new Set(links.map(link => link.source as TraceSource))];
}
