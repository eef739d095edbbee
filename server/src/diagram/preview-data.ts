import { AstUtils, CstUtils, DocumentState, GrammarUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import type { TracewrightServices } from '../language/tracewright-module.js';
import { collectDiagramModel, type DiagramModel } from './diagram-model.js';
import { fileSlice, neighbourhoodSlice, tracedSlice, wholeModelSlice, type DiagramSlice } from './diagram-slice.js';
import { DiagramTraces, type TraceFocus } from './diagram-traces.js';
import { erDiagram } from './er-diagram.js';
import { itemFacts } from './item-facts.js';
import type { PickerItem, PreviewData, PreviewDataParams, PreviewLocation, SliceRequest } from './preview-protocol.js';

/**
 * Handler of `tracewright/previewData`: waits until the workspace is linked and validated, then
 * builds the diagram for the requested slice with the overlay, the pickers and the click targets.
 * A plain function of the shared services so tests call it without a connection.
 */
export async function previewDataFor(shared: LangiumSharedServices, params: PreviewDataParams): Promise<PreviewData> {
    const uri = URI.parse(params.uri);
    // A document the server does not know (deleted since the panel was restored) gets the workspace-wide answer.
    const known = shared.workspace.LangiumDocuments.hasDocument(uri);
    await (known ? shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri) : shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated));
    // A read action runs after every queued write, i.e. after the edit the user just typed is built.
    return shared.workspace.WorkspaceLock.read(() => {
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        const settings = (shared.ServiceRegistry.getServices(uri) as TracewrightServices).rules.RuleSettings;
        return buildPreviewData(shared.workspace.LangiumDocuments.all.toArray(), document, params, name => settings.isExempt(name));
    });
}

/** The same from a list of documents: the pure part, also used by the benchmark and the CLI export. */
export function buildPreviewData(documents: readonly LangiumDocument[], document: LangiumDocument | undefined, params: PreviewDataParams,
    isExempt?: (name: string) => boolean): PreviewData {
    const model = collectDiagramModel(documents);
    const traces = new DiagramTraces(model);
    const { slice, title, resolved } = resolveSlice(model, traces, document, params);
    const focus = params.overlay ? findFocus(model, params.overlay) : undefined;
    const traced = focus ? traces.tracedBy(focus) : undefined;
    const unjustified = traces.unjustifiedEntities(isExempt);
    const diagram = erDiagram(slice, { attributes: traced?.attributes });
    const syntaxError = document ? firstSyntaxError(document) : undefined;
    return {
        uri: params.uri,
        hasSyntaxErrors: syntaxError !== undefined,
        syntaxError,
        mermaid: diagram.source,
        sliceTitle: title,
        slice: resolved,
        entities: slice.entities.map(entity => ({
            id: diagram.entityIds.get(entity)!,
            name: entity.name,
            location: locationOf(entity),
            traced: traced?.entities.has(entity) ?? false,
            unjustified: unjustified.has(entity)
        })),
        relationshipCount: slice.relationships.length,
        totalEntities: model.entities.length,
        picker: pickerItems(model),
        overlay: focus && traced ? {
            name: focus.name,
            tracedEntities: [...traced.entities].map(e => e.name),
            tracedAttributes: [...traced.attributes].map(a => `${a.$container.name}.${a.name}`)
        } : undefined,
        unjustifiedEntities: [...unjustified].map(e => e.name),
        itemFacts: itemFacts(model)
    };
}

