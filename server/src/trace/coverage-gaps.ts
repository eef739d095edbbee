import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import { findConsistencyGaps } from './consistency-gaps.js';
import { findCrudGaps } from './crud-gaps.js';
import { findGoalAndDataGaps } from './goal-and-data-gaps.js';
import { findJustificationGaps } from './justification-gaps.js';
import type { TraceIndex } from './trace-index.js';

/** One family of coverage rules: its gaps, in workspace order. */
export type CoverageGapFinder = (index: TraceIndex, options: CoverageOptions) => CoverageGap[];

/** The families in the order their gaps are reported. Each is a separate piece of work (see CoverageAnalysis.compute). */
export const coverageGapFinders: readonly CoverageGapFinder[] = [
    findGoalAndDataGaps,
    findJustificationGaps,
    findCrudGaps,
    index => findConsistencyGaps(index)
];

/** Every coverage gap of the workspace, before severities and suppression comments are applied. */
export function findCoverageGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    return coverageGapFinders.flatMap(find => find(index, options));
}
