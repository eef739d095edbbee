// Runs `langium generate` and passes its output on, except one warning we accept on purpose:
// "multiple assignments with '='" for properties such as `priority` that the grammar allows in any
// order. A second one is not lost silently: the `duplicate-property` rule reports it to the user.
import { spawnSync } from 'node:child_process';

const result = spawnSync('langium', ['generate'], { encoding: 'utf8', shell: process.platform === 'win32' });
const accepted = /Found multiple assignments to '\w+' with the '=' assignment operator/;
const shown = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')
    .filter(line => line.trim() && !accepted.test(line) && !/^Reading config|^Writing generated|generator finished/.test(line));
if (shown.length) console.error(shown.join('\n'));
if (result.error) console.error(`langium generate could not run: ${result.error.message}`);
process.exit(result.status ?? 1);
