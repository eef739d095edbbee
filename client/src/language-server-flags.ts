/**
 * The V8 flags the language server runs with: in the editor (language-client.ts) and in the
 * benchmark, which starts it the same way.
 *
 * A cold build holds the whole syntax tree of the workspace and allocates it in one go. V8 starts
 * the old generation small and runs full collections as the tree outgrows it: two while parsing
 * 1,000 entities, 40-70 ms of a build that should stay under a second. Starting the old generation
 * at 256 MB lets that build finish without one (its live heap is about 140 MB). It only moves the
 * first full collection: memory is taken as it is used, and the limit then follows the live size.
 */
export const LANGUAGE_SERVER_EXEC_ARGV: readonly string[] = ['--initial-old-space-size=256'];
