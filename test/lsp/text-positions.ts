import type { Position, Range } from 'vscode-languageserver-protocol';

/** The LSP position of the `nth` occurrence of `needle` in `text`, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): Position {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' occurs fewer than ${nth + 1} times in the text`);
    }
    const before = text.slice(0, index + offset);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** The range the `nth` occurrence of `needle` covers. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
    return { start: positionOf(text, needle, 0, nth), end: positionOf(text, needle, needle.length, nth) };
}
