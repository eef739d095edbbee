/**
 * How many cases each robustness suite runs. `npm test` runs a small, seeded number so the whole
 * robustness suite stays under a minute on a loaded machine; `npm run fuzz` (FUZZ=1) runs many more.
 * FUZZ_SEED replays one run: every suite derives its cases from it, so a failure is reproducible.
 */
export const fuzzMode = process.env.FUZZ === '1';

export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261121);

/** `normal` cases in `npm test`, `fuzz` cases under `npm run fuzz`. */
export function cases(normal: number, fuzz: number): number {
    return fuzzMode ? fuzz : normal;
}
