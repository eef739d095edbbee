import { describe, expect, test } from 'vitest';
import { medianRun } from '../../bench/measure-tracewright.js';
import { renderReport, type BenchResults } from '../../bench/report.js';

const run = (coldMs: number) => ({ coldMs, mbPerSecond: 2500 / coldMs, phases: { parse: coldMs / 2, validate: coldMs / 2 } });

describe('the benchmark report', () => {
    test('a layout\'s cold figure is the median run, kept whole (its phases and MB/s)', () => {
        const runs = [run(1_180), run(940), run(990)];
        expect(medianRun(runs)).toBe(runs[2]);
        // Two runs (one failed): the slower one, never the flattering one.
        expect(medianRun([run(900), run(1_000)]).coldMs).toBe(1_000);
        expect(() => medianRun([])).toThrow();
    });

    test('the table lists every run and the targets are checked against the median', () => {
        const median = run(990);
        const layout = {
            size: 1000, layout: 'single' as const, files: 1, bytes: 2_600_000, ...median, coldRunsMs: [1_180, 940, 990], peakRssMB: 400,
            diagnostics: {}, editRequirement: { p50: 5, p95: 9, phases: {}, edits: 20 }, renameAttribute: { p50: 400, p95: 500, phases: {}, edits: 10 },
            completion: { p50: 1, p95: 3, items: 8 }
        };
        const results: BenchResults = {
            machine: { cpu: 'test', cores: 2, memoryGB: 24, node: 'v22', os: 'Linux', date: '2026-11-21T12:00:00Z', loadAverage: [1, 1, 1] },
            quick: true, sizes: [1000], layouts: [layout], schemaOnly: [], peer: [], notes: []
        };
        const report = renderReport(results);
        expect(report).toContain('| 1,000 | single | 1 | 2.5 | 990 | 1,180 / 940 / 990 |');
        expect(report).toContain('- ✅ Cold build, 1,000 entities + 10,000 requirements, every layout: worst 990 ms');
    });

    test('the report says which V8 flags Tracewright and the peer ran with', () => {
        const results: BenchResults = {
            machine: {
                cpu: 'test', cores: 2, memoryGB: 24, node: 'v22', os: 'Linux', date: '2026-11-21T12:00:00Z', loadAverage: [1, 1, 1],
                v8Flags: ['--initial-old-space-size=256', '--max-inlined-bytecode-size-cumulative=300'], peerV8Flags: ['--initial-old-space-size=256']
            },
            quick: true, sizes: [1000], layouts: [], schemaOnly: [], peer: [], notes: []
        };
        expect(renderReport(results)).toContain("with the language server's V8 flags (`--initial-old-space-size=256` `--max-inlined-bytecode-size-cumulative=300`), " +
            "and @dbml/core with `--initial-old-space-size=256` only (the same heap settings, V8's own compiler settings)");
    });
});
