/**
 * People told by their generation or age. "the younger Okoye", "the elder Okoye": a lone surname
 * two people of the article share, told apart (asked by ./mentions when it resolves lone names)
 * by what the text says where each is first named: a kinship noun before the name ("His son,
 * Marcus Okoye"; "her father, Doug Kovach-Sterling") or a kin role ("son of …") after it, or an age after it ("Darnell Okoye, 58,");
 * without either, no one. And the ages stated so, which "the 23-year-old said" must agree with.
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Token } from '../text';
import type { ArticleState } from './state';
import { AGED } from './words';

export type Generation = 'younger' | 'elder';

const YOUNGER_KIN = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'stepson', 'stepdaughter']);
const ELDER_KIN = new Set(['father', 'mother', 'grandfather', 'grandmother', 'uncle', 'aunt', 'stepfather', 'stepmother']);

const JUNIOR = / Jr\.?$/;
const SENIOR = / Sr\.?$/;

/** "the younger" or "the elder"/"the older" right before token `at`, or null. */
export function generationBefore(t: Token[], at: number): Generation | null {
  const word = t[at - 1]?.lower;
  if (t[at - 2]?.lower !== 'the') return null;
  return word === 'younger' ? 'younger' : word === 'elder' || word === 'older' ? 'elder' : null;
}

/** Of `persons` (two or more sharing a surname), the one of `generation`; `first` gives each one's first mention. Undefined when the text does not tell. */
export function byGeneration(st: ArticleState, persons: LocalActor[], generation: Generation, first: Map<LocalActor, LocalMention>): LocalActor | undefined {
  // "Vladimir Guerrero Jr." and "Vladimir Guerrero Sr.": the suffix says which
  const suffixed = persons.filter((p) => (generation === 'younger' ? JUNIOR : SENIOR).test(p.name));
  if (suffixed.length === 1) return suffixed[0];
  const placedAs = (p: LocalActor, kin: Set<string>, bare: boolean): boolean => {
    // (or a kin role read after the name: "Luke Danforth, the eldest son of Sen. Walter Danforth,")
    if (p.roles.some((r) => kin.has(r.slice(r.lastIndexOf(' ') + 1).toLowerCase()))) return true;
    const m = first.get(p);
    const t = m && st.paragraphs[m.para].tokens;
    return !!t && (t[m.from - 1]?.text === ',' ? kin.has(t[m.from - 2]?.lower ?? '') : bare && kin.has(t[m.from - 1]?.lower ?? ''));
  };
  const placed = persons.filter((p) => placedAs(p, generation === 'younger' ? YOUNGER_KIN : ELDER_KIN, false));
  // (of three generations a kinship noun places one against another only: ages then decide)
  if (placed.length === 1 && persons.length === 2) return placed[0];
  // "Walter Kowalchuk … His son, Brent Kowalchuk … Brent's daughter Kayla Kowalchuk … the elder
  // Kowalchuk": all but one placed as of the other generation, that one
  const rest = placed.length === 0 ? persons.filter((p) => !placedAs(p, generation === 'younger' ? ELDER_KIN : YOUNGER_KIN, true)) : [];
  if (rest.length === 1) return rest[0];
  // ages stated after the names: the youngest or the oldest, when every one is given
  const aged = persons.map((p) => [p, ageAfter(st, first.get(p))] as const);
  if (aged.some(([, age]) => age === null)) return undefined;
  aged.sort((a, b) => a[1]! - b[1]!);
  const [pick, next] = generation === 'younger' ? [aged[0], aged[1]] : [aged[aged.length - 1], aged[aged.length - 2]];
  return pick[1] !== next[1] ? pick[0] : undefined;
}

/** The age after a person's first mention ("Darnell Okoye, 58,"), or null. */
function ageAfter(st: ArticleState, m: LocalMention | undefined): number | null {
  if (!m) return null;
  const t = st.paragraphs[m.para].tokens;
  const age = t[m.to]?.text === ',' ? t[m.to + 1]?.text : undefined;
  return age !== undefined && /^\d{1,3}$/.test(age) && t[m.to + 2]?.text === ',' ? Number(age) : null;
}

/** Per article: each person's age stated after their first mention (null: none), and how many mentions were read for it. */
const statedAges = new WeakMap<ArticleState, { ages: Map<LocalActor, number | null>; read: number }>();

/**
 * The age stated after one of person `a`'s mentions, the first that has one ("Gordon Pike, 54,";
 * "Kevin Gausman struck out 11 … Gausman, 34, and"), or null. The article's mentions are read
 * once, as far as asked, whatever the number of questions.
 */
