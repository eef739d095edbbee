import { now } from './stats.js';

/**
 * The longest stretch in which the event loop did not turn: while it lasts the language server
 * answers nothing (a completion, a hover, the next keystroke's cancellation). The probe notes the
 * time at every turn (a `setImmediate` that schedules itself again), from `start` until `stop`.
 */
export class PauseProbe {
    private last = 0;
    private longest = 0;
    private running = false;

    start(): void {
        this.last = now();
        this.longest = 0;
        this.running = true;
        const turn = () => {
            if (!this.running) return;
            this.note();
            setImmediate(turn);
        };
        setImmediate(turn);
    }

    /** The longest pause since `start`, in ms, the stretch up to now included. */
    stop(): number {
        this.note();
        this.running = false;
        return this.longest;
    }

    private note(): void {
        const time = now();
        this.longest = Math.max(this.longest, time - this.last);
        this.last = time;
    }
}
