import {
    AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { severityRank } from './rules/rule-definition.js';
import type { RuleSettings } from './rules/rule-settings.js';
import { findSuppressions } from './rules/rule-suppressions.js';
import type { TracewrightServices } from './tracewright-module.js';
import type { SynchronousValidationRegistry } from './validation/synchronous-validation-registry.js';

/** How often the node loop lets other requests in and looks for cancellation (Langium's default period). */
const interruptionPeriodMs = 10;

/**
 * Runs Langium's validation, then applies the user's rule settings and suppression comments in one
 * place, so no validator needs to know about either.
 */
export class TracewrightDocumentValidator extends DefaultDocumentValidator {
    private readonly ruleSettings: RuleSettings;
    private readonly checks: SynchronousValidationRegistry;

    constructor(services: TracewrightServices) {
        super(services);
        this.ruleSettings = services.rules.RuleSettings;
        this.checks = services.validation.ValidationRegistry as SynchronousValidationRegistry;
    }

    /**
     * Langium's loop awaits every check of every node; ours calls them synchronously (see
     * SynchronousValidationRegistry), awaits only a check that returned a promise, and still yields to
     * other requests and honours cancellation every few milliseconds, as Langium does.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        let lastInterruption = performance.now();
        for (const node of AstUtils.streamAst(rootNode)) {
            if (cancelToken !== Cancellation.CancellationToken.None && performance.now() - lastInterruption >= interruptionPeriodMs) {
                await interruptAndCheck(cancelToken);
                lastInterruption = performance.now();
            }
            for (const check of this.checks.checksFor(node.$type, options.categories)) {
                const pending = check(node, acceptor, cancelToken);
                if (pending) await pending;
            }
        }
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
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
