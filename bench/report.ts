import type { LanguageServerMeasurement } from './measure-language-server.js';
import type { PeerMeasurement } from './measure-peer.js';
import type { SchemaOnlyMeasurement } from './measure-schema-only.js';
import type { LayoutMeasurement } from './measure-tracewright.js';
import { round } from './stats.js';

export interface BenchResults {
    machine: { cpu: string; cores: number; memoryGB: number; node: string; os: string; date: string; loadAverage: number[]; v8Flags?: string[]; peerV8Flags?: string[] };
    quick: boolean;
    sizes: number[];
    layouts: Array<LayoutMeasurement & { size: number; peakRssMB: number }>;
    schemaOnly: SchemaOnlyMeasurement[];
    peer: PeerMeasurement[];
    /** One per layout, at 1,000 entities. */
    languageServer?: LanguageServerMeasurement[];
    notes: string[];
}

const fmt = (n: number | undefined, digits = 0): string => n === undefined || Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;
const header = (cells: string[]): string => `${row(cells)}\n${row(cells.map(() => '---'))}`;

/** BENCHMARKS.md: the same numbers as bench/results.json, as tables, with the targets checked. */
export function renderReport(results: BenchResults): string {
    const m = results.machine;
    const out: string[] = [
        '# Tracewright benchmarks', '',
        `Measured by \`npm run bench${results.quick ? ' -- --quick' : ''}\` on ${m.date.slice(0, 16).replace('T', ' ')} UTC: ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.os}. ` +
        `Load average at start: ${m.loadAverage.join(' / ')} (the machine is shared: absolute times vary; ratios hold better).`, '',
        'Synthetic workspaces (bench/synthetic-workspace.ts, seed 1): N entities with 8 attributes, 1-2 relationships to earlier entities, an enum every 20, ' +
        'one story and 10 requirements per entity (each tracing 1-2 attributes or relationships), a goal every 20 entities. ' +
        'Layouts: one file; 10 or 100 files "mixed" (entities with their requirements) or "split" (data model and analysis in separate files). ' +
        `Every measurement runs in its own process${flagsNote(results)}; times in ms.`, '',
        ...loadFactor(results), '',
        '## Targets', '', ...targets(results), '',
        '## Cold build (parse, index, link, validate)', '',
        'Each size and layout is built cold in three processes of its own: "total ms" is the median run (its phases and MB/s beside it), "runs" all three in the order they ran. ' +
        'Peak RSS is that of the process that also measured the edits below.', '',
        header(['N', 'layout', 'files', 'MB', 'total ms', 'runs', 'MB/s', 'parse', 'index', 'link', 'ref index', 'validate', 'peak RSS MB'])
    ];
    for (const r of results.layouts) {
        const p = r.phases;
        out.push(row([fmt(r.size), r.layout, r.files, fmt(r.bytes / 1024 / 1024, 1), fmt(r.coldMs), (r.coldRunsMs ?? [r.coldMs]).map(ms => fmt(ms)).join(' / '), fmt(r.mbPerSecond, 2), fmt(p.parse), fmt(p.index), fmt(p.link), fmt(p.refIndex), fmt(p.validate), fmt(r.peakRssMB)]));
    }
    out.push('', '### Growth: cold ms per 1,000 entities', '', header(['layout', ...results.sizes.map(s => `N=${fmt(s)}`)]));
    for (const layout of new Set(results.layouts.map(r => r.layout))) {
        out.push(row([layout, ...results.sizes.map(size => {
            const r = results.layouts.find(x => x.layout === layout && x.size === size);
            return r ? fmt(r.coldMs / size * 1000) : 'n/a';
        })]));
    }
    out.push('', '## Editing (incremental update through TextDocuments + DocumentBuilder.update) and completion (20 requests)', '',
        'The edited files are opened first, as in the editor (didOpen, then a highlight request where the cursor lands; untimed); each edit then arrives as VS Code sends it, one incremental change to the open document, and the time is the server\'s: applying the change and the incremental build. ' +
        'Edit requirement: a new wording of one statement in the middle of an analysis file. Rename attribute: an attribute renamed and renamed back, alternately (the traces to it break and resolve again).', '',
        'p95 is by nearest rank (of 20 edits, the second slowest); max is the slowest edit, where a full garbage collection of a big heap shows.', '',
        header(['N', 'layout', 'edit requirement p50', 'p95', 'max', 'rename attribute p50', 'p95', 'edits', 'completion after `traces Entity.` p50', 'p95', 'items']));
    for (const r of results.layouts) {
        out.push(row([fmt(r.size), r.layout, fmt(r.editRequirement.p50, 1), fmt(r.editRequirement.p95, 1), fmt(r.editRequirement.max, 1), fmt(r.renameAttribute.p50, 1), fmt(r.renameAttribute.p95, 1), `${r.editRequirement.edits} + ${r.renameAttribute.edits}`,
            fmt(r.completion.p50, 1), fmt(r.completion.p95, 1), r.completion.items]));
    }
    out.push('', '### Responsiveness while an edit builds', '',
        'The longest pause of an edit: the longest stretch in which the server\'s event loop did not turn, so that it answered nothing (a completion, a hover, the next keystroke\'s cancellation). ' +
        'The build gets a cancellation token as from the server\'s workspace lock, which is what lets it pause for other requests. Median and worst over the 20 edits.', '',
        header(['N', 'layout', 'edit requirement: longest pause p50', 'max', 'rename attribute: longest pause p50', 'max']));
    for (const r of results.layouts) {
        const [edit, rename] = [r.editRequirement.longestPause, r.renameAttribute.longestPause];
        out.push(row([fmt(r.size), r.layout, fmt(edit?.p50, 1), fmt(edit?.max, 1), fmt(rename?.p50, 1), fmt(rename?.max, 1)]));
    }
    out.push('', 'Mean phase time per edit (ms): where an edit spends its time. Both edits re-read one element in place (no file is parsed, indexed or linked whole: n/a), so "ref index" holds all the work before validation: linking the new element, and for a rename resolving again the references to the old element and the failed ones.', '', header(['N', 'layout', 'edit', 'parse', 'index', 'link', 'ref index', 'validate']));
    for (const r of results.layouts) {
        for (const [name, edit] of [['requirement', r.editRequirement], ['rename', r.renameAttribute]] as const) {
            const p = edit.phases;
            out.push(row([fmt(r.size), r.layout, name, fmt(p.parse, 1), fmt(p.index, 1), fmt(p.link, 1), fmt(p.refIndex, 1), fmt(p.validate, 1)]));
        }
    }
    out.push('', '## Generators (from the built mixed-10 workspace; median of 11)', '',
        'SQL: "SQL schema" builds the schema from the models with the trace graph\'s provenance, as the CLI does. A request is the language server\'s SQL request as the preview sends it: the schema validation built for its SQL name checks, completed with the provenance and the current descriptions, then the script; in brackets the script alone from a built schema.', '',
        header(['N', 'SQL schema', 'PostgreSQL request (script)', 'SQLite request (script)', 'MySQL request (script)', 'Mermaid, 50 entities']));
    for (const r of results.layouts.filter(x => x.generators)) {
        const g = r.generators!;
        out.push(row([fmt(r.size), fmt(g.sqlSchemaMs, 1), ...['postgres', 'sqlite', 'mysql'].map(d => g.sql[d] ? `${fmt(g.sql[d].totalMs, 1)} (${fmt(g.sql[d].ms, 1)})` : 'n/a (not yet)'), fmt(g.mermaid50Ms, 1)]));
    }
    out.push('', '## Peer: @dbml/core 10.2 on the same schema (DBML text), parse + PostgreSQL export', '',
        `Tracewright side: the data model alone (no requirements) in one file, built (parse, link, validate) with the default rules, then the SQL schema and the PostgreSQL script. ` +
        `Both sides run all sizes in one process after one unrecorded warm-up at N=100. @dbml/core import (not counted): ${fmt(results.peer[0]?.importMs)} ms.`, '',
        header(['N tables', 'DBML MB', 'DBML parse', 'DBML export', 'DBML total', 'Tracewright build', 'Tracewright SQL', 'Tracewright total', 'Tracewright / DBML']));
    for (const size of results.sizes) {
        const peer = results.peer.find(p => p.size === size);
        const own = results.schemaOnly.find(s => s.size === size);
        const peerTotal = peer ? peer.parseMs + peer.exportMs : undefined;
        const ownTotal = own ? own.buildMs + own.exportMs : undefined;
        out.push(row([fmt(size), peer ? fmt(peer.bytes / 1024 / 1024, 2) : 'n/a', fmt(peer?.parseMs), fmt(peer?.exportMs), fmt(peerTotal), fmt(own?.buildMs), fmt(own?.exportMs), fmt(ownTotal),
            peerTotal && ownTotal ? `${fmt(ownTotal / peerTotal, 2)} (${fmt(peerTotal / ownTotal, 1)}x faster)` : 'n/a']));
    }
    const servers = results.languageServer ?? [];
    out.push('', '## Language server (dist/server.cjs over stdio, N=1,000, after opening one file)', '',
        'Ready: from `initialized` until every file has published its diagnostics. Peak RSS is VmHWM, RSS VmRSS, both read then.', '');
    out.push(row(['layout', 'files', 'ready ms', 'peak RSS MB', 'RSS MB', 'diagnostics']), row(Array(6).fill('---')));
    for (const ls of servers) out.push(row([ls.layout, fmt(ls.files), fmt(ls.readyMs), fmt(ls.peakRssMB), fmt(ls.rssMB), fmt(ls.diagnostics)]));
    if (servers.length === 0) out.push('n/a');
    const fired = results.layouts.find(r => r.layout === 'mixed-10')?.diagnostics ?? {};
    out.push('', '## What fires on the synthetic data (default rules, N=' + fmt(results.layouts.find(r => r.layout === 'mixed-10')?.size) + ')', '',
        Object.keys(fired).length ? Object.entries(fired).map(([rule, count]) => `- \`${rule}\`: ${fmt(count)}`).join('\n') : 'Nothing: the workspace is clean.');
    if (results.notes.length) out.push('', '## Notes', '', ...results.notes.map(n => `- ${n}`));
    return out.join('\n') + '\n';
}