function resolveSlice(model: DiagramModel, traces: DiagramTraces, document: LangiumDocument | undefined, params: PreviewDataParams): { slice: DiagramSlice, title: string, resolved: SliceRequest } {
    const request = params.slice;
    if (request.kind === 'all') return { slice: wholeModelSlice(model), title: 'Whole model', resolved: request };
    if (request.kind === 'entity' || request.kind === 'cursor') {
        const centre = request.kind === 'entity'
            ? model.entities.find(e => e.name === request.name)
            : document && params.position ? entityAt(document, params.position) : undefined;
        if (centre) return { slice: neighbourhoodSlice(model, centre), title: `Neighbourhood of ${centre.name}`, resolved: { kind: 'entity', name: centre.name } };
    }
    if (request.kind === 'traced') {
        const focus = findFocus(model, request.name);
        if (focus) return { slice: tracedSlice(model, traces.tracedBy(focus)), title: `Entities traced by ${focus.name}`, resolved: request };
    }
    // `file`, and the fallback when a named element no longer exists (renamed while the panel was open).
    const fileName = params.uri.substring(params.uri.lastIndexOf('/') + 1);
    const slice = fileSlice(model, params.uri, entity => AstUtils.getDocument(entity).uri.toString());
    if (slice.entities.length > 0 || !document) return { slice, title: `Entities of ${decodeURIComponent(fileName)}`, resolved: { kind: 'file' } };
    // A file without entities (goals, stories): show what its elements trace.
    const reached = new Set<ast.Entity>();
    for (const element of (document.parseResult.value as ast.Model).elements ?? []) {
        if (ast.isGoal(element) || ast.isStory(element) || ast.isRequirement(element) || ast.isStakeholder(element)) {
            traces.tracedBy(element).entities.forEach(e => reached.add(e));
        }
    }
    return { slice: tracedSlice(model, { entities: reached, attributes: new Set(), relationships: new Set() }), title: `Entities traced from ${decodeURIComponent(fileName)}`, resolved: { kind: 'file' } };
}

function findFocus(model: DiagramModel, name: string): TraceFocus | undefined {
    return model.goals.find(g => g.name === name) ?? model.stories.find(s => s.name === name)
        ?? model.requirements.find(r => r.name === name) ?? model.stakeholders.find(s => s.name === name);
}

/** The entity the cursor is in or on: a declaration, a relationship end, a `uses` or a `traces` reference. */
function entityAt(document: LangiumDocument, position: { line: number, character: number }): ast.Entity | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (ast.isEntity(node)) return node;
        if (ast.isEntityUse(node) || ast.isRelationshipEnd(node)) return node.entity?.ref;
        if (ast.isTraceRef(node)) {
            const target = node.element?.ref;
            return ast.isEntity(target) ? target : target?.source?.entity?.ref;
        }
        if (ast.isRelationship(node)) return node.source?.entity?.ref;
    }
    return undefined;
}

/** The entity's name in its declaration: where "reveal" puts the cursor, as Go to Definition does. */
function locationOf(node: ast.Entity): PreviewLocation | undefined {
    const range = (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range;
    return range ? { uri: AstUtils.getDocument(node).uri.toString(), range } : undefined;
}

function firstSyntaxError(document: LangiumDocument): string | undefined {
    const lexing = document.parseResult.lexerErrors[0];
    if (lexing) return `${lexing.line ?? 1}:${lexing.column ?? 1} ${firstLine(lexing.message)}`;
    const parsing = document.parseResult.parserErrors[0];
    if (parsing) return `${tokenPosition(document, parsing.token)} ${firstLine(parsing.message)}`;
    return undefined;
}

/** 1-based `line:column` of a token; an error at the end of the text has no token there (its line is -1 or NaN). */
function tokenPosition(document: LangiumDocument, token: { startLine?: number; startColumn?: number }): string {
    if (token.startLine !== undefined && token.startLine >= 1 && token.startColumn !== undefined && token.startColumn >= 1) {
        return `${token.startLine}:${token.startColumn}`;
    }
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return `${end.line + 1}:${end.character + 1}`;
}

/** Chevrotain lists every expected alternative on following lines; the banner needs only the first. */
function firstLine(message: string): string {
    return shorten(message.split('\n')[0]);
}

function pickerItems(model: DiagramModel): PickerItem[] {
    const item = (kind: PickerItem['kind'], name: string, detail: string | undefined): PickerItem =>
        ({ kind, name, detail: shorten(detail ?? '') });
    return [
        ...model.goals.map(g => item('goal', g.name, g.title)),
        ...model.stakeholders.map(s => item('stakeholder', s.name, s.description)),
        ...model.stories.map(s => item('story', s.name, s.title)),
        ...model.requirements.map(r => item('requirement', r.name, r.statement)),
        ...model.entities.map(e => item('entity', e.name, e.description))
    ];
}

function shorten(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 70 ? flat.slice(0, 69) + '…' : flat;
}
