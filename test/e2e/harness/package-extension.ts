// The extension under test is the real package: `npm run package` builds and packs the .vsix that
// users install. TRACEWRIGHT_E2E_VSIX=<file> tests an existing package instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exec } from './exec.js';
import { step } from './log.js';
import { repoRoot, resultsDir } from './paths.js';

export async function packageExtension(): Promise<string> {
    const given = process.env.TRACEWRIGHT_E2E_VSIX;
    if (given) {
        if (!fs.existsSync(given)) throw new Error(`TRACEWRIGHT_E2E_VSIX=${given} does not exist`);
        return path.resolve(given);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string, scripts?: Record<string, string> };
    if (!manifest.scripts?.package) throw new Error('package.json has no "package" script to build the .vsix; set TRACEWRIGHT_E2E_VSIX to a packaged file');
    step('npm run package (build + vsce)');
    await exec('npm', ['run', 'package', '--silent'], { cwd: repoRoot, logFile: path.join(resultsDir, 'package.log') });
    const vsix = path.join(repoRoot, `tracewright-${manifest.version}.vsix`);
    if (!fs.existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}; see ${path.join(resultsDir, 'package.log')}`);
    return vsix;
}

/** The folder code-server unpacked the .vsix into (`<publisher>.<name>-<version>`). */
export function installedExtensionPath(extensionsDir: string): string {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string, publisher: string, version: string };
    const folder = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`.toLowerCase());
    if (!fs.existsSync(path.join(folder, 'package.json'))) {
        throw new Error(`the .vsix was not installed as ${folder}; found: ${fs.existsSync(extensionsDir) ? fs.readdirSync(extensionsDir).join(', ') : 'nothing'}`);
    }
    return folder;
}
