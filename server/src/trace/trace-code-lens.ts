import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Location } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { TraceLink } from './trace-graph.js';
import type { TraceIndex } from './trace-index.js';
import { linkLocation, nameLocation } from './trace-locations.js';

/** The client command that opens the references peek; it converts the JSON arguments for VS Code. */
export const showReferencesCommand = 'tracewright.showReferences';

/**
 * Lenses above goals, stories, requirements, entities and relationships: "realised by 3",
 * "traces 4", "justified by 2". Clicking one lists the links it counts in the references peek.
 */
export class TraceCodeLensProvider implements CodeLensProvider {
    constructor(private readonly traces: TraceIndex) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value as ast.Model;
        const lenses: CodeLens[] = [];
        for (const element of model.elements ?? []) {
            const at = nameLocation(element);
            if (!at || !element.name) continue;
            for (const [title, locations] of this.countsOf(element)) {
                lenses.push({
                    range: at.range,
                    command: { title, command: showReferencesCommand, arguments: [at.uri, at.range.start, locations] }
                });
            }
        }
        return lenses;
    }

    private countsOf(element: ast.Element): Array<[string, Location[]]> {
        const index = this.traces;
        const graph = index.graph;
        const here = (links: readonly TraceLink[]) => links.map(linkLocation).filter((l): l is Location => !!l);
        const there = (links: readonly TraceLink[]) => links.map(l => nameLocation(l.target)).filter((l): l is Location => !!l);
        if (ast.isGoal(element)) {
            return [[`realised by ${index.realisersOf(element).length}`, here(graph.incoming(element, ['realizes']))]];
        }
        if (ast.isStory(element) || ast.isRequirement(element)) {
            const goals = index.goalsOf(element).map(nameLocation).filter((l): l is Location => !!l);
            const data = index.tracesOf(element);
            const details = graph.incoming(element, ['satisfies', 'refines']);
            return [
                [`realises ${goals.length}`, goals],
                [`${ast.isStory(element) ? 'uses' : 'traces'} ${data.length}`, there(data)],
                [`detailed by ${details.length}`, here(details)]
            ];
        }
        if (ast.isEntity(element) || ast.isRelationship(element)) {
            const links = index.justificationLinksOf(element);
            return [[`justified by ${index.justificationsOf(element).length}`, here(links)]];
        }
        return [];
    }
}
