/**
 * "A consumer advocacy group said the recall came too late. … The group, Consumers First Alliance,
 * said …": a body the lede describes with "a" and quotes unnamed, then names by the description's
 * head noun after "the" and a comma, is that body: the description's quotes and mentions are
 * folded into the named one. Read once per article after attribution (as ./namedSpokesperson).
 */
import type { LocalActor } from '../actors';
import type { ArticleState } from './state';

/** How many paragraphs after the description's first quote the naming may come. */
const NAMED_WITHIN = 3;

/** Folds each body described with "a" and quoted unnamed into the one named later as "the HEAD, Name" (see the file comment). */
export function nameDescribedBodies(st: ArticleState): void {
  for (const described of [...st.table.actors]) {
    if (described.kind !== 'organization' && described.kind !== 'group') continue;
    // (a description's actor: anonymous, or named by its lower-case phrase)
    if (!described.anonymous && described.name !== described.name.toLowerCase()) continue;
    const head = described.name.slice(described.name.lastIndexOf(' ') + 1);
    if (!head || described.name === head) continue;
    const first = st.quotes.find((q) => q.speaker === described);
    if (!first) continue;
    // (described with "a" or "an" where it first speaks: "the group" is some body named before)
    const opened = st.mentions.find((m) => m.actor === described);
    if (!opened || !/^an?\s/i.test(opened.text)) continue;
    const named = namedAs(st, described, head, first.end);
    if (!named) continue;
    for (const q of st.quotes) if (q.speaker === described) q.speaker = named;
    st.table.merge(described, named, st.mentions);
  }
}

/** The one body named "the `head`, Name" after offset `after` within NAMED_WITHIN paragraphs of it, with no other body of its kind quoted between; null when none or two. */
function namedAs(st: ArticleState, described: LocalActor, head: string, after: number): LocalActor | null {
  const from = st.paragraphs.findIndex((p) => p.end >= after);
  let named: LocalActor | null = null;
  for (const m of st.mentions) {
    if (m.actor.kind !== 'organization' || m.actor === described || m.actor.anonymous || m.start < after || m.para > from + NAMED_WITHIN) continue;
    const t = st.paragraphs[m.para].tokens;
    if (t[m.from - 1]?.text !== ',' || t[m.from - 2]?.lower !== head || t[m.from - 3]?.lower !== 'the' || t[m.to]?.text !== ',') continue;
    if (named && named !== m.actor) return null;
    // ("A consumer group said … Health Canada said … The group, NAME,": another body that spoke between may be whose the words are)
    if (st.quotes.some((q) => q.start > after && q.start < m.start && q.speaker && q.speaker !== described && q.speaker.kind !== 'person')) return null;
    named = m.actor;
  }
  return named;
}
