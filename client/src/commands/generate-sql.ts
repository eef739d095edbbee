import { ViewColumn, window, workspace } from 'vscode';
import { GenerateSqlRequest, type GenerateSqlParams, type SqlDialectName } from '../../../server/src/protocol.js';
import { counted } from '../../../server/src/text/counted.js';
import { requireLanguageClient } from '../language-client.js';
import type { ClientCommand } from './client-command.js';
import { activeModelUri } from './sql-command-helpers.js';

const dialects: Array<{ label: string; dialect: SqlDialectName; description: string }> = [
    { label: 'PostgreSQL', dialect: 'postgres', description: 'enum types, identity columns, COMMENT ON' },
    { label: 'SQLite', dialect: 'sqlite', description: 'CHECK constraints, inline foreign keys' },
    { label: 'MySQL', dialect: 'mysql', description: 'ENUM columns, AUTO_INCREMENT, InnoDB' }
];

/**
 * "Tracewright: Generate SQL": the workspace's DDL in an untitled SQL editor beside the model. Untitled,
 * because the script is a view of the model: the user saves it where their project wants it, and
 * nothing on disk is overwritten behind their back. Asks for the dialect unless a setting chose one.
 */
export const generateSql: ClientCommand = {
    id: 'tracewright.generateSql',
    async run() {
        const uri = activeModelUri();
        const dialect = await chosenDialect();
        if (!dialect) return;
        const params: GenerateSqlParams = { uri, dialect };
        const result = await requireLanguageClient().sendRequest(GenerateSqlRequest, params);
        const document = await workspace.openTextDocument({ language: 'sql', content: result.sql });
        await window.showTextDocument(document, { viewColumn: ViewColumn.Beside, preview: false });
        if (result.modelErrors > 0) {
            void window.showWarningMessage(`Tracewright: the model has ${counted(result.modelErrors, 'error')}, so this SQL may not run. Fix them (see Problems) and generate again.`);
        } else if (result.warnings.length > 0) {
            void window.showInformationMessage(`Tracewright: ${result.warnings[0].message}${result.warnings.length > 1 ? ` (and ${result.warnings.length - 1} more)` : ''}`);
        }
    }
};

async function chosenDialect(): Promise<SqlDialectName | undefined> {
    const setting = workspace.getConfiguration('tracewright').inspect<SqlDialectName>('sql.dialect');
    const chosen = setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue;
    if (chosen) return chosen;
    const pick = await window.showQuickPick(dialects, { placeHolder: 'SQL dialect (set tracewright.sql.dialect to skip this question)' });
    return pick?.dialect;
}
