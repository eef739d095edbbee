import { describe, expect, test } from 'vitest';
import { syntheticWorkspace, type LayoutName } from '../../bench/synthetic-workspace.js';
import { differenceFromFreshParse, sortedIndex } from '../helpers/fresh-build.js';
import { buildWorkspace, staleTargets, updateFiles } from '../helpers/workspace.js';
import { cases, fuzzSeed } from './fuzz-budget.js';
import { Random } from './random.js';

// Well-formed edits on one line of one element, as typing makes them: a name swapped for another
// declared one (often in another file), a trace added, retargeted or dropped, a priority, a type or a
// modifier changed, prose reworded, a line blanked; and now and then a new element after another.
// Most are spliced into the tree in place (incremental/element-splice.ts) and relink only what they
// touch; the rest are parsed whole. Some updates carry two files, some are cancelled by the next one
// (the user types faster than a build), and now and then a file is deleted or comes back. After every
// edit whose build finished, the files' trees are what a fresh parse gives and no reference points at
// an old node; every few updates, and at the end, diagnostics, index and references equal a fresh
// build's. (The hostile-edit suite mostly breaks the syntax, which never takes the splice path.)

/** Names declared in the workspace: elements and attributes, the words a name edit swaps in. */
interface Names {
    elements: string[];
    entities: string[];
    attributes: string[];
}

function declaredNames(files: Record<string, string>): Names {
    const names: Names = { elements: [], entities: [], attributes: [] };
    for (const text of Object.values(files)) {
        for (const [, keyword, name] of text.matchAll(/^(\w+) (\w+)/gm)) {
            if (keyword === 'entity') names.entities.push(name);
            if (keyword !== 'stakeholder') names.elements.push(name);
        }
        for (const [, name] of text.matchAll(/^ {4}(\w+): /gm)) names.attributes.push(name);
    }
    return names;
}

type LineEdit = (line: string, names: Names, random: Random) => string | undefined;

/** Replaces one match of the pattern on the line (a random one), or gives undefined when there is none. */
function replaceOne(line: string, pattern: RegExp, replace: (match: RegExpMatchArray) => string, random: Random): string | undefined {
    const matches = [...line.matchAll(pattern)];
    if (matches.length === 0) return undefined;
    const match = random.pick(matches);
    return line.slice(0, match.index) + replace(match) + line.slice(match.index! + match[0].length);
}

/** Words outside strings: the first group of each match is the word. */
const wordOutsideStrings = /"(?:\\.|[^"\\])*"|\b([A-Za-z_]\w*)\b/g;

const lineEdits: Record<string, LineEdit> = {
    swapName: (line, names, random) => {
        const declared = new Set([...names.elements, ...names.attributes]);
        const words = [...line.matchAll(wordOutsideStrings)].filter(match => match[1] && declared.has(match[1]));
        if (words.length === 0) return undefined;
        const word = random.pick(words);
        const pool = names.attributes.includes(word[1]) && random.chance(0.7) ? names.attributes : names.elements;
        const next = random.chance(0.15) ? `Fresh${random.below(3)}` : random.pick(pool);
        return line.slice(0, word.index) + next + line.slice(word.index! + word[0].length);
    },
    addTrace: (line, names, random) => replaceOne(line, /\btraces [\w.]+/g,
        match => `${match[0]}, ${random.pick(names.entities)}${random.chance(0.6) ? `.${random.pick(names.attributes)}` : ''}`, random),
    dropClause: (line, _names, random) => replaceOne(line, / (?:traces|satisfies|realizes|refines) [\w.]+(?:, [\w.]+)*/g, () => '', random),
    priority: (line, _names, random) => replaceOne(line, /\bpriority (\w+)/g, () => `priority ${random.pick(['must', 'should', 'could', 'wont'])}`, random),
    type: (line, _names, random) => replaceOne(line, /^( {4}\w+: )(\w+(?:\(\d+(?:,\d+)?\))?)/g,
        match => `${match[1]}${random.pick(['int', 'bigint', 'text(40)', 'date', 'bool', 'uuid'])}`, random),
    modifier: (line, _names, random) => replaceOne(line, /^( {4}\w+: [\w(),]+)(.*)$/g,
        match => `${match[1]}${random.pick([' pk', ' unique', ' optional', ' pii', ' optional pii', ''])}${random.chance(0.5) ? match[2] : ''}`, random),
    // A clause or an attribute deleted, its line left blank: the element's lines are kept.
    blankLine: line => /^ {4}\S/.test(line) ? '' : undefined,
    // A new element after the end of one: the file's lines move, and it is parsed whole.
    newElement: (line, names, random) => line === '}'
        ? `}\nrequirement FR9${random.below(1000)} functional "The system shall keep it." { priority must traces ${random.pick(names.entities)}.${random.pick(names.attributes)} }`
        : undefined,
    reword: (line, _names, random) => replaceOne(line, /"([^"\\]+)"/g,
        match => `"${random.pick(['The system shall keep it.', 'Reworded', 'shall record every loan', 'x'])}"`, random)
};

