import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { LANGUAGE_SERVER_EXEC_ARGV, LANGUAGE_SERVER_HEAP_FLAGS } from '../client/src/language-server-flags.js';
import { measureLanguageServer, type LanguageServerMeasurement } from './measure-language-server.js';
import { measurePeer, type PeerMeasurement } from './measure-peer.js';
import { measureSchemaOnlySizes, type SchemaOnlyMeasurement } from './measure-schema-only.js';
import { measureColdBuild, measureLayout, medianRun, type ColdBuild, type LayoutMeasurement } from './measure-tracewright.js';
import { renderReport, type BenchResults } from './report.js';
import { megabytes } from './stats.js';
import { layouts, type LayoutName } from './synthetic-workspace.js';

/**
 * `npm run bench` (bench/run-ts.mjs bundles this file). The main process only orchestrates: every
 * measurement runs in a child process of its own, so each size and layout gets its own peak RSS and
 * nothing one measurement leaves in the heap slows the next. `--quick` measures N=100 and 1,000 only.
 */
const peerTimeoutMs = 180_000;
/**
 * Cold builds per size and layout, each in a fresh process; the table shows the median. On a shared
 * machine one build in five can take a fifth longer than the others, and the targets are checked
 * against the worst layout: a single run per layout made that a check of the noise.
 */
const coldRuns = 3;
const layoutTimeoutMs = 1_200_000;

async function main(args: string[]): Promise<void> {
    const [mode, ...rest] = args;
    if (mode === 'worker-layout') return print(await withRss(() => measureLayout(Number(rest[0]), rest[1] as LayoutName, rest[2] === 'generators')));
    if (mode === 'worker-cold') return print(await coldOnly(Number(rest[0]), rest[1] as LayoutName));
    if (mode === 'worker-schema') return measureSchemaOnlySizes(rest.map(Number));
    if (mode === 'worker-peer') return measurePeer(rest.map(Number));
    if (mode === 'render') return writeReport(JSON.parse(fs.readFileSync('bench/results.json', 'utf8')) as BenchResults);
    if (mode === 'worker-language-server') return print(await measureLanguageServer(Number(rest[0]), rest[1] as LayoutName, layoutTimeoutMs));
    await orchestrate(args.includes('--quick'));
}

async function orchestrate(quick: boolean): Promise<void> {
    const sizes = quick ? [100, 1000] : [100, 1000, 5000];
    const results: BenchResults = {
        machine: machine(), quick, sizes, layouts: [], schemaOnly: [], peer: [], notes: []
    };
    for (const size of sizes) {
        for (const layout of layouts) {
            log(`Tracewright N=${size} ${layout}`);
            const measured = await worker<LayoutMeasurement & { peakRssMB: number }>(['worker-layout', String(size), layout, layout === 'mixed-10' ? 'generators' : ''], layoutTimeoutMs, results.notes);
            if (!measured) continue;
            const colds: ColdBuild[] = [measured];
            for (let run = 1; run < coldRuns; run++) {
                const cold = await worker<ColdBuild>(['worker-cold', String(size), layout], layoutTimeoutMs, results.notes);
                if (cold) colds.push(cold);
            }
            const median = medianRun(colds);
            results.layouts.push({ size, ...measured, coldMs: median.coldMs, mbPerSecond: median.mbPerSecond, phases: median.phases, coldRunsMs: colds.map(c => c.coldMs) });
        }
    }
    log(`Tracewright schema only N=${sizes.join(', ')}`);
    results.schemaOnly = await workerLines<SchemaOnlyMeasurement>(['worker-schema', ...sizes.map(String)], layoutTimeoutMs, results.notes);
    log(`@dbml/core N=${sizes.join(', ')} (timeout ${peerTimeoutMs / 1000} s)`);
    results.peer = await workerLines<PeerMeasurement>(['worker-peer', ...sizes.map(String)], peerTimeoutMs, results.notes);
    if (results.peer.length < sizes.length) results.notes.push(`@dbml/core: no result for N=${sizes.slice(results.peer.length).join(', ')} within ${peerTimeoutMs / 1000} s (its parser is superlinear).`);
    results.languageServer = [];
    for (const layout of layouts) {
        log(`language server over stdio, N=1000 ${layout}`);
        const measured = await worker<LanguageServerMeasurement>(['worker-language-server', '1000', layout], layoutTimeoutMs, results.notes);
        if (measured) results.languageServer.push(measured);
    }
    fs.writeFileSync('bench/results.json.tmp', JSON.stringify(results, null, 2) + '\n');
    fs.renameSync('bench/results.json.tmp', 'bench/results.json');
    writeReport(results);
}

/** BENCHMARKS.md from the results (`render` mode redoes it from bench/results.json without measuring). */
function writeReport(results: BenchResults): void {
    const markdown = renderReport(results);
    fs.writeFileSync('BENCHMARKS.md.tmp', markdown);
    fs.renameSync('BENCHMARKS.md.tmp', 'BENCHMARKS.md');
    process.stdout.write('\n' + markdown);
}

async function coldOnly(size: number, layout: LayoutName): Promise<ColdBuild> {
    const { coldMs, mbPerSecond, phases } = await measureColdBuild(size, layout);
    return { coldMs, mbPerSecond, phases };
}

async function withRss<T extends object>(measure: () => Promise<T>): Promise<T & { peakRssMB: number }> {
    const result = await measure();
    return { ...result, peakRssMB: megabytes(process.resourceUsage().maxRSS * 1024) };
}

function print(result: unknown): void {
    process.stdout.write(JSON.stringify(result) + '\n');
}

function log(message: string): void {
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Runs this script in a child process in one of the worker modes; the last stdout line is its JSON result. */
async function worker<T>(args: string[], timeoutMs: number, notes: string[]): Promise<T | undefined> {
    const lines = await workerLines<T>(args, timeoutMs, notes);
    return lines[lines.length - 1];
}

/**
 * Tracewright's workers run with the language server's V8 flags. The peer runs on the same heap
 * settings but V8's own compiler settings: the server's are tuned for Tracewright's code, and
 * @dbml/core's figures stay comparable to the issue's, measured on plain Node.
 */
function flagsFor(mode: string | undefined): readonly string[] {
    return mode === 'worker-peer' ? LANGUAGE_SERVER_HEAP_FLAGS : LANGUAGE_SERVER_EXEC_ARGV;
}

function workerLines<T>(args: string[], timeoutMs: number, notes: string[]): Promise<T[]> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', ...flagsFor(args[0]), ...process.execArgv.filter(a => a.startsWith('--cpu-prof')), process.argv[1], ...args],
            { stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        child.stdout.on('data', chunk => output += chunk);
        const timer = setTimeout(() => {
            notes.push(`${args.join(' ')}: stopped after ${timeoutMs / 1000} s.`);
            child.kill();
        }, timeoutMs);
        child.on('close', code => {
            clearTimeout(timer);
            if (code !== 0 && code !== null) notes.push(`${args.join(' ')}: exited with code ${code}.`);
            resolve(output.split('\n').filter(line => line.startsWith('{')).map(line => JSON.parse(line) as T));
        });
    });
}

function machine(): BenchResults['machine'] {
    const cpus = os.cpus();
    return {
        cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version, os: `${os.type()} ${os.release()}`, date: new Date().toISOString(),
        loadAverage: os.loadavg().map(l => Math.round(l * 10) / 10),
        v8Flags: [...LANGUAGE_SERVER_EXEC_ARGV], peerV8Flags: [...flagsFor('worker-peer')]
    };
}

main(process.argv.slice(2)).catch(error => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
});
