import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { justificationsFromModels, justificationsFromTraceGraph } from '../../server/src/sql/justifications.js';
import { schemaOfDocuments } from '../../server/src/sql/workspace-sql.js';
import type { Model } from '../../server/src/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { exampleNames, examplesFolder } from './sql-fixtures.js';

// Provenance comes from the TraceIndex in the CLI and the editor, and from the AST in pure callers:
// both must name the same requirements and stories for every table and column.
describe.each(exampleNames())('provenance of %s', name => {
    test('the trace index and the AST agree, and most columns are justified', async () => {
        const folder = path.join(examplesFolder, name);
        const files = Object.fromEntries(fs.readdirSync(folder).filter(f => f.endsWith('.req')).map(f => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
        const ws = await buildWorkspace(files);
        const documents = Object.keys(files).map(ws.documentOf);
        const fromIndex = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromTraceGraph(ws.Tracewright.traces.TraceIndex.graph) });
        const fromAst = schemaOfDocuments(documents, { naming: 'asWritten', justifications: justificationsFromModels(documents.map(d => d.parseResult.value as Model)) });
        const provenance = (schema: typeof fromIndex) => schema.tables.flatMap(t => [
            `${t.name}: ${t.justifiedBy.join(', ')}`, ...t.columns.map(c => `${t.name}.${c.name}: ${c.justifiedBy.join(', ')}`)
        ]);
        expect(provenance(fromIndex)).toEqual(provenance(fromAst));
        const columns = fromIndex.tables.flatMap(t => t.columns);
        expect(columns.filter(c => c.justifiedBy.length > 0).length).toBeGreaterThan(columns.length / 2);
    });
});
