import type { LangiumSharedCoreServices } from 'langium';
import type { NodeRebinding } from './node-rebinding.js';

/**
 * What a build did to the workspace, as whole-workspace analyses need to know it:
 * - `prose`: only prose wording changed; the analyses stay true once they swap the replaced nodes;
 * - `reset`: anything else (a structural edit, a new or deleted document, settings applied again):
 *   the analyses are computed again.
 */
export type WorkspaceChange = { kind: 'prose'; rebinding: NodeRebinding } | { kind: 'reset' };

/** The part of the document builder that whole-workspace analyses listen to. */
export interface WorkspaceChangeSource {
    /** Called when an update starts, before anything is re-parsed. */
    onUpdate(listener: () => void): unknown;
    /** Called once per build, as soon as every document links to the current nodes again. */
    onWorkspaceChange(listener: (change: WorkspaceChange) => void): unknown;
}

/** The shared document builder as a source of workspace changes (Tracewright's builder is one). */
export function workspaceChanges(shared: LangiumSharedCoreServices): WorkspaceChangeSource {
    const builder = shared.workspace.DocumentBuilder as unknown as Partial<WorkspaceChangeSource>;
    if (typeof builder.onWorkspaceChange !== 'function') {
        throw new Error('Whole-workspace analyses need the Tracewright document builder: create the services with createTracewrightServices.');
    }
    return builder as WorkspaceChangeSource;
}
