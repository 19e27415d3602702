/** Small DOM helpers for the webviews: corpus text goes in as text nodes only, never as HTML. */

/** Set by the page's inline boot script (src/vscode/webviews/shell.ts) before this script loads. */
declare const corpusNav: { vscode: { postMessage(message: unknown): void }; early: unknown[]; keep: (event: MessageEvent) => void };

export const vscodeApi = corpusNav.vscode;

/** Hands each message from the extension to `handle`: first those that came while this script loaded, in order, then the rest as they come. */
export function onMessage(handle: (message: unknown) => void): void {
  window.removeEventListener('message', corpusNav.keep);
  for (const m of corpusNav.early.splice(0)) handle(m);
  window.addEventListener('message', (event: MessageEvent) => handle(event.data));
}

/** A performance mark ("corpus-nav:NAME") that scripts/bench-views.mjs reads to say where opening a view spends its time. */
export const mark = (name: string): void => void performance.mark(`corpus-nav:${name}`);

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** A list of passages under the view; each opens in the editor when chosen. */
export function passageList(host: HTMLElement, title: string, rows: Array<{ path: string; start: number; end: number; label: string; detail?: string }>, more = 0): void {
  host.replaceChildren(el('h3', {}, title));
  const list = el('ul', { class: 'passages' });
  for (const r of rows) {
    const button = el('button', { class: 'passage', title: r.path }, r.label);
    button.addEventListener('click', () => vscodeApi.postMessage({ type: 'open', path: r.path, start: r.start, end: r.end }));
    list.append(el('li', {}, button, r.detail ? el('span', { class: 'detail' }, r.detail) : ''));
  }
  host.append(list);
  if (more > 0) host.append(el('p', { class: 'note' }, `and ${more} more`));
}

/**
 * Adds CSS rules of the page's own script to the page, in a style element with the script's nonce
 * (the only kind the webview's Content-Security-Policy lets in). Call it as the script starts:
 * document.currentScript is the script only then.
 */
export function addStyle(css: string): void {
  const style = document.createElement('style');
  style.nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
  style.textContent = css;
  document.head.append(style);
}
