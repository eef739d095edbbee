import type { DiagramEntity, PreviewData } from '../../server/src/diagram/preview-protocol.js';
import { byId, h, onActivate } from './dom.js';
import { renderMermaid } from './mermaid-setup.js';
import { post } from './vscode-api.js';

/** Slices above this many entities wait for a click (the whole service-desk example has 10). */
const LARGE_SLICE = 120;

/**
 * The ER diagram tab. Renders the newest preview data, one render at a time: data arriving while a
 * render runs replaces the queued data, and the previous diagram stays on screen until the new SVG
 * is ready. A document with syntax errors keeps the last good diagram and shows the banner.
 */
export class DiagramView {
    private readonly container = byId('diagram');
    private readonly status = byId('diagram-status');
    private readonly banner = byId('banner');
    private rendering = false;
    private queued: PreviewData | undefined;
    private hasGoodDiagram = false;
    private readonly confirmedLarge = new Set<string>();
    /** Called after each new SVG is on screen (main.ts fits the first one to the panel). */
    onRendered: (() => void) | undefined;

    private lastShown: PreviewData | undefined;

    show(data: PreviewData): void {
        this.lastShown = data;
        this.queued = data;
        if (!this.rendering) void this.drain();
    }

    /** Draws the current data again, e.g. with the colours of a theme the user just switched to. */
    redraw(): void {
        if (this.lastShown && this.hasGoodDiagram) this.show(this.lastShown);
    }

    /** Size of the diagram on screen at scale 1, for "Fit". */
    naturalSize(): { width: number, height: number } | undefined {
        const svg = this.container.querySelector('svg');
        return svg ? { width: Number(svg.getAttribute('width')) || 0, height: Number(svg.getAttribute('height')) || 0 } : undefined;
    }

    /** The SVG on screen, for "Export SVG". */
    currentSvg(): string | undefined {
        const svg = this.container.querySelector('svg');
        return svg ? new XMLSerializer().serializeToString(svg) : undefined;
    }

    private async drain(): Promise<void> {
        this.rendering = true;
        try {
            while (this.queued) {
                const data = this.queued;
                this.queued = undefined;
                await this.render(data);
            }
        } finally {
            this.rendering = false;
        }
    }

    private async render(data: PreviewData): Promise<void> {
        this.showBanner(data.hasSyntaxErrors ? `Syntax error at ${data.syntaxError ?? 'unknown position'}. ${this.hasGoodDiagram ? 'Showing the last good diagram.' : 'The diagram shows what could be read.'}` : undefined);
        if (data.hasSyntaxErrors && this.hasGoodDiagram) return;
        if (data.entities.length === 0) {
            this.container.replaceChildren();
            this.container.dataset.entities = '0';
            this.status.textContent = `${data.sliceTitle}: no entities to show. Pick another slice above, or declare an entity (entity Name { id: int pk }).`;
            return;
        }
        if (data.entities.length > LARGE_SLICE && !this.confirmedLarge.has(data.sliceTitle)) {
            this.askBeforeLargeRender(data);
            return;
        }
        const started = performance.now();
        try {
            const { svg, renderId } = await renderMermaid(data.mermaid, data.slice.kind === 'all');
            // Mermaid's output is already DOMPurify-sanitised (securityLevel strict) and user text in it
            // came in as entity codes. Parsed as an inert document and adopted, never assigned to innerHTML.
            const parsed = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg');
            if (!parsed) throw new Error('Mermaid returned no SVG');
            const element = document.adoptNode(parsed);
            this.decorate(element, renderId, data.entities);
            this.container.replaceChildren(element);
            this.onRendered?.();
            const elapsed = Math.round(performance.now() - started);
            this.hasGoodDiagram = !data.hasSyntaxErrors;
            this.container.dataset.renderMs = String(elapsed);
            this.container.dataset.entities = String(data.entities.length);
            this.status.textContent = `${data.sliceTitle}: ${data.entities.length} of ${data.totalEntities} entities, ${data.relationshipCount} relationships · ${elapsed} ms`
                + (data.overlay ? ` · highlighting what ${data.overlay.name} traces` : '');
        } catch (error) {
            // Should not happen (the generator escapes everything); keep the last diagram and say why.
            const message = error instanceof Error ? error.message : String(error);
            this.showBanner(`The diagram could not be drawn (${message.split('\n')[0]}). Please report this with the model that caused it.`);
        }
    }

    /** Entity boxes become keyboard-focusable buttons that reveal the declaration; overlay classes mark traced and unjustified ones. */
    private decorate(svg: SVGSVGElement, renderId: string, entities: readonly DiagramEntity[]): void {
        // Natural size instead of Mermaid's `width=100%`: zoom and pan then work in diagram pixels.
        const box = svg.viewBox.baseVal;
        if (box && box.width > 0) {
            svg.setAttribute('width', String(Math.ceil(box.width)));
            svg.setAttribute('height', String(Math.ceil(box.height)));
            svg.style.removeProperty('max-width');
        }
        for (const entity of entities) {
            const node = svg.querySelector(`g.node[id^="${renderId}-entity-${entity.id}-"]`);
            if (!node) continue;
            node.setAttribute('data-entity', entity.name);
            node.classList.toggle('tw-traced', entity.traced);
            node.classList.toggle('tw-unjustified', entity.unjustified);
            const location = entity.location;
            if (!location) continue;
            node.setAttribute('tabindex', '0');
            node.setAttribute('role', 'button');
            node.setAttribute('aria-label', `${entity.name}: go to declaration${entity.unjustified ? ' (justified by nothing)' : ''}`);
            onActivate(node, () => post({ type: 'reveal', location }));
        }
    }

    /** Mermaid needs seconds per hundred entities: a big slice is drawn only when asked (once per slice). */
    private askBeforeLargeRender(data: PreviewData): void {
        const button = h('button', { type: 'button', id: 'draw-anyway' }, `Draw ${data.entities.length} entities anyway`);
        button.addEventListener('click', () => {
            this.confirmedLarge.add(data.sliceTitle);
            this.show(data);
        });
        this.status.replaceChildren(`${data.sliceTitle} has ${data.entities.length} entities; drawing them can take a minute. Pick a smaller slice above, or `, button);
    }

    private showBanner(text: string | undefined): void {
        this.banner.hidden = text === undefined;
        this.banner.textContent = text ?? '';
    }
}
