// The tally behind the closing line `e2e: N passed, M failed`.
export interface Outcome {
    suite: string;
    name: string;
    passed: boolean;
    detail?: string;
}

const outcomes: Outcome[] = [];

export function record(outcome: Outcome): void {
    outcomes.push(outcome);
    const mark = outcome.passed ? 'ok  ' : 'FAIL';
    console.log(`    ${mark} [${outcome.suite}] ${outcome.name}${outcome.passed || !outcome.detail ? '' : `\n         ${outcome.detail.split('\n').join('\n         ')}`}`);
}

export function summary(): { passed: number, failed: Outcome[] } {
    return { passed: outcomes.filter(o => o.passed).length, failed: outcomes.filter(o => !o.passed) };
}
