import type { ClientCommand } from './client-command.js';
import { restartServer } from './restart-server.js';
import { showReferences } from './show-references.js';

/** Every command of the extension, one line each; each id is also contributed in package.json. */
export const allCommands: readonly ClientCommand[] = [
    restartServer,
    showReferences
];
