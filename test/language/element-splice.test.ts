import { AstUtils, DocumentState, type RootCstNode } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { seededRandom } from '../../bench/synthetic-model.js';
import { syntheticWorkspace } from '../../bench/synthetic-workspace.js';
import type { Requirement } from '../../server/src/generated/ast.js';
import { applyElementSplice, type ElementSplice } from '../../server/src/language/incremental/element-splice.js';
import { collectLeaves, leavesOf } from '../../server/src/language/parser/cst-leaves.js';
import { differenceFromFreshParse, expectAsFreshlyBuilt, observable, sortedIndex } from '../helpers/fresh-build.js';
import { buildWorkspace, describeDiagnostics, staleTargets, type TestWorkspace } from '../helpers/workspace.js';

/** Edits a file and says whether it was spliced (the document kept its tree) or parsed again whole. */
async function edit(ws: TestWorkspace, files: Record<string, string>, name: string, text: string): Promise<'spliced' | 'parsed'> {
    const before = ws.model(name);
    files[name] = text;
    await ws.edit(name, text);
    return ws.model(name) === before ? 'spliced' : 'parsed';
}

/** A prose string of one of the file's elements, picked at random: its content's start and end. */
function someProse(text: string, random: () => number): { start: number; end: number } {
    const matches = [...text.matchAll(/(?:functional|usability|performance|security|reliability|fit|rationale|want|so that|entity \w+|goal \w+|story \w+) "([^"\\]+)"/g)];
    const match = matches[Math.floor(random() * matches.length)];
    const start = match.index! + match[0].length - match[1].length - 1;
    return { start, end: start + match[1].length };
}

/** An entity and two requirements tracing it, each element on a line of its own. */
const base = 'entity Book "A book" { id: int pk auto }\nrequirement R1 functional "The system shall lend books." { fit "all" traces Book.id }\nrequirement R2 functional "The system shall return books." { traces Book }\n';

const words = ['shall', 'record', 'every', 'loan', 'é', 'naïve', 'x', 'the system shall keep it', ''];

