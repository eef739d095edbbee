import { AstUtils, GrammarAST, type Grammar } from 'langium';
import type { Token, TokenType } from './grammar-elements.js';

/**
 * Syntax errors in the user's words. Chevrotain's defaults name token types (`Expecting token of type
 * 'STRING' but found `The`.`) and, where a name may be any of seventy keywords, list every one of them
 * ("one of these possible Token sequences: 1. [ID] 2. [stakeholder] ..."). These say what was expected
 * (a name, a text in double quotes, a number, a keyword), what was found, and for the usual slips how
 * to write it. The parser still decides where the error is; only the wording is ours.
 */
export class SyntaxErrorMessages {
    /** Keywords the grammar also accepts as names: where a name is expected, they are not listed. */
    private readonly keywordsAsNames: ReadonlySet<string>;
    /** The keyword each top-level element starts with, in the grammar's order. */
    private readonly elementKeywords: readonly string[];

    constructor(grammar: Grammar) {
        this.keywordsAsNames = new Set(keywordsOf(ruleNamed(grammar, 'KeywordAsName')));
        this.elementKeywords = alternativesOf(ruleNamed(grammar, 'Element'))
            .map(alternative => GrammarAST.isRuleCall(alternative) ? firstKeyword(alternative.rule.ref) : undefined)
            .filter((keyword): keyword is string => keyword !== undefined);
    }

    buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenType; actual: Token; ruleName: string }): string {
        if (expected.name === 'EOF') return this.notAnElement(actual);
        // Langium names Chevrotain's rules with a zero-width space after the grammar's name.
        return `Expected ${this.describe([expected])}, but found ${found(actual)}.${hint(expected.name, actual, ruleName.replace(/\u200B/g, ''))}`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: Token }): string {
        return this.notAnElement(firstRedundant);
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: Token[] }): string {
        return `Expected ${this.describe(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])))}, but found ${found(actual[0])}.`;
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: Token[] }): string {
        return `Expected ${this.describe(expectedIterationPaths.map(path => path[0]))}, but found ${found(actual[0])}.`;
    }

    /** The lexer found a character no token starts with. */
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') return 'This \'"\' opens a text that is never closed. Add the closing \'"\': texts are written "like this".';
        if (fullText.startsWith('/*', startOffset)) return 'This \'/*\' opens a comment that is never closed. Close it with \'*/\', or start each comment line with \'//\'.';
        return `${shown(character)} cannot appear here. Names use letters, digits and '_'; put any other characters inside a text in double quotes.`;
    }

    buildUnableToPopLexerModeMessage(token: Token): string {
        return `Unexpected ${found(token)}.`;
    }

    private notAnElement(token: Token): string {
        return `Expected a new element, but found ${found(token)}. Each element starts with its keyword: ${list(this.elementKeywords.map(k => `'${k}'`), 'or')}.`;
    }

    /** What any of these token types would have been, as the user writes it: `a name, ':' or '}'`. */
    private describe(types: ReadonlyArray<TokenType | undefined>): string {
        const names = new Set(types.filter((t): t is TokenType => t !== undefined).map(t => t.name));
        const nameExpected = names.has('ID');
        const words: string[] = [];
        for (const name of names) {
            if (nameExpected && this.keywordsAsNames.has(name)) continue;
            const word = terminalWords[name] ?? `'${name}'`;
            if (!words.includes(word)) words.push(word);
        }
        return list(words, 'or');
    }
}

const terminalWords: Record<string, string> = {
    ID: 'a name',
    STRING: 'a text in double quotes ("...")',
    NUMBER: 'a number',
    EOF: 'the end of the file'
};

/** A character as a message shows it: quoted, or by its code when it has no visible form (a control character). */
function shown(character: string): string {
    return /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u.test(character) ? `The character U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `'${character}'`;
}

/** How the user's token reads in a message: its text, shortened, or the end of the file. */
function found(token: Token | undefined): string {
    if (!token || token.tokenType.name === 'EOF') return 'the end of the file';
    const image = token.image.length > 40 ? `${token.image.slice(0, 37)}...` : token.image;
    return `'${image.replace(/\s+/g, ' ')}'`;
}

/** How to write what is missing, for the slips people make most. */
function hint(expected: string, actual: Token, ruleName: string): string {
    // Text pasted from a word processor: its curly quotes are letters of a name to the lexer.
    if (expected === 'STRING' && /[\u201C\u201D\u201E\u2018\u2019]/.test(actual.image)) return ' Texts take straight double quotes ("), not curly ones (“ ”): retype the quotes.';
    if (expected === ':' && ruleName === 'Attribute') return ' An attribute is written `name: type`, e.g. `id: int pk`.';
    if (expected === '}' && actual.tokenType.name === 'EOF') return ' Close the block that is still open with \'}\'.';
    if (expected === 'STRING' && ruleName === 'Requirement') return ' A requirement\'s statement follows its kind, in double quotes: `requirement R1 functional "The system shall ..."`.';
    if (expected === 'STRING' && actual.tokenType.name === 'ID') return ` Put the text in double quotes: "${actual.image} ...".`;
    return '';
}

/** `a`, `a or b`, `a, b or c`. */
function list(items: readonly string[], conjunction: string): string {
    if (items.length <= 1) return items[0] ?? 'something else';
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function ruleNamed(grammar: Grammar, name: string): GrammarAST.ParserRule {
    const rule = grammar.rules.find(r => r.name === name);
    if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${name}.`);
    return rule;
}

/** Every keyword a rule can match, through the data type rules it calls (`Priority`, `Status`...). */
function keywordsOf(rule: GrammarAST.AbstractRule | undefined, seen = new Set<GrammarAST.AbstractRule>()): string[] {
    if (!rule || !GrammarAST.isParserRule(rule) || seen.has(rule)) return [];
    seen.add(rule);
    return AstUtils.streamAllContents(rule.definition).toArray().flatMap(element =>
        GrammarAST.isKeyword(element) ? [element.value] : GrammarAST.isRuleCall(element) ? keywordsOf(element.rule.ref, seen) : []);
}

function alternativesOf(rule: GrammarAST.ParserRule): GrammarAST.AbstractElement[] {
    return GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
}

function firstKeyword(rule: GrammarAST.AbstractRule | undefined): string | undefined {
    if (!rule || !GrammarAST.isParserRule(rule)) return undefined;
    const keyword = AstUtils.streamAllContents(rule.definition).find(GrammarAST.isKeyword);
    return keyword?.value;
}
