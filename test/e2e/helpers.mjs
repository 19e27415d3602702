// Helpers of the browser tests: where a phrase is on screen, and text matched through the
// invisible word joiners the extension puts in quick-pick labels.

/** A pattern for `text` that also matches it with U+2060 between its characters. */
export function loose(text) {
  return new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\u2060?'));
}

/** Text of an element as read on screen (word joiners removed). */
export const visible = (s) => s.replace(/\u2060/g, '');

/**
 * Screen point of the middle of the first `length` characters where `pattern` matches an editor
 * line. The editor draws spaces as non-breaking spaces (hence \s) and cuts long lines into
 * several spans, so the match is mapped back onto the text nodes.
 */
export async function pointOfText(page, pattern, length) {
  const line = page.locator('.view-line', { hasText: pattern }).first();
  await line.waitFor();
  return line.evaluate(
    (el, { source, length }) => {
      const nodes = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      const full = nodes.map((n) => n.textContent).join('');
      const at = full.search(new RegExp(source));
      const locate = (offset) => {
        for (const n of nodes) {
          if (offset <= n.textContent.length) return [n, offset];
          offset -= n.textContent.length;
        }
        return [nodes.at(-1), nodes.at(-1).textContent.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + length));
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { source: pattern.source, length },
  );
}
