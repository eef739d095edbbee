/** Small timing helpers for the benchmark (never used by tests: timings belong here only). */

export function now(): number {
    return performance.now();
}

/** The p-th percentile (0-100) of the samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
    if (samples.length === 0) return NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round(value: number, digits = 1): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

export async function timed<T>(action: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
    const start = now();
    const value = await action();
    return { ms: now() - start, value };
}

/** Frees what the previous measurement left behind, when node runs with --expose-gc. */
export function collectGarbage(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

export function megabytes(bytes: number): number {
    return round(bytes / 1024 / 1024, 1);
}
