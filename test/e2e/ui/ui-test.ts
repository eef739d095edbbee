// The shape of a UI test: which workspace it opens and what it does with the workbench. A test
// throws (e.g. via node:assert) to fail; the runner screenshots the page on failure.
import type { WorkspaceName } from '../workspaces.js';
import type { Workbench } from './workbench.js';

export interface UiTest {
    /** Also the screenshot prefix, so keep it short and descriptive: 'problems-panel'. */
    name: string;
    workspace: WorkspaceName;
    run(workbench: Workbench): Promise<void>;
}
