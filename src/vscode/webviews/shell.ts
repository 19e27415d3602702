/**
 * The HTML every Corpus Navigator webview starts from: a strict Content-Security-Policy (nothing
 * by default; scripts and style elements only with this page's nonce, files only from the
 * extension's own dist/webview folder; no eval, no remote resources), the editor's theme through the
 * --vscode-* CSS variables, a small inline boot script, one bundled script and optionally a
 * library's bundle that script loads after the page's load event. Corpus data arrives by postMessage and is put into the page
 * as text, never as HTML.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { OPEN_SPAN } from '../commands/ids';

export interface ShellOptions {
  title: string;
  /** File names in dist/webview/ (bundled by esbuild.config.mjs). */
  script: string;
  /** Put the script's text in the page (a small script): it runs without waiting for a fetch. */
  inlineScript?: boolean;
  /**
   * A large script (a library's bundle) that `script` loads itself, by the address in its
   * data-library attribute, once the page's load event has passed: VS Code hands a webview its
   * messages only after that event, which a script still loading would hold back.
   */
  library?: string;
  /** Style sheets in dist/webview/, their text put in the page: nothing to fetch before the first frame. */
  styles: string[];
}

/** The folder webviews may load from: nothing else on disk is reachable. */
export const webviewRoot = (extensionUri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'dist', 'webview');

/**
 * The page's first script, inline (allowed by its nonce), first in its head (a script after a style
 * sheet waits for it), run before the view's library has even loaded: it says 'ready' and keeps the messages that arrive meanwhile, so the extension sends
 * the data while the library loads (src/webview/dom.ts takes them over). No corpus data in it.
 */
const BOOT = `performance.mark('corpus-nav:page');
window.corpusNav = { vscode: acquireVsCodeApi(), early: [], keep: (e) => window.corpusNav.early.push(e.data) };
window.addEventListener('message', window.corpusNav.keep);
window.corpusNav.vscode.postMessage({ type: 'ready' });`;

/** Texts of dist/webview/ files put in pages, read once (they change only with a new build). */
const texts = new Map<string, string>();

/**
 * The text of a dist/webview/ file to put in a page inside `tag`, or undefined when it contains
 * that tag's end (it would end the element early): then it is loaded from its file instead.
 */
function inlineText(root: vscode.Uri, file: string, tag: 'script' | 'style'): string | undefined {
  const path = vscode.Uri.joinPath(root, file).fsPath;
  let text = texts.get(path);
  if (text === undefined) texts.set(path, (text = readFileSync(path, 'utf8')));
  return text.toLowerCase().includes(`</${tag}`) ? undefined : text;
}

export function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: ShellOptions): string {
  const nonce = randomBytes(16).toString('base64');
  const root = webviewRoot(extensionUri);
  const src = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(root, file)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const styles = options.styles
    .map((f) => {
      const text = inlineText(root, f, 'style');
      return text === undefined ? `<link rel="stylesheet" href="${src(f)}">` : `<style nonce="${nonce}">${text}</style>`;
    })
    .join('\n  ');
  const inline = options.inlineScript ? inlineText(root, options.script, 'script') : undefined;
  const library = options.library ? ` data-library="${src(options.library)}"` : '';
  const script = inline === undefined ? `<script nonce="${nonce}"${library} src="${src(options.script)}"></script>` : `<script nonce="${nonce}"${library}>${inline}</script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <script nonce="${nonce}">${BOOT}</script>
  ${styles}
  <title>${options.title}</title>
</head>
<body>
  ${script}
</body>
</html>`;
}

/** A message from a webview asking to open a passage, checked field by field: webview input is untrusted. */
export function asOpenRequest(message: unknown): { path: string; start: number; end: number } | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const ok = typeof m.path === 'string' && Number.isSafeInteger(m.start) && Number.isSafeInteger(m.end) && (m.start as number) >= 0 && (m.end as number) >= (m.start as number);
  return ok ? { path: m.path as string, start: m.start as number, end: m.end as number } : null;
}

export interface PanelSpec extends ShellOptions {
  viewType: string;
}

/** What a panel kind does with its webview: make its data message, and handle its own messages. */
export interface PanelBehaviour {
  /** The message that draws the view as it stands (corpus and filters). */
  data(): unknown;
  onMessage(message: Record<string, unknown>): void;
}

/** The corpus changes many times a second while indexing: a panel redraws once it settles. */
const REDRAW_MS = 500;

/**
 * A command handler that opens one panel of this kind (or shows the one already open). The data
 * is made while the page loads and posted when the page says 'ready' (its boot script does, before
 * the library loads), and again after the
 * corpus changes. Nothing is posted before: a message to a page not yet listening can be lost. 'open' messages open a passage (checked first); other messages go to the
 * behaviour, which posts its own answers.
 */
export function singletonPanel(index: { onDidChange: vscode.Event<void> }, extensionUri: vscode.Uri, spec: PanelSpec, behaviour: (panel: vscode.WebviewPanel) => PanelBehaviour): () => void {
  let panel: vscode.WebviewPanel | undefined;
  return () => {
    if (panel) return panel.reveal();
    const current = (panel = vscode.window.createWebviewPanel(spec.viewType, spec.title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [webviewRoot(extensionUri)],
      // a user goes from the view to a passage and back, one after another: the page keeps its
      // filters, zoom and list instead of reloading with the defaults while the data stays filtered
      retainContextWhenHidden: true,
    }));
    const b = behaviour(current);
    let timer: NodeJS.Timeout | undefined;
    /** Made ahead for the page's next 'ready'; dropped when the corpus changes. */
    let prepared: unknown;
    let booted = false;
    const post = (): void => void current.webview.postMessage(b.data());
    current.webview.html = shellHtml(current.webview, extensionUri, spec);
    // once the page has gone to the workbench, so the two are made at the same time
    const early = setTimeout(() => (prepared ??= b.data()), 0);
    const subscriptions = [
      current.webview.onDidReceiveMessage((message: unknown) => {
        if (typeof message !== 'object' || message === null) return;
        const m = message as Record<string, unknown>;
        if (m.type === 'ready') {
          booted = true;
          void current.webview.postMessage(prepared ?? b.data());
          prepared = undefined;
        } else if (m.type === 'open') {
          const open = asOpenRequest(m);
          if (open) void vscode.commands.executeCommand(OPEN_SPAN, open.path, open.start, open.end);
        } else b.onMessage(m);
      }),
      index.onDidChange(() => {
        prepared = undefined;
        clearTimeout(timer);
        timer = setTimeout(() => booted && post(), REDRAW_MS);
      }),
    ];
    current.onDidDispose(() => {
      clearTimeout(early);
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      panel = undefined;
    });
  };
}
