// The one line per test the extension host prints and the harness parses (ext-host-runner.ts).
// Console output is the only channel out of code-server's extension host, so it is structured.
export const resultPrefix = 'TRACEWRIGHT-E2E ';

export interface TestResult {
    title: string;
    passed: boolean;
    error?: string;
}

export function resultLine(result: TestResult): string {
    return resultPrefix + JSON.stringify(result);
}
