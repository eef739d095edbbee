import type { LangiumDocuments, LangiumSharedCoreServices, ValidationAcceptor } from 'langium';
import { isRelationshipEnd, type Model } from '../../generated/ast.js';
import type { Justifications } from '../../sql/justifications.js';
import type { Origin, SchemaIssue, SqlNaming, SqlSchema } from '../../sql/sql-schema.js';
import type { SqlSettings } from '../../sql/sql-settings.js';
import { schemaProblems } from '../../sql/schema-problems.js';
import { schemaOfDocuments } from '../../sql/workspace-sql.js';
import type { NodeRebinding } from '../incremental/node-rebinding.js';
import { WorkspaceAnalysisCache } from '../incremental/workspace-analysis-cache.js';
import { report } from '../rules/report.js';

/**
 * Names that collide or get shortened in the generated SQL, reported in the editor on the name that
 * causes them. The schema is built once per workspace state (and naming convention) and shared by
 * every document's check, so a validation pass stays linear in the workspace size. Prose-only edits
 * keep it (no name changes), with the replaced nodes swapped in.
 */
// Names do not depend on provenance, so the check skips computing it.
const noJustifications: Justifications = { ofEntity: () => [], ofAttribute: () => [], ofRelationship: () => [] };

interface NamedSchema {
    naming: SqlNaming;
    schema: SqlSchema;
    /** The schema's problems and warnings, by document URI. */
    issues: Map<string, SchemaIssue[]>;
}

export class SqlNamingValidator {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceAnalysisCache<NamedSchema>;

    constructor(shared: LangiumSharedCoreServices, private readonly settings: SqlSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceAnalysisCache(shared, () => this.computeSchema(), rebindSchema);
    }

    checkSqlNames(model: Model, accept: ValidationAcceptor): void {
        const uri = model.$document?.uri.toString();
        if (!uri) return;
        for (const issue of this.issuesByDocument().get(uri) ?? []) {
            const node = issue.origin.node ?? model;
            const property = issue.origin.node ? issue.origin.property : undefined;
            const data = roleSuggestion(issue);
            report(accept, issue.rule, issue.message, { node, ...(property ? { property } : {}), ...(data ? { data } : {}) });
        }
    }

    /**
     * The workspace's schema names under the current convention (no provenance), as the last check saw
     * them; hovers show them and the editor's SQL requests complete this schema (`withProvenance`), so it
     * is built once per workspace state for all three. Names, types and keys only: descriptions may be
     * worded as before the last prose-only edit. Not to be changed by its readers.
     */
    currentSchema(): SqlSchema {
        return this.current().schema;
    }

    private issuesByDocument(): Map<string, SchemaIssue[]> {
        return this.current().issues;
    }

    private current(): NamedSchema {
        const cached = this.cache.get();
        if (cached.naming === this.settings.naming) return cached;
        this.cache.clear();
        return this.cache.get();
    }

    private computeSchema(): NamedSchema {
        const naming = this.settings.naming;
        const schema = schemaOfDocuments(this.documents.all.toArray(), { naming, modelName: '', justifications: noJustifications });
        const issues = new Map<string, SchemaIssue[]>();
        for (const issue of [...schemaProblems(schema), ...schema.warnings]) {
            const list = issues.get(issue.origin.uri) ?? [];
            list.push(issue);
            issues.set(issue.origin.uri, list);
        }
        return { naming, schema, issues };
    }
}

/**
 * Every origin in the replaced documents (a string check per origin elsewhere). Not deferred: holding
 * the rebinding for later would keep every replaced tree alive until then.
 */
function rebindSchema({ schema, issues }: NamedSchema, rebinding: NodeRebinding): void {
    if (!rebinding.mayReplaceInside(dataModelElements)) return;
    const rebind = (origin: Origin) => rebindOrigin(origin, rebinding);
    schema.enums.forEach(e => rebind(e.origin));
    for (const table of schema.tables) {
        rebind(table.origin);
        table.columns.forEach(c => rebind(c.origin));
        table.uniques.forEach(u => rebind(u.origin));
        table.foreignKeys.forEach(k => rebind(k.origin));
    }
    // Issues mostly share their origins with the schema: rebinding twice gives the same node.
    for (const list of issues.values()) list.forEach(issue => rebind(issue.origin));
}

/** The top-level elements the schema's origins lie in. */
const dataModelElements: ReadonlySet<string> = new Set(['Entity', 'Relationship', 'Enum']);

function rebindOrigin(origin: Origin, rebinding: NodeRebinding): void {
    if (origin.node && rebinding.documents.has(origin.uri)) origin.node = rebinding.of(origin.node);
}

/**
 * A foreign key column that collides because an end has no role gets a role suggestion for the quick
 * fix: the relationship's name with a lower-case first letter (`Guarantor` -> `as guarantor`).
 */
function roleSuggestion(issue: SchemaIssue): { role: string } | undefined {
    const end = issue.origin.node;
    if (issue.rule !== 'sql-name-collision' || !isRelationshipEnd(end) || end.role || !end.$container.name) return undefined;
    const name = end.$container.name;
    return { role: name.charAt(0).toLowerCase() + name.slice(1) };
}
