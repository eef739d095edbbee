/** Zoom (ctrl/cmd + wheel, +/- keys, buttons) and pan (drag, arrow keys) of the diagram by a CSS transform. */
export interface ZoomState { scale: number, x: number, y: number }

const MIN_SCALE = 0.1;
const MAX_SCALE = 8;

export class ZoomPan {
    private dragStart: { x: number, y: number, fromX: number, fromY: number } | undefined;

    constructor(private readonly viewport: HTMLElement, private readonly content: HTMLElement, private state: ZoomState, private readonly onChange: (state: ZoomState) => void) {
        viewport.addEventListener('wheel', event => {
            if (!event.ctrlKey && !event.metaKey) return;
            event.preventDefault();
            this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1);
        }, { passive: false });
        viewport.addEventListener('pointerdown', event => {
            // Clicks on entity boxes reveal the declaration; drags start on the background.
            if ((event.target as Element).closest('g.node')) return;
            this.dragStart = { x: event.clientX, y: event.clientY, fromX: this.state.x, fromY: this.state.y };
            viewport.setPointerCapture(event.pointerId);
        });
        viewport.addEventListener('pointermove', event => {
            if (!this.dragStart) return;
            this.set({ ...this.state, x: this.dragStart.fromX + event.clientX - this.dragStart.x, y: this.dragStart.fromY + event.clientY - this.dragStart.y });
        });
        viewport.addEventListener('pointerup', () => { this.dragStart = undefined; });
        viewport.addEventListener('keydown', event => {
            if (event.target !== viewport) return;
            const step = 40;
            const moves: Record<string, () => void> = {
                '+': () => this.zoomBy(1.2), '=': () => this.zoomBy(1.2), '-': () => this.zoomBy(1 / 1.2), '0': () => this.reset(),
                ArrowLeft: () => this.set({ ...this.state, x: this.state.x + step }),
                ArrowRight: () => this.set({ ...this.state, x: this.state.x - step }),
                ArrowUp: () => this.set({ ...this.state, y: this.state.y + step }),
                ArrowDown: () => this.set({ ...this.state, y: this.state.y - step })
            };
            const move = moves[event.key];
            if (move) { event.preventDefault(); move(); }
        });
        this.apply();
    }

    zoomBy(factor: number): void {
        this.set({ ...this.state, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.state.scale * factor)) });
    }

    reset(): void {
        this.set({ scale: 1, x: 0, y: 0 });
    }

    /** Scales a diagram of the given size to fit the viewport (never above 100 %). */
    fit(size: { width: number, height: number } | undefined): void {
        if (!size || size.width === 0 || size.height === 0) return this.reset();
        const scale = Math.min(1, (this.viewport.clientWidth - 20) / size.width, (this.viewport.clientHeight - 20) / size.height);
        this.set({ scale: Math.max(MIN_SCALE, scale), x: 0, y: 0 });
    }

    private set(state: ZoomState): void {
        this.state = state;
        this.apply();
        this.onChange(state);
    }

    private apply(): void {
        const { scale, x, y } = this.state;
        this.content.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    }
}
