/** Where the webview's own files are, as webview URIs (`webview.asWebviewUri`), plus the CSP source and a fresh nonce. */
export interface PreviewHtmlOptions {
    cspSource: string;
    nonce: string;
    scriptUri: string;
    mermaidUri: string;
    styleUri: string;
}

/**
 * The preview's HTML shell. A pure function (no `vscode` import) so the Chromium test loads the very
 * same page. Everything dynamic is built by the script with textContent; this shell holds no user text.
 *
 * CSP: scripts only with the per-render nonce. Styles allow 'unsafe-inline' because Mermaid writes a
 * `<style>` element and `style="…"` attributes into every SVG it renders; a nonce cannot cover style
 * attributes, and with a nonce present CSP ignores 'unsafe-inline'. Styles cannot run script, and user
 * text reaches Mermaid only as entity codes, so this opens no injection path.
 */
export function previewHtml(options: PreviewHtmlOptions): string {
    const { cspSource, nonce } = options;
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`
    ].join('; ');
    // `<meta charset>` matters: mermaid.min.js holds non-ASCII regex literals (its entity decoder),
    // and a script without a charset is decoded with the page's encoding.
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribute(options.styleUri)}">
<title>Tracewright Preview</title>
</head>
<body>
<div class="tabs" role="tablist" aria-label="Preview views">
  <button type="button" role="tab" id="tab-diagram" aria-controls="panel-diagram" aria-selected="true">ER diagram</button>
  <button type="button" role="tab" id="tab-sql" aria-controls="panel-sql" aria-selected="false" tabindex="-1">SQL</button>
  <button type="button" role="tab" id="tab-trace" aria-controls="panel-trace" aria-selected="false" tabindex="-1">Trace</button>
</div>
<div id="banner" class="banner" role="status" hidden></div>
<section id="panel-diagram" role="tabpanel" aria-labelledby="tab-diagram">
  <div class="toolbar">
    <label>Show <select id="slice-picker"></select></label>
    <label>Highlight <select id="overlay-picker"></select></label>
    <span class="spacer"></span>
    <button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">−</button>
    <button type="button" id="zoom-reset" title="Fit the diagram to the panel" aria-label="Fit the diagram to the panel">Fit</button>
    <button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button>
    <button type="button" id="export-svg">Export SVG</button>
    <button type="button" id="export-mermaid">Export Mermaid source</button>
  </div>
  <div id="diagram-status" class="status" aria-live="polite"></div>
  <div id="legend" class="legend"><span class="swatch traced"></span> traced by the highlighted element <span class="swatch unjustified"></span> justified by nothing</div>
  <div id="diagram-viewport" class="viewport" tabindex="0" aria-label="ER diagram; drag or use arrow keys to pan, + and - to zoom">
    <div id="diagram"></div>
  </div>
</section>
<section id="panel-sql" role="tabpanel" aria-labelledby="tab-sql" hidden>
  <div class="toolbar">
    <label>Dialect <select id="sql-dialect">
      <option value="postgres">PostgreSQL</option>
      <option value="sqlite">SQLite</option>
      <option value="mysql">MySQL / MariaDB</option>
    </select></label>
    <span class="spacer"></span>
    <button type="button" id="sql-copy">Copy</button>
    <button type="button" id="sql-save">Save…</button>
    <button type="button" id="sql-verify">Verify on engine</button>
  </div>
  <div id="sql-verification" class="status" aria-live="polite"></div>
  <pre id="sql-code" class="sql" tabindex="0"></pre>
</section>
<section id="panel-trace" role="tabpanel" aria-labelledby="tab-trace" hidden>
  <div class="toolbar" id="trace-filters">
    <label>Goal <select id="filter-goal"></select></label>
    <label>Stakeholder <select id="filter-stakeholder"></select></label>
    <label>Priority <select id="filter-priority"></select></label>
    <label>Status <select id="filter-status"></select></label>
  </div>
  <div id="trace-status" class="status" aria-live="polite"></div>
  <div class="table-scroll"><table id="trace-matrix" class="matrix"></table></div>
  <h3>Coverage gaps</h3>
  <ul id="trace-gaps" class="gaps"></ul>
</section>
<script nonce="${nonce}" src="${attribute(options.mermaidUri)}"></script>
<script nonce="${nonce}" src="${attribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** URIs come from `asWebviewUri`, but quote-escaping keeps the shell well-formed whatever they hold. */
function attribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