/** @dbml/core's parse time is a fixed workload with a reference figure from a quiet machine: it tells how loaded this run was. */
function loadFactor(results: BenchResults): string[] {
    const reference: Record<number, number> = { 100: 175, 1000: 920 };
    const peer = results.peer.find(p => p.size === 1000) ?? results.peer.find(p => p.size === 100);
    if (!peer) return [];
    const factor = peer.parseMs / reference[peer.size];
    return [`Calibration: @dbml/core parsed ${fmt(peer.size)} tables in ${fmt(peer.parseMs)} ms here, against ${fmt(reference[peer.size])} ms measured on a quiet machine of this kind (the issue's reference), ` +
        `so this run was about ${fmt(factor, 1)}x slower than a quiet machine. The targets below are checked against the raw figures.`];
}

function targets(results: BenchResults): string[] {
    const at = (size: number) => results.layouts.filter(r => r.size === size);
    const check = (label: string, values: number[], limit: number, unit = 'ms'): string => {
        if (values.length === 0) return `- ${label}: not measured`;
        const worst = Math.max(...values);
        return `- ${worst < limit ? '✅' : '❌'} ${label}: worst ${fmt(worst)} ${unit} (target < ${fmt(limit)} ${unit}${worst < limit ? '' : `, missed by ${fmt(round(worst / limit, 2), worst / limit < 2 ? 2 : 1)}x`})`;
    };
    const lines = [
        check('Cold build, 1,000 entities + 10,000 requirements, every layout', at(1000).map(r => r.coldMs), 1000),
        check('Cold build, 5,000 + 50,000, every layout', at(5000).map(r => r.coldMs), 5000),
        check('Edit a requirement, p95 at 1,000, every layout', at(1000).map(r => r.editRequirement.p95), 50),
        check('Edit a requirement, p95 at 5,000, every layout', at(5000).map(r => r.editRequirement.p95), 150),
        check('Completion p95, every size and layout', results.layouts.map(r => r.completion.p95), 30),
        check('SQL for 1,000 entities per dialect (the language server\'s request: the validated schema completed, then the script)', at(1000).flatMap(r => r.generators ? Object.values(r.generators.sql).map(s => s.totalMs) : []), 50),
        check('Language server peak RSS at 1,000 entities, every layout', (results.languageServer ?? []).map(ls => ls.peakRssMB), 300, 'MB')
    ];
    const peer = results.peer.find(p => p.size === 1000);
    const own = results.schemaOnly.find(s => s.size === 1000);
    if (peer && own) {
        const speedup = (peer.parseMs + peer.exportMs) / (own.buildMs + own.exportMs);
        lines.push(`- ${speedup >= 3 ? '✅' : '❌'} Parse + PostgreSQL export vs @dbml/core at 1,000 tables: ${fmt(speedup, 1)}x faster (target ≥ 3x)`);
    }
    return lines;
}

/** The V8 flags the measuring processes ran with: the language server's own (client/src/language-server-flags.ts), and the peer's. */
function flagsNote(results: BenchResults): string {
    const { v8Flags = [], peerV8Flags } = results.machine;
    if (v8Flags.length === 0) return '';
    const list = (flags: readonly string[]): string => flags.length === 0 ? 'none' : flags.map(flag => `\`${flag}\``).join(' ');
    const peer = peerV8Flags === undefined ? '' : `, and @dbml/core with ${list(peerV8Flags)} only (the same heap settings, V8's own compiler settings)`;
    return `, with the language server's V8 flags (${list(v8Flags)})${peer}`;
}
