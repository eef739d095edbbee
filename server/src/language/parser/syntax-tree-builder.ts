import {
    LeafCstNodeImpl, type AstNode, type AstReflection, type CompositeCstNode, type CstNode,
    type GrammarAST, type LangiumCoreServices, type LeafCstNode, type Linker
} from 'langium';
import type { Token, TokenType } from './grammar-elements.js';
import { LeafRecordingCstBuilder } from './cst-leaves.js';
import { ScannedTokens, Scanner } from './scanner.js';
import { ValueConversions } from './value-conversions.js';

/** Thrown at the first token the fast parser does not expect; `parse` catches it and gives up. */
export class NotOnTheFastPath {}
const giveUp = new NotOnTheFastPath();

/** An AST node while it is built: the generated interfaces are filled property by property. */
export type NodeUnderConstruction = AstNode & Record<string, unknown>;

/**
 * Builds the AST and CST in the order Langium's `LangiumParser` does, from the tokens Langium's
 * lexer would make (see Scanner), so the result is the same object graph: the same CST node classes
 * (through Langium's own `CstNodeBuilder`), comments placed by the same `addHiddenNodes`, values
 * as the language's `ValueConverter` converts them (see ValueConversions), references through its `Linker`, defaults through
 * `assignMandatoryProperties`, and the same key order on every node. The comments at each step name
 * the step of langium-parser.js it stands for. Subclasses write the rules; any unexpected token ends
 * the run. A token is its index in the scanned columns.
 */
export abstract class SyntaxTreeBuilder {
    protected readonly scanner: Scanner;
    private scanned = new ScannedTokens();
    private types: TokenType[];
    private kinds: Int32Array;
    private count = 0;
    private text = '';
    protected at = 0;
    private hidden: Token[] = [];
    private hiddenAt = 0;
    private readonly cst = new LeafRecordingCstBuilder();
    /** Stands in for the `{ $type: DatatypeSymbol, value }` node Langium pushes for a data type rule. */
    private readonly dataType = { $type: undefined, $cstNode: undefined as unknown as CstNode };
    private readonly converter: ValueConversions;
    private readonly linker: Linker;
    private readonly reflection: AstReflection;
    private readonly nodeMakers = new Map<string, new () => NodeUnderConstruction>();
    /** Per node type, the properties `assignMandatoryProperties` fills and their defaults, in its order. */
    private readonly defaults = new Map<string, ReadonlyArray<{ name: string; value: unknown }>>();

    constructor(services: LangiumCoreServices) {
        this.scanner = new Scanner(services.parser.Lexer.definition);
        this.types = this.scanner.types;
        this.kinds = this.scanned.kind;
        this.converter = new ValueConversions(services.parser.ValueConverter);
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
    }

    /** `parse`: the tokens (false at a lexer error), a new root node for the text, then the tokens from the start. */
    protected start(text: string): boolean {
        if (!this.scanner.scan(text, this.scanned)) return false;
        this.kinds = this.scanned.kind;
        this.count = this.scanned.count;
        this.text = text;
        this.hidden = this.scanned.hidden;
        this.at = 0;
        this.hiddenAt = 0;
        this.cst.leaves = [];
        this.cst.buildRootNode(text);
        return true;
    }

    protected atEnd(): boolean {
        return this.at >= this.count;
    }

    /** The end of `doParse` and `parse`: the root's AST link, then the trailing comments. */
    protected finish(root: NodeUnderConstruction): void {
        linkAstNode(root);
        this.cst.addHiddenNodes(this.hidden.slice(this.hiddenAt));
        this.cst.keepLeaves(root.$cstNode!.root);
        this.release();
    }

    /** After a parse, finished or given up: the parser keeps nothing of the text alive. */
    protected release(): void {
        this.text = '';
        this.hidden = this.scanned.hidden = [];
        this.cst.buildRootNode('');
        this.cst.leaves = [];
        // The columns are kept for the next text, unless a very large file made them large.
        if (this.scanned.kind.length > 1 << 16) this.scanned = new ScannedTokens();
    }

    protected fail(): never {
        throw giveUp;
    }

    protected peek(): TokenType | undefined {
        return this.at < this.count ? this.types[this.kinds[this.at]] : undefined;
    }

    protected peekSecond(): TokenType | undefined {
        return this.at + 1 < this.count ? this.types[this.kinds[this.at + 1]] : undefined;
    }

    /** The next token if it has this type: its index. */
    protected take(type: TokenType): number {
        if (this.peek() !== type) this.fail();
        return this.at++;
    }

    /** The next token, whatever its type: its index. */
    protected takeAny(): number {
        if (this.at >= this.count) this.fail();
        return this.at++;
    }

    protected tokenType(token: number): TokenType {
        return this.types[this.kinds[token]];
    }

    /** The token's text, Chevrotain's `image`. */
    protected image(token: number): string {
        return this.text.substring(this.scanned.start[token], this.scanned.end[token]);
    }

    /** `consume` of an unassigned keyword: its leaf, nothing in the AST. */
    protected keyword(type: TokenType, feature: GrammarAST.Keyword): void {
        this.leaf(this.take(type), feature);
    }

