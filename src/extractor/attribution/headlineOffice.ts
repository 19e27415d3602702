/**
 * "Montreal police chief defends response", "Saskatchewan MLA calls for review": a headline's
 * subject made of a place and an office. The place tells where the office is held, and does not
 * speak; the office is the one person of the body who holds it ("Montreal police Chief Fady
 * Dagher", "NDP MLA Vicki Mowat"), the words between the place and the office standing in that
 * person's role or right before one of their mentions ("police" in "Montreal police Chief").
 */
import type { LocalActor, LocalMention } from '../actors';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { Token } from '../text';
import { DETERMINERS } from './words';
import { holders, onlyHolder, ROLE_SYNONYMS, unrankedRole } from './roleHolders';
import type { ArticleState, Np } from './state';

/**
 * The person a headline's phrase `np` (tokens `t` of paragraph `pi`: the place `place` when the names layer
 * listed it, then lower-case modifiers and an office) names; null when no one or several hold it. undefined when
 * the phrase is of another form.
 */
export function headlineOffice(st: ArticleState, pi: number, t: Token[], np: Np, place: LocalMention | null): LocalActor | null | undefined {
  const head = t[np.to - 1];
  const office = head.lower;
  if (office === 'minister' && !place && (np.to - np.from === 1 || (np.to - np.from === 2 && DETERMINERS.has(t[np.from].lower)))) {
    // (two of them, or the one a mention calls shadow or former: no one the headline tells)
    const ministers = holders(st, (role) => MINISTERIAL.test(role) && !NOT_MINISTER.test(role), 2);
    if (ministers.length !== 1) return ministers.length ? null : undefined;
    const minister = ministers[0];
    if (describes(st, minister, 'shadow') || describes(st, minister, 'former')) return null;
    st.addMention(minister, pi, np.from, np.to, t[np.from].start, head.end);
    return minister;
  }
  // (a place the names layer did not list is capitalised words no one's name stands in: "Saskatchewan MLA")
  let placeEnd = np.from;
  if (place) placeEnd = place.from === np.from ? place.to : np.from;
  else while (placeEnd < np.to - 1 && t[placeEnd].type === 'word' && t[placeEnd].cap && !st.mentionAt[pi][placeEnd]) placeEnd++;
  if (placeEnd === np.from || placeEnd >= np.to || np.to - placeEnd > 3 || !(ROLE_NOUNS.has(office) || TITLES.has(office))) return undefined;
  const modifiers = t.slice(placeEnd, np.to - 1);
  if (modifiers.some((w) => w.type !== 'word' || w.cap || w.possessive)) return undefined;
  // (a deputy chief is no "police chief", unless the headline says "deputy")
  const ranked = modifiers.some((w) => !unrankedRole(w.lower));
  let holder = onlyHolder(st, (role) => role.split(/\s+/).includes(office) && (ranked || unrankedRole(role)));
  // capitalised words no list knows as a place may be a club's or a firm's ("Rovers boss insists
  // …"): the one holder of the office under another name ("Blackburn Rovers manager") whom they
  // describe, rather than the other club's boss
  const words = place ? [] : t.slice(np.from, placeEnd).map((w) => w.lower);
  if (holder && !words.every((w) => describes(st, holder!, w))) {
    const synonyms = ROLE_SYNONYMS[office] ?? [];
    const holdsSynonym = (role: string): boolean => {
      const roleWords = role.split(/\s+/);
      return synonyms.some((syn) => roleWords.includes(syn));
    };
    const described = holders(st, holdsSynonym, 8).filter((a) => words.every((w) => describes(st, a, w)));
    if (described.length === 1) holder = described[0];
  }
  // (no one holding it: the other sieves read the phrase)
  if (!holder) return undefined;
  if (!modifiers.every((w) => describes(st, holder, w.lower))) return null;
  st.addMention(holder, pi, np.from, np.to, t[np.from].start, head.end);
  return holder;
}

/**
 * "…, says minister" over a body that names "Health Secretary Jeremy Miles": a headline's bare
 * minister is the one person of the article whose role is a minister's or a government
 * secretary's (a portfolio's, "Home Secretary", "Cabinet Secretary for Health", "Secretary of
 * State for Wales": British and Commonwealth governments title ministers so); not a party's or a
 * union's "general secretary", a "press secretary", nor a shadow, former or prime minister.
 */
const MINISTERIAL = /\bminister\b|\bsecretary of state\b|\bcabinet secretary\b|\b(?:health|home|foreign|defen[cs]e|education|justice|transport|environment|culture|finance|economy|energy|housing|interior|business|trade|treasury|welsh|scottish|northern ireland|communities|pensions)\s+secretary\b/;
const NOT_MINISTER = /\b(?:shadow|former|ex|prime|opposition)\b|\bpress secretary\b/;

/** Whether word `w` stands in a role or body of `a`, or among the three words before one of its mentions or inside one. */
function describes(st: ArticleState, a: LocalActor, w: string): boolean {
  if (a.roles.some((r) => r.toLowerCase().split(/\s+/).includes(w)) || a.orgHints.some((h) => h.toLowerCase().split(/\s+/).includes(w))) return true;
  return st.mentions.some((m) => {
    if (m.actor !== a) return false;
    const t = st.paragraphs[m.para].tokens;
    // (or inside a mention by a role: "Saskatoon's police chief" in the lede tells the headline's "police chief")
    for (let i = Math.max(0, m.from - 3); i < m.to; i++) if (t[i].lower === w) return true;
    return false;
  });
}
