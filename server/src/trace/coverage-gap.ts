import type { AstNode } from 'langium';

/**
 * A place where the trace picture is incomplete. The coverage validator reports it as a diagnostic
 * of rule `ruleId` on `node.property[index]`; the matrix lists it under gaps.
 */
export interface CoverageGap {
    readonly ruleId: string;
    /** The element the gap is about, as the user writes it: `G1`, `Incident.priority`. */
    readonly element: string;
    readonly message: string;
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
}

/** What coverage rules need from the settings: explicit exemptions and the key switch. */
export interface CoverageOptions {
    isExempt(name: string): boolean;
    readonly exemptKeys: boolean;
}
