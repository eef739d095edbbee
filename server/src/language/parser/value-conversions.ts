import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueConverter as LanguageValueConverter } from 'langium';

type Conversion = (input: string) => unknown;
const unchanged: Conversion = input => input;

/**
 * The language's ValueConverter, with the conversions of Langium's DefaultValueConverter looked up
 * once per grammar element. That converter decides on every call, from the element's rule, which
 * conversion applies (`runConverter`: by the rule's name for INT, STRING and ID, else by the rule's
 * return type, which it computes by walking the rule), and that lookup cost more than the rest of
 * building a name's nodes. The decision below is the same, taken once. With any other converter
 * every value goes through its `convert`.
 */
export class ValueConversions {
    private readonly byElement = new Map<GrammarAST.AbstractElement, Conversion>();
    private readonly isDefault: boolean;

    constructor(private readonly converter: LanguageValueConverter) {
        this.isDefault = Object.getPrototypeOf(converter) === DefaultValueConverter.prototype;
    }

    /** Whether the language uses Langium's DefaultValueConverter as it is. */
    get default(): boolean {
        return this.isDefault;
    }

    convert(input: string, cstNode: CstNode): unknown {
        if (!this.isDefault) return this.converter.convert(input, cstNode);
        const element = cstNode.grammarSource!;
        let conversion = this.byElement.get(element);
        if (conversion === undefined) {
            conversion = defaultConversion(element);
            this.byElement.set(element, conversion);
        }
        return conversion(input);
    }
}

/** What DefaultValueConverter.convert does for values of `element` (langium/lib/parser/value-converter.js). */
function defaultConversion(element: GrammarAST.AbstractElement): Conversion {
    const feature = GrammarAST.isCrossReference(element) ? GrammarUtils.getCrossReferenceTerminal(element) : element;
    if (!GrammarAST.isRuleCall(feature)) return unchanged;
    const rule = feature.rule.ref;
    if (!rule) throw new Error('This cst node was not parsed by a rule.');
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return ValueConverter.convertString;
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return unchanged;
    }
}
