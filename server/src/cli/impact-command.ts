import { parseArgs } from 'node:util';
import { closestName } from '../language/util/closest-name.js';
import { impactToText } from '../trace/format/impact-text.js';
import { impactOf } from '../trace/impact.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import type { CliCommand } from './cli-command.js';
import { CliError } from './cli-error.js';
import { parseFormat } from './options.js';
import { relativeFileName } from './trace-command.js';

export const impactCommand: CliCommand = {
    name: 'impact',
    summary: 'Everything that depends on an element, e.g. what to revisit if Incident.priority changes.',
    usage: 'tracewright impact <Element> [paths...] [--format text|json]   (Element: Incident, Incident.priority, R1, US1, G1, an enum)',
    async run({ args, shared, services, out }) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
        const format = parseFormat(values.format, ['text', 'json']);
        const [name, ...paths] = positionals;
        if (!name) throw new CliError('Name the element to analyse, e.g. `tracewright impact Incident.priority examples/service-desk`.');
        const { problems } = await loadWorkspace(shared, paths.length > 0 ? paths : ['.']);
        if (problems.length > 0) throw new CliError(problems.join('\n'));
        const descriptions = shared.workspace.IndexManager.allElements().toArray();
        const found = descriptions.find(d => d.name === name)?.node;
        if (!found) {
            const suggestion = closestName(name, descriptions.map(d => d.name));
            throw new CliError(`No element named '${name}' in the workspace.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Attributes are written Entity.attribute.`);
        }
        const report = impactOf(services.traces.TraceIndex, found, relativeFileName);
        out(format === 'json' ? JSON.stringify(report, null, 2) : impactToText(report));
        return 0;
    }
};
