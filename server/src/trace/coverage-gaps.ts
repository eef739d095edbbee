import type { CoverageGap, CoverageOptions } from './coverage-gap.js';
import { findConsistencyGaps } from './consistency-gaps.js';
import { findCrudGaps } from './crud-gaps.js';
import { findGoalAndDataGaps } from './goal-and-data-gaps.js';
import { findJustificationGaps } from './justification-gaps.js';
import type { TraceIndex } from './trace-index.js';

/** Every coverage gap of the workspace, before severities and suppression comments are applied. */
export function findCoverageGaps(index: TraceIndex, options: CoverageOptions): CoverageGap[] {
    return [
        ...findGoalAndDataGaps(index, options),
        ...findJustificationGaps(index, options),
        ...findCrudGaps(index, options),
        ...findConsistencyGaps(index)
    ];
}
