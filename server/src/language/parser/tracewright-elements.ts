import type { Grammar, GrammarAST, Lexer } from 'langium';
import { GrammarElements, TokenTable, type TokenType } from './grammar-elements.js';

type Keyword = GrammarAST.Keyword;
type RuleCall = GrammarAST.RuleCall;
type CrossReference = GrammarAST.CrossReference;
type Element = GrammarAST.AbstractElement;

/** How a keyword is read as a `Name`: directly in KeywordAsName, or through a data type rule it calls. */
export interface KeywordName {
    /** The call of RequirementKind, Priority, Status or PrimitiveType in KeywordAsName, when the keyword is theirs. */
    call?: RuleCall;
    keyword: Keyword;
}

/** Every grammar element of tracewright.langium the fast parser consumes or calls, taken from the loaded grammar. */
export function tracewrightElements(grammar: Grammar, tokens: Lexer['definition']) {
    const g = new GrammarElements(grammar);
    const token = (name: string): TokenType => {
        const type = tokens[name];
        if (!type) throw new Error(`The lexer has no token ${name}.`);
        return type;
    };
    /** A data type rule of keywords (`Priority returns string: 'must' | …`) as a table from token to keyword. */
    const keywordTable = (keywords: Keyword[]): TokenTable<Keyword> => {
        const table = new TokenTable<Keyword>();
        for (const keyword of keywords) table.set(token(keyword.value), keyword);
        return table;
    };
    /** A list `x+=X (',' x+=X)*`: the two elements assigned and the comma between them. */
    const list = (rule: GrammarAST.ParserRule, feature: string) => ({
        first: g.assigned(rule, feature, 0),
        comma: g.keyword(g.groupOf(rule, feature, 1), ','),
        next: g.assigned(rule, feature, 1)
    });
    const referenceList = (rule: GrammarAST.ParserRule, feature: string) => {
        const { first, comma, next } = list(rule, feature);
        return { first: first as CrossReference, comma, next: next as CrossReference };
    };
    const callList = (rule: GrammarAST.ParserRule, feature: string) => {
        const { first, comma, next } = list(rule, feature);
        return { first: first as RuleCall, comma, next: next as RuleCall };
    };

    const model = g.rule('Model');
    const element = g.rule('Element');
    const stakeholder = g.rule('Stakeholder');
    const goal = g.rule('Goal');
    const story = g.rule('Story');
    const criterion = g.rule('AcceptanceCriterion');
    const entityUse = g.rule('EntityUse');
    const requirement = g.rule('Requirement');
    const traceRef = g.rule('TraceRef');
    const enumeration = g.rule('Enum');
    const literal = g.rule('EnumLiteral');
    const entity = g.rule('Entity');
    const attribute = g.rule('Attribute');
    const typeRef = g.rule('TypeRef');
    const modifier = g.rule('Modifier');
    const flag = g.rule('FlagModifier');
    const defaultModifier = g.rule('DefaultModifier');
    const unique = g.rule('UniqueConstraint');
    const dependency = g.rule('FunctionalDependency');
    const relationship = g.rule('Relationship');
    const end = g.rule('RelationshipEnd');
    const cardinality = g.rule('Cardinality');
    const name = g.rule('Name');
    const keywordAsName = g.rule('KeywordAsName');

    // KeywordAsName lists keywords and calls data type rules of keywords; a keyword token maps to
    // the path Langium's parser takes for it.
    const keywordNames = new TokenTable<KeywordName>();
    const keywordNameTokens: TokenType[] = [];
    for (const alternative of (keywordAsName.definition as GrammarAST.Alternatives).elements) {
        const entries: KeywordName[] = isKeyword(alternative)
            ? [{ keyword: alternative }]
            : g.keywordsOf(((alternative as RuleCall).rule.ref as GrammarAST.ParserRule).definition)
                .map(keyword => ({ call: alternative as RuleCall, keyword }));
        for (const entry of entries) {
            const type = token(entry.keyword.value);
            if (keywordNames.get(type)) throw new Error(`'${entry.keyword.value}' is reached twice in KeywordAsName.`);
            keywordNames.set(type, entry);
            keywordNameTokens.push(type);
        }
    }

    return {
        tokens: {
            ID: token('ID'), STRING: token('STRING'), NUMBER: token('NUMBER'),
            stakeholder: token('stakeholder'), goal: token('goal'), story: token('story'), requirement: token('requirement'),
            enum: token('enum'), entity: token('entity'), relationship: token('relationship'),
            open: token('{'), close: token('}'), openParen: token('('), closeParen: token(')'), comma: token(','),
            colon: token(':'), dot: token('.'), dotDot: token('..'), star: token('*'), dashDash: token('--'), arrow: token('->'),
            measure: token('measure'), owner: token('owner'), parent: token('parent'),
            as: token('as'), want: token('want'), so: token('so'), realizes: token('realizes'), priority: token('priority'),
            release: token('release'), effort: token('effort'), acceptance: token('acceptance'), uses: token('uses'),
            given: token('given'), when: token('when'), then: token('then'),
            rationale: token('rationale'), fit: token('fit'), status: token('status'), source: token('source'),
            satisfies: token('satisfies'), refines: token('refines'), conflicts: token('conflicts'), depends: token('depends'),
            traces: token('traces'), constraint: token('constraint'), unique: token('unique'), default: token('default')
        },
        model: { elements: g.assignedRuleCall(model, 'elements') },
        element: {
            stakeholder: g.ruleCall(element, 'Stakeholder'), goal: g.ruleCall(element, 'Goal'), story: g.ruleCall(element, 'Story'),
            requirement: g.ruleCall(element, 'Requirement'), enum: g.ruleCall(element, 'Enum'), entity: g.ruleCall(element, 'Entity'),
            relationship: g.ruleCall(element, 'Relationship')
        },
        stakeholder: {
            keyword: g.keyword(stakeholder, 'stakeholder'), name: g.assignedRuleCall(stakeholder, 'name'),
            description: g.assignedRuleCall(stakeholder, 'description')
        },
        goal: {
            keyword: g.keyword(goal, 'goal'), name: g.assignedRuleCall(goal, 'name'), title: g.assignedRuleCall(goal, 'title'),
            open: g.keyword(goal, '{'), close: g.keyword(goal, '}'),
            measure: g.keyword(goal, 'measure'), measures: g.assignedRuleCall(goal, 'measures'),
            owner: g.keyword(goal, 'owner'), ownerRef: g.assignedReference(goal, 'owner'),
            parent: g.keyword(goal, 'parent'), parentRef: g.assignedReference(goal, 'parent')
        },
        story: {
            keyword: g.keyword(story, 'story'), name: g.assignedRuleCall(story, 'name'), title: g.assignedRuleCall(story, 'title'),
            open: g.keyword(story, '{'), close: g.keyword(story, '}'),
            as: g.keyword(story, 'as'), role: g.assignedReference(story, 'role'),
            want: g.keyword(story, 'want'), wantText: g.assignedRuleCall(story, 'want'),
            so: g.keyword(story, 'so'), benefit: g.assignedRuleCall(story, 'benefit'),
            realizes: g.keyword(story, 'realizes'), realizesRefs: referenceList(story, 'realizes'),
            priority: g.keyword(story, 'priority'), priorityValue: g.assignedRuleCall(story, 'priority'),
            release: g.keyword(story, 'release'), releaseText: g.assignedRuleCall(story, 'release'),
            effort: g.keyword(story, 'effort'), effortValue: g.assignedRuleCall(story, 'effort'),
            criteria: g.assignedRuleCall(story, 'criteria'),
            uses: g.keyword(story, 'uses'), usesList: callList(story, 'uses')
        },
        criterion: {
            keyword: g.keyword(criterion, 'acceptance'), title: g.assignedRuleCall(criterion, 'title'),
            open: g.keyword(criterion, '{'), close: g.keyword(criterion, '}'),
            given: g.keyword(criterion, 'given'), givenText: g.assignedRuleCall(criterion, 'given'),
            when: g.keyword(criterion, 'when'), whenText: g.assignedRuleCall(criterion, 'when'),
            then: g.keyword(criterion, 'then'), thenText: g.assignedRuleCall(criterion, 'then')
        },
        entityUse: {
            entity: g.assignedReference(entityUse, 'entity'),
            open: g.keyword(entityUse, '('), close: g.keyword(entityUse, ')'), operations: callList(entityUse, 'operations')
        },
        crudOperations: keywordTable(g.keywordsOf(g.rule('CrudOperation').definition)),
        requirement: {
            keyword: g.keyword(requirement, 'requirement'), name: g.assignedRuleCall(requirement, 'name'),
            kind: g.assignedRuleCall(requirement, 'kind'), statement: g.assignedRuleCall(requirement, 'statement'),
            open: g.keyword(requirement, '{'), close: g.keyword(requirement, '}'),
            rationale: g.keyword(requirement, 'rationale'), rationaleText: g.assignedRuleCall(requirement, 'rationale'),
            fit: g.keyword(requirement, 'fit'), fitText: g.assignedRuleCall(requirement, 'fit'),
            priority: g.keyword(requirement, 'priority'), priorityValue: g.assignedRuleCall(requirement, 'priority'),
            status: g.keyword(requirement, 'status'), statusValue: g.assignedRuleCall(requirement, 'status'),
            source: g.keyword(requirement, 'source'), sourceRef: g.assignedReference(requirement, 'source'),
            release: g.keyword(requirement, 'release'), releaseText: g.assignedRuleCall(requirement, 'release'),
            effort: g.keyword(requirement, 'effort'), effortValue: g.assignedRuleCall(requirement, 'effort'),
            realizes: g.keyword(requirement, 'realizes'), realizesRefs: referenceList(requirement, 'realizes'),
            satisfies: g.keyword(requirement, 'satisfies'), satisfiesRefs: referenceList(requirement, 'satisfies'),
            refines: g.keyword(requirement, 'refines'), refinesRefs: referenceList(requirement, 'refines'),
            conflicts: g.keyword(requirement, 'conflicts'), conflictsRefs: referenceList(requirement, 'conflicts'),
            depends: g.keyword(requirement, 'depends'), dependsRefs: referenceList(requirement, 'dependsOn'),
            traces: g.keyword(requirement, 'traces'), tracesList: callList(requirement, 'traces')
        },
        requirementKinds: keywordTable(g.keywordsOf(g.rule('RequirementKind').definition)),
        priorities: keywordTable(g.keywordsOf(g.rule('Priority').definition)),
        statuses: keywordTable(g.keywordsOf(g.rule('Status').definition)),
        traceRef: {
            element: g.assignedReference(traceRef, 'element'), dot: g.keyword(traceRef, '.'), attribute: g.assignedReference(traceRef, 'attribute')
        },
        enum: {
            keyword: g.keyword(enumeration, 'enum'), name: g.assignedRuleCall(enumeration, 'name'),
            description: g.assignedRuleCall(enumeration, 'description'),
            open: g.keyword(enumeration, '{'), close: g.keyword(enumeration, '}'),
            literals: g.assignedRuleCall(enumeration, 'literals'), comma: g.keyword(enumeration, ',')
        },
        literal: { name: g.assignedRuleCall(literal, 'name'), description: g.assignedRuleCall(literal, 'description') },
        entity: {
            keyword: g.keyword(entity, 'entity'), name: g.assignedRuleCall(entity, 'name'),
            description: g.assignedRuleCall(entity, 'description'),
            open: g.keyword(entity, '{'), close: g.keyword(entity, '}'),
            attributes: g.assignedRuleCall(entity, 'attributes'), uniques: g.assignedRuleCall(entity, 'uniques'),
            dependencies: g.assignedRuleCall(entity, 'dependencies')
        },
        attribute: {
            name: g.assignedRuleCall(attribute, 'name'), colon: g.keyword(attribute, ':'), type: g.assignedRuleCall(attribute, 'type'),
            modifiers: g.assignedRuleCall(attribute, 'modifiers'), description: g.assignedRuleCall(attribute, 'description')
        },
        typeRef: {
            primitive: g.assignedRuleCall(typeRef, 'primitive'), open: g.keyword(typeRef, '('), close: g.keyword(typeRef, ')'),
            args: callList(typeRef, 'args'), enum: g.assignedReference(typeRef, 'enum')
        },
        primitiveTypes: keywordTable(g.keywordsOf(g.rule('PrimitiveType').definition)),
        modifier: { flag: g.ruleCall(modifier, 'FlagModifier'), default: g.ruleCall(modifier, 'DefaultModifier') },
        flags: keywordTable(g.keywordsOf(g.assigned(flag, 'flag'))),
        defaultModifier: {
            keyword: g.keyword(defaultModifier, 'default'), keywords: keywordTable(g.keywordsOf(g.assigned(defaultModifier, 'keyword'))),
            string: g.assignedRuleCall(defaultModifier, 'string'), number: g.assignedRuleCall(defaultModifier, 'number'),
            literal: g.assignedRuleCall(defaultModifier, 'literal')
        },
        unique: {
            constraint: g.keyword(unique, 'constraint'), unique: g.keyword(unique, 'unique'),
            open: g.keyword(unique, '('), close: g.keyword(unique, ')'), attributes: referenceList(unique, 'attributes')
        },
        dependency: {
            keyword: g.keyword(dependency, 'depends'), determinants: referenceList(dependency, 'determinants'),
            arrow: g.keyword(dependency, '->'), dependents: referenceList(dependency, 'dependents')
        },
        relationship: {
            keyword: g.keyword(relationship, 'relationship'), name: g.assignedRuleCall(relationship, 'name'),
            colon: g.keyword(relationship, ':'), source: g.assignedRuleCall(relationship, 'source'),
            sourceCardinality: g.assignedRuleCall(relationship, 'sourceCardinality'), dashDash: g.keyword(relationship, '--'),
            targetCardinality: g.assignedRuleCall(relationship, 'targetCardinality'), target: g.assignedRuleCall(relationship, 'target'),
            verb: g.assignedRuleCall(relationship, 'verb'), open: g.keyword(relationship, '{'), close: g.keyword(relationship, '}'),
            attributes: g.assignedRuleCall(relationship, 'attributes')
        },
        end: { entity: g.assignedReference(end, 'entity'), as: g.keyword(end, 'as'), role: g.assignedRuleCall(end, 'role') },
        cardinality: {
            lower: g.assignedRuleCall(cardinality, 'lower'), dotDot: g.keyword(cardinality, '..'),
            upper: g.assignedRuleCall(cardinality, 'upper'), upperMany: g.assignedKeyword(cardinality, 'upperMany'),
            many: g.assignedKeyword(cardinality, 'many')
        },
        name: { id: g.ruleCall(name, 'ID'), keywordAsName: g.ruleCall(name, 'KeywordAsName') },
        keywordNames,
        keywordNameTokens
    };
}

export type TracewrightElements = ReturnType<typeof tracewrightElements>;

function isKeyword(element: Element): element is Keyword {
    return element.$type === 'Keyword';
}
