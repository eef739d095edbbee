import { EmptyFileSystem, LangiumParser, type ParseResult } from 'langium';
import { createTracewrightServices } from '../../../server/src/language/tracewright-module.js';
import { TracewrightParser } from '../../../server/src/language/parser/tracewright-parser.js';
import { firstDifference } from './compare-parse-results.js';

/** The language's parser (fast path first) and Langium's own parse on the same parser instance. */
export function parsers() {
    const services = createTracewrightServices(EmptyFileSystem).Tracewright;
    const parser = services.parser.LangiumParser;
    if (!(parser instanceof TracewrightParser)) throw new Error('The language does not use TracewrightParser.');
    return {
        services,
        parser,
        /** Parses as the language does; says which path answered. */
        parse(text: string): { result: ParseResult, fast: boolean } {
            const before = parser.counts.fast;
            const result = parser.parse(text);
            return { result, fast: parser.counts.fast > before };
        },
        /** Langium's parser alone, as it was before the fast path. */
        langium(text: string): ParseResult {
            parser.prepareLangium();
            return LangiumParser.prototype.parse.call(parser, text);
        }
    };
}

export type Parsers = ReturnType<typeof parsers>;

/** What the parsers did with one text: both results compared, and the path the language's parser took. */
export function compareOn(p: Parsers, text: string): { fast: boolean, valid: boolean, difference: string | undefined } {
    const expected = p.langium(text);
    const { result, fast } = p.parse(text);
    const valid = expected.lexerErrors.length === 0 && expected.parserErrors.length === 0;
    return { fast, valid, difference: firstDifference(result, expected) };
}
