import { createParser, LangiumCompletionParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { Model } from '../../generated/ast.js';
import { withAttributeAwareLookahead } from './attribute-lookahead.js';
import { FastParser } from './fast-parser.js';

/**
 * Langium's parser with a fast path in front: valid text is read by FastParser, which builds the
 * same result in less than half the time; text it does not accept (a lexer or syntax error, or a
 * choice it leaves to Langium) goes to Langium's own parser, so diagnostics, error recovery and
 * partial trees are unchanged. The counters let tests and benchmarks see which path ran.
 */
export class TracewrightParser extends LangiumParser {
    private readonly fast: FastParser | undefined;
    private langiumReady = false;
    /** How many parses the fast path answered, and how many went to Langium's parser. */
    readonly counts = { fast: 0, fallback: 0 };

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
        this.fast = fastParser(services);
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        if (this.fast && options?.rule === undefined) {
            const result = this.fast.parse(input);
            if (result) {
                this.counts.fast++;
                return result as unknown as ParseResult<T>;
            }
        }
        this.counts.fallback++;
        this.prepareLangium();
        return super.parse<T>(input, options);
    }

    /**
     * The fast parser's result for valid text, without falling back to Langium's parser: undefined
     * for anything it leaves to Langium. For reading one element of a file again (element-splice.ts),
     * where text it does not accept is read again as a whole file instead.
     */
    parseValid(input: string): ParseResult<Model> | undefined {
        return this.fast?.parse(input);
    }

    override get definitionErrors(): LangiumParser['definitionErrors'] {
        this.prepareLangium();
        return super.definitionErrors;
    }

    /**
     * Defines Langium's parser rules and runs Chevrotain's grammar analysis (about 60 ms) the first
     * time a text needs Langium's parser, not at start-up: a workspace of valid files never does.
     */
    prepareLangium(): void {
        if (this.langiumReady) return;
        this.langiumReady = true;
        defineRules(this, this.services);
    }
}

/**
 * The fast parser, or none when the grammar no longer has an element it reads (tracewright.langium
 * changed without fast-parser.ts): the language keeps working on Langium's parser alone, and the
 * equality tests, which require the fast path for valid text, fail until the two agree again.
 */
function fastParser(services: LangiumCoreServices): FastParser | undefined {
    try {
        return new FastParser(services);
    } catch (error) {
        console.error('Tracewright fast parser is off:', error);
        return undefined;
    }
}

/** What Langium's `createLangiumParser` does, with the fast path in front and Langium's rules built on first use. */
export function createTracewrightParser(services: LangiumCoreServices): TracewrightParser {
    return new TracewrightParser(services);
}

/** What Langium's `createCompletionParser` does, with the same lookahead as the parser's. */
export function createTracewrightCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = new LangiumCompletionParser(services);
    defineRules(parser, services);
    return parser;
}

/** The grammar's rules on a Langium parser, with the attribute-aware lookahead, which has to be in place first. */
function defineRules(parser: LangiumParser | LangiumCompletionParser, services: LangiumCoreServices): void {
    withAttributeAwareLookahead(parser, services.parser.Lexer.definition);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
}
