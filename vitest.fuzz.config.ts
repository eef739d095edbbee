import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the robustness suites with many more seeded cases (FUZZ=1; FUZZ_SEED picks the seed),
// 10 MB files, 1,000 killed generation runs and MariaDB. `npm test` runs the same files with a small budget.
export default defineConfig({
    test: {
        include: ['test/robustness/**/*.test.ts'],
        env: { FUZZ: '1' },
        testTimeout: 1_800_000,
        hookTimeout: 300_000,
        pool: 'forks',
        // One file at a time: the suites are CPU-bound and their time bounds assume they are not racing each other.
        fileParallelism: false
    }
});
