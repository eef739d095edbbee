import type { AstNode, LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

const betweenElements = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));
const betweenProperties = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));

/**
 * The canonical layout: one element per block, one property per line, indented bodies, single spaces
 * inside a line. A file with syntax errors is left untouched: formatting half-parsed text could move
 * the user's words to the wrong place.
 */
export class TracewrightFormatter extends AbstractFormatter {

    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] | Promise<TextEdit[]> {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        return super.formatDocument(document, params);
    }

    protected format(node: AstNode): void {
        if (ast.isModel(node)) {
            const f = this.getNodeFormatter(node);
            node.elements.forEach((element, index) => f.node(element).prepend(index === 0 ? Formatting.noIndent() : betweenElements));
            return;
        }
        this.formatPunctuation(node);
        if (ast.isEnum(node)) {
            this.formatEnum(node);
        } else if (ast.isGoal(node) || ast.isStory(node) || ast.isRequirement(node) || ast.isAcceptanceCriterion(node)
            || ast.isEntity(node) || ast.isRelationship(node)) {
            this.formatBlock(node);
        } else if (ast.isStakeholder(node)) {
            this.getNodeFormatter(node).property('description').prepend(Formatting.oneSpace());
        }
    }

    /** Spacing inside a line: `a: b`, `a, b`, `a.b`, `text(12)`, `x -- y`. */
    private formatPunctuation(node: AstNode): void {
        const f = this.getNodeFormatter(node);
        f.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        f.keywords(':').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        f.keywords('.', '..').surround(Formatting.noSpace());
        f.keywords('(').prepend(Formatting.noSpace()).append(Formatting.noSpace());
        f.keywords(')').prepend(Formatting.noSpace());
        f.keywords('--', '->').surround(Formatting.oneSpace());
    }

    /** `keyword name ... {` then one indented property per line, then `}` on its own line. */
    private formatBlock(node: ast.Goal | ast.Story | ast.Requirement | ast.AcceptanceCriterion | ast.Entity | ast.Relationship): void {
        const f = this.getNodeFormatter(node);
        const open = f.keyword('{');
        const close = f.keyword('}');
        if (!node.$cstNode || !open.nodes.length) return;
        this.spaceHeader(node);
        open.prepend(Formatting.oneSpace());
        const interior = f.interior(open, close);
        interior.prepend(Formatting.indent());
        close.prepend(Formatting.newLine());
        const lineStarters = this.lineStartersOf(node);
        lineStarters.forEach((region, index) => region.prepend(index === 0 ? Formatting.newLine() : betweenProperties));
    }

    private spaceHeader(node: AstNode): void {
        const f = this.getNodeFormatter(node);
        f.properties('name' as never, 'title' as never, 'kind' as never, 'statement' as never, 'description' as never).prepend(Formatting.oneSpace());
    }

    /** The regions that each begin a line inside a block body. */
    private lineStartersOf(node: AstNode) {
        const f = this.getNodeFormatter(node);
        const starters = [];
        if (ast.isEntity(node) || ast.isRelationship(node)) {
            for (const attribute of node.attributes) starters.push(f.node(attribute));
            if (ast.isEntity(node)) {
                for (const unique of node.uniques) starters.push(f.node(unique));
                for (const dependency of node.dependencies) starters.push(f.node(dependency));
            }
            this.formatAttributes(node.attributes);
        } else {
            const keywords = ['measure', 'owner', 'parent', 'as', 'want', 'so', 'realizes', 'priority', 'release', 'effort', 'uses',
                'given', 'when', 'then', 'rationale', 'fit', 'status', 'source', 'satisfies', 'refines', 'conflicts', 'depends', 'traces'];
            for (const keyword of keywords) starters.push(f.keywords(keyword));
            if (ast.isStory(node)) for (const criterion of node.criteria) starters.push(f.node(criterion));
        }
        // Sort by position so the first one in the text gets a single newline after `{`.
        return starters
            .filter(region => region.nodes.length > 0)
            .flatMap(region => region.nodes.map(cst => ({ offset: cst.offset, region: f.cst([cst]) })))
            .sort((a, b) => a.offset - b.offset)
            .map(entry => entry.region);
    }

    private formatAttributes(attributes: ast.Attribute[]): void {
        for (const attribute of attributes) {
            const f = this.getNodeFormatter(attribute);
            f.property('modifiers').prepend(Formatting.oneSpace());
            f.property('description').prepend(Formatting.oneSpace());
        }
    }

    /** Short enums stay on one line; enums whose literals carry descriptions get one literal per line. */
    private formatEnum(node: ast.Enum): void {
        const f = this.getNodeFormatter(node);
        this.spaceHeader(node);
        const open = f.keyword('{');
        const close = f.keyword('}');
        open.prepend(Formatting.oneSpace());
        const multiline = node.literals.some(literal => literal.description !== undefined);
        if (multiline) {
            f.interior(open, close).prepend(Formatting.indent());
            node.literals.forEach(literal => f.node(literal).prepend(Formatting.newLine()));
            close.prepend(Formatting.newLine());
        } else {
            node.literals.forEach(literal => f.node(literal).prepend(Formatting.oneSpace()));
            close.prepend(Formatting.oneSpace());
        }
        for (const literal of node.literals) this.getNodeFormatter(literal).property('description').prepend(Formatting.oneSpace());
    }
}
