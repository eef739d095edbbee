import { EmptyFileSystem, TextDocument, type Reference } from 'langium';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../bench/synthetic-model.js';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import { classifyChange, snapshotElements } from '../../server/src/language/incremental/document-change.js';
import { createTracewrightServices } from '../../server/src/language/tracewright-module.js';
import { buildWorkspace, describeDiagnostics, isInCurrentTree, staleTargets, testUri, type TestWorkspace } from '../helpers/workspace.js';

/** Every file's diagnostics, as a fresh build of the same texts would report them. */
async function freshDiagnostics(files: Record<string, string>): Promise<Record<string, string[]>> {
    const fresh = await buildWorkspace(files);
    return Object.fromEntries(Object.keys(files).map(name => [name, describeDiagnostics(fresh.diagnostics(name))]));
}

function currentDiagnostics(ws: TestWorkspace, files: Record<string, string>): Record<string, string[]> {
    return Object.fromEntries(Object.keys(files).map(name => [name, describeDiagnostics(ws.diagnostics(name))]));
}

type Edit = (text: string, random: () => number) => string;

/** Edits a user makes, from rewording a statement to renaming, deleting and duplicating things. */
const edits: Record<string, Edit> = {
    reword: (text, random) => replaceNth(text, /"The system shall [^"]*"/g, random, '"The system shall say it differently."'),
    blankRationaleOrFit: (text, random) => replaceNth(text, /fit "[^"]*"/g, random, 'fit ""'),
    renameAttribute: (text, random) => replaceNth(text, /\n {4}(code|title|amount|quantity):/g, random, m => m.replace(':', 'X:')),
    renameEntity: (text, random) => replaceNth(text, /\nentity (\w+)/g, random, m => `${m}Y`),
    removePrimaryKey: (text, random) => replaceNth(text, / pk auto/g, random, ''),
    dropTrace: (text, random) => replaceNth(text, /, \w+\.\w+\n/g, random, '\n'),
    duplicateName: (text, random) => replaceNth(text, /\nrequirement (\w+)/g, random, '\nrequirement FR000001'),
    newlineInString: (text, random) => replaceNth(text, /"The system shall /g, random, '"The system\nshall '),
    insertBlankLine: (text, random) => replaceNth(text, /\nstory /g, random, '\n\nstory '),
    breakSyntax: (text, random) => replaceNth(text, /traces /g, random, 'traces , ')
};

function replaceNth(text: string, pattern: RegExp, random: () => number, replacement: string | ((match: string) => string)): string {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) return text;
    const match = matches[Math.floor(random() * matches.length)];
    const replaced = typeof replacement === 'string' ? replacement : replacement(match[0]);
    return text.slice(0, match.index) + replaced + text.slice(match.index + match[0].length);
}

describe('incremental builds say what a fresh build says', () => {
    test.each(['mixed-10', 'split-10'] as const)('after a seeded sequence of 24 edits in the %s layout', async layout => {
        const files = { ...syntheticWorkspace(20, layout, 3).files };
        const ws = await buildWorkspace(files);
        const random = seededRandom(11);
        const names = Object.keys(files).filter(name => files[name].length > 0);
        const kinds = Object.keys(edits);
        for (let step = 0; step < 24; step++) {
            const name = names[Math.floor(random() * names.length)];
            const kind = kinds[step % kinds.length];
            files[name] = edits[kind](files[name], random);
            await ws.edit(name, files[name]);
            expect({ step, kind, name, diagnostics: currentDiagnostics(ws, files) })
                .toEqual({ step, kind, name, diagnostics: await freshDiagnostics(files) });
            expect(staleTargets(ws, files)).toEqual([]);
        }
    });

    test('editing file B updates the coverage and reference diagnostics of file A', async () => {
        const files = {
            'a.req': 'entity Book { id: int pk auto  title: text(80) }\n',
            'b.req': 'requirement R1 functional "The system shall record the title of each book." { traces Book.title }\n'
        };
        const ws = await buildWorkspace(files);
        const before = describeDiagnostics(ws.diagnostics('a.req'));
        const edited = { ...files, 'b.req': 'requirement R1 functional "The system shall record each book." { traces Book }\n' };
        await ws.edit('b.req', edited['b.req']);
        expect(currentDiagnostics(ws, edited)).toEqual(await freshDiagnostics(edited));
        const renamed = { ...edited, 'a.req': 'entity Volume { id: int pk auto  title: text(80) }\n' };
        await ws.edit('a.req', renamed['a.req']);
        expect(describeDiagnostics(ws.diagnostics('b.req')).join('\n')).toContain('unresolved-reference');
        expect(currentDiagnostics(ws, renamed)).toEqual(await freshDiagnostics(renamed));
        expect(before).not.toEqual(undefined);
    });
});

