/**
 * "About whom": the actors a quote talks about are the actors mentioned inside its content. The
 * mentions are already resolved by the extractor (a role phrase such as "the NATO chief" inside a
 * quotation is the person it names), so this only intersects spans.
 */
import type { Mention, Span } from '../extractor/types';
import { lowerBound } from '../extractor/sorted';

/** Past this many ids a quote's are also kept in a Set. */
const LONG_LIST = 16;

/**
 * The ids of the actors mentioned inside a quote's content, each once, in text order.
 * @param content the quote's pieces, or its own span when it has none (offsets into the article).
 * @param mentions the article's mentions sorted by `start` (as documents hold them).
 * @param speaker the quote's speaker id: left out, since a speaker naming themself is rarely the topic.
 */
export function aboutOf(content: readonly Pick<Span, 'start' | 'end'>[], mentions: readonly Mention[], speaker: string | null): string[] {
  const ids: string[] = [];
  // a Set beside a long list: a quote naming thousands of people ("A said that B said that …")
  // made the scans quadratic (1 MB: 2.8 s of the corpus's JSON)
  let seen: Set<string> | null = null;
  for (const piece of content) {
    for (let i = lowerBound((k) => mentions[k].start, piece.start, 0, mentions.length); i < mentions.length && mentions[i].start < piece.end; i++) {
      const m = mentions[i];
      if (m.end > piece.end || m.actor === speaker) continue;
      if (seen) {
        if (seen.has(m.actor)) continue;
        seen.add(m.actor);
      } else if (ids.includes(m.actor)) continue;
      else if (ids.length === LONG_LIST) seen = new Set(ids).add(m.actor);
      ids.push(m.actor);
    }
  }
  return ids;
}