describe('an edit inside one element reads only that element again', () => {
    test('seeded rewordings in one big file: each is spliced, and gives what a fresh parse and a fresh build give', async () => {
        const files: Record<string, string> = { ...syntheticWorkspace(20, 'single', 7).files };
        const name = Object.keys(files)[0];
        // Comments before, inside and after elements, one after an element on its last line.
        files[name] = files[name]
            .replace(/\nrequirement /, '\n// a comment between elements\nrequirement ')
            .replace(/\n}\n/, '\n} // a comment after the element, on its last line\n')
            .replace(/\n {4}traces /, '\n    /* inside */ traces ');
        const ws = await buildWorkspace(files);
        const random = seededRandom(5);
        const paths: string[] = [];
        for (let step = 0; step < 30; step++) {
            const text = files[name];
            const { start, end } = someProse(text, random);
            // Shorter, longer, or the same length; never blank (blank prose is a structural change).
            const word = words[Math.floor(random() * words.length)] || 'y';
            const cut = start + Math.floor(random() * (end - start));
            const edited = text.slice(0, cut) + word + text.slice(cut + Math.floor(random() * Math.min(4, end - cut)));
            paths.push(await edit(ws, files, name, edited));
            expect(differenceFromFreshParse(ws, name, edited), `step ${step}`).toBeUndefined();
            // The leaf list that moving the tokens after an edit goes by is the tree's, in text order.
            const root = ws.model(name).$cstNode as RootCstNode;
            const inTree = collectLeaves(root, []);
            expect(leavesOf(root).length === inTree.length && leavesOf(root).every((leaf, i) => leaf === inTree[i]), `step ${step}`).toBe(true);
            expect(staleTargets(ws, files), `step ${step}`).toEqual([]);
            if (step % 6 === 5) expect(await observable(ws, files), `step ${step}`).toEqual(await observable(await buildWorkspace(files), files));
        }
        expect(paths.every(path => path === 'spliced')).toBe(true);
    });

    test('references from other files follow the spliced element, and their diagnostics stay right', async () => {
        const files: Record<string, string> = { ...syntheticWorkspace(20, 'mixed-10', 3).files };
        const ws = await buildWorkspace(files);
        const random = seededRandom(9);
        const names = Object.keys(files).filter(name => /entity \w+ "/.test(files[name]));
        for (let step = 0; step < 12; step++) {
            const name = names[step % names.length];
            const { start, end } = someProse(files[name], random);
            expect(await edit(ws, files, name, files[name].slice(0, start) + `Reworded ${step}` + files[name].slice(end))).toBe('spliced');
            expect(staleTargets(ws, files)).toEqual([]);
        }
        expect(await observable(ws, files)).toEqual(await observable(await buildWorkspace(files), files));
    });

    test('a reworded requirement that others satisfy, in its file and another: their references follow it, those to other types are left alone', async () => {
        // Only documents with a reference to a node of the reworded element's type are looked through;
        // here both files have one (R2 and R3 satisfy R1), and references to the entity stay as they were.
        const files: Record<string, string> = {
            'a.req': `${base}requirement R3 functional "The system shall remind." { satisfies R1 traces Book }\n`,
            'b.req': 'requirement R4 functional "The system shall report." { satisfies R1 refines R3 traces Book.id }\n'
        };
        const ws = await buildWorkspace(files);
        const book = ws.model('a.req').elements[0];
        for (const [step, wording] of ['The system shall lend all books.', 'The system shall lend.'].entries()) {
            expect(await edit(ws, files, 'a.req', files['a.req'].replace(/lend[^"]*\./, wording.slice('The system shall '.length)))).toBe('spliced');
            const r1 = ws.model('a.req').elements[1] as Requirement;
            expect(r1.statement, `step ${step}`).toBe(wording);
            const satisfied = (file: string, index: number) => (ws.model(file).elements[index] as Requirement).satisfies.map(reference => reference.ref);
            expect(satisfied('a.req', 3)).toEqual([r1]);
            expect(satisfied('b.req', 0)).toEqual([r1]);
            expect((ws.model('b.req').elements[0] as Requirement).traces[0].element?.ref).toBe(book);
            expect(staleTargets(ws, files), `step ${step}`).toEqual([]);
        }
        expect(await observable(ws, files)).toEqual(await observable(await buildWorkspace(files), files));
    });

    test('an element with a comment after it on its last line: the comment moves sideways', async () => {
        const files = { 'a.req': 'requirement R1 functional "The system shall lend books." { fit "all" } // R1 is about loans\n\nrequirement R2 functional "The system shall return books." /* R2 */\n' };
        const ws = await buildWorkspace(files);
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('lend books', 'lend every book'))).toBe('spliced');
        expect(differenceFromFreshParse(ws, 'a.req', files['a.req'])).toBeUndefined();
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('lend every book', 'lend'))).toBe('spliced');
        expect(differenceFromFreshParse(ws, 'a.req', files['a.req'])).toBeUndefined();
        expect(await observable(ws, files)).toEqual(await observable(await buildWorkspace(files), files));
    });

    test('other edits parse the whole file, as before, and still give what a fresh build gives', async () => {
        const notProse: Record<string, (text: string) => string> = {
            'new line inside prose': text => text.replace('lend books', 'lend\nbooks'),
            'a new line inside an element': text => text.replace('{ traces Book }', '{\n    traces Book\n}'),
            'prose of two elements at once': text => text.replace('"all"', '"al"').replace('return books', 'return all books'),
            'a comment after an element': text => text.replace('{ traces Book }', '{ traces Book } // later'),
            'a syntax error': text => text.replace('lend books."', 'lend books.'),
            'an element on the same line as the next': text => text.replace('traces Book.id }\n', 'traces Book.id } '),
            'between elements': text => text.replace('\nrequirement R2', '\n\nrequirement R2'),
            'indenting an element': text => text.replace('\nrequirement R2', '\n  requirement R2')
        };
        for (const [what, change] of Object.entries(notProse)) {
            const files = { 'a.req': base };
            const ws = await buildWorkspace(files);
            expect(await edit(ws, files, 'a.req', change(base)), what).toBe('parsed');
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
            // And a prose edit right after one that was not parses cleanly again or splices.
            const reworded = files['a.req'].replace('return books', 'return every book');
            await edit(ws, files, 'a.req', reworded);
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
        }
    });

    test('other edits that keep the element\'s lines are spliced too, and link only that element, in its file and in the others', async () => {
        const other = 'requirement R9 functional "The system shall list books." { traces Book.id, Book }\nrequirement R8 functional "The system shall list loans." { traces R1 }\n';
        const keepingLines: Record<string, (text: string) => string> = {
            'a requirement renamed': text => text.replace('R2', 'R3'),
            'blank prose': text => text.replace('"all"', '""'),
            'a trace added on its line': text => text.replace('traces Book }', 'traces Book, Book.id }'),
            'a value changed': text => text.replace('functional "The system shall return', 'security "The system shall return'),
            'an attribute renamed (traces in both files break)': text => text.replace('id: int', 'key: int'),
            'an attribute added on its line': text => text.replace('id: int pk auto }', 'id: int pk auto title: text }'),
            'an entity renamed (every trace to it breaks)': text => text.replace('entity Book', 'entity Volume'),
            'a requirement renamed to a name another one has': text => text.replace('requirement R2', 'requirement R1'),
            'a trace to a name nothing declares yet': text => text.replace('traces Book }', 'traces Book, Loan }'),
            'a trace removed': text => text.replace('fit "all" traces Book.id }', 'fit "all" }')
        };
        for (const [what, change] of Object.entries(keepingLines)) {
            const files = { 'a.req': base, 'b.req': other };
            const ws = await buildWorkspace(files);
            const linker = ws.Tracewright.references.Linker;
            const link = vi.spyOn(linker, 'link');
            const references = ws.documentOf('a.req').references;
            expect(await edit(ws, files, 'a.req', change(base)), what).toBe('spliced');
            // Neither file was linked whole: the edited one kept its list of references.
            expect(link, what).not.toHaveBeenCalled();
            expect(ws.documentOf('a.req').references, what).toBe(references);
            expect(differenceFromFreshParse(ws, 'a.req', files['a.req']), what).toBeUndefined();
            expect(staleTargets(ws, files), what).toEqual([]);
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
            // The element that a broken trace waits for, declared in the other file; then the edit undone,
            // and what was broken resolves again.
            expect(await edit(ws, files, 'b.req', files['b.req'].replace('requirement R8', 'entity Loan "A loan" { id: int pk }\nrequirement R8')), what).toBe('parsed');
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
            expect(await edit(ws, files, 'a.req', base), what).toBe('spliced');
            expect(staleTargets(ws, files), what).toEqual([]);
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
            link.mockRestore();
        }
    });

    test('a reference of the replaced element read before the build catches up still ends up in its place', async () => {
        const files = { 'a.req': base, 'b.req': 'requirement R9 functional "The system shall list books." { traces Book.id }\n' };
        const ws = await buildWorkspace(files);
        const builder = ws.shared.workspace.DocumentBuilder as unknown as { linkReplacedElement(): void };
        const link = builder.linkReplacedElement.bind(builder);
        // As a request served between the splice and the catching up would: it reads the new trace.
        builder.linkReplacedElement = () => {
            const requirement = ws.model('a.req').elements.find(element => element.name === 'R2') as { traces?: Array<{ element?: { ref?: unknown } }> };
            expect(requirement.traces?.[1]?.element?.ref).toBeDefined();
            link();
        };
        expect(await edit(ws, files, 'a.req', base.replace('traces Book }', 'traces Book, Book.id }'))).toBe('spliced');
        await expectAsFreshlyBuilt(ws, files);
        const fresh = await buildWorkspace(files);
        expect(ws.documentOf('a.req').references.map(reference => reference.$refText)).toEqual(fresh.documentOf('a.req').references.map(reference => reference.$refText));
    });

    test('a trace moved on its line to an element of another file follows that element when the other file is reworded', async () => {
        const files: Record<string, string> = {
            'a.req': 'entity A "An a" {\n    x: int pk\n}\n',
            'b.req': 'entity B "A b" {\n    y: int pk\n}\n',
            'c.req': 'requirement R1 functional "The system shall keep x." {\n    traces A.x\n}\n'
        };
        const ws = await buildWorkspace(files);
        // As many references as before, now into b.req: the file learns it refers to b.req.
        expect(await edit(ws, files, 'c.req', files['c.req'].replace('A.x', 'B.y'))).toBe('spliced');
        expect(await edit(ws, files, 'b.req', files['b.req'].replace('"A b"', '"A bee"'))).toBe('spliced');
        await expectAsFreshlyBuilt(ws, files);
    });

    test('linking errors follow each splice: a trace broken or mended on its line, the other broken ones kept', async () => {
        const files: Record<string, string> = {
            'a.req': 'entity A "An a" {\n    x: int pk\n}\n',
            'c.req': 'requirement R1 functional "The system shall keep x." {\n    traces A.x\n}\n'
                // The broken trace on the line of the prose: rewording moves it sideways.
                + 'requirement R2 functional "The system shall keep nope." { traces A.nope }\n'
                + 'requirement R3 functional "The system shall keep z." {\n    traces Z\n}\n'
        };
        const ws = await buildWorkspace(files);
        const steps: Array<[string, (text: string) => string]> = [
            ['reworded before its broken trace', text => text.replace('keep nope', 'keep the nope')],
            ['one broken trace mended', text => text.replace('A.nope', 'A.x')],
            ['a trace broken', text => text.replace('traces A.x\n}', 'traces A.y\n}')],
            ['reworded after it', text => text.replace('keep z', 'keep zed')],
            ['the last broken one mended', text => text.replace('traces Z', 'traces A')]
        ];
        const unresolved = () => ws.diagnostics('c.req').filter(d => d.code === 'unresolved-reference').length;
        expect(unresolved()).toBe(2);
        for (const [what, change] of steps) {
            expect(await edit(ws, files, 'c.req', change(files['c.req'])), what).toBe('spliced');
            expect(await observable(ws, files), what).toEqual(await observable(await buildWorkspace(files), files));
        }
        expect(unresolved()).toBe(1);
        // Declared in the other file, read whole: the broken trace resolves, as in a fresh build.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('x: int pk', 'x: int pk\n    y: int'))).toBe('parsed');
        expect(await sortedIndex(ws, files)).toEqual(await sortedIndex(await buildWorkspace(files), files));
        expect(unresolved()).toBe(0);
    });

    test('a first reference typed into an element that had none is reported in the order of the file', async () => {
        const files: Record<string, string> = {
            'a.req': 'requirement R1 functional "The system shall keep z." {\n    traces Z\n}\n'
                + 'entity A "An a" {\n    x: int pk\n    y: date\n}\n'
        };
        const ws = await buildWorkspace(files);
        // `y: date` to `y: Day`: the entity's first reference, to an enum nobody declared, after R1's broken trace.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('y: date', 'y: Day'))).toBe('spliced');
        expect(ws.diagnostics('a.req').filter(d => d.code === 'unresolved-reference').map(d => d.range.start.line + 1)).toEqual([2, 6]);
        await expectAsFreshlyBuilt(ws, files, 'a.req');
    });

    /** a.req declares `first` (another Beta, or not), b.req Beta with y, and c.req traces Beta.y. */
    const withBetaIn = (first: string): Record<string, string> => ({
        'a.req': `entity ${first} "An a" {\n    x: int pk\n}\n`,
        'b.req': 'entity Beta "A b" {\n    y: int pk\n}\n',
        'c.req': 'requirement R1 functional "The system shall keep y." {\n    traces Beta.y\n}\n'
    });
    /** c.req's trace when it leads to a.req's Beta. */
    const noYInFirstBeta = "2:17 unresolved-reference 'Beta' has no attribute 'y'. Did you mean 'x'? Add `y: <type>` to Beta, or fix the spelling.";

    test('a name typed that another element already has: references find its first declaration, as in a fresh build', async () => {
        const files = withBetaIn('Alpha');
        const ws = await buildWorkspace(files);
        const traced = () => {
            const target = (ws.model('c.req').elements[0] as Requirement).traces[0].element?.ref;
            return target && AstUtils.getDocument(target).uri.path;
        };
        expect(traced()).toBe('/workspace/b.req');
        // Beta is now declared in a.req too, and a.req comes first: `traces Beta.y` leads there, where there is no y.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('Alpha', 'Beta'))).toBe('spliced');
        expect(traced()).toBe('/workspace/a.req');
        expect(describeDiagnostics(ws.diagnostics('c.req'))).toContain(noYInFirstBeta);
        await expectAsFreshlyBuilt(ws, files, 'a.req');
        // Named back: the trace leads to b.req's Beta again.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('Beta', 'Alpha'))).toBe('spliced');
        expect(traced()).toBe('/workspace/b.req');
        await expectAsFreshlyBuilt(ws, files, 'a.req');
    });

    test('which declaration of a name declared twice a reference finds does not depend on the order files were read in', async () => {
        const files = withBetaIn('Beta');
        const reversed = Object.fromEntries(Object.entries(files).reverse());
        const [inOrder, backwards] = [await buildWorkspace(files), await buildWorkspace(reversed)];
        expect(describeDiagnostics(backwards.diagnostics('c.req'))).toEqual(describeDiagnostics(inOrder.diagnostics('c.req')));
        expect(describeDiagnostics(inOrder.diagnostics('c.req'))).toContain(noYInFirstBeta);
    });

    test('seeded renames in one big file and across files: each is spliced, and gives what a fresh parse and a fresh build give', async () => {
        for (const layout of ['single', 'mixed-10'] as const) {
            const files: Record<string, string> = { ...syntheticWorkspace(20, layout, 11).files };
            const ws = await buildWorkspace(files);
            const random = seededRandom(13);
            let brokeATrace = false;
            const names = Object.keys(files).filter(name => /\n {4}\w+: /.test(files[name]));
            for (let step = 0; step < 16; step++) {
                const name = names[Math.floor(random() * names.length)];
                const text = files[name];
                // An attribute or a top-level name, renamed: traces to it, in this file and others, break.
                const declarations = [...text.matchAll(/\n {4}(\w+): |\n(?:entity|requirement|story|enum|goal) (\w+)/g)];
                const match = declarations[Math.floor(random() * declarations.length)];
                const declared = match[1] ?? match[2];
                const at = match.index! + match[0].indexOf(declared);
                // Picked again, a renamed one is renamed back, and what broke resolves again.
                const renamed = declared.endsWith('X') ? declared.slice(0, -1) : `${declared}X`;
                const edited = text.slice(0, at) + renamed + text.slice(at + declared.length);
                expect(await edit(ws, files, name, edited), `${layout} step ${step}`).toBe('spliced');
                expect(differenceFromFreshParse(ws, name, edited), `${layout} step ${step}`).toBeUndefined();
                const root = ws.model(name).$cstNode as RootCstNode;
                const inTree = collectLeaves(root, []);
                expect(leavesOf(root).length === inTree.length && leavesOf(root).every((leaf, i) => leaf === inTree[i]), `${layout} step ${step}`).toBe(true);
                expect(staleTargets(ws, files), `${layout} step ${step}`).toEqual([]);
                // A file read again, whole or in part, is indexed last: the index lists it in another place.
                if (step % 4 === 3) {
                    const seen = await sortedIndex(ws, files);
                    expect(seen, `${layout} step ${step}`).toEqual(await sortedIndex(await buildWorkspace(files), files));
                    brokeATrace ||= JSON.stringify(seen.diagnostics).includes('unresolved-reference');
                }
            }
            expect(brokeATrace, layout).toBe(true);
        }
    });

    test('rewording the prose after an element on the same line as the edited one', async () => {
        const files = { 'a.req': 'stakeholder Librarian "Lends books" stakeholder Member "Borrows books"\n' };
        const ws = await buildWorkspace(files);
        // The first element is followed by another on its line: the whole file is parsed.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('Lends books', 'Lends'))).toBe('parsed');
        // The last element of the line has none after it: spliced.
        expect(await edit(ws, files, 'a.req', files['a.req'].replace('Borrows books', 'Borrows'))).toBe('spliced');
        expect(differenceFromFreshParse(ws, 'a.req', files['a.req'])).toBeUndefined();
        expect(await observable(ws, files)).toEqual(await observable(await buildWorkspace(files), files));
    });

    test('a splice that fails half way leaves no half-spliced tree: the file is read whole', async () => {
        const files: Record<string, string> = { ...syntheticWorkspace(10, 'single', 2).files };
        const name = Object.keys(files)[0];
        const ws = await buildWorkspace(files);
        const builder = ws.shared.workspace.DocumentBuilder as unknown as { applySplices(planned: Array<{ splice: ElementSplice }>): void };
        // As a bug would: the tree is spliced, then an error before the index and references follow.
        builder.applySplices = planned => {
            applyElementSplice(planned[0].splice);
            throw new Error('a bug in the splice');
        };
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const { start, end } = someProse(files[name], seededRandom(3));
        expect(await edit(ws, files, name, files[name].slice(0, start) + 'Reworded' + files[name].slice(end))).toBe('parsed');
        expect(logged).toHaveBeenCalledOnce();
        logged.mockRestore();
        await expectAsFreshlyBuilt(ws, files, name);
    });
    test('a rename whose splice fails reads the file whole, and says what a fresh build says', async () => {
        const files: Record<string, string> = { ...syntheticWorkspace(10, 'single', 2).files };
        const name = Object.keys(files)[0];
        const ws = await buildWorkspace(files);
        // As a bug would: the list of leaves the splice moves is out of step with the tree.
        leavesOf(ws.model(name).$cstNode as RootCstNode).splice(0);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        // An attribute renamed: `renamedid: int`.
        const at = files[name].search(/\n {4}\w+: /) + 5;
        expect(await edit(ws, files, name, files[name].slice(0, at) + 'renamed' + files[name].slice(at))).toBe('parsed');
        expect(logged).toHaveBeenCalledOnce();
        logged.mockRestore();
        await expectAsFreshlyBuilt(ws, files, name);
    });
});

