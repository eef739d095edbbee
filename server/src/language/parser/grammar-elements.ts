import { AstUtils, GrammarAST, type AstNode, type Grammar, type LexerResult } from 'langium';

/** Chevrotain's token and token type, named through Langium so the server needs no Chevrotain import. */
export type Token = LexerResult['tokens'][number];
export type TokenType = Token['tokenType'];

/**
 * Finds grammar elements in the grammar Langium loaded, so that every CST node the fast parser
 * builds points at the very object Langium's parser would have used as its `grammarSource`.
 * Each lookup throws when the grammar no longer has the element: after a grammar change the fast
 * path is then off (see TracewrightParser) and the tests fail, instead of trees that differ from Langium's.
 */
export class GrammarElements {
    constructor(private readonly grammar: Grammar) {}

    rule(name: string): GrammarAST.ParserRule {
        const rule = this.grammar.rules.find(r => r.name === name);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${name}.`);
        return rule;
    }

    /** The terminal of the `occurrence`-th assignment to `feature` in `rule`, in source order. */
    assigned(rule: GrammarAST.ParserRule, feature: string, occurrence = 0): GrammarAST.AbstractElement {
        return this.assignment(rule, feature, occurrence).terminal;
    }

    /** The group around the `occurrence`-th assignment to `feature`: where a list's `,` lives. */
    groupOf(rule: GrammarAST.ParserRule, feature: string, occurrence: number): GrammarAST.AbstractElement {
        return this.assignment(rule, feature, occurrence).$container as GrammarAST.AbstractElement;
    }

    assignedRuleCall(rule: GrammarAST.ParserRule, feature: string, occurrence = 0): GrammarAST.RuleCall {
        const terminal = this.assigned(rule, feature, occurrence);
        if (!GrammarAST.isRuleCall(terminal)) throw new Error(`${rule.name}.${feature} is not a rule call.`);
        return terminal;
    }

    assignedReference(rule: GrammarAST.ParserRule, feature: string, occurrence = 0): GrammarAST.CrossReference {
        const terminal = this.assigned(rule, feature, occurrence);
        if (!GrammarAST.isCrossReference(terminal)) throw new Error(`${rule.name}.${feature} is not a cross-reference.`);
        return terminal;
    }

    assignedKeyword(rule: GrammarAST.ParserRule, feature: string): GrammarAST.Keyword {
        const terminal = this.assigned(rule, feature);
        if (!GrammarAST.isKeyword(terminal)) throw new Error(`${rule.name}.${feature} is not a keyword.`);
        return terminal;
    }

    /** The `occurrence`-th keyword `value` inside `scope` (a rule or an element), in source order. */
    keyword(scope: AstNode, value: string, occurrence = 0): GrammarAST.Keyword {
        const found = this.all(scope).filter((e): e is GrammarAST.Keyword => GrammarAST.isKeyword(e) && e.value === value)[occurrence];
        if (!found) throw new Error(`No keyword '${value}' (#${occurrence}) in ${describe(scope)}.`);
        return found;
    }

    /** The call of rule `callee` among the alternatives of `rule` (`Element: Stakeholder | Goal | …`). */
    ruleCall(rule: GrammarAST.ParserRule, callee: string): GrammarAST.RuleCall {
        const found = this.all(rule).find((e): e is GrammarAST.RuleCall => GrammarAST.isRuleCall(e) && e.rule.ref?.name === callee);
        if (!found) throw new Error(`${rule.name} does not call ${callee}.`);
        return found;
    }

    /** The keywords directly listed in `element` (an alternatives of keywords, or a data type rule's body). */
    keywordsOf(element: GrammarAST.AbstractElement): GrammarAST.Keyword[] {
        if (!GrammarAST.isAlternatives(element)) throw new Error(`Expected alternatives, found ${element.$type}.`);
        return element.elements.filter(GrammarAST.isKeyword);
    }

    private assignment(rule: GrammarAST.ParserRule, feature: string, occurrence: number): GrammarAST.Assignment {
        const found = this.all(rule).filter((e): e is GrammarAST.Assignment => GrammarAST.isAssignment(e) && e.feature === feature)[occurrence];
        if (!found) throw new Error(`No assignment to ${rule.name}.${feature} (#${occurrence}).`);
        return found;
    }

    private all(scope: AstNode): AstNode[] {
        return [scope, ...AstUtils.streamAllContents(scope)];
    }
}

function describe(scope: AstNode): string {
    return GrammarAST.isParserRule(scope) ? scope.name : scope.$type;
}

/**
 * A table from token type to a value, indexed by Chevrotain's `tokenTypeIdx`: the parser asks it
 * once per token, and an array index is cheaper than a Map lookup.
 */
export class TokenTable<T> {
    private readonly entries: Array<T | undefined> = [];

    set(tokenType: TokenType, value: T): void {
        this.entries[tokenType.tokenTypeIdx!] = value;
    }

    get(tokenType: TokenType): T | undefined {
        return this.entries[tokenType.tokenTypeIdx!];
    }
}
