import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { quickFix } from './fix-helpers.js';

/**
 * escape-clause: delete the phrase with the punctuation that joined it to the sentence. The diagnostic
 * covers exactly the phrase inside the statement:
 *   "notify the owner where possible."    → "notify the owner."
 *   "notify the owner, where possible."   → "notify the owner."
 *   "shall, if practical, notify"         → "shall notify"
 *   "Where possible, the system shall…"   → "The system shall…"
 */
export function removeEscapeClause(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const text = document.textDocument.getText();
    const phraseStart = document.textDocument.offsetAt(diagnostic.range.start);
    const phraseEnd = document.textDocument.offsetAt(diagnostic.range.end);
    const phrase = text.slice(phraseStart, phraseEnd);
    const before = text.slice(0, phraseStart);
    const after = text.slice(phraseEnd);
    let start = phraseStart;
    let end = phraseEnd;
    let replacement = '';
    if (before.endsWith('"')) {
        // Opening the statement: take the joining comma and spaces too, and capitalise what now starts it.
        end += /^,?\s*/.exec(after)![0].length;
        replacement = text.charAt(end).toUpperCase();
        end += replacement.length;
    } else {
        const comma = /,\s*$/.exec(before);
        start = comma ? comma.index : start - /\s*$/.exec(before)![0].length;
        if (comma && after.startsWith(',')) end += 1;
    }
    const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
    return [quickFix(`Remove '${phrase}'`, diagnostic, document, [{ range, newText: replacement }])];
}
