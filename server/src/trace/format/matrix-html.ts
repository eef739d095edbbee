import type { CoverageStatus, TraceMatrix } from '../trace-matrix-types.js';

/**
 * The matrix as one self-contained HTML page: inline CSS, no scripts, no external resources, every
 * piece of user text escaped. Tables repeat their headers and avoid breaking rows across printed pages.
 */
export function matrixToHtml(matrix: TraceMatrix, title = 'Traceability matrix'): string {
    const s = matrix.summary;
    const body = [
        `<h1>${escapeHtml(title)}</h1>`,
        `<p class="summary">${s.goalsRealised}/${s.goals} goals realised · ${s.itemsServingGoals}/${s.items} stories and requirements serve a goal · `
            + `${s.dataJustified}/${s.dataElements} data elements justified · <strong>${s.gaps} gaps</strong></p>`,
        '<h2>Goals</h2>',
        table(['Goal', 'Title', 'Realised by', 'Sub-goals', 'Status'],
            matrix.goals.map(g => [code(g.name), escapeHtml(g.title), names(g.realisedBy), names(g.subGoals), status(g.status)])),
        '<h2>Stories and requirements</h2>',
        table(['Item', 'Text', 'Kind', 'Priority', 'Goals', 'Data', 'Detailed by', 'Status'],
            matrix.items.map(i => [code(i.name), escapeHtml(i.text), escapeHtml(i.requirementKind ?? i.kind), escapeHtml(i.priority ?? ''),
                names(i.goals), names(i.data), names(i.detailedBy), status(i.status)])),
        '<h2>Data</h2>',
        table(['Element', 'Kind', 'Justified by', 'Goals', 'Status'],
            matrix.data.map(d => [code(d.name), escapeHtml(d.kind), names(d.justifiedBy), names(d.goals), status(d.status)])),
        '<h2>CRUD</h2>',
        matrix.crud.rows.length === 0 ? '<p>No story uses entities.</p>' : table(['Story', ...matrix.crud.entities.map(escapeHtml)],
            matrix.crud.rows.map(r => [code(r.story), ...matrix.crud.entities.map(e => escapeHtml(r.operations[e] ?? ''))]), true),
        '<h2>Gaps</h2>',
        matrix.gaps.length === 0 ? '<p>None.</p>' : `<ul class="gaps">${matrix.gaps.map(g =>
            `<li class="${escapeHtml(g.severity)}"><span class="where">${escapeHtml(`${g.location.file}:${g.location.line}:${g.location.column}`)}</span> `
            + `<code>${escapeHtml(g.rule)}</code> ${escapeHtml(g.message)}</li>`).join('\n')}</ul>`
    ];
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** Escapes the five characters that could end text and start markup or an attribute. */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function table(header: string[], rows: string[][], centred = false): string {
    const head = `<thead><tr>${header.map(h => `<th>${h}</th>`).join('')}</tr></thead>`;
    const bodyRows = rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`).join('\n');
    return `<table${centred ? ' class="crud"' : ''}>${head}\n<tbody>\n${bodyRows}\n</tbody></table>`;
}

function code(name: string): string {
    return `<code>${escapeHtml(name)}</code>`;
}

function names(values: string[]): string {
    return values.map(code).join(', ');
}

function status(value: CoverageStatus): string {
    return `<span class="status ${value}">${value}</span>`;
}

const css = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 2rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
.summary { color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
table.crud td { text-align: center; font-family: ui-monospace, monospace; }
code { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: .92em; }
.status { padding: 0 .4rem; border-radius: .6rem; font-size: .85em; white-space: nowrap; }
.status.covered { background: #dafbe1; color: #116329; }
.status.gap { background: #ffebe9; color: #a40e26; font-weight: 600; }
.status.exempt { background: #eaeef2; color: #57606a; }
ul.gaps li { margin: .2rem 0; }
ul.gaps .where { font-family: ui-monospace, monospace; color: #57606a; }
ul.gaps li.error { color: #a40e26; }
@media print {
  body { margin: 0; font-size: 10pt; color: #000; }
  h2 { break-after: avoid; }
  table { page-break-inside: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .status { border: 1px solid #999; background: none !important; color: #000 !important; }
  .status.gap { font-weight: 700; }
}
`;
