/** Small text helpers for what the views show: corpus text made short and safe to display. */

/** One line, at most `max` characters, cut at a word. */
export function snippet(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length)}…`;
}

/** The file name of a URI string, for "in <article>". */
export function articleName(key: string): string {
  return decodeURIComponent(key.slice(key.lastIndexOf('/') + 1));
}

/**
 * Corpus text as Markdown that shows exactly that text: every character Markdown, HTML or theme
 * icons give a meaning to is escaped, so a quote can neither format itself nor make a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
