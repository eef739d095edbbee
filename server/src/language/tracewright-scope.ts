import {
    DefaultScopeComputation, DefaultScopeProvider, EMPTY_SCOPE, MapScope, MultiMap, MultiMapScope,
    type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope
} from 'langium';
import { isEntity, isFunctionalDependency, isRelationship, isTraceRef, isUniqueConstraint, type Element, type Entity, type Model, type Relationship } from '../generated/ast.js';
import { WorkspaceAnalysisCache } from './incremental/workspace-analysis-cache.js';
import { compareDeclarations } from './tracewright-name-registry.js';
import { qualifiedAttributeName } from './tracewright-naming.js';

/**
 * Every top-level element is exported under its own name, and every attribute as `Entity.attribute`
 * (for workspace symbols and the trace index). Nothing goes into local symbol tables: all names are
 * global, and Langium's local scopes are stream scopes that each reference scans from the start,
 * which made linking quadratic in the size of a file.
 */
export class TracewrightScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const model = document.parseResult.value as Model;
        const exports: AstNodeDescription[] = [];
        for (const element of model.elements ?? []) this.exportElement(element, document, exports);
        return exports;
    }

    /**
     * The index entries of one top-level element, appended to `into`: its name, then its attributes'.
     * Also what an element parsed again in place exports (see TracewrightDocumentBuilder).
     */
    exportElement(element: Element, document: LangiumDocument, into: AstNodeDescription[]): AstNodeDescription[] {
        if (!element.name) return into;
        into.push(this.descriptions.createDescription(element, element.name, document));
        if (isEntity(element) || isRelationship(element)) {
            for (const attribute of element.attributes) {
                if (attribute.name) into.push(this.descriptions.createDescription(attribute, qualifiedAttributeName(element, attribute), document));
            }
        }
        return into;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }
}

/**
 * Attribute references (`Incident.priority`, `Enrolment.grade`, `unique (a, b)`, `depends a -> b`) are looked up among
 * the attributes of one entity; every other reference goes straight to the hash-indexed global scope.
 */
export class TracewrightScopeProvider extends DefaultScopeProvider {

    private readonly attributeScopes = new WeakMap<Entity | Relationship, Scope>();
    /**
     * The global scope per reference type. Langium drops it on every update; this one survives
     * prose-only edits, which keep every name and (StableIndexManager) every description object.
     */
    private readonly globalScopes: WorkspaceAnalysisCache<Map<string, Scope>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.globalScopes = new WorkspaceAnalysisCache(services.shared, () => new Map(), () => {});
    }

    protected override getGlobalScope(referenceType: string, _context?: ReferenceInfo): Scope {
        const scopes = this.globalScopes.get();
        let scope = scopes.get(referenceType);
        if (!scope) {
            scope = new FirstDeclaredScope(this.indexManager.allElements(referenceType));
            scopes.set(referenceType, scope);
        }
        return scope;
    }

    override getScope(context: ReferenceInfo): Scope {
        const container = context.container;
        if (isTraceRef(container) && context.property === 'attribute') {
            const target = container.element?.ref;
            return target ? this.attributeScope(target) : EMPTY_SCOPE;
        }
        if (isUniqueConstraint(container) || isFunctionalDependency(container)) {
            // Completion may hand over a constraint that is not (yet) inside an entity.
            const owner = container.$container as Entity | undefined;
            return owner?.attributes ? this.attributeScope(owner) : EMPTY_SCOPE;
        }
        const referenceType = this.referenceTypeOf(context);
        return referenceType ? this.getGlobalScope(referenceType, context) : EMPTY_SCOPE;
    }

    /**
     * The type a reference points at. Completion right after an unfinished `traces Incident.` hands
     * over the requirement itself with the TraceRef's property `attribute`, which Langium's reflection
     * rejects with an error: there is nothing to offer from the global scope there.
     */
    private referenceTypeOf(context: ReferenceInfo): string | undefined {
        try {
            return this.reflection.getReferenceType(context);
        } catch {
            return undefined;
        }
    }

    private attributeScope(owner: Entity | Relationship): Scope {
        let scope = this.attributeScopes.get(owner);
        if (!scope) {
            const descriptions = owner.attributes
                .filter(attribute => attribute.name)
                .map(attribute => this.descriptions.createDescription(attribute, attribute.name));
            scope = new MapScope(descriptions);
            this.attributeScopes.set(owner, scope);
        }
        return scope;
    }
}

/**
 * A name declared more than once (an error the integrity rules report) is found as its first
 * declaration in file and position order, not as the first one indexed: which file was indexed last
 * depends on the order of edits, and the warnings that follow from where a reference leads (coverage,
 * justification) would differ from a fresh build's.
 */
class FirstDeclaredScope extends MultiMapScope {
    override getElement(name: string): AstNodeDescription | undefined {
        const declarations = this.elements.get(name);
        if (declarations.length < 2) return declarations[0];
        let first = declarations[0];
        for (let i = 1; i < declarations.length; i++) if (compareDeclarations(declarations[i], first) < 0) first = declarations[i];
        return first;
    }
}
