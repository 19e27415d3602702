/**
 * Corpus text about to be shown in a view. An article may hold the directional embeddings,
 * overrides and isolates of Unicode's bidirectional algorithm (U+202A–U+202E, U+2066–U+2069): shown
 * as they are, one in a quote makes a label, hover or tree row read in another order than the
 * article's words ("Trojan Source", Boucher and Anderson 2021, CVE-2021-42574), and one left open
 * reverses whatever the view prints after it. Views show the characters in their stored order.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` without directional embeddings, overrides and isolates (the same string when it has none). */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}
