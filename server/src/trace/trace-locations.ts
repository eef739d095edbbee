import { AstUtils, GrammarUtils, type AstNode, type URI } from 'langium';
import type { Location, Range } from 'vscode-languageserver';
import type { SourceLocation } from './trace-matrix-types.js';
import type { TraceLink } from './trace-graph.js';

/** The range of the reference text a link was written as, e.g. `Incident.priority` after `traces`. */
export function linkRange(link: TraceLink): Range | undefined {
    const { node, property, index } = link.at;
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.range ?? node.$cstNode?.range;
}

/** Where a link is written, as an LSP location. */
export function linkLocation(link: TraceLink): Location | undefined {
    const range = linkRange(link);
    return range && { uri: AstUtils.getDocument(link.at.node).uri.toString(), range };
}

/** Where an element is declared: its name, or the whole node when it has none. */
export function nameLocation(node: AstNode): Location | undefined {
    const range = (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range;
    return range && { uri: AstUtils.getDocument(node).uri.toString(), range };
}

/** How a matrix names files: a relative path in the CLI, the URI in the language server. */
export type FileNamer = (uri: URI) => string;

/** 1-based line and column of a node's property (its name by default), for reports. */
export function sourceLocation(node: AstNode, fileName: FileNamer, property = 'name', index?: number): SourceLocation {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property, index) ?? node.$cstNode;
    const start = cst?.range.start ?? { line: 0, character: 0 };
    return { file: fileName(AstUtils.getDocument(node).uri), line: start.line + 1, column: start.character + 1 };
}
