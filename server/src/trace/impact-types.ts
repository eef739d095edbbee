import type { SourceLocation } from './trace-matrix-types.js';

/** What depends on an element: `tracewright impact Incident.priority --format json`. Imports nothing from Langium. */
export interface ImpactReport {
    element: string;
    kind: ElementKind;
    location: SourceLocation;
    /** Breadth-first from the element: depth 1 depends on it directly, depth 2 on a depth-1 entry, and so on. */
    entries: ImpactEntry[];
}

export type ElementKind = 'goal' | 'story' | 'requirement' | 'entity' | 'attribute' | 'relationship' | 'enum' | 'stakeholder' | 'enum literal';

export interface ImpactEntry {
    name: string;
    kind: ElementKind;
    /** Why it is affected, e.g. `traces Incident.priority`, `satisfied by R1`, `foreign key to Incident`. */
    reason: string;
    depth: number;
    location: SourceLocation;
}