describe('opening a file whose text is what was parsed', () => {
    test('keeps its tree, analyses and diagnostics; the document reads the open text, and the next edit is spliced', async () => {
        const files: Record<string, string> = { ...syntheticWorkspace(10, 'mixed-10', 4).files };
        const name = Object.keys(files)[3];
        const ws = await buildWorkspace(files);
        const document = ws.documentOf(name);
        const model = ws.model(name);
        const diagnostics = describeDiagnostics(ws.diagnostics(name));
        const builder = ws.shared.workspace.DocumentBuilder as unknown as { epoch: number };
        const epoch = builder.epoch;
        const graph = ws.Tracewright.traces.TraceIndex.graph;
        const validated: string[] = [];
        ws.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, d => { validated.push(d.uri.path); });
        // didOpen with the text on disk: Langium would index, link and validate the file again.
        await ws.edit(name, files[name]);
        expect(ws.model(name)).toBe(model);
        expect(validated).toEqual([]);
        // Nothing changed, so the whole-workspace analyses are kept, not computed again on the next query.
        expect(builder.epoch).toBe(epoch);
        expect(ws.Tracewright.traces.TraceIndex.graph).toBe(graph);
        expect(document.textDocument).toBe(ws.shared.workspace.TextDocuments.get(document.uri.toString()));
        expect(describeDiagnostics(ws.diagnostics(name))).toEqual(diagnostics);
        // A change that is a real one still goes through: a prose edit is spliced, a new name parsed.
        const { start, end } = someProse(files[name], seededRandom(5));
        expect(await edit(ws, files, name, files[name].slice(0, start) + 'Reworded' + files[name].slice(end))).toBe('spliced');
        expect(await edit(ws, files, name, files[name] + '\nstakeholder Auditor "Checks"\n')).toBe('parsed');
        // The file parsed again is indexed last: the index lists it in another place, with the same entries.
        expect(await sortedIndex(ws, files)).toEqual(await sortedIndex(await buildWorkspace(files), files));
    });
});
