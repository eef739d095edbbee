import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A set of files built together (an example folder, or one fixture alone); one of them gets mutated. */
export interface CorpusEntry {
    name: string;
    files: Record<string, string>;
}

function reqFilesUnder(folder: string): string[] {
    if (!fs.existsSync(folder)) return [];
    return fs.readdirSync(folder, { recursive: true, withFileTypes: false })
        .map(entry => String(entry))
        .filter(entry => entry.endsWith('.req'))
        .map(entry => path.join(folder, entry))
        .sort();
}

/** Every example folder as one workspace, and every fixture under test/fixtures as its own. */
export function corpus(): CorpusEntry[] {
    const examples = path.join(repositoryRoot, 'examples');
    const entries: CorpusEntry[] = fs.readdirSync(examples).sort().map(name => ({
        name: `examples/${name}`,
        files: Object.fromEntries(reqFilesUnder(path.join(examples, name)).map(file => [path.relative(examples, file), fs.readFileSync(file, 'utf8')]))
    }));
    for (const file of reqFilesUnder(path.join(repositoryRoot, 'test/fixtures'))) {
        const relative = path.relative(repositoryRoot, file);
        entries.push({ name: relative, files: { [path.basename(file)]: fs.readFileSync(file, 'utf8') } });
    }
    return entries.filter(entry => Object.keys(entry.files).length > 0);
}

/** Shows a failing input compactly: escapes control characters and cuts the middle of long texts. */
export function showInput(text: string, limit = 1500): string {
    const shown = text.length > limit ? `${text.slice(0, limit / 2)}…[${text.length - limit} chars]…${text.slice(-limit / 2)}` : text;
    return JSON.stringify(shown);
}
