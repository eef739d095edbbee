import { AstUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findNodeForProperty } from '../util/property-cst.js';
import { readStatement, tokenSpan, type StatementText, type TextSpan } from '../../quality/statement-text.js';

/** The value of a STRING property together with a way to turn spans of that value into source ranges. */
export interface LocatedText extends StatementText {
    rangeOf(span: TextSpan): Range;
}

/**
 * Reads a STRING property of a node (e.g. a requirement's `statement`) so findings inside it can be
 * underlined exactly: the token's offset plus the position of the words inside the token, which
 * accounts for the opening quote and any escapes before them.
 */
export function locateText(node: AstNode, property: string): LocatedText | undefined {
    const cst = findNodeForProperty(node.$cstNode, property);
    if (!cst) return undefined;
    const token = cst.text;
    const document = AstUtils.getDocument(node).textDocument;
    const quoted = token.length >= 2 && token.startsWith('"') && token.endsWith('"');
    if (!token.includes('\\')) {
        // No escapes (the usual case): character i of the value is character i + 1 of the token, no table needed.
        return new PlainTokenText(quoted ? token.slice(1, -1) : token, quoted ? 1 : 0, cst.offset, document);
    }
    const statement = readStatement(token);
    return new TokenText(statement.text, statement.offsets, cst.offset, document);
}

/**
 * The LocatedText of a token without escapes: its offsets are the value's positions shifted past the
 * opening quote, worked out when read (most statements have no finding, so no range is ever asked for).
 */
class PlainTokenText implements LocatedText {
    constructor(readonly text: string, private readonly shift: number, private readonly tokenOffset: number, private readonly document: TextDocument) {}

    get offsets(): number[] {
        return Array.from({ length: this.text.length + 1 }, (_, i) => i + this.shift);
    }

    rangeOf(span: TextSpan): Range {
        const start = this.tokenOffset + this.shift + span.start;
        const end = this.tokenOffset + this.shift + span.end;
        return { start: this.document.positionAt(start), end: this.document.positionAt(end) };
    }
}

/** A LocatedText as an object with a method: no copy of the statement and no closure per requirement. */
class TokenText implements LocatedText {
    constructor(readonly text: string, readonly offsets: number[], private readonly tokenOffset: number, private readonly document: TextDocument) {}

    rangeOf(span: TextSpan): Range {
        const inToken = tokenSpan(this, span);
        return { start: this.document.positionAt(this.tokenOffset + inToken.start), end: this.document.positionAt(this.tokenOffset + inToken.end) };
    }
}
