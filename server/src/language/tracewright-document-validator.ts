import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { ElementDiagnostics, checkSlot, type CheckSlot } from './incremental/element-diagnostics.js';
import type { TracewrightDocumentBuilder } from './tracewright-document-builder.js';
import { severityRank } from './rules/rule-definition.js';
import type { RuleSettings } from './rules/rule-settings.js';
import { findSuppressions } from './rules/rule-suppressions.js';
import type { TracewrightServices } from './tracewright-module.js';
import type { SynchronousValidationRegistry } from './validation/synchronous-validation-registry.js';
import { nodesInStreamOrder } from './util/ast-walk.js';

/**
 * Runs Langium's validation, then applies the user's rule settings and suppression comments in one
 * place, so no validator needs to know about either.
 */
export class TracewrightDocumentValidator extends DefaultDocumentValidator {
    private readonly ruleSettings: RuleSettings;
    private readonly checks: SynchronousValidationRegistry;
    private readonly builder: TracewrightDocumentBuilder;
    private readonly elementDiagnostics = new ElementDiagnostics();
    /**
     * How often, in ms, validation lets other requests in and looks for cancellation: Langium's default
     * period. Validation reads its own clock so that it does not make a promise for every node; it then
     * yields through Langium's `interruptAndCheck`, whose period (`setInterruptionPeriod`) applies too.
     */
    interruptionPeriodMs = 10;

    constructor(services: TracewrightServices) {
        super(services);
        this.ruleSettings = services.rules.RuleSettings;
        this.checks = services.validation.ValidationRegistry as SynchronousValidationRegistry;
        this.builder = services.shared.workspace.DocumentBuilder as TracewrightDocumentBuilder;
        this.builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.elementDiagnostics.forget(uri.toString())));
    }

    /**
     * The model's own checks (workspace-wide rules: names, coverage, SQL names) run every time. Each
     * top-level element's checks run only if the element changed since this document's last validation
     * or anything but prose changed in the workspace; in the second case its element-local checks are
     * still replayed (see ElementDiagnostics).
     */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const document = rootNode.$document;
        if (!document || !isModel(rootNode)) return super.validateAst(rootNode, options, cancelToken);
        const items: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => { items.push(this.toDiagnostic(severity, message, info)); };
        await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
        const interrupt = this.interruptions(cancelToken);
        // The model's checks work out whole-workspace analyses: other requests may come in between them.
        const modelChecks = this.checks.checksFor(rootNode.$type, options.categories);
        for (let i = 0; i < modelChecks.length; i++) {
            const pause = interrupt();
            if (pause) await pause;
            const pending = modelChecks[i](rootNode, acceptor, cancelToken);
            if (pending) await pending;
        }
        const categories = this.checks.categoryKey(options.categories);
        const settings = this.ruleSettings.current;
        const epoch = this.builder.epoch;
        const previous = this.elementDiagnostics.previous(document, categories, settings);
        const validated = this.elementDiagnostics.start(epoch, categories, settings);
        const snapshots = this.builder.snapshotOf(document);
        // One list of nodes for all the elements of this document, refilled for each.
        const nodes: AstNode[] = [];
        for (let index = 0; index < rootNode.elements.length; index++) {
            const element = rootNode.elements[index];
            const snapshot = snapshots[index]?.node === element ? snapshots[index] : undefined;
            const whole = snapshot && this.elementDiagnostics.reusable(previous, epoch, index, snapshot);
            if (whole) {
                items.push(...whole.diagnostics);
                this.elementDiagnostics.keep(validated, index, whole);
                continue;
            }
            // Unchanged since a validation before a structural edit: its element-local checks are replayed.
            const before = snapshot && this.elementDiagnostics.replayable(previous, index, snapshot);
            let replayed = 0;
            const own: Diagnostic[] = [];
            const slots: CheckSlot[] = [];
            let slot: CheckSlot = 0;
            const elementAcceptor: ValidationAcceptor = (severity, message, info) => {
                const diagnostic = this.toDiagnostic(severity, message, info);
                items.push(diagnostic);
                own.push(diagnostic);
                slots.push(slot);
            };
            nodes.length = 0;
            nodesInStreamOrder(element, nodes);
            for (let n = 0; n < nodes.length; n++) {
                const pause = interrupt();
                if (pause) await pause;
                const checks = this.checks.checksFor(nodes[n].$type, options.categories);
                for (let i = 0; i < checks.length; i++) {
                    slot = checkSlot(n, i);
                    if (before && this.checks.isElementLocal(checks[i])) {
                        // In slot order, as a fresh run would report them.
                        while (replayed < before.slots.length && before.slots[replayed] < slot) replayed++;
                        for (; replayed < before.slots.length && before.slots[replayed] === slot; replayed++) {
                            items.push(before.diagnostics[replayed]);
                            own.push(before.diagnostics[replayed]);
                            slots.push(slot);
                        }
                        continue;
                    }
                    const pending = checks[i](nodes[n], elementAcceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            if (snapshot) this.elementDiagnostics.record(validated, index, snapshot, own, slots);
        }
        this.elementDiagnostics.finish(document, validated);
        await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        return items;
    }

    /**
     * Langium's loop awaits every check of every node; ours calls them synchronously (see
     * SynchronousValidationRegistry), awaits only a check that returned a promise, and still yields to
     * other requests and honours cancellation every few milliseconds, as Langium does.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const interrupt = this.interruptions(cancelToken);
        for (const node of nodesInStreamOrder(rootNode)) {
            const pause = interrupt();
            if (pause) await pause;
            const pending = this.runChecks(node, options, acceptor, cancelToken);
            if (pending) await pending;
        }
    }

    /** Runs the node's checks in order; a promise only if one of them is asynchronous. */
    private runChecks(node: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken, from = 0): Promise<void> | undefined {
        const checks = this.checks.checksFor(node.$type, options.categories);
        for (let i = from; i < checks.length; i++) {
            const pending = checks[i](node, acceptor, cancelToken);
            if (pending) return pending.then(() => this.runChecks(node, options, acceptor, cancelToken, i + 1));
        }
        return undefined;
    }

    /** A function to call per node: every few milliseconds it yields to other requests and checks for cancellation. */
    private interruptions(cancelToken: Cancellation.CancellationToken): () => Promise<void> | undefined {
        if (cancelToken === Cancellation.CancellationToken.None) return () => undefined;
        const period = this.interruptionPeriodMs;
        let lastInterruption = performance.now();
        return () => {
            if (performance.now() - lastInterruption < period) return undefined;
            return interruptAndCheck(cancelToken).then(() => { lastInterruption = performance.now(); });
        };
    }

    /**
     * Langium's loop over the failed references only: its `error` looks for an `info` property on the
     * target node, a miss on every one of the ~100,000 references of a big file at every validation.
     * The builder knows which failed, and after a keystroke has not walked the list again to learn it.
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const failed = this.builder.referenceFacts.failed(document);
        // Langium's loop reads only `document.references`: it sees the failed ones (synchronously, then the list is back).
        const all = document.references;
        document.references = [...failed];
        try {
            super.processLinkingErrors(document, diagnostics, options);
        } finally {
            document.references = all;
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
                // Most rules keep the severity they report with: the diagnostic is then kept as it is, not
                // copied (tens of thousands of copies per keystroke in a big file, all garbage by the next).
                const rank = severityRank[severity];
                result.push(diagnostic.severity === rank ? diagnostic : { ...diagnostic, severity: rank });
            }
        }
        return result;
    }
}