export function statedAge(st: ArticleState, a: LocalActor): number | null {
  let known = statedAges.get(st);
  if (!known) statedAges.set(st, (known = { ages: new Map(), read: 0 }));
  while ((known.ages.get(a) ?? null) === null && known.read < st.mentions.length) {
    const m = st.mentions[known.read++];
    if ((known.ages.get(m.actor) ?? null) === null) known.ages.set(m.actor, ageAfter(st, m));
  }
  return known.ages.get(a) ?? null;
}

/**
 * The one person of the article whose stated age (`statedAge`) is `age`, null when none or two
 * are. Asked once per article and age: "the 19-year-old said" repeated stays linear.
 */
export function personOfAge(st: ArticleState, age: number): LocalActor | null {
  // (the persons' stated ages read once per article, at the first ask: an article asking a
  // thousand ages of a hundred thousand people read them all a thousand times)
  let ages = personsByAge.get(st);
  if (!ages) {
    personsByAge.set(st, (ages = new Map()));
    for (const a of st.table.actors) {
      if (a.kind !== 'person') continue;
      const stated = statedAge(st, a);
      // (two of one age are neither: null)
      if (stated !== null) ages.set(stated, ages.has(stated) && ages.get(stated) !== a ? null : a);
    }
  }
  return ages.get(age) ?? null;
}
/** Per article: each stated age's one person, or null for two or more (see personOfAge). */
const personsByAge = new WeakMap<ArticleState, Map<number, LocalActor | null>>();

/** Per article: the ages of people introduced without a name ("A 23-year-old forward was ejected"). */
const unnamedAges = new WeakMap<ArticleState, Set<number>>();

/** Whether the article introduces someone of age `age` without a name ("a 23-year-old …"): "the 23-year-old" is then that person. */
export function unnamedOfAge(st: ArticleState, age: number): boolean {
  let ages = unnamedAges.get(st);
  if (!ages) {
    unnamedAges.set(st, (ages = new Set()));
    for (const p of st.paragraphs) {
      const t = p.tokens;
      for (let i = 1; i < t.length; i++) if ((t[i - 1].lower === 'a' || t[i - 1].lower === 'an') && AGED.test(t[i].lower)) ages.add(parseInt(t[i].lower, 10));
    }
  }
  return ages.has(age);
}

/** Openings by age kept per age (see openedByAgeBefore). */
const MAX_OPENINGS = 4;

/** Per article: where the quotes made so far have a named speaker's mention start, filled as quotes are added. */
const spokenStarts = new WeakMap<ArticleState, { seen: number; starts: Set<number> }>();

function spokenAt(st: ArticleState): Set<number> {
  let made = spokenStarts.get(st);
  if (!made) spokenStarts.set(st, (made = { seen: 0, starts: new Set() }));
  for (; made.seen < st.quotes.length; made.seen++) {
    const q = st.quotes[made.seen];
    if (q.speaker && q.speakerMention) made.starts.add(q.speakerMention.start);
  }
  return made.starts;
}

/** Per article: where each age opens a sentence as "The NN-year-old <noun>", as [paragraph, token] pairs in text order. */
const openedAges = new WeakMap<ArticleState, Map<number, Array<[number, number]>>>();

/**
 * Whether a sentence before token `from` of paragraph `pi` opens with "The `age`-year-old" and a
 * lower-case noun that no attribution took for someone named ("The 19-year-old driver was taken
 * to hospital"): someone brought in by age, who is "the 19-year-old" later when the article
 * states that age of no named person (see personOfAge).
 */
export function openedByAgeBefore(st: ArticleState, age: number, pi: number, from: number): boolean {
  let opened = openedAges.get(st);
  if (!opened) {
    openedAges.set(st, (opened = new Map()));
    st.paragraphs.forEach((p, para) => {
      const t = p.tokens;
      for (const s of p.sentences) {
        const [the, aged, noun] = [t[s.from], t[s.from + 1], t[s.from + 2]];
        if (the?.lower !== 'the' || !aged || !AGED.test(aged.lower) || noun?.type !== 'word' || noun.cap) continue;
        const key = parseInt(aged.lower, 10);
        const list = opened!.get(key);
        // (the first few of an age: an article of thousands of them stays linear)
        if (list && list.length < MAX_OPENINGS) list.push([para, s.from]);
        else if (!list) opened!.set(key, [[para, s.from]]);
      }
    });
  }
  // (one that a quote's speaker is was someone named: "Balraj Singh met members. The 52-year-old driver … said")
  const spoke = spokenAt(st);
  return !!opened.get(age)?.some(([para, at]) => (para < pi || (para === pi && at < from)) && !spoke.has(st.paragraphs[para].tokens[at].start));
}
