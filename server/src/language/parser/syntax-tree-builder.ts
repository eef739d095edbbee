import {
    AstUtils, CstNodeBuilder, DefaultValueConverter, type AstNode, type AstReflection, type CompositeCstNode, type CstNode, type GrammarAST,
    type LangiumCoreServices, type LeafCstNode, type Linker, type ValueConverter
} from 'langium';
import type { Token, TokenType } from './grammar-elements.js';

/** Thrown at the first token the fast parser does not expect; `parse` catches it and gives up. */
export class NotOnTheFastPath {}
const giveUp = new NotOnTheFastPath();

/** An AST node while it is built: the generated interfaces are filled property by property. */
export type NodeUnderConstruction = AstNode & Record<string, unknown>;

/**
 * Builds the AST and CST in the order Langium's `LangiumParser` does, from the tokens of Langium's
 * lexer, so the result is the same object graph: the same CST node classes (through Langium's own
 * `CstNodeBuilder`), comments placed by the same `addHiddenNodes`, values through the language's
 * `ValueConverter`, references through its `Linker`, defaults through `assignMandatoryProperties`,
 * and the same key order on every node. The comments at each step name the step of
 * langium-parser.js it stands for. Subclasses write the rules; any unexpected token ends the run.
 */
export abstract class SyntaxTreeBuilder {
    protected tokens: Token[] = [];
    protected at = 0;
    private hidden: Token[] = [];
    private hiddenAt = 0;
    private readonly cst = new CstNodeBuilder();
    /** Stands in for the `{ $type: DatatypeSymbol, value }` node Langium pushes for a data type rule. */
    private readonly dataType = { $type: undefined, $cstNode: undefined as unknown as CstNode };
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly reflection: AstReflection;
    private readonly defaultConverter: boolean;

    constructor(services: LangiumCoreServices) {
        this.converter = services.parser.ValueConverter;
        this.defaultConverter = Object.getPrototypeOf(this.converter) === DefaultValueConverter.prototype;
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
    }

    /** `parse`: a new root node for the text, then the tokens from the start. */
    protected start(text: string, tokens: Token[], hidden: Token[]): void {
        this.cst.buildRootNode(text);
        this.tokens = tokens;
        this.hidden = hidden;
        this.at = 0;
        this.hiddenAt = 0;
    }

    /** The end of `doParse` and `parse`: the root's AST link, then the trailing comments. */
    protected finish(root: NodeUnderConstruction): void {
        linkAstNode(root);
        this.cst.addHiddenNodes(this.hidden.slice(this.hiddenAt));
        // Drop the references to the text so a finished parse keeps nothing alive.
        this.tokens = [];
        this.hidden = [];
    }

    protected fail(): never {
        throw giveUp;
    }

    protected peek(): TokenType | undefined {
        return this.tokens[this.at]?.tokenType;
    }

    protected peekSecond(): TokenType | undefined {
        return this.tokens[this.at + 1]?.tokenType;
    }

    protected take(type: TokenType): Token {
        const token = this.tokens[this.at];
        if (token === undefined || token.tokenType !== type) this.fail();
        this.at++;
        return token;
    }

    /** `consume` of an unassigned keyword: its leaf, nothing in the AST. */
    protected keyword(type: TokenType, feature: GrammarAST.Keyword): void {
        this.leaf(this.take(type), feature);
    }

    /** `consume` of an assigned terminal (`title=STRING`): its leaf and its converted value. */
    protected terminal(type: TokenType, feature: GrammarAST.RuleCall): unknown {
        const token = this.take(type);
        return this.converter.convert(token.image, this.leaf(token, feature));
    }

    /**
     * `consume` of an assigned STRING terminal. Langium's DefaultValueConverter builds the value one
     * character at a time, which leaves a chain of dozens of concatenated-string objects behind each
     * value (23 MB on the 2.5 MB benchmark workspace, all of it copied by the garbage collector).
     * With that converter, a STRING without escapes converts to the text between its quotes, the
     * same string, taken in one piece; anything else goes through the converter.
     */
    protected string(type: TokenType, feature: GrammarAST.RuleCall): unknown {
        const token = this.take(type);
        const leaf = this.leaf(token, feature);
        const image = token.image;
        if (this.defaultConverter && image.indexOf('\\') < 0 && feature.rule.ref?.name === 'STRING') return image.substring(1, image.length - 1);
        return this.converter.convert(image, leaf);
    }

