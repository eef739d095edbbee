import { commands, Location, Position, Range, Uri } from 'vscode';
import type { ClientCommand } from './client-command.js';

interface JsonPosition { line: number; character: number }
interface JsonLocation { uri: string; range: { start: JsonPosition; end: JsonPosition } }

/**
 * Clicking a trace code lens ("realised by 3"): the server sends the element's place and the linked
 * places as LSP JSON, but `editor.action.showReferences` wants VS Code's Uri, Position and Location
 * objects, so this command converts them and opens the references peek.
 */
export const showReferences: ClientCommand = {
    id: 'tracewright.showReferences',
    async run(_context, uri: unknown, position: unknown, locations: unknown) {
        if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations) || !locations.every(isLocation)) {
            throw new Error('showReferences needs a document URI, a position and a list of locations.');
        }
        const toPosition = (p: JsonPosition) => new Position(p.line, p.character);
        const targets = locations.map(l => new Location(Uri.parse(l.uri), new Range(toPosition(l.range.start), toPosition(l.range.end))));
        await commands.executeCommand('editor.action.showReferences', Uri.parse(uri), toPosition(position), targets);
    }
};

function isPosition(value: unknown): value is JsonPosition {
    const p = value as JsonPosition;
    return !!p && typeof p.line === 'number' && typeof p.character === 'number';
}

function isLocation(value: unknown): value is JsonLocation {
    const l = value as JsonLocation;
    return !!l && typeof l.uri === 'string' && !!l.range && isPosition(l.range.start) && isPosition(l.range.end);
}
