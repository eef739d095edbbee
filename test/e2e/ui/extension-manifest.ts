// What the extension's package.json contributes, read at run time so UI tests follow new commands
// and grammars without being edited.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/paths.js';

interface Manifest {
    contributes?: {
        commands?: { command: string, title: string, category?: string }[];
        grammars?: { language?: string, scopeName: string }[];
        menus?: { commandPalette?: { command: string, when?: string }[] };
    };
}

function manifest(): Manifest {
    return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
}

/** Palette titles (`Category: Title`) of every contributed command not hidden from the palette (`"when": "false"`). */
export function contributedCommandTitles(): string[] {
    const contributes = manifest().contributes;
    const hidden = new Set((contributes?.menus?.commandPalette ?? []).filter(m => m.when === 'false').map(m => m.command));
    return (contributes?.commands ?? []).filter(c => !hidden.has(c.command)).map(c => c.category ? `${c.category}: ${c.title}` : c.title);
}

/** The TextMate scope name of the `tracewright` language, e.g. `source.tracewright`. */
export function grammarScopeName(): string | undefined {
    return manifest().contributes?.grammars?.find(g => g.language === 'tracewright')?.scopeName;
}
