import { AstUtils, type AstNode } from 'langium';
import { AbstractCallHierarchyProvider, type LangiumServices } from 'langium/lsp';
import {
    SymbolKind, type CallHierarchyIncomingCall, type CallHierarchyItem, type CallHierarchyOutgoingCall, type Range
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { displayName } from '../language/tracewright-naming.js';
import type { TraceLink } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';
import { linkRange } from './trace-locations.js';

/**
 * "Show Call Hierarchy" as a trace hierarchy. Incoming calls are what justifies or realises an
 * element (goal ← story ← requirement; entity ← requirement); outgoing calls are what it realises,
 * satisfies, refines, traces or uses, and an entity's attributes, so the walk can go on to columns.
 */
export class TraceCallHierarchyProvider extends AbstractCallHierarchyProvider {
    constructor(services: LangiumServices, private readonly traces: () => TraceIndex) {
        super(services);
    }

    protected override getCallHierarchyItem(node: AstNode): Partial<CallHierarchyItem> | undefined {
        return { name: displayName(node) ?? node.$type, kind: symbolKindOf(node), detail: node.$type.toLowerCase() };
    }

    protected override getIncomingCalls(node: AstNode): CallHierarchyIncomingCall[] {
        const index = this.traces();
        const links = [...index.graph.incoming(node, ['realizes', 'parent', 'satisfies', 'refines', 'traces', 'uses'])];
        if (ast.isEntity(node) || ast.isRelationship(node)) links.push(...node.attributes.flatMap(a => index.graph.incoming(a, ['traces'])));
        return groupBy(links, link => link.source).flatMap(([source, group]) => {
            const from = this.itemOf(source);
            return from ? [{ from, fromRanges: ranges(group) }] : [];
        });
    }

    protected override getOutgoingCalls(node: AstNode): CallHierarchyOutgoingCall[] {
        const links = this.traces().graph.outgoing(node, ['realizes', 'parent', 'satisfies', 'refines', 'traces', 'uses']);
        const calls = groupBy(links, link => link.target).flatMap(([target, group]) => {
            const to = this.itemOf(target);
            return to ? [{ to, fromRanges: ranges(group) }] : [];
        });
        if (ast.isEntity(node) || ast.isRelationship(node)) {
            for (const attribute of node.attributes) {
                const to = this.itemOf(attribute);
                if (to) calls.push({ to, fromRanges: [to.selectionRange] });
            }
        }
        return calls;
    }

    private itemOf(node: AstNode): CallHierarchyItem | undefined {
        return this.getCallHierarchyItems(node, AstUtils.getDocument(node))?.[0];
    }
}

function symbolKindOf(node: AstNode): SymbolKind {
    if (ast.isGoal(node)) return SymbolKind.Event;
    if (ast.isStory(node)) return SymbolKind.Interface;
    if (ast.isRequirement(node)) return SymbolKind.Function;
    if (ast.isEntity(node)) return SymbolKind.Class;
    if (ast.isAttribute(node)) return SymbolKind.Field;
    if (ast.isRelationship(node)) return SymbolKind.Struct;
    return SymbolKind.Object;
}

function groupBy(links: readonly TraceLink[], key: (link: TraceLink) => AstNode): Array<[AstNode, TraceLink[]]> {
    const groups = new Map<AstNode, TraceLink[]>();
    for (const link of links) groups.set(key(link), [...(groups.get(key(link)) ?? []), link]);
    return [...groups];
}

function ranges(links: readonly TraceLink[]): Range[] {
    return links.map(linkRange).filter((r): r is Range => !!r);
}
