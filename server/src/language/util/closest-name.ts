/** The candidate closest to `name` by edit distance, if it is close enough to be a likely typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.max(1, Math.floor(name.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    const lower = name.toLowerCase();
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - name.length) > limit) continue;
        const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
        // Ties go to the alphabetically first name, so the suggestion does not depend on index order.
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (`titel` → `title`), the
 * commonest typo; gives up early once it exceeds `bound`.
 */
function editDistance(a: string, b: string, bound: number): number {
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2] + 1);
            current[j] = distance;
            rowMin = Math.min(rowMin, distance);
        }
        if (rowMin > bound) return bound + 1;
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
