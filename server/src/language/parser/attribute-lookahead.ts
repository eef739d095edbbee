import type { ILookaheadStrategy, ILookaheadValidationError, OptionalProductionType, Rule, TokenType } from 'chevrotain';
import type { AbstractLangiumParser } from 'langium';

/**
 * Langium's LL(*) lookahead with one decision made right: after an attribute's type, a modifier
 * word followed by `:` starts the next attribute (`unique: bool`, `pk: int`) rather than being read
 * as a modifier of this one. The modifiers loop ends its rule, and the ALL(*) prediction drops the
 * way out of a rule as soon as the other way also reaches the rule's end (a flag is one token): it
 * never sees the `:`. Every other decision is the wrapped strategy's, so the completion parser keeps
 * its own (it predicts on incomplete text).
 */
class AttributeAwareLookahead implements ILookaheadStrategy {
    constructor(private readonly inner: ILookaheadStrategy, private readonly colon: TokenType) {}

    validate(options: Parameters<ILookaheadStrategy['validate']>[0]): ILookaheadValidationError[] {
        return this.inner.validate(options);
    }

    initialize(options: { rules: Rule[] }): void {
        this.inner.initialize?.(options);
    }

    buildLookaheadForAlternation(options: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0]): ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']> {
        return this.inner.buildLookaheadForAlternation(options);
    }

    buildLookaheadForOptional(options: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number; dynamicTokensEnabled: boolean }): (this: LookingAhead) => boolean {
        const decide = this.inner.buildLookaheadForOptional(options) as (this: LookingAhead) => boolean;
        // Langium names Chevrotain's rules with a zero-width space after the grammar's name.
        if (options.prodType !== 'Repetition' || options.rule.name.replace(/\u200B/g, '') !== 'Attribute') return decide;
        // The Attribute rule's one repetition is its modifiers.
        const colon = this.colon;
        return function (this: LookingAhead) {
            return this.LA(2).tokenType !== colon && decide.call(this);
        };
    }
}

/** What a lookahead function is called on: the Chevrotain parser, which reads the tokens ahead. */
interface LookingAhead {
    LA(howMuch: number): { tokenType: TokenType };
}

/**
 * Puts the attribute-aware lookahead in front of a Langium parser's own, before its rules are
 * defined (Chevrotain builds the lookahead functions when the rules are analysed).
 */
export function withAttributeAwareLookahead(parser: AbstractLangiumParser, tokens: Record<string, TokenType>): void {
    // `wrapper` is the Chevrotain parser behind Langium's; Chevrotain keeps the strategy it was given.
    const chevrotain = (parser as unknown as { wrapper: { lookaheadStrategy: ILookaheadStrategy } }).wrapper;
    const colon = tokens[':'];
    if (!colon) throw new Error("The grammar has no ':' token.");
    chevrotain.lookaheadStrategy = new AttributeAwareLookahead(chevrotain.lookaheadStrategy, colon);
}
