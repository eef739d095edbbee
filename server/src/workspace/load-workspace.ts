import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Model } from '../generated/ast.js';

export interface LoadedWorkspace {
    documents: LangiumDocument<Model>[];
    /** Paths that could not be read, each with a message that says why and what to do. */
    problems: string[];
}

const skippedFolders = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Finds every `.req` file under the given paths, loads them into one Langium workspace and builds it
 * (parse, link, validate). Used by the CLI and tests; the language server lets Langium's workspace
 * manager do the same.
 */
export async function loadWorkspace(shared: LangiumSharedServices, paths: string[]): Promise<LoadedWorkspace> {
    const problems: string[] = [];
    const files = new Set<string>();
    for (const given of paths) {
        await collectRequirementFiles(path.resolve(given), given, files, problems);
    }
    const documents: LangiumDocument<Model>[] = [];
    for (const file of [...files].sort()) {
        try {
            const text = await fs.readFile(file, 'utf8');
            documents.push(shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file)));
        } catch (error) {
            problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check its permissions.`);
        }
    }
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { documents, problems };
}

async function collectRequirementFiles(absolute: string, given: string, files: Set<string>, problems: string[]): Promise<void> {
    let stat;
    try {
        stat = await fs.stat(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push(code === 'ENOENT'
            ? `${given}: no such file or folder. Check the path (it is resolved from ${process.cwd()}).`
            : `${given}: cannot be read (${code}). Check its permissions.`);
        return;
    }
    if (stat.isFile()) {
        if (absolute.endsWith('.req')) files.add(absolute);
        else problems.push(`${given}: not a Tracewright file. Give .req files or folders that contain them.`);
        return;
    }
    if (!stat.isDirectory()) {
        problems.push(`${given}: neither a file nor a folder.`);
        return;
    }
    const before = files.size, problemsBefore = problems.length;
    await walk(absolute, files, problems);
    // A folder that could not be listed has already said so; "no .req files" would be a second, wrong reason.
    if (files.size === before && problems.length === problemsBefore) problems.push(`${given}: no .req files in this folder or below it.`);
}

async function walk(folder: string, files: Set<string>, problems: string[]): Promise<void> {
    let entries;
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
        problems.push(`${folder}: cannot be listed (${(error as NodeJS.ErrnoException).code}). Check its permissions.`);
        return;
    }
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !skippedFolders.has(entry.name) && !entry.name.startsWith('.')) await walk(full, files, problems);
        else if (entry.isFile() && entry.name.endsWith('.req')) files.add(full);
    }
}
