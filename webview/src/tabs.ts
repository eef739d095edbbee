import { byId } from './dom.js';

export type TabName = 'diagram' | 'sql' | 'trace';
const TABS: TabName[] = ['diagram', 'sql', 'trace'];

/** ARIA tabs: buttons with role=tab; click, Enter/Space (native buttons) and arrow keys switch. */
export function setUpTabs(initial: TabName, onSelect: (tab: TabName) => void): (tab: TabName) => void {
    const select = (tab: TabName, focus = false): void => {
        for (const name of TABS) {
            const button = byId(`tab-${name}`);
            const selected = name === tab;
            button.setAttribute('aria-selected', String(selected));
            button.tabIndex = selected ? 0 : -1;
            byId(`panel-${name}`).hidden = !selected;
            if (selected && focus) button.focus();
        }
        onSelect(tab);
    };
    TABS.forEach((name, index) => {
        const button = byId(`tab-${name}`);
        button.addEventListener('click', () => select(name));
        button.addEventListener('keydown', event => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            event.preventDefault();
            select(TABS[(index + step + TABS.length) % TABS.length], true);
        });
    });
    select(initial);
    return select;
}