    /** `consume` inside a data type rule: the text the token adds to the rule's value. */
    protected dataTypeText(token: Token, feature: GrammarAST.AbstractElement): string {
        const leaf = this.leaf(token, feature);
        return feature.$type === 'Keyword' ? token.image : (this.converter.convert(token.image, leaf) as object).toString();
    }

    /** `extractHiddenTokens` + `addHiddenNodes` before each consumed token, then `buildLeafNode`. */
    protected leaf(token: Token, feature: GrammarAST.AbstractElement): LeafCstNode {
        if (this.hiddenAt < this.hidden.length && this.hidden[this.hiddenAt].startOffset < token.startOffset) {
            let end = this.hiddenAt;
            while (end < this.hidden.length && this.hidden[end].startOffset < token.startOffset) end++;
            this.cst.addHiddenNodes(this.hidden.slice(this.hiddenAt, end));
            this.hiddenAt = end;
        }
        return this.cst.buildLeafNode(token, feature);
    }

    /** `subrule`: the composite node of a rule call, open until `close`/`closeDataType`. */
    protected open(feature: GrammarAST.AbstractElement): CompositeCstNode {
        return this.cst.buildCompositeNode(feature);
    }

    /** `construct` of a rule that makes an AST node. */
    protected close<T extends NodeUnderConstruction>(node: T): T {
        this.cst.construct(node as T & { $cstNode: CstNode });
        AstUtils.assignMandatoryProperties(this.reflection, node);
        return node;
    }

    /**
     * `construct` of a rule that only forwards the node of the rule it called (`Element: Entity | …`):
     * Langium's `assignWithoutOverride` keeps the called node and the outer composite becomes its CST node.
     */
    protected closeForwarded<T extends NodeUnderConstruction>(node: T): T {
        this.cst.construct(node as T & { $cstNode: CstNode });
        return node;
    }

    /** `construct` of a data type rule: its value converted for the composite node just closed. */
    protected closeDataType(value: string): unknown {
        this.cst.construct(this.dataType);
        return this.converter.convert(value, this.dataType.$cstNode);
    }

    /** The composite node the last `closeDataType` closed: a reference's `$refNode`. */
    protected lastDataTypeNode(): CstNode {
        return this.dataType.$cstNode;
    }

    /** `assign` with `=` of a data type value to a cross-reference: `buildReference`, as Langium does. */
    protected reference(node: NodeUnderConstruction, property: string, value: unknown): unknown {
        return typeof value === 'string' ? this.linker.buildReference(node, property, this.dataType.$cstNode, value) : value;
    }

    /** `assign` with `+=`. */
    protected add(node: NodeUnderConstruction, property: string, value: unknown): void {
        const list = node[property];
        if (Array.isArray(list)) list.push(value);
        else node[property] = [value];
    }

    /**
     * `assign` of a child node with `=`: `linkCstNode`, then the container links that
     * `linkContentToContainer` would add after the parse (the child is complete by now).
     */
    protected setChild(parent: NodeUnderConstruction, property: string, child: NodeUnderConstruction): void {
        linkAstNode(child);
        parent[property] = child;
        (child as { $container: AstNode }).$container = parent;
        (child as { $containerProperty: string }).$containerProperty = property;
    }

    /** `assign` of a child node with `+=`, linked as `setChild` does, with its index. */
    protected addChild(parent: NodeUnderConstruction, property: string, child: NodeUnderConstruction): void {
        linkAstNode(child);
        let list = parent[property] as AstNode[] | undefined;
        if (Array.isArray(list)) list.push(child);
        else parent[property] = list = [child];
        (child as { $container: AstNode }).$container = parent;
        (child as { $containerProperty: string }).$containerProperty = property;
        (child as { $containerIndex: number }).$containerIndex = list.length - 1;
    }
}

/** Langium's `linkCstNode`: the CST node that is an AST node's `$cstNode` points back at it. */
function linkAstNode(node: AstNode): void {
    (node.$cstNode as { astNode: AstNode }).astNode = node;
}
