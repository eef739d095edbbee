import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { ExtensionContext } from '../language/tracewright-extensions.js';
import { sqlHoverSection } from './sql-hover.js';

/**
 * The SQL concern's editor features. Hover: what an entity, attribute or relationship becomes in SQL.
 * Quick fix for sql-name-collision on a relationship end without a role: add the role the validator suggested, so
 * the foreign key column gets its own name (`as guarantor` -> `guarantor_id`).
 */
export function registerSqlExtension({ quickFixes, hover, services }: ExtensionContext): void {
    hover.addSection(node => sqlHoverSection(node, services.sql.SqlNamingValidator.currentSchema()));
    quickFixes.register('sql-name-collision', (diagnostic: Diagnostic, document): CodeAction[] => {
        const role = (diagnostic.data as { role?: unknown } | undefined)?.role;
        if (typeof role !== 'string') return [];
        return [{
            title: `Give this end the role '${role}'`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [document.uri.toString()]: [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` as ${role}` }] } }
        }];
    });
}
