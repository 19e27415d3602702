/**
 * "The Minister of Health in Ghana said", "the Health Minister of Kenya said": an office held in
 * a country, written with its portfolio, is a person the phrase does not name. The speaker is the
 * one person of the article holding that office, else someone of the article named by the phrase;
 * never the country (nor a body cut out of the office: see ../names, "Health of Ghana"). A church's
 * office of a see is one too: "the Anglican Bishop of Toronto said" is the bishop, not Toronto.
 */
import type { LocalActor, LocalMention } from '../actors';
import { FIELD_WORDS } from '../officeFields';
import type { Token } from '../text';
import { phraseActor } from './groups';
import { onlyHolder } from './roleHolders';
import type { ArticleState, Np } from './state';

/** Offices a country's government gives with a portfolio or alone ("the President of Ghana"). */
const COUNTRY_OFFICES = new Set(['minister', 'secretary', 'commissioner', 'president', 'ambassador', 'governor', 'attorney-general', 'chancellor', 'premier']);
/** A church's offices of a see ("the Anglican Bishop of Toronto", "the Roman Catholic Archbishop of Edmonton"). */
const SEE_OFFICES = new Set(['bishop', 'archbishop', 'cardinal', 'patriarch', 'metropolitan', 'eparch']);
/** Churches such an office is named with. */
const CHURCHES = new Set(['roman', 'catholic', 'anglican', 'orthodox', 'lutheran', 'episcopal', 'episcopalian', 'methodist', 'greek', 'ukrainian', 'coptic', 'maronite']);
/** Words an office's phrase may join its fields with. */
const JOINING = new Set(['of', 'for', 'and', '&']);
/** Rank words that make another office: a deputy minister is no minister. */
const RANKS = /\b(?:deputy|vice|prime|assistant|junior|shadow|former|ex|acting|state)\b/;

/**
 * The speaker of phrase `np` (paragraph `pi`) when it is an office, in its portfolio's words,
 * "of" or "in" the country or place `place` names at its end: the one person whose role holds the
 * office's words (its title, its fields, its rank), else a person of the article named by the
 * phrase (`phraseActor`). undefined when the phrase is not of that shape.
 */
export function countryOfficeHolder(st: ArticleState, pi: number, t: Token[], np: Np, place: LocalMention): LocalActor | undefined {
  if (place.to !== np.to || (place.actor.kind !== 'country' && place.actor.kind !== 'place')) return undefined;
  let end = place.from - 1;
  if (t[end]?.lower === 'the') end--;
  if (end <= np.from || (t[end].lower !== 'of' && t[end].lower !== 'in')) return undefined;
  let from = np.from;
  if (t[from].lower === 'the' || t[from].lower === 'a' || t[from].lower === 'an') from++;
  let title: Token | null = null;
  const fields: string[] = [];
  for (let i = from; i < end; i++) {
    const w = t[i];
    if (w.type !== 'word' || st.mentionAt[pi][i]) return undefined;
    if (COUNTRY_OFFICES.has(w.lower) || SEE_OFFICES.has(w.lower)) title = w;
    else if (FIELD_WORDS.has(w.lower)) fields.push(w.lower);
    else if (CHURCHES.has(w.lower)) continue;
    else if (!JOINING.has(w.lower) && !RANKS.test(w.lower)) return undefined;
  }
  if (!title) return undefined;
  const rank = RANKS.exec(st.text.slice(t[from].start, t[end - 1].end).toLowerCase())?.[0];
  const holder = onlyHolder(st, (office) => {
    const words = office.split(/[\s,]+/);
    return words.includes(title.lower) && fields.every((f) => words.includes(f)) && RANKS.exec(office)?.[0] === rank;
  });
  if (holder) {
    st.addMention(holder, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return holder;
  }
  return phraseActor(st, pi, t, np, title, true);
}