describe('classifying an edit', () => {
    async function classify(before: string, after: string) {
        const ws = await buildWorkspace({ 'a.req': before, 'b.req': after });
        return classifyChange(snapshotElements(ws.documentOf('a.req')), snapshotElements(ws.documentOf('b.req')));
    }
    const base = 'entity Book { id: int pk }\nrequirement R1 functional "The system shall lend books." { fit "all" traces Book.id }\n';

    test('rewording a statement or fit criterion is prose, at that element', async () => {
        expect(await classify(base, base.replace('lend books', 'lend every book'))).toEqual({ kind: 'prose', elements: [1] });
        expect(await classify(base, base.replace('"all"', '"most"'))).toEqual({ kind: 'prose', elements: [1] });
    });

    test('names, references, keywords, blank prose and moved lines are structural', async () => {
        for (const after of [
            base.replace('R1', 'R2'), base.replace('Book.id', 'Book'), base.replace('functional', 'usability'),
            base.replace('"all"', '""'), '\n' + base, base.replace('lend books', 'lend\nbooks')
        ]) {
            expect(await classify(base, after)).toEqual({ kind: 'structural' });
        }
    });

    test('prose that is blank only once its escapes are read (`"\\t"`) counts as blank: structural', async () => {
        expect(await classify(base, base.replace('"all"', '"\\t"'))).toEqual({ kind: 'structural' });
        expect(await classify(base, base.replace('"all"', '"\\tall"'))).toEqual({ kind: 'prose', elements: [1] });
    });

    test('an unchanged text has no changed elements', async () => {
        expect(await classify(base, base)).toEqual({ kind: 'prose', elements: [] });
    });
});

describe('after a first build without validation, as the language server starts', () => {
    test('the first edit leaves no reference pointing at the old parse and matches a fresh build', async () => {
        const files = { ...syntheticWorkspace(10, 'split-10', 4).files };
        const services = createTracewrightServices(EmptyFileSystem);
        const shared = services.shared;
        const documents = Object.entries(files).map(([name, text]) => shared.workspace.LangiumDocumentFactory.fromString(text, testUri(name)));
        for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build(documents, {});
        const name = 'model-001.req';
        files[name] = files[name].replace('"A customer the organisation keeps track of"', '"Someone who buys"');
        expect(files[name]).toContain('Someone who buys');
        shared.workspace.TextDocuments.set(TextDocument.create(testUri(name).toString(), 'tracewright', 1, files[name]));
        await shared.workspace.DocumentBuilder.update([testUri(name)], []);
        const stale: string[] = [];
        for (const document of shared.workspace.LangiumDocuments.all) {
            for (const reference of document.references as Reference[]) {
                const target = reference.ref;
                if (target && !isInCurrentTree(shared.workspace.LangiumDocuments, target)) stale.push(reference.$refText);
            }
        }
        expect(stale).toEqual([]);
        const fresh = await freshDiagnostics(files);
        const incremental = Object.fromEntries(Object.keys(files).map(file => [file, describeDiagnostics(shared.workspace.LangiumDocuments.getDocument(testUri(file))?.diagnostics ?? [])]));
        expect(incremental).toEqual(fresh);
    });
});
