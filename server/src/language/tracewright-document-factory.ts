import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Parsing never throws. Chevrotain's error recovery recurses once per unclosed construct, so a file
 * with thousands of open blocks (`entity E { entity F { entity G { …`) overflows the stack; without
 * this the document would have no model and no diagnostics, and every request on it would fail.
 * Such a file gets an empty model and one error at its start that says what to do.
 */
export class TracewrightDocumentFactory extends DefaultLangiumDocumentFactory {

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(uri, text, options);
        } catch (error) {
            return this.unparseable<T>(uri, text, error);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (error) {
            return this.unparseable<T>(uri, text, error);
        }
    }

    private unparseable<T extends AstNode>(uri: URI, text: string, error: unknown): ParseResult<T> {
        if (!(error instanceof RangeError)) throw error;
        // The aborted run leaves its half-built nodes on the parser's stack, and the next parse (of any
        // document) would pick them up: empty the stack before parsing again.
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[] };
        if (Array.isArray(parser.stack)) parser.stack.length = 0;
        const empty = super.parse<T>(uri, '');
        const message = 'This file nests too deeply to be read (thousands of blocks are left open). Close the braces that are left open, or split the file.';
        return { value: empty.value, parserErrors: [], lexerErrors: [{ offset: 0, length: Math.min(text.length, 1), line: 1, column: 1, message }] };
    }
}
