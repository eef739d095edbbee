// The folders tests open, by name. The harness copies the listed repo folders into one scratch
// folder per name, so tests may edit and save without touching the repo. An extension-host group
// test/e2e/extension-host/<name>/ runs in the workspace of the same name; UI tests name theirs.
export const workspaces = {
    'service-desk': ['examples/service-desk'],
    'library': ['examples/library'],
    'broken': ['test/fixtures/broken'],
    'format': ['test/fixtures/format'],
    'xss': ['test/fixtures/robustness/xss']
} as const satisfies Record<string, readonly string[]>;

export type WorkspaceName = keyof typeof workspaces;

export function isWorkspaceName(name: string): name is WorkspaceName {
    return Object.hasOwn(workspaces, name);
}
