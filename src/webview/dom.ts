/** Small DOM helpers for the webviews: corpus text goes in as text nodes only, never as HTML. */

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

export const vscodeApi = acquireVsCodeApi();

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
