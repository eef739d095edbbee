import type { GrammarAST, LangiumCoreServices, ParseResult, TokenBuilder } from 'langium';
import type { Model } from '../../generated/ast.js';
import { NotOnTheFastPath, SyntaxTreeBuilder, type NodeUnderConstruction } from './syntax-tree-builder.js';
import { tracewrightElements, type TracewrightElements } from './tracewright-elements.js';
import type { TokenTable } from './grammar-elements.js';

type Node = NodeUnderConstruction;

/**
 * A recursive-descent parser for tracewright.langium that reads valid text only. It returns exactly
 * what Langium's parser returns for the same text (see SyntaxTreeBuilder), or `undefined` at the
 * first token it does not expect, and then the caller runs Langium's parser, so every syntax error,
 * recovery and partial tree stays Langium's. It has no error recovery because it needs none.
 *
 * Where the grammar lets a keyword be a name, the choice follows Langium's LL(*) prediction: `default`,
 * `constraint` or `depends` followed by `:` starts the next attribute; a primitive type keyword is a
 * primitive type, not an enum named `int`; `default now` is the keyword, not a literal named `now`
 * (Langium takes the first alternative when two fit); a modifier word (`pk`, `unique`) followed by `:`
 * after an attribute's type starts the next attribute too (attribute-lookahead.ts).
 * The equality tests compare both parsers on examples, fixtures, random and damaged models.
 */
