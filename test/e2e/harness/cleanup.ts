// Everything the harness starts registers how to stop it here. The stoppers run once, newest
// first, on a normal end, on a failure and on Ctrl-C / SIGTERM, so no code-server, browser or
// scratch folder outlives a run.
type Stopper = () => Promise<void> | void;

const stoppers: Stopper[] = [];
let running: Promise<void> | undefined;

export function onCleanup(stopper: Stopper): void {
    stoppers.push(stopper);
}

export function cleanupAll(): Promise<void> {
    running ??= (async () => {
        while (stoppers.length > 0) {
            const stopper = stoppers.pop()!;
            try {
                await stopper();
            } catch (error) {
                console.error(`    cleanup: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    })();
    return running;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
        console.error(`e2e: interrupted (${signal}), stopping what was started`);
        void cleanupAll().finally(() => process.exit(130));
    });
}
