import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const symbolKinds: Record<string, SymbolKind> = {
    Stakeholder: SymbolKind.Interface, Goal: SymbolKind.Namespace, Story: SymbolKind.Event, Requirement: SymbolKind.Function,
    AcceptanceCriterion: SymbolKind.Boolean, Enum: SymbolKind.Enum, EnumLiteral: SymbolKind.EnumMember, Entity: SymbolKind.Class,
    Attribute: SymbolKind.Field, Relationship: SymbolKind.Interface
};

const completionKinds: Record<string, CompletionItemKind> = {
    Stakeholder: CompletionItemKind.Interface, Goal: CompletionItemKind.Module, Story: CompletionItemKind.Event,
    Requirement: CompletionItemKind.Function, Enum: CompletionItemKind.Enum, EnumLiteral: CompletionItemKind.EnumMember,
    Entity: CompletionItemKind.Class, Attribute: CompletionItemKind.Field, Relationship: CompletionItemKind.Interface
};

/** Outline and completion icons that say what each element is. */
export class TracewrightNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKinds[this.typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[this.typeOf(node)] ?? super.getCompletionItemKind(node);
    }

    private typeOf(node: AstNode | AstNodeDescription): string {
        return '$type' in node ? node.$type : node.type;
    }
}
