// Every error of test/fixtures/broken/ as an editor shows it: position (1-based, end exclusive),
// rule id and message. Checked against the fixture text by hand; the CLI prints the same starts.
import type { ExpectedDiagnostic } from './diagnostics.js';

export const brokenErrors: ExpectedDiagnostic[] = [
    { at: 'model.req:1:8-1:14', severity: 'error', code: 'duplicate-name',
        message: "'Ticket' is declared 2 times in the workspace (also at model.req:8). Names are global: rename one of them." },
    { at: 'model.req:2:14-2:22', severity: 'error', code: 'invalid-modifier',
        message: "A primary key cannot be optional: every row needs a value for 'id'. Remove 'optional' or 'pk'." },
    { at: 'model.req:3:14-3:15', severity: 'error', code: 'invalid-type',
        message: 'A text length must be at least 1; text(0) holds nothing. Write text(n) with n >= 1, or plain text for unlimited.' },
    { at: 'model.req:4:21-4:22', severity: 'error', code: 'invalid-type',
        message: 'Scale 5 is larger than precision 2: in decimal(p,s) the digits after the point (s) are part of all digits (p), so s <= p. Did you mean decimal(5,2)?' },
    { at: 'model.req:5:10-5:14', severity: 'error', code: 'unresolved-reference',
        message: "Unknown type 'Stat'. Use int, bigint, decimal(p,s), text, text(n), bool, date, time, datetime or uuid, or declare `enum Stat { ... }`." },
    { at: 'model.req:8:8-8:14', severity: 'error', code: 'duplicate-name',
        message: "'Ticket' is declared 2 times in the workspace (also at model.req:1). Names are global: rename one of them." },
    { at: 'requirements.req:2:17-2:20', severity: 'error', code: 'unresolved-reference',
        message: "'Ticket' has no attribute 'cod'. Did you mean 'code'? Add `cod: <type>` to Ticket, or fix the spelling." },
    { at: 'requirements.req:2:22-2:29', severity: 'error', code: 'unresolved-reference',
        message: "Unknown entity or relationship 'Missing'. Declare the entity or relationship somewhere in the workspace, or fix the spelling." }
];
