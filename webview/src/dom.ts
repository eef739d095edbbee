/**
 * The only way the webview builds DOM: elements with attributes and text set through textContent /
 * setAttribute. There is no innerHTML anywhere in the webview code.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
    return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
    const element = document.getElementById(id);
    if (!element) throw new Error(`preview: element #${id} missing from the HTML shell`);
    return element as T;
}

/** Replaces a select's options, keeping `selected` if it is still offered. */
export function fillSelect(select: HTMLSelectElement, options: Array<{ value: string, label: string, group?: string }>, selected: string): void {
    const groups = new Map<string, HTMLOptGroupElement>();
    const nodes: Node[] = [];
    for (const option of options) {
        const node = h('option', { value: option.value }, option.label);
        if (!option.group) { nodes.push(node); continue; }
        let group = groups.get(option.group);
        if (!group) {
            group = h('optgroup', { label: option.group });
            groups.set(option.group, group);
            nodes.push(group);
        }
        group.append(node);
    }
    select.replaceChildren(...nodes);
    select.value = options.some(o => o.value === selected) ? selected : (options[0]?.value ?? '');
}

/** Enter and Space activate an element that is not a native button (SVG entity boxes, table cells). */
export function onActivate(element: Element, action: () => void): void {
    element.addEventListener('click', action);
    element.addEventListener('keydown', event => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
            event.preventDefault();
            action();
        }
    });
}
