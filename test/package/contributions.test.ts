import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// package.json and client/src/commands must agree: a command registered but not contributed is
// invisible in the palette; one contributed but not registered fails with "command not found".

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    activationEvents: string[];
    contributes: { commands: { command: string; title: string; category?: string }[]; languages: { id: string; extensions: string[] }[]; configuration: { properties: Record<string, unknown> } };
};
const commandsFolder = new URL('client/src/commands/', root);

/** The `id: '...'` of every command module under client/src/commands/. */
const registeredIds = readdirSync(commandsFolder)
    .filter(file => file.endsWith('.ts'))
    .flatMap(file => [...readFileSync(new URL(file, commandsFolder), 'utf8').matchAll(/\bid:\s*'([^']+)'/g)].map(m => m[1]));

/** Every `.ts` file's text under server/src, where commands the server executes (workspace/executeCommand) are declared. */
const serverSources = (readdirSync(new URL('server/src/', root), { recursive: true }) as string[])
    .filter(file => file.endsWith('.ts'))
    .map(file => readFileSync(new URL(`server/src/${file}`, root), 'utf8'));

test('every command module is contributed in package.json', () => {
    const contributed = manifest.contributes.commands.map(c => c.command);
    expect(registeredIds).toContain('tracewright.restartServer');
    expect(registeredIds.filter(id => !contributed.includes(id))).toEqual([]);
});

test('every contributed command is implemented: by a client command module or by the server', () => {
    const unimplemented = manifest.contributes.commands.map(c => c.command).filter(id =>
        !registeredIds.includes(id) && !serverSources.some(source => source.includes(`'${id}'`)));
    expect(unimplemented).toEqual([]);
});

test('every command module is listed in all-commands.ts', () => {
    const list = readFileSync(new URL('all-commands.ts', commandsFolder), 'utf8');
    // A command module declares a `ClientCommand`; helpers shared by commands live beside them.
    const modules = readdirSync(commandsFolder).filter(file => file.endsWith('.ts') && file !== 'client-command.ts'
        && /:\s*ClientCommand\b/.test(readFileSync(new URL(file, commandsFolder), 'utf8')));
    expect(modules.filter(file => !list.includes(`'./${file.replace(/\.ts$/, '.js')}'`))).toEqual([]);
});

test('commands are in the Tracewright category; the language and its activation match', () => {
    expect(manifest.contributes.commands.filter(c => c.category !== 'Tracewright').map(c => c.command)).toEqual([]);
    expect(manifest.contributes.languages).toContainEqual(expect.objectContaining({ id: 'tracewright', extensions: ['.req'] }));
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:tracewright', 'workspaceContains:**/*.req']));
    expect(manifest.contributes.configuration.properties).toHaveProperty(['tracewright.trace.server']);
});
