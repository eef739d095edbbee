import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { TracewrightGeneratedModule, TracewrightGeneratedSharedModule } from '../generated/module.js';
import { RuleSettings } from './rules/rule-settings.js';
import { SqlSettings } from '../sql/sql-settings.js';
import { SqlNamingValidator } from './validation/sql-naming-validator.js';
import { TracewrightDocumentBuilder } from './tracewright-document-builder.js';
import { TracewrightDocumentFactory } from './tracewright-document-factory.js';
import { StableIndexManager } from './incremental/stable-index-manager.js';
import { ElementDescriptionProvider } from './incremental/element-description.js';
import { TracewrightReferenceDescriptionProvider } from './incremental/reference-descriptions.js';
import { TracewrightDocumentValidator } from './tracewright-document-validator.js';
import { SynchronousValidationRegistry } from './validation/synchronous-validation-registry.js';
import { TracewrightFormatter } from './tracewright-formatter.js';
import { TracewrightHoverProvider } from './tracewright-hover.js';
import { TracewrightLinker } from './tracewright-linker.js';
import { createTracewrightCompletionParser, createTracewrightParser } from './parser/tracewright-parser.js';
import { SyntaxErrorMessages } from './parser/syntax-error-messages.js';
import { TracewrightNodeKindProvider } from './tracewright-node-kinds.js';
import { NameRegistry } from './tracewright-name-registry.js';
import { TracewrightScopeComputation, TracewrightScopeProvider } from './tracewright-scope.js';
import { TracewrightSemanticTokenProvider } from './tracewright-semantic-tokens.js';
import { TracewrightCodeActionProvider } from './tracewright-code-actions.js';
import { TracewrightCompletionProvider } from './tracewright-completion.js';
import { registerExtensions } from './tracewright-extensions.js';
import { registerValidationChecks } from './tracewright-validator.js';
import { IntegrityValidator } from './validation/integrity-validator.js';
import { CoverageValidator } from './validation/coverage-validator.js';
import { CoverageAnalysis } from '../trace/coverage-analysis.js';
import { TraceIndex } from '../trace/trace-index.js';
import { TraceCodeLensProvider } from '../trace/trace-code-lens.js';
import { TraceCallHierarchyProvider } from '../trace/trace-call-hierarchy.js';

/** Services Tracewright adds to Langium's. */
export type TracewrightAddedServices = {
    sql: {
        SqlSettings: SqlSettings,
        SqlNamingValidator: SqlNamingValidator
    },
    rules: {
        RuleSettings: RuleSettings
    },
    references: {
        NameRegistry: NameRegistry
    },
    validation: {
        IntegrityValidator: IntegrityValidator,
        CoverageValidator: CoverageValidator
    },
    traces: {
        TraceIndex: TraceIndex,
        CoverageAnalysis: CoverageAnalysis
    }
};

export type TracewrightServices = LangiumServices & TracewrightAddedServices;

export const TracewrightModule: Module<TracewrightServices, PartialLangiumServices & TracewrightAddedServices> = {
    sql: {
        SqlSettings: () => new SqlSettings(),
        SqlNamingValidator: services => new SqlNamingValidator(services.shared, services.sql.SqlSettings)
    },
    rules: {
        RuleSettings: () => new RuleSettings()
    },
    parser: {
        LangiumParser: services => createTracewrightParser(services),
        CompletionParser: services => createTracewrightCompletionParser(services),
        ParserErrorMessageProvider: services => new SyntaxErrorMessages(services.Grammar),
        LexerErrorMessageProvider: services => new SyntaxErrorMessages(services.Grammar)
    },
    references: {
        ScopeComputation: services => new TracewrightScopeComputation(services),
        ScopeProvider: services => new TracewrightScopeProvider(services),
        Linker: services => new TracewrightLinker(services),
        NameRegistry: services => new NameRegistry(services.shared)
    },
    validation: {
        DocumentValidator: services => new TracewrightDocumentValidator(services),
        ValidationRegistry: services => new SynchronousValidationRegistry(services),
        IntegrityValidator: services => new IntegrityValidator(services.references.NameRegistry),
        CoverageValidator: services => new CoverageValidator(services.traces.CoverageAnalysis, services.rules.RuleSettings)
    },
    traces: {
        TraceIndex: services => new TraceIndex(services),
        CoverageAnalysis: services => new CoverageAnalysis(services.traces.TraceIndex, services.rules.RuleSettings, services.shared)
    },
    lsp: {
        CodeLensProvider: services => new TraceCodeLensProvider(services.traces.TraceIndex),
        CallHierarchyProvider: services => new TraceCallHierarchyProvider(services, () => services.traces.TraceIndex),
        CodeActionProvider: () => new TracewrightCodeActionProvider(),
        CompletionProvider: services => new TracewrightCompletionProvider(services),
        Formatter: () => new TracewrightFormatter(),
        HoverProvider: services => new TracewrightHoverProvider(services),
        SemanticTokenProvider: services => new TracewrightSemanticTokenProvider(services)
    },
    workspace: {
        AstNodeDescriptionProvider: services => new ElementDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new TracewrightReferenceDescriptionProvider(services)
    }
};

export const TracewrightSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new TracewrightNodeKindProvider()
    },
    workspace: {
        DocumentBuilder: services => new TracewrightDocumentBuilder(services),
        IndexManager: services => new StableIndexManager(services),
        LangiumDocumentFactory: services => new TracewrightDocumentFactory(services)
    }
};

/**
 * The one services factory: the language server passes a connection and the Node file system,
 * the CLI the Node file system, tests `EmptyFileSystem`.
 */
export function createTracewrightServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices, Tracewright: TracewrightServices } {
    const shared = inject(createDefaultSharedModule(context), TracewrightGeneratedSharedModule, TracewrightSharedModule);
    const Tracewright = inject(createDefaultModule({ shared }), TracewrightGeneratedModule, TracewrightModule);
    shared.ServiceRegistry.register(Tracewright);
    registerValidationChecks(Tracewright);
    registerExtensions(Tracewright);
    // Langium's first build of a workspace folder does not validate, so closed files showed no problems
    // until something was edited. Worse, a file opened while that build ran (VS Code reopens the last
    // session's editors at once) never got any: the open cancels the build, and Langium resumes a
    // cancelled build with the options it started with. The first build validates as an edit's does.
    shared.workspace.WorkspaceManager.initialBuildOptions = shared.workspace.DocumentBuilder.updateBuildOptions;
    if (!context.connection) {
        // Without a language client nobody sends configuration; start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Tracewright };
}
