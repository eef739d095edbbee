// The broken fixture's errors as every LSP client must show them, in one client-neutral form so the
// VS Code and the Neovim tests compare against the same list (expected/broken-errors.ts).
// Only errors are compared, and exactly: the fixture's errors are fixed by design
// (test/fixtures/broken/README.md), while warnings come and go as quality rules are added.
export interface ExpectedDiagnostic {
    /** `file:line:col-line:col`, workspace-relative, 1-based like the CLI prints. */
    at: string;
    severity: 'error';
    code: string;
    message: string;
}

/** LSP-style 0-based range → the `at` form. */
export function at(file: string, start: { line: number, character: number }, end: { line: number, character: number }): string {
    return `${file}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/** Stable order for comparison: by file, then position. */
export function sortDiagnostics<T extends { at: string }>(diagnostics: T[]): T[] {
    const key = (d: T) => d.at.replace(/\d+/g, digits => digits.padStart(6, '0')) + JSON.stringify(d);
    return [...diagnostics].sort((a, b) => key(a).localeCompare(key(b)));
}
