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

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