export class FastParser extends SyntaxTreeBuilder {
    private readonly e: TracewrightElements;
    private readonly t: TracewrightElements['tokens'];
    private readonly tokenBuilder: TokenBuilder;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.tokenBuilder = services.parser.TokenBuilder;
        this.e = tracewrightElements(services.Grammar, services.parser.Lexer.definition);
        this.t = this.e.tokens;
    }

    /** The parse result of valid text, or `undefined` where Langium's parser has to decide. */
    parse(text: string): ParseResult<Model> | undefined {
        if (!this.start(text)) return undefined;
        let model: Node;
        try {
            model = this.model();
        } catch (error) {
            this.release();
            // Giving up is the expected way out; anything else would be a bug here, and Langium's
            // parser still gives the right answer (the tests require the fast path for valid text).
            if (!(error instanceof NotOnTheFastPath)) console.error('Tracewright fast parser:', error);
            return undefined;
        }
        this.finish(model);
        // Langium's lexer reports what its token builder collected (nothing, for this grammar) in the same way.
        return { value: model as unknown as Model, lexerErrors: [], lexerReport: this.tokenBuilder.flushLexingReport?.(text), parserErrors: [] };
    }

    // ------------------------------------------------------------------ elements

    private model(): Node {
        const model: Node = this.node('Model');
        while (!this.atEnd()) this.addChild(model, 'elements', this.element());
        return this.close(model);
    }

    private element(): Node {
        const e = this.e.element, t = this.t;
        this.open(this.e.model.elements);
        let node: Node;
        switch (this.peek()) {
            case t.entity: node = this.entity(e.entity); break;
            case t.requirement: node = this.requirement(e.requirement); break;
            case t.relationship: node = this.relationship(e.relationship); break;
            case t.story: node = this.story(e.story); break;
            case t.enum: node = this.enumeration(e.enum); break;
            case t.goal: node = this.goal(e.goal); break;
            case t.stakeholder: node = this.stakeholder(e.stakeholder); break;
            default: return this.fail();
        }
        return this.closeForwarded(node);
    }

    private stakeholder(call: GrammarAST.RuleCall): Node {
        const e = this.e.stakeholder, t = this.t;
        this.open(call);
        const node: Node = this.node('Stakeholder');
        this.keyword(t.stakeholder, e.keyword);
        node.name = this.name(e.name);
        if (this.peek() === t.STRING) node.description = this.string(t.STRING, e.description);
        return this.close(node);
    }

    private goal(call: GrammarAST.RuleCall): Node {
        const e = this.e.goal, t = this.t;
        this.open(call);
        const node: Node = this.node('Goal');
        this.keyword(t.goal, e.keyword);
        node.name = this.name(e.name);
        node.title = this.string(t.STRING, e.title);
        if (this.peek() === t.open) {
            this.keyword(t.open, e.open);
            for (;;) {
                const next = this.peek();
                if (next === t.measure) {
                    this.keyword(t.measure, e.measure);
                    this.add(node, 'measures', this.string(t.STRING, e.measures));
                } else if (next === t.owner) {
                    this.keyword(t.owner, e.owner);
                    node.owner = this.reference(node, 'owner', this.name(e.ownerRef));
                } else if (next === t.parent) {
                    this.keyword(t.parent, e.parent);
                    node.parent = this.reference(node, 'parent', this.name(e.parentRef));
                } else break;
            }
            this.keyword(t.close, e.close);
        }
        return this.close(node);
    }

    private story(call: GrammarAST.RuleCall): Node {
        const e = this.e.story, t = this.t;
        this.open(call);
        const node: Node = this.node('Story');
        this.keyword(t.story, e.keyword);
        node.name = this.name(e.name);
        node.title = this.string(t.STRING, e.title);
        if (this.peek() === t.open) {
            this.keyword(t.open, e.open);
            for (;;) {
                const next = this.peek();
                if (next === t.as) {
                    this.keyword(t.as, e.as);
                    node.role = this.reference(node, 'role', this.name(e.role));
                } else if (next === t.want) {
                    this.keyword(t.want, e.want);
                    node.want = this.string(t.STRING, e.wantText);
                } else if (next === t.so) {
                    this.keyword(t.so, e.so);
                    node.benefit = this.string(t.STRING, e.benefit);
                } else if (next === t.realizes) {
                    this.keyword(t.realizes, e.realizes);
                    this.referenceList(node, 'realizes', e.realizesRefs);
                } else if (next === t.priority) {
                    this.keyword(t.priority, e.priority);
                    node.priority = this.keywordValue(e.priorityValue, this.e.priorities);
                } else if (next === t.release) {
                    this.keyword(t.release, e.release);
                    node.release = this.string(t.STRING, e.releaseText);
                } else if (next === t.effort) {
                    this.keyword(t.effort, e.effort);
                    node.effort = this.terminal(t.NUMBER, e.effortValue);
                } else if (next === t.acceptance) {
                    this.addChild(node, 'criteria', this.criterion(e.criteria));
                } else if (next === t.uses) {
                    this.keyword(t.uses, e.uses);
                    this.commaList(e.usesList, call => this.addChild(node, 'uses', this.entityUse(call)));
                } else break;
            }
            this.keyword(t.close, e.close);
        }
        return this.close(node);
    }

    private criterion(call: GrammarAST.RuleCall): Node {
        const e = this.e.criterion, t = this.t;
        this.open(call);
        const node: Node = this.node('AcceptanceCriterion');
        this.keyword(t.acceptance, e.keyword);
        node.title = this.string(t.STRING, e.title);
        if (this.peek() === t.open) {
            this.keyword(t.open, e.open);
            for (;;) {
                const next = this.peek();
                if (next === t.given) {
                    this.keyword(t.given, e.given);
                    node.given = this.string(t.STRING, e.givenText);
                } else if (next === t.when) {
                    this.keyword(t.when, e.when);
                    node.when = this.string(t.STRING, e.whenText);
                } else if (next === t.then) {
                    this.keyword(t.then, e.then);
                    node.then = this.string(t.STRING, e.thenText);
                } else break;
            }
            this.keyword(t.close, e.close);
        }
        return this.close(node);
    }

    private entityUse(call: GrammarAST.RuleCall): Node {
        const e = this.e.entityUse, t = this.t;
        this.open(call);
        const node: Node = this.node('EntityUse');
        node.entity = this.reference(node, 'entity', this.name(e.entity));
        if (this.peek() === t.openParen) {
            this.keyword(t.openParen, e.open);
            this.commaList(e.operations, call => this.add(node, 'operations', this.keywordValue(call, this.e.crudOperations)));
            this.keyword(t.closeParen, e.close);
        }
        return this.close(node);
    }

    private requirement(call: GrammarAST.RuleCall): Node {
        const e = this.e.requirement, t = this.t;
        this.open(call);
        const node: Node = this.node('Requirement');
        this.keyword(t.requirement, e.keyword);
        node.name = this.name(e.name);
        node.kind = this.keywordValue(e.kind, this.e.requirementKinds);
        node.statement = this.string(t.STRING, e.statement);
        if (this.peek() === t.open) {
            this.keyword(t.open, e.open);
            for (;;) {
                const next = this.peek();
                if (next === t.rationale) {
                    this.keyword(t.rationale, e.rationale);
                    node.rationale = this.string(t.STRING, e.rationaleText);
                } else if (next === t.fit) {
                    this.keyword(t.fit, e.fit);
                    node.fit = this.string(t.STRING, e.fitText);
                } else if (next === t.priority) {
                    this.keyword(t.priority, e.priority);
                    node.priority = this.keywordValue(e.priorityValue, this.e.priorities);
                } else if (next === t.status) {
                    this.keyword(t.status, e.status);
                    node.status = this.keywordValue(e.statusValue, this.e.statuses);
                } else if (next === t.source) {
                    this.keyword(t.source, e.source);
                    node.source = this.reference(node, 'source', this.name(e.sourceRef));
                } else if (next === t.release) {
                    this.keyword(t.release, e.release);
                    node.release = this.string(t.STRING, e.releaseText);
                } else if (next === t.effort) {
                    this.keyword(t.effort, e.effort);
                    node.effort = this.terminal(t.NUMBER, e.effortValue);
                } else if (next === t.realizes) {
                    this.keyword(t.realizes, e.realizes);
                    this.referenceList(node, 'realizes', e.realizesRefs);
                } else if (next === t.satisfies) {
                    this.keyword(t.satisfies, e.satisfies);
                    this.referenceList(node, 'satisfies', e.satisfiesRefs);
                } else if (next === t.refines) {
                    this.keyword(t.refines, e.refines);
                    this.referenceList(node, 'refines', e.refinesRefs);
                } else if (next === t.conflicts) {
                    this.keyword(t.conflicts, e.conflicts);
                    this.referenceList(node, 'conflicts', e.conflictsRefs);
                } else if (next === t.depends) {
                    this.keyword(t.depends, e.depends);
                    this.referenceList(node, 'dependsOn', e.dependsRefs);
                } else if (next === t.traces) {
                    this.keyword(t.traces, e.traces);
                    this.commaList(e.tracesList, call => this.addChild(node, 'traces', this.traceRef(call)));
                } else break;
            }
            this.keyword(t.close, e.close);
        }
        return this.close(node);
    }

    private traceRef(call: GrammarAST.RuleCall): Node {
        const e = this.e.traceRef, t = this.t;
        this.open(call);
        const node: Node = this.node('TraceRef');
        node.element = this.reference(node, 'element', this.name(e.element));
        if (this.peek() === t.dot) {
            this.keyword(t.dot, e.dot);
            node.attribute = this.reference(node, 'attribute', this.name(e.attribute));
        }
        return this.close(node);
    }

    // ------------------------------------------------------------------ data model

    private enumeration(call: GrammarAST.RuleCall): Node {
        const e = this.e.enum, t = this.t;
        this.open(call);
        const node: Node = this.node('Enum');
        this.keyword(t.enum, e.keyword);
        node.name = this.name(e.name);
        if (this.peek() === t.STRING) node.description = this.string(t.STRING, e.description);
        this.keyword(t.open, e.open);
        while (this.peek() !== t.close) {
            this.addChild(node, 'literals', this.literal(e.literals));
            if (this.peek() === t.comma) this.keyword(t.comma, e.comma);
        }
        this.keyword(t.close, e.close);
        return this.close(node);
    }

    private literal(call: GrammarAST.RuleCall): Node {
        const e = this.e.literal, t = this.t;
        this.open(call);
        const node: Node = this.node('EnumLiteral');
        node.name = this.name(e.name);
        if (this.peek() === t.STRING) node.description = this.string(t.STRING, e.description);
        return this.close(node);
    }

    private entity(call: GrammarAST.RuleCall): Node {
        const e = this.e.entity, t = this.t;
        this.open(call);
        const node: Node = this.node('Entity');
        this.keyword(t.entity, e.keyword);
        node.name = this.name(e.name);
        if (this.peek() === t.STRING) node.description = this.string(t.STRING, e.description);
        this.keyword(t.open, e.open);
        for (;;) {
            const next = this.peek();
            if (next === t.close) break;
            // `constraint unique (…)` and `depends a -> b`, unless the word names an attribute (`depends: text`).
            const startsAttribute = this.peekSecond() === t.colon;
            if (next === t.constraint && !startsAttribute) this.addChild(node, 'uniques', this.uniqueConstraint(e.uniques));
            else if (next === t.depends && !startsAttribute) this.addChild(node, 'dependencies', this.dependency(e.dependencies));
            else this.addChild(node, 'attributes', this.attribute(e.attributes));
        }
        this.keyword(t.close, e.close);
        return this.close(node);
    }

    private attribute(call: GrammarAST.RuleCall): Node {
        const e = this.e.attribute, t = this.t;
        this.open(call);
        const node: Node = this.node('Attribute');
        node.name = this.name(e.name);
        this.keyword(t.colon, e.colon);
        this.setChild(node, 'type', this.typeRef(e.type));
        for (;;) {
            const next = this.peek();
            // A modifier word followed by `:` starts the next attribute (`default: text`, `pk: int`), as
            // in Langium's parser (attribute-lookahead.ts).
            if (next !== t.default && (next === undefined || !this.e.flags.get(next))) break;
            if (this.peekSecond() === t.colon) break;
            this.addChild(node, 'modifiers', this.modifier(e.modifiers));
        }
        if (this.peek() === t.STRING) node.description = this.string(t.STRING, e.description);
        return this.close(node);
    }

    private typeRef(call: GrammarAST.RuleCall): Node {
        const e = this.e.typeRef, t = this.t;
        this.open(call);
        const node: Node = this.node('TypeRef');
        const next = this.peek();
        if (next !== undefined && this.e.primitiveTypes.get(next)) {
            node.primitive = this.keywordValue(e.primitive, this.e.primitiveTypes);
            if (this.peek() === t.openParen) {
                this.keyword(t.openParen, e.open);
                this.commaList(e.args, number => this.add(node, 'args', this.terminal(t.NUMBER, number)));
                this.keyword(t.closeParen, e.close);
            }
        } else {
            node.enum = this.reference(node, 'enum', this.name(e.enum));
        }
        return this.close(node);
    }

    private modifier(call: GrammarAST.RuleCall): Node {
        this.open(call);
        const node = this.peek() === this.t.default ? this.defaultModifier(this.e.modifier.default) : this.flagModifier(this.e.modifier.flag);
        return this.closeForwarded(node);
    }

    private flagModifier(call: GrammarAST.RuleCall): Node {
        this.open(call);
        const node: Node = this.node('FlagModifier');
        const token = this.takeAny();
        node.flag = this.assignedKeyword(token, this.e.flags.get(this.tokenType(token))!);
        return this.close(node);
    }

    private defaultModifier(call: GrammarAST.RuleCall): Node {
        const e = this.e.defaultModifier, t = this.t;
        this.open(call);
        const node: Node = this.node('DefaultModifier');
        this.keyword(t.default, e.keyword);
        const next = this.peek();
        const keyword = next === undefined ? undefined : e.keywords.get(next);
        if (keyword) {
            node.keyword = this.assignedKeyword(this.takeAny(), keyword);
        } else if (next === t.STRING) {
            node.string = this.string(t.STRING, e.string);
        } else if (next === t.NUMBER) {
            node.number = this.terminal(t.NUMBER, e.number);
        } else {
            node.literal = this.name(e.literal);
        }
        return this.close(node);
    }

    private uniqueConstraint(call: GrammarAST.RuleCall): Node {
        const e = this.e.unique, t = this.t;
        this.open(call);
        const node: Node = this.node('UniqueConstraint');
        this.keyword(t.constraint, e.constraint);
        this.keyword(t.unique, e.unique);
        this.keyword(t.openParen, e.open);
        this.referenceList(node, 'attributes', e.attributes);
        this.keyword(t.closeParen, e.close);
        return this.close(node);
    }

    private dependency(call: GrammarAST.RuleCall): Node {
        const e = this.e.dependency, t = this.t;
        this.open(call);
        const node: Node = this.node('FunctionalDependency');
        this.keyword(t.depends, e.keyword);
        this.referenceList(node, 'determinants', e.determinants);
        this.keyword(t.arrow, e.arrow);
        this.referenceList(node, 'dependents', e.dependents);
        return this.close(node);
    }

    private relationship(call: GrammarAST.RuleCall): Node {
        const e = this.e.relationship, t = this.t;
        this.open(call);
        const node: Node = this.node('Relationship');
        this.keyword(t.relationship, e.keyword);
        node.name = this.name(e.name);
        this.keyword(t.colon, e.colon);
        this.setChild(node, 'source', this.relationshipEnd(e.source));
        this.setChild(node, 'sourceCardinality', this.cardinality(e.sourceCardinality));
        this.keyword(t.dashDash, e.dashDash);
        this.setChild(node, 'targetCardinality', this.cardinality(e.targetCardinality));
        this.setChild(node, 'target', this.relationshipEnd(e.target));
        if (this.peek() === t.STRING) node.verb = this.string(t.STRING, e.verb);
        if (this.peek() === t.open) {
            this.keyword(t.open, e.open);
            while (this.peek() !== t.close) this.addChild(node, 'attributes', this.attribute(e.attributes));
            this.keyword(t.close, e.close);
        }
        return this.close(node);
    }

    private relationshipEnd(call: GrammarAST.RuleCall): Node {
        const e = this.e.end, t = this.t;
        this.open(call);
        const node: Node = this.node('RelationshipEnd');
        node.entity = this.reference(node, 'entity', this.name(e.entity));
        if (this.peek() === t.as) {
            this.keyword(t.as, e.as);
            node.role = this.name(e.role);
        }
        return this.close(node);
    }

    private cardinality(call: GrammarAST.RuleCall): Node {
        const e = this.e.cardinality, t = this.t;
        this.open(call);
        const node: Node = this.node('Cardinality');
        if (this.peek() === t.star) {
            this.keyword(t.star, e.many);
            node.many = true;
        } else {
            node.lower = this.terminal(t.NUMBER, e.lower);
            if (this.peek() === t.dotDot) {
                this.keyword(t.dotDot, e.dotDot);
                if (this.peek() === t.star) {
                    this.keyword(t.star, e.upperMany);
                    node.upperMany = true;
                } else {
                    node.upper = this.terminal(t.NUMBER, e.upper);
                }
            }
        }
        return this.close(node);
    }

    // ------------------------------------------------------------------ names and keyword values

    /** `x+=[T:Name] (',' x+=[T:Name])*` */
    private referenceList(node: Node, property: string, list: { first: GrammarAST.CrossReference, comma: GrammarAST.Keyword, next: GrammarAST.CrossReference }): void {
        this.commaList(list, element => this.add(node, property, this.reference(node, property, this.name(element))));
    }

    /** `a (',' a)*`: `item` reads the list's first element, then each one after a comma. */
    private commaList<E>(list: { first: E, comma: GrammarAST.Keyword, next: E }, item: (element: E) => void): void {
        item(list.first);
        while (this.peek() === this.t.comma) {
            this.keyword(this.t.comma, list.comma);
            item(list.next);
        }
    }

    /**
     * `Name returns string: ID | KeywordAsName`, called for `name=Name` or a cross-reference: an ID,
     * or a keyword through KeywordAsName and, for the keywords of RequirementKind, Priority, Status and
     * PrimitiveType, through that rule too: one composite node per data type rule, as Langium builds them.
     */
    private name(feature: GrammarAST.RuleCall | GrammarAST.CrossReference): string {
        this.open(feature);
        const token = this.takeAny();
        const type = this.tokenType(token);
        let value: string;
        if (type === this.t.ID) {
            value = this.dataTypeText(token, this.e.name.id);
        } else {
            const entry = this.e.keywordNames.get(type);
            if (!entry) return this.fail();
            this.open(this.e.name.keywordAsName);
            let inner: string;
            if (entry.call) {
                this.open(entry.call);
                inner = (this.closeDataTypeOf(this.dataTypeText(token, entry.keyword)) as object).toString();
            } else {
                inner = this.dataTypeText(token, entry.keyword);
            }
            value = (this.closeDataTypeOf(inner) as object).toString();
        }
        return this.closeDataTypeOf(value) as string;
    }

    /** A data type rule of keywords (`priority=Priority`): one composite node and the keyword's leaf. */
    private keywordValue(call: GrammarAST.RuleCall, keywords: TokenTable<GrammarAST.Keyword>): unknown {
        this.open(call);
        const token = this.takeAny();
        const keyword = keywords.get(this.tokenType(token));
        if (!keyword) return this.fail();
        return this.closeDataTypeOf(this.dataTypeText(token, keyword));
    }

    /** Langium's data type value starts as '' and each consumed token or called rule appends to it. */
    private closeDataTypeOf(text: string): unknown {
        return this.closeDataType('' + text);
    }
}
