// Node 24 and code-server, installed once into the cache and reused while the version marker
// matches. code-server is the only real VS Code we can get offline (npm registry only); it needs
// Node 24 and builds native add-ons, which takes 3-4 minutes of CPU the first time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exec } from './exec.js';
import { info, step } from './log.js';
import { cacheDir, CODE_SERVER_VERSION, codeServerBin, codeServerDir, NODE24_PACKAGE, node24Dir } from './paths.js';

const markerFile = path.join(codeServerDir, '.tracewright-installed');
const marker = `code-server ${CODE_SERVER_VERSION} on ${NODE24_PACKAGE}\n`;

/**
 * The environment minus what an outer `npm run` exported about itself. code-server's postinstall
 * reads the Node version from npm_config_user_agent, and an inherited one names the outer npm's Node.
 */
function withoutOuterNpm(): NodeJS.ProcessEnv {
    const inherited = ['NODE', 'npm_config_user_agent', 'npm_node_execpath', 'npm_execpath', 'npm_command'];
    return Object.fromEntries(Object.entries(process.env)
        .filter(([key]) => !inherited.includes(key) && !/^npm_(lifecycle|package)_/.test(key)));
}

/** Environment under which npm and node-gyp build for Node 24, not the system Node. */
export function node24Env(): NodeJS.ProcessEnv {
    return {
        ...withoutOuterNpm(),
        PATH: `${path.join(node24Dir, 'bin')}:${process.env.PATH}`,
        // ~/.npmrc here sets nodedir=/usr (Node 20 headers): add-ons would be built for the wrong ABI.
        npm_config_nodedir: node24Dir,
        npm_config_jobs: 'max',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false'
    };
}

async function installNode24(): Promise<void> {
    if (fs.existsSync(path.join(node24Dir, 'bin', 'node'))) return;
    step(`npm install ${NODE24_PACKAGE} into ${path.dirname(path.dirname(node24Dir))}`);
    const dir = path.join(cacheDir, 'node24');
    fs.mkdirSync(dir, { recursive: true });
    await exec('npm', ['install', '--no-save', '--no-package-lock', NODE24_PACKAGE], { cwd: dir, logFile: path.join(cacheDir, 'node24-install.log') });
}

/** Returns the code-server executable, installing Node 24 and code-server first when not cached. */
export async function ensureCodeServer(): Promise<string> {
    fs.mkdirSync(cacheDir, { recursive: true });
    await installNode24();
    if (fs.existsSync(markerFile) && fs.readFileSync(markerFile, 'utf8') === marker) {
        info(`code-server ${CODE_SERVER_VERSION}: cached in ${codeServerDir}`);
        return codeServerBin;
    }
    step(`npm install code-server@${CODE_SERVER_VERSION} (first run only: 3-4 minutes of native builds)`);
    // A half-finished earlier install is removed rather than trusted.
    fs.rmSync(codeServerDir, { recursive: true, force: true });
    fs.mkdirSync(codeServerDir, { recursive: true });
    fs.writeFileSync(path.join(codeServerDir, 'package.json'), '{ "private": true, "allowScripts": { "code-server": true } }\n');
    await exec('npm', ['install', '--no-save', '--no-package-lock', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: codeServerDir, env: node24Env(), logFile: path.join(cacheDir, 'code-server-install.log')
    });
    const version = (await exec(codeServerBin, ['--version'], { env: node24Env() })).trim().split('\n').pop();
    info(`installed code-server: ${version}`);
    fs.writeFileSync(markerFile, marker);
    return codeServerBin;
}
