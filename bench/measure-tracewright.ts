import { syntheticWorkspace, type LayoutName } from './synthetic-workspace.js';
import { TracewrightSession, benchUri } from './tracewright-session.js';
import { collectGarbage, now, percentile, round } from './stats.js';
import { measureGenerators, type GeneratorMeasurement } from './measure-generators.js';

export interface Latency { p50: number; p95: number; max?: number }
/** The longest pause of each edit (see PauseProbe), over the edits: median and worst. */
export interface Pauses { p50: number; max: number }

export interface LayoutMeasurement {
    layout: LayoutName;
    files: number;
    bytes: number;
    /** The median of the cold builds (`coldRunsMs`), each in a process of its own; its phases and MB/s. */
    coldMs: number;
    coldRunsMs?: number[];
    mbPerSecond: number;
    /** Milliseconds per build phase of the cold build. */
    phases: Record<string, number>;
    /** Diagnostics after the cold build, by rule: what fires on synthetic data with the user's default rules. */
    diagnostics: Record<string, number>;
    editRequirement: EditLatency;
    renameAttribute: EditLatency;
    completion: Latency & { items: number };
    /** SQL per dialect and Mermaid for 50 entities, measured on one layout per size. */
    generators?: GeneratorMeasurement;
}

/**
 * Edits per measurement, as the issue asks: p50 and p95 over 20 edits, renames included. The 20
 * renames at 5,000 entities in one file take minutes of `npm run bench`; fewer would make the p95
 * the slowest edit, and then whether a full garbage collection of that heap fell into one of them
 * decided the figure.
 */
const editsPerMeasurement = 20;
const completions = 20;

type EditLatency = Latency & { phases: Record<string, number>; edits: number; longestPause?: Pauses };

export type ColdBuild = Pick<LayoutMeasurement, 'coldMs' | 'mbPerSecond' | 'phases'>;

/** A cold build of one size in one layout: the first thing a fresh process does, as at the server's start. */
export async function measureColdBuild(entityCount: number, layout: LayoutName): Promise<ColdBuild & { session: TracewrightSession; workspace: ReturnType<typeof syntheticWorkspace> }> {
    collectGarbage();
    const workspace = syntheticWorkspace(entityCount, layout);
    const session = new TracewrightSession();
    const start = now();
    await session.build(workspace.files);
    const coldMs = now() - start;
    return {
        coldMs: round(coldMs), mbPerSecond: round(workspace.bytes / 1024 / 1024 / (coldMs / 1000), 2),
        phases: roundAll(session.phases), session, workspace
    };
}

/**
 * The median of several cold builds, as a whole run (its phases and MB/s stay with its time). With an
 * even count, the slower of the middle two: a failed run never makes the figure look better.
 */
export function medianRun<T extends { coldMs: number }>(runs: readonly T[]): T {
    if (runs.length === 0) throw new Error('No cold build to take the median of.');
    return [...runs].sort((a, b) => a.coldMs - b.coldMs)[Math.floor(runs.length / 2)];
}

/** Cold build, incremental edits and completion for one size in one layout. */
export async function measureLayout(entityCount: number, layout: LayoutName, withGenerators = false): Promise<LayoutMeasurement> {
    const { coldMs, mbPerSecond, phases, session, workspace } = await measureColdBuild(entityCount, layout);
    const diagnostics = session.diagnosticsByRule();
    const names = Object.keys(workspace.files);
    const middle = names[Math.floor(names.length / 2)];
    const analysisFile = names.find(n => n.startsWith('analysis')) ? names.filter(n => n.startsWith('analysis'))[Math.floor(names.length / 4)] : middle;
    const modelFile = names.find(n => n.startsWith('model')) ? names.filter(n => n.startsWith('model'))[Math.floor(names.length / 4)] : middle;

    // The user opens the files before typing in them (untimed).
    await session.open(analysisFile);
    await session.open(modelFile);
    const editRequirement = await measureEdits(session, analysisFile, editsPerMeasurement, (text, k) => {
        const at = text.indexOf('\nrequirement ', Math.floor(text.length / 2));
        const quote = text.indexOf('"', at) + 1;
        const end = text.indexOf('"', quote);
        return { start: quote, end, text: `The system shall keep revision ${k} of this statement.` };
    });
    const renameAttribute = await measureEdits(session, modelFile, editsPerMeasurement, (text, k) => {
        const at = text.indexOf('\nentity ', Math.floor(text.length / 2));
        const line = text.indexOf('\n    ', text.indexOf('{', at)) + 1; // first attribute after the key
        const attribute = text.indexOf('\n    ', line) + 5;
        const colon = text.indexOf(':', attribute);
        const name = text.slice(attribute, colon);
        // Alternate: rename (traces to it break), then rename back (they resolve again).
        const renamed = k % 2 === 0 ? `${name}Renamed` : name.replace(/Renamed$/, '');
        return { start: attribute, end: colon, text: renamed };
    });
    const completion = await measureCompletion(session, analysisFile, workspace.model.blocks[Math.floor(entityCount / 2)].entity.name);
    const generators = withGenerators ? await measureGenerators(session) : undefined;
    return {
        layout, files: names.length, bytes: workspace.bytes, coldMs, mbPerSecond,
        phases, diagnostics, editRequirement, renameAttribute, completion, generators
    };
}

/** An edit as the editor sends it: the text between two offsets replaced. */
type Change = { start: number; end: number; text: string };

async function measureEdits(session: TracewrightSession, file: string, edits: number, change: (text: string, k: number) => Change): Promise<EditLatency> {
    const samples: number[] = [];
    const pauses: number[] = [];
    const phaseTotals: Record<string, number> = {};
    for (let k = 0; k < edits; k++) {
        const { ms, longestPauseMs } = await session.change(file, change(session.text(file), k));
        samples.push(ms);
        pauses.push(longestPauseMs);
        for (const [phase, ms] of Object.entries(session.phases)) phaseTotals[phase] = (phaseTotals[phase] ?? 0) + ms;
    }
    const phases: Record<string, number> = {};
    for (const [phase, ms] of Object.entries(phaseTotals)) phases[phase] = round(ms / edits, 2);
    return {
        p50: round(percentile(samples, 50), 2), p95: round(percentile(samples, 95), 2), max: round(Math.max(...samples), 2), phases, edits,
        longestPause: { p50: round(percentile(pauses, 50), 2), max: round(Math.max(...pauses), 2) }
    };
}

/** Completion right after `traces Entity.`, the position where users pick an attribute. */
async function measureCompletion(session: TracewrightSession, file: string, entity: string): Promise<Latency & { items: number }> {
    const original = session.text(file);
    const probe = `${original}\nrequirement BenchProbe functional "The system shall probe." {\n    traces ${entity}.`;
    await session.edit(file, probe + '\n}\n');
    const lines = probe.split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const provider = session.services.Tracewright.lsp.CompletionProvider!;
    const samples: number[] = [];
    let items = 0;
    for (let k = 0; k < completions; k++) {
        const document = session.document(file);
        const start = now();
        const list = await provider.getCompletion(document, { textDocument: { uri: benchUri(file).toString() }, position });
        samples.push(now() - start);
        items = list?.items.length ?? 0;
    }
    await session.edit(file, original);
    return { p50: round(percentile(samples, 50), 2), p95: round(percentile(samples, 95), 2), items };
}

function roundAll(values: Record<string, number>): Record<string, number> {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value)]));
}
