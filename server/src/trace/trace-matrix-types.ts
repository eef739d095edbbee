/**
 * The traceability matrix as plain JSON: what `tracewright trace --format json` prints and what the
 * `tracewright/traceMatrix` request returns to the preview's Trace tab. This module imports nothing,
 * so the client can import these types without pulling in Langium.
 *
 * Names are written as in the language: `G1`, `US1`, `R1`, `Incident`, `Incident.priority`, `Affects`.
 */

/** `covered`: every trace in place; `gap`: a coverage rule reports it; `exempt`: excused by settings or key exemption. */
export type CoverageStatus = 'covered' | 'gap' | 'exempt';

/** Where an element or gap is written: `file` is a path relative to the workspace (CLI) or a URI (language server); line and column are 1-based. */
export interface SourceLocation {
    file: string;
    line: number;
    column: number;
}

export interface GoalRow {
    name: string;
    title: string;
    /** Stories and requirements with `realizes` naming this goal. */
    realisedBy: string[];
    /** Sub-goals (`parent` naming this goal). */
    subGoals: string[];
    status: CoverageStatus;
    location: SourceLocation;
}

export interface ItemRow {
    name: string;
    kind: 'story' | 'requirement';
    /** The story's title or the requirement's statement. */
    text: string;
    /** For requirements: functional, performance, security, ... */
    requirementKind?: string;
    priority?: 'must' | 'should' | 'could' | 'wont';
    /** Goals served, directly or through satisfies/refines. */
    goals: string[];
    /** Data named by `traces` / `uses`: `Incident`, `Incident.priority`, `Affects`. */
    data: string[];
    /** Requirements that satisfy or refine this item. */
    detailedBy: string[];
    status: CoverageStatus;
    location: SourceLocation;
}

export interface DataRow {
    name: string;
    kind: 'entity' | 'attribute' | 'relationship';
    justifiedBy: string[];
    /** Goals above the justifying stories and requirements. */
    goals: string[];
    status: CoverageStatus;
    location: SourceLocation;
}

/** CRUD matrix: for each story, the operations on each entity it uses, as letters in CRUD order (`CR`, `U`). */
export interface CrudMatrix {
    entities: string[];
    rows: Array<{ story: string; operations: Record<string, string> }>;
}

export interface GapEntry {
    rule: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** The element the gap is about. */
    element: string;
    message: string;
    location: SourceLocation;
}

export interface TraceMatrixSummary {
    goals: number;
    goalsRealised: number;
    items: number;
    itemsServingGoals: number;
    dataElements: number;
    dataJustified: number;
    gaps: number;
}

export interface TraceMatrix {
    /** Shape version; bumped when a field changes meaning or disappears. */
    version: 1;
    summary: TraceMatrixSummary;
    goals: GoalRow[];
    items: ItemRow[];
    data: DataRow[];
    crud: CrudMatrix;
    /** Coverage gaps as the user sees them: after severities, `off` settings and suppression comments. */
    gaps: GapEntry[];
}

/** Parameters of `tracewright/traceMatrix`: any document of the workspace (the matrix covers the whole workspace). */
export interface TraceMatrixParams {
    uri: string;
}