    /** `consume` of an assigned keyword (`flag=('pk' | …)`): its leaf; the value is the keyword's text. */
    protected assignedKeyword(token: number, feature: GrammarAST.Keyword): string {
        this.leaf(token, feature);
        return feature.value;
    }

    /** `consume` of an assigned terminal (`effort=NUMBER`): its leaf and its converted value. */
    protected terminal(type: TokenType, feature: GrammarAST.RuleCall): unknown {
        const token = this.take(type);
        return this.converter.convert(this.image(token), this.leaf(token, feature));
    }

    /**
     * `consume` of an assigned STRING terminal. Langium's DefaultValueConverter builds the value one
     * character at a time, which leaves a chain of dozens of concatenated-string objects behind each
     * value (23 MB on the 2.5 MB benchmark workspace, all of it copied by the garbage collector).
     * With that converter, a STRING without escapes converts to the text between its quotes, the
     * same string, taken in one piece; anything else is converted as usual.
     */
    protected string(type: TokenType, feature: GrammarAST.RuleCall): unknown {
        const token = this.take(type);
        const leaf = this.leaf(token, feature);
        if (this.converter.default && this.kinds[token] === this.scanner.kindString && feature.rule.ref?.name === 'STRING') {
            return this.text.substring(this.scanned.start[token] + 1, this.scanned.end[token] - 1);
        }
        return this.converter.convert(this.image(token), leaf);
    }

    /** `consume` inside a data type rule: the text the token adds to the rule's value. */
    protected dataTypeText(token: number, feature: GrammarAST.AbstractElement): string {
        const leaf = this.leaf(token, feature);
        return feature.$type === 'Keyword' ? (feature as GrammarAST.Keyword).value : (this.converter.convert(this.image(token), leaf) as object).toString();
    }

    /**
     * `extractHiddenTokens` + `addHiddenNodes` before each consumed token, then `buildLeafNode`:
     * the leaf is made from the scanned columns as `createLeafNode` makes it from a token.
     */
    protected leaf(token: number, feature: GrammarAST.AbstractElement): LeafCstNode {
        const s = this.scanned;
        const offset = s.start[token];
        if (this.hiddenAt < this.hidden.length && this.hidden[this.hiddenAt].startOffset < offset) {
            let end = this.hiddenAt;
            while (end < this.hidden.length && this.hidden[end].startOffset < offset) end++;
            this.cst.addHiddenNodes(this.hidden.slice(this.hiddenAt, end));
            this.hiddenAt = end;
        }
        const leaf = new LeafCstNodeImpl(offset, s.end[token] - offset, s.line[token], s.column[token], s.endLine[token], s.endColumn[token], this.types[this.kinds[token]], false);
        leaf.grammarSource = feature;
        this.cst.appendChild(this.cst.current, leaf);
        this.cst.leaves.push(leaf);
        return leaf;
    }

    /** A new AST node of `type`, empty but for its `$type`, as Langium's `{ $type }` literal. */
    protected node(type: string): NodeUnderConstruction {
        let make = this.nodeMakers.get(type);
        if (!make) this.nodeMakers.set(type, make = plainObjectMaker(type));
        return new make();
    }

    /** `subrule`: the composite node of a rule call, open until `close`/`closeDataType`. */
    protected open(feature: GrammarAST.AbstractElement): CompositeCstNode {
        return this.cst.buildCompositeNode(feature);
    }

    /** `construct` of a rule that makes an AST node. */
    protected close<T extends NodeUnderConstruction>(node: T): T {
        this.cst.construct(node as T & { $cstNode: CstNode });
        // What `AstUtils.assignMandatoryProperties` does, with the type's defaults looked up once:
        // it lists the type's properties afresh for every node, a quarter of the time of the rules.
        const defaults = this.defaultsOf(node.$type);
        const properties: Record<string, unknown> = node;
        for (let i = 0; i < defaults.length; i++) {
            const { name, value } = defaults[i];
            if (properties[name] === undefined) properties[name] = Array.isArray(value) ? copyDefault(value) : value;
        }
        return node;
    }

    private defaultsOf(type: string): ReadonlyArray<{ name: string; value: unknown }> {
        let defaults = this.defaults.get(type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => ({ name: property.name, value: property.defaultValue }));
            this.defaults.set(type, defaults);
        }
        return defaults;
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

/** Langium's `copyDefaultValue`: a fresh array for each node (its elements copied the same way). */
function copyDefault(value: readonly unknown[]): unknown[] {
    return value.map(element => Array.isArray(element) ? copyDefault(element) : element);
}

/**
 * A constructor of plain objects (their prototype is `Object.prototype`, as a literal's) with one
 * `$type`. A `{ $type }` literal has room for one property in the object itself, so a node's other
 * properties, added as they are parsed, went to a second object (70,000 of them at 1,000 entities);
 * V8 sizes the objects a constructor makes by the properties the first few of them end up with.
 */
function plainObjectMaker(type: string): new () => NodeUnderConstruction {
    // Named after the type, so heap snapshots and profiles say which nodes they count.
    const make = { [type]: function (this: { $type: string }) {
        this.$type = type;
    } }[type] as unknown as new () => NodeUnderConstruction;
    make.prototype = Object.prototype;
    return make;
}
