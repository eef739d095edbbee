import type { AstNode, MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { DocumentationProvider } from 'langium';
import { describeNode } from './tracewright-descriptions.js';
import type { TracewrightServices } from './tracewright-module.js';

/** A part of a hover, e.g. the trace summary of an element. Concerns add their own. */
export type HoverSection = (node: AstNode) => string | undefined;

/**
 * Hover: what the element is (kind, name, title or type), its doc comment, then one section per
 * concern that has something to say about it.
 */
export class TracewrightHoverProvider extends AstNodeHoverProvider {
    private readonly documentation: DocumentationProvider;
    private readonly sections: HoverSection[] = [];

    constructor(services: TracewrightServices) {
        super(services);
        this.documentation = services.documentation.DocumentationProvider;
    }

    addSection(section: HoverSection): void {
        this.sections.push(section);
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const parts = [describeNode(node), this.documentation.getDocumentation(node)];
        for (const section of this.sections) parts.push(section(node));
        const content = parts.filter((part): part is string => !!part && part.trim().length > 0);
        return content.length > 0 ? content.join('\n\n---\n\n') : undefined;
    }
}
