import type { Mermaid, MermaidConfig } from 'mermaid';

/** Mermaid comes from media/preview/mermaid.min.js (a separate nonce'd script) as a global. */
declare const mermaid: Mermaid;

/** Mermaid's defaults refuse big diagrams; the whole-model view raises them (it can take seconds). */
const SLICE_LIMITS = { maxTextSize: 200_000, maxEdges: 1_000 };
const WHOLE_MODEL_LIMITS = { maxTextSize: 5_000_000, maxEdges: 20_000 };

/**
 * Every top-level key a `%%{init}%%` directive or front matter could set is declared secure, so a
 * diagram text cannot change the security level, theme, labels or limits. (The generator never lets
 * user text produce `%`, so a directive cannot appear in the first place; this is the second lock.)
 */
const LOCKED_KEYS = [
    'secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'suppressErrorRendering', 'theme',
    'themeVariables', 'themeCSS', 'darkMode', 'fontFamily', 'fontSize', 'htmlLabels', 'look', 'layout', 'er',
    'handDrawnSeed', 'elk', 'dompurifyConfig', 'arrowMarkerAbsolute', 'deterministicIds', 'deterministicIDSeed',
    'markdownAutoWrap', 'legacyMathML', 'forceLegacyMathML', 'wrap', 'logLevel', 'altFontFamily', 'fontawesome'
];

/** Reads a `--vscode-*` colour from the page; VS Code sets them on <html> for light, dark and high-contrast themes. */
function themeColour(name: string, fallback: string): string {
    const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
}

function themeVariables(): Record<string, string> {
    const background = themeColour('--vscode-editor-background', '#ffffff');
    const foreground = themeColour('--vscode-editor-foreground', '#333333');
    const widget = themeColour('--vscode-editorWidget-background', background);
    const border = themeColour('--vscode-editorWidget-border', themeColour('--vscode-contrastBorder', foreground));
    return {
        background,
        primaryColor: widget,
        primaryTextColor: foreground,
        primaryBorderColor: border,
        secondaryColor: themeColour('--vscode-sideBar-background', widget),
        tertiaryColor: background,
        lineColor: foreground,
        textColor: foreground,
        // Row shading of entity boxes.
        rowOdd: background,
        rowEven: widget,
        fontFamily: themeColour('--vscode-font-family', 'sans-serif'),
        fontSize: themeColour('--vscode-font-size', '13px')
    };
}

let lockedKeys: string[] | undefined;

function configure(wholeModel: boolean): void {
    lockedKeys ??= [...new Set([...LOCKED_KEYS, ...Object.keys(mermaid.mermaidAPI.defaultConfig ?? {})])];
    const config: MermaidConfig = {
        startOnLoad: false,
        securityLevel: 'strict',
        theme: 'base',
        look: 'classic',
        themeVariables: themeVariables(),
        suppressErrorRendering: true,
        secure: lockedKeys,
        ...(wholeModel ? WHOLE_MODEL_LIMITS : SLICE_LIMITS)
    };
    mermaid.initialize(config);
}

let renderCount = 0;

/** Renders Mermaid source to an SVG string with the current theme; throws Mermaid's parse error. */
export async function renderMermaid(source: string, wholeModel: boolean): Promise<{ svg: string, renderId: string }> {
    configure(wholeModel);
    const renderId = `tw-diagram-${++renderCount}`;
    const { svg } = await mermaid.render(renderId, source);
    return { svg, renderId };
}
