/**
 * The data the preview webview shows for one document, as sent by the `tracewright/previewData`
 * request. Plain JSON types with no imports, so the client and the webview bundle can share them.
 */

/** Which entities the diagram shows. Large models are shown a slice at a time (Mermaid needs seconds for 200 entities). */
export type SliceRequest =
    | { kind: 'file' }
    /** The entity and the other ends of its relationships. */
    | { kind: 'entity', name: string }
    /** Like `entity`, for the entity at `PreviewDataParams.position`. */
    | { kind: 'cursor' }
    /** The entities a goal, story, requirement or stakeholder traces. */
    | { kind: 'traced', name: string }
    | { kind: 'all' };

export interface PreviewPosition { line: number, character: number }
export interface PreviewRange { start: PreviewPosition, end: PreviewPosition }
export interface PreviewLocation { uri: string, range: PreviewRange }

export interface PreviewDataParams {
    uri: string;
    slice: SliceRequest;
    /** Name of a goal, story, requirement or stakeholder whose traces are highlighted. */
    overlay?: string;
    /** The cursor, for `{ kind: 'cursor' }`. */
    position?: PreviewPosition;
}

/** One choice in the panel's slice / overlay pickers. */
export interface PickerItem {
    kind: 'entity' | 'goal' | 'story' | 'requirement' | 'stakeholder';
    name: string;
    /** Title or statement, shortened; plain text, to be shown with textContent. */
    detail: string;
}

/** One entity box of the diagram: its synthetic Mermaid id, real name and where it is declared. */
export interface DiagramEntity {
    id: string;
    name: string;
    location?: PreviewLocation;
    /** Traced by the overlay element. */
    traced: boolean;
    /** Nothing (no story, no requirement) justifies this entity. */
    unjustified: boolean;
}

export interface PreviewData {
    uri: string;
    /** The document has syntax errors: the webview keeps the last good diagram and shows a banner. */
    hasSyntaxErrors: boolean;
    /** The first syntax error, `line:column message` (1-based), for the banner. */
    syntaxError?: string;
    mermaid: string;
    /** What the slice shows, in words ("Entities of people.req", "Neighbourhood of Incident"). */
    sliceTitle: string;
    /** The slice after resolution (a `cursor` slice comes back as `entity`). */
    slice: SliceRequest;
    entities: DiagramEntity[];
    relationshipCount: number;
    /** Entities in the whole workspace, to say "12 of 40". */
    totalEntities: number;
    picker: PickerItem[];
    overlay?: { name: string, tracedEntities: string[], tracedAttributes: string[] };
    /** Names of every entity in the workspace that nothing justifies. */
    unjustifiedEntities: string[];
    /** Per story / requirement name: stakeholders and lifecycle status, for the Trace tab's filters. */
    itemFacts: Record<string, { stakeholders: string[], status?: string }>;
}
