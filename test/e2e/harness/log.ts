// One clock for the whole run, so the log shows where the minutes go.
const startedAt = Date.now();

export function elapsedSeconds(): number {
    return Math.round((Date.now() - startedAt) / 1000);
}

export function step(message: string): void {
    console.log(`=== [${elapsedSeconds()}s] ${message}`);
}

export function info(message: string): void {
    console.log(`    ${message}`);
}
