import type { ClientCommand } from './client-command.js';
import { verifySchema } from './sql-command-helpers.js';

/** "Tracewright: Verify Schema on Embedded PostgreSQL": runs the DDL on PGlite (the first run starts it, which takes seconds). */
export const verifyPostgres: ClientCommand = {
    id: 'tracewright.verifySchemaPostgres',
    run: context => verifySchema(context, 'postgres', 'Verifying the schema on embedded PostgreSQL (PGlite)')
};