/** One edit on a random line of the file, or undefined when the edit picked has nothing to change there. */
function editLine(text: string, names: Names, random: Random): { text: string; applied: string } | undefined {
    const lines = text.split('\n');
    const at = random.below(lines.length);
    const [kind, lineEdit] = random.pick(Object.entries(lineEdits));
    const edited = lineEdit(lines[at], names, random);
    if (edited === undefined || edited === lines[at]) return undefined;
    lines[at] = edited;
    return { text: lines.join('\n'), applied: `${kind} at line ${at + 1}: ${edited.trim()}` };
}

const layouts: LayoutName[] = ['mixed-10', 'single', 'split-10'];

/** Edits to one or two files (a rename across files, a paste in two editors), applied to `files`. */
function editFiles(files: Record<string, string>, random: Random, applied: string[]): Array<[string, string]> {
    const fileNames = Object.keys(files);
    const picked = fileNames.length > 1 && random.chance(0.15) ? [random.pick(fileNames), random.pick(fileNames)].filter((name, i, all) => all.indexOf(name) === i) : [random.pick(fileNames)];
    return picked.map(name => {
        const declared = declaredNames(files);
        let edit = editLine(files[name], declared, random);
        // Most lines have something the picked edit can change; try others until one does.
        for (let attempt = 0; !edit && attempt < 100; attempt++) edit = editLine(files[name], declared, random);
        if (!edit) throw new Error(`no edit found for ${name}`);
        files[name] = edit.text;
        applied.push(`${name} ${edit.applied}`);
        return [name, edit.text];
    });
}

describe('well-formed edits, most of them inside one element, equal a fresh build', () => {
    test(`${cases(3, 60)} sequences of 12 updates: edits to one or two files, files deleted and added back, some builds cancelled by the next update (seed ${fuzzSeed})`, { timeout: 1_800_000 }, async () => {
        const random = new Random(fuzzSeed);
        let spliced = 0, edits = 0;
        for (let sequence = 0; sequence < cases(3, 60); sequence++) {
            const layout = layouts[sequence % layouts.length];
            const files: Record<string, string> = { ...syntheticWorkspace(12, layout, sequence + 1).files };
            const ws = await buildWorkspace(files);
            /** Deleted files, with their text when they went (a file renamed in the explorer, a branch checked out). */
            const gone = new Map<string, string>();
            const applied: string[] = [];
            for (let step = 1; step <= 12; step++) {
                const cancelAfter = random.chance(0.25) ? random.below(3) : undefined;
                const cancelled = cancelAfter === undefined ? '' : ` (cancelled after ${cancelAfter} turns)`;
                if (random.chance(0.08) && (gone.size > 0 || Object.keys(files).length > 2)) {
                    const back = gone.size > 0 && (random.chance(0.5) || Object.keys(files).length <= 2) ? random.pick([...gone.keys()]) : undefined;
                    if (back) {
                        files[back] = gone.get(back)!;
                        gone.delete(back);
                        applied.push(`${back} added back${cancelled}`);
                        await updateFiles(ws, { changed: [[back, files[back]]], cancelAfter });
                    } else {
                        const name = random.pick(Object.keys(files));
                        gone.set(name, files[name]);
                        delete files[name];
                        applied.push(`${name} deleted${cancelled}`);
                        await updateFiles(ws, { deleted: [name], cancelAfter });
                    }
                } else {
                    const roots = new Map<string, unknown>();
                    for (const name of Object.keys(files)) roots.set(name, ws.model(name));
                    const changed = editFiles(files, random, applied);
                    if (cancelled) applied.push(cancelled.trim());
                    await updateFiles(ws, { changed, cancelAfter });
                    if (cancelAfter === undefined) {
                        edits++;
                        if (changed.every(([name]) => ws.model(name) === roots.get(name))) spliced++;
                        for (const [name] of changed) expect(differenceFromFreshParse(ws, name, files[name]), applied.join('\n')).toBeUndefined();
                    }
                }
                const why = `${layout} sequence ${sequence}:\n${applied.join('\n')}`;
                if (cancelAfter === undefined) expect(staleTargets(ws, files), why).toEqual([]);
                if (step % 4 === 0) {
                    // As the next update would: finish what a cancelled one left.
                    await updateFiles(ws);
                    expect(staleTargets(ws, files), why).toEqual([]);
                    expect(await sortedIndex(ws, files), why).toEqual(await sortedIndex(await buildWorkspace(files), files));
                }
            }
        }
        // The suite is about the splice path: most of the edits whose build ran to the end must take it.
        expect(spliced / edits).toBeGreaterThan(0.5);
    });
});
