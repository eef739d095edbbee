import type { ClientCommand } from './client-command.js';
import { restartServer } from './restart-server.js';
import { showReferences } from './show-references.js';
import { generateSql } from './generate-sql.js';
import { verifyPostgres } from './verify-postgres.js';
import { verifySqlite } from './verify-sqlite.js';
import { openPreview } from './open-preview.js';

/** Every command of the extension, one line each; each id is also contributed in package.json. */
export const allCommands: readonly ClientCommand[] = [
    restartServer,
    showReferences,
    generateSql,
    verifyPostgres,
    verifySqlite,
    openPreview
];
