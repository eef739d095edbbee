/**
 * `// tracewright-disable-next-line rule-a, rule-b` silences those rules on the next line;
 * `// tracewright-disable rule-a` silences them in the whole file. Without ids, every rule.
 */
export interface Suppressions {
    isSuppressed(ruleId: string, line: number): boolean;
}

const directive = /\/\/\s*tracewright-disable(-next-line)?\b([^\n\r]*)/g;
const ALL = '*';

export function findSuppressions(text: string): Suppressions {
    const byLine = new Map<number, Set<string>>();
    const wholeFile = new Set<string>();
    if (!text.includes('tracewright-disable')) return { isSuppressed: () => false };
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    for (const match of text.matchAll(directive)) {
        const ids = match[2].split(/[\s,]+/).filter(id => id.length > 0);
        const rules = new Set(ids.length > 0 ? ids : [ALL]);
        if (match[1]) {
            const line = lineOf(lineStarts, match.index);
            byLine.set(line + 1, new Set([...(byLine.get(line + 1) ?? []), ...rules]));
        } else {
            rules.forEach(rule => wholeFile.add(rule));
        }
    }
    return {
        isSuppressed(ruleId, line) {
            if (wholeFile.has(ALL) || wholeFile.has(ruleId)) return true;
            const onLine = byLine.get(line);
            return !!onLine && (onLine.has(ALL) || onLine.has(ruleId));
        }
    };
}

function lineOf(lineStarts: number[], offset: number): number {
    let low = 0, high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return low;
}
