import { DocumentState, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isRelationshipEnd, type Model } from '../../generated/ast.js';
import type { Justifications } from '../../sql/justifications.js';
import type { SchemaIssue, SqlNaming, SqlSchema } from '../../sql/sql-schema.js';
import type { SqlSettings } from '../../sql/sql-settings.js';
import { schemaOfDocuments } from '../../sql/workspace-sql.js';
import { report } from '../rules/report.js';

/**
 * Names that collide or get shortened in the generated SQL, reported in the editor on the name that
 * causes them. The schema is built once per workspace state (and naming convention) and shared by
 * every document's check, so a validation pass stays linear in the workspace size.
 */
// Names do not depend on provenance, so the check skips computing it.
const noJustifications: Justifications = { ofEntity: () => [], ofAttribute: () => [], ofRelationship: () => [] };

export class SqlNamingValidator {
    private readonly documents: LangiumDocuments;
    private cache?: { naming: SqlNaming; schema: SqlSchema; issues: Map<string, SchemaIssue[]> };

    constructor(shared: LangiumSharedCoreServices, private readonly settings: SqlSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        shared.workspace.DocumentBuilder.onUpdate(() => this.cache = undefined);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => this.cache = undefined);
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
     * them; hovers show them too, so they are built once per workspace state for both.
     */
    currentSchema(): SqlSchema {
        return this.current().schema;
    }

    private issuesByDocument(): Map<string, SchemaIssue[]> {
        return this.current().issues;
    }

    private current(): { schema: SqlSchema; issues: Map<string, SchemaIssue[]> } {
        const naming = this.settings.naming;
        if (this.cache?.naming === naming) return this.cache;
        const schema = schemaOfDocuments(this.documents.all.toArray(), { naming, modelName: '', justifications: noJustifications });
        const issues = new Map<string, SchemaIssue[]>();
        for (const issue of [...schema.problems, ...schema.warnings]) {
            const list = issues.get(issue.origin.uri) ?? [];
            list.push(issue);
            issues.set(issue.origin.uri, list);
        }
        this.cache = { naming, schema, issues };
        return this.cache;
    }
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
