import { Uri, window, workspace } from 'vscode';

/**
 * Asks where to save (suggesting `defaultUri`), asks again before replacing an existing file, then
 * writes atomically: a temporary file beside the target, renamed over it, so a failed write never
 * leaves half a file. Returns the written URI, or undefined when the user cancelled.
 */
export async function saveWithPrompt(defaultUri: Uri, content: string, filters: Record<string, string[]>): Promise<Uri | undefined> {
    const target = await window.showSaveDialog({ defaultUri, filters });
    if (!target) return undefined;
    if (await exists(target)) {
        const answer = await window.showWarningMessage(`${workspace.asRelativePath(target)} already exists. Replace it?`, { modal: true }, 'Replace');
        if (answer !== 'Replace') return undefined;
    }
    await writeAtomically(target, content);
    return target;
}

export async function writeAtomically(target: Uri, content: string): Promise<void> {
    const name = target.path.substring(target.path.lastIndexOf('/') + 1);
    const temporary = Uri.joinPath(target, '..', `.tracewright-tmp-${Date.now().toString(36)}-${name}`);
    try {
        await workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
        await workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        await workspace.fs.delete(temporary).then(undefined, () => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`could not write ${target.fsPath} (${reason}); check the folder exists and is writable.`);
    }
}

async function exists(uri: Uri): Promise<boolean> {
    try {
        await workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
