/**
 * The V8 flags the language server runs with: in the editor (language-client.ts), and in the LSP
 * tests and the benchmark, which start it the same way.
 */

/**
 * A cold build holds the whole syntax tree of the workspace and allocates it in one go. V8 starts
 * the old generation small and runs full collections as the tree outgrows it: two while parsing
 * 1,000 entities, 40-70 ms of a build that should stay under a second. Starting the old generation
 * at 256 MB lets that build finish without one (its live heap is about 140 MB). It only moves the
 * first full collection: memory is taken as it is used, and the limit then follows the live size.
 */
export const LANGUAGE_SERVER_HEAP_FLAGS: readonly string[] = ['--initial-old-space-size=256'];

/**
 * A cold build runs hundreds of checks and parser functions a few thousand times each, and
 * TurboFan optimises them on background threads while the build goes on. With V8's default
 * inlining budget that took about 1.7 s of compiler time during a 1 s build of 1,000 entities, on a
 * machine with 2 cores; a third of the budget took 0.7 s, and the build 13-14% less time (medians of
 * 7, two layouts). At 5,000 entities the build, the edits and the renames did not move beyond
 * noise. Langium's own parser, which reads any text with an error, runs about 5% slower warmed up;
 * no inlining at all built 1,000 entities 20% faster but made that parser 25-30% slower.
 */
export const LANGUAGE_SERVER_JIT_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=300'];

export const LANGUAGE_SERVER_EXEC_ARGV: readonly string[] = [...LANGUAGE_SERVER_HEAP_FLAGS, ...LANGUAGE_SERVER_JIT_FLAGS];
