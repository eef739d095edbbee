// Every UI test, one line each, run in this order by the harness (test/e2e/harness/ui-runner.ts).
import { commandPalette } from './command-palette.ui.js';
import { problemsPanel } from './problems-panel.ui.js';
import { preview } from './preview.ui.js';
import { previewXss } from './preview-xss.ui.js';
import type { UiTest } from './ui-test.js';
import { highlighting } from './workbench-and-highlighting.ui.js';

export const allUiTests: readonly UiTest[] = [
    highlighting,
    problemsPanel,
    commandPalette,
    preview,
    previewXss
];
