import { URI } from 'langium';
import { expect } from 'vitest';
import type { Model } from '../../server/src/generated/ast.js';
import { firstDifference } from '../language/parser/compare-parse-results.js';
import { buildWorkspace, describeDiagnostics, isInCurrentTree, staleTargets, type TestWorkspace } from './workspace.js';

// What an edited workspace is compared with: a fresh parse of a file's text, and a fresh build of every file.

/** The first way the document's tree differs from a parse of its whole text (with the same services), if any. */
export function differenceFromFreshParse(ws: TestWorkspace, name: string, text: string): string | undefined {
    const fresh = ws.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/fresh/${name}`));
    return firstDifference(ws.documentOf(name).parseResult, fresh.parseResult, { linked: true });
}

/** Everything a fresh build and an edited workspace must agree on: diagnostics, index ranges, references. */
export async function observable(ws: TestWorkspace, files: Record<string, string>) {
    const names = Object.keys(files);
    const diagnostics = Object.fromEntries(names.map(name => [name, describeDiagnostics(ws.diagnostics(name))]));
    const documents = ws.shared.workspace.LangiumDocuments;
    const index = ws.shared.workspace.IndexManager.allElements().toArray()
        .map(d => `${d.documentUri.path} ${d.path} ${d.name} ${JSON.stringify(d.nameSegment?.range)} ${d.nameSegment?.offset}${d.node && !isInCurrentTree(documents, d.node) ? ' (an old node)' : ''}`);
    const references: string[] = [];
    for (const name of names) {
        for (const element of ws.model(name).elements) {
            const found = ws.Tracewright.references.References.findReferences(element, { includeDeclaration: false });
            for (const reference of found) references.push(`${element.name} <- ${reference.sourceUri.path} ${reference.sourcePath} ${JSON.stringify(reference.segment.range)} ${reference.segment.offset}`);
        }
    }
    // The order of the files in a find-references answer is the order they were last indexed in (editors sort it).
    return { diagnostics, index, references: references.sort() };
}

/** The edited workspace says what a fresh build says, and no reference points at an old node; with a file name, its tree is also what a fresh parse gives. */
export async function expectAsFreshlyBuilt(ws: TestWorkspace, files: Record<string, string>, name?: string): Promise<void> {
    if (name) expect(differenceFromFreshParse(ws, name, files[name])).toBeUndefined();
    expect(staleTargets(ws, files)).toEqual([]);
    expect(await observable(ws, files)).toEqual(await observable(await buildWorkspace(files), files));
}

/** `observable` with the index in name order, for workspaces where a file was indexed again. */
export async function sortedIndex(ws: TestWorkspace, files: Record<string, string>) {
    const seen = await observable(ws, files);
    return { ...seen, index: [...seen.index].sort() };
}
