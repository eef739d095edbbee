import type { LangiumDocument } from 'langium';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';

export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    rule?: string;
}

const severityNames = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Every diagnostic of the workspace with 1-based positions and paths relative to `cwd`, sorted by place. */
export function collectDiagnostics(documents: readonly LangiumDocument[], cwd = process.cwd()): FileDiagnostic[] {
    const result: FileDiagnostic[] = [];
    for (const document of documents) {
        const file = path.relative(cwd, document.uri.fsPath) || document.uri.fsPath;
        for (const diagnostic of document.diagnostics ?? []) result.push(toFileDiagnostic(file, diagnostic));
    }
    return result.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: severityNames[diagnostic.severity ?? 1],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(rule && rule !== 'linking-error' ? { rule } : {})
    };
}

export function formatDiagnostic(d: FileDiagnostic): string {
    return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}${d.rule ? ` [${d.rule}]` : ''}`;
}
