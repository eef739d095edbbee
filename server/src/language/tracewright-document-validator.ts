import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { severityRank } from './rules/rule-definition.js';
import type { RuleSettings } from './rules/rule-settings.js';
import { findSuppressions } from './rules/rule-suppressions.js';
import type { TracewrightServices } from './tracewright-module.js';

/**
 * Runs Langium's validation, then applies the user's rule settings and suppression comments in one
 * place, so no validator needs to know about either.
 */
export class TracewrightDocumentValidator extends DefaultDocumentValidator {
    private readonly ruleSettings: RuleSettings;

    constructor(services: TracewrightServices) {
        super(services);
        this.ruleSettings = services.rules.RuleSettings;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const suppressions = findSuppressions(document.textDocument.getText());
        const result: Diagnostic[] = [];
        for (const found of diagnostics) {
            // Langium marks unresolved references only in `data`; give them their rule id too.
            const diagnostic = found.data?.code === DocumentValidator.LinkingError ? { ...found, code: 'unresolved-reference' } : found;
            const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            const severity = ruleId ? this.ruleSettings.severityOf(ruleId) : undefined;
            if (!ruleId || !severity) {
                result.push(diagnostic);
            } else if (severity !== 'off' && !suppressions.isSuppressed(ruleId, diagnostic.range.start.line)) {
                result.push({ ...diagnostic, severity: severityRank[severity] });
            }
        }
        return result;
    }
}
