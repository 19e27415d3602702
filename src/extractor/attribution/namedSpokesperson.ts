/**
 * "A spokesperson for Meta said the company “designs privacy …”. “…,” said the spokesperson, Dani
 * Lever.": a body's spokesperson quoted unnamed, then named by the same noun after "the" and a
 * comma, is that person: the description's quotes and mentions are folded into the named person.
 * Read once per article after attribution.
 */
import type { LocalActor } from '../actors';
import type { ArticleState } from './state';

/** A spokesperson's nouns; the description and the naming must use one ("spokeswoman" is no "spokesman"). */
const SPOKES = /\bspokes(person|man|woman)\b/i;
/** How many paragraphs after the description's first quote the naming may come. */
const NAMED_WITHIN = 2;

/** Folds the one unnamed spokesperson of the article into the one named later as "the spokesperson, Name" (see the file comment). */
export function nameSpokesperson(st: ArticleState): void {
  let described: LocalActor | null = null;
  for (const a of st.table.actors) {
    if (a.kind !== 'person' || !SPOKES.test(a.name)) continue;
    if (described) return;
    described = a;
  }
  if (!described) return;
  const noun = SPOKES.exec(described.name)![1].toLowerCase();
  const first = st.quotes.find((q) => q.speaker === described);
  if (!first) return;
  let named: LocalActor | null = null;
  for (const m of st.mentions) {
    if (m.actor.kind !== 'person' || m.actor === described || m.actor.nameTokens.length < 2 || m.start < first.end) continue;
    const t = st.paragraphs[m.para].tokens;
    if (t[m.from - 1]?.text !== ',' || t[m.from - 2]?.lower !== `spokes${noun}` || t[m.from - 3]?.lower !== 'the') continue;
    if (named && named !== m.actor) return;
    if (st.paragraphs.findIndex((p) => p.end >= first.start) + NAMED_WITHIN < m.para) continue;
    // ("A Meta spokesperson said … TikTok said … The spokesperson, Dani Lever, said": another body
    // that spoke in between may be whose spokesperson is named)
    if (st.quotes.some((q) => q.start > first.end && q.start < m.start && q.speaker && q.speaker !== described && q.speaker.kind !== 'person' && !described!.name.includes(q.speaker.name))) return;
    named = m.actor;
  }
  if (!named) return;
  for (const q of st.quotes) if (q.speaker === described) q.speaker = named;
  st.table.merge(described, named, st.mentions);
}
