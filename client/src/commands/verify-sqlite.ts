import type { ClientCommand } from './client-command.js';
import { verifySchema } from './sql-command-helpers.js';

/** "Tracewright: Verify Schema on Embedded SQLite": runs the DDL on sql.js, in milliseconds. */
export const verifySqlite: ClientCommand = {
    id: 'tracewright.verifySchemaSqlite',
    run: context => verifySchema(context, 'sqlite', 'Verifying the schema on embedded SQLite (sql.js)')
};
