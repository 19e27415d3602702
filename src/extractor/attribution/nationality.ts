/** "the Brazilian said", "the Dutchman told": a person told by nationality. */
import type { LocalActor } from '../actors';
import { countryByDemonym, countryBySurface } from '../gazetteer';
import { NATIONAL_NOUNS } from '../lexicon/people';
import type { Token } from '../text';
import { lowerBound } from '../sorted';
import { agreeingGenderOfFirstName } from '../gender';
import type { ArticleState, Np } from './state';

/**
 * A demonym that names one person ("the Brazilian", "the Kenyan", "the Dutchman"): not the
 * plural-only forms in -ese, -ch, -sh or -ss ("the Chinese", "the French", "the British", "the
 * Swiss"), which name a nation's government or people, nor a country's short form ("the U.S.").
 */
export function nationalOne(w: Token): boolean {
  if (!w.cap || w.possessive || !/^[a-z]+$/.test(w.lower)) return false;
  return NATIONAL_NOUNS.has(w.lower) || (countryByDemonym.has(w.lower) && !countryBySurface.has(w.lower) && !/(?:ese|ch|sh|ss)$/.test(w.lower));
}

/** A person's mention at a place in the article: paragraph and token in one number, text order. */
export interface Placed {
  at: number;
  actor: LocalActor;
}

/** What the article's persons tell of nationality, made at its first "the Brazilian". */
interface PersonsByPlace {
  /** The first person named, and where the article first names someone else (Infinity if never). */
  first: Placed | null;
  otherAt: number;
  /** Each lower-case word of persons' roles ("kenyan" of "Kenyan runner") -> where those persons are named, in text order. */
  byRoleWord: Map<string, Placed[]>;
  /** Every person's mention, in text order. */
  placed: Placed[];
}

const cache = new WeakMap<ArticleState, PersonsByPlace>();

/** Token `from` of paragraph `para` as one number that orders the article's tokens (paragraphs hold far fewer than 1e7 tokens). */
export const placeOf = (para: number, from: number): number => para * 1e7 + from;
/** The paragraph of a place made by placeOf. */
export const paraOf = (at: number): number => Math.floor(at / 1e7);

function personsByPlace(st: ArticleState): PersonsByPlace {
  let made = cache.get(st);
  if (made) return made;
  const placed: Placed[] = [];
  for (const m of st.mentions) if (m.actor.kind === 'person' && !m.actor.anonymous) placed.push({ at: placeOf(m.para, m.from), actor: m.actor });
  placed.sort((a, b) => a.at - b.at);
  const first = placed[0] ?? null;
  const other = placed.find((x) => x.actor !== first?.actor);
  const byRoleWord = new Map<string, Placed[]>();
  for (const x of placed) {
    for (const r of x.actor.roles) {
      for (const w of r.toLowerCase().split(/[\s,]+/)) {
        const list = byRoleWord.get(w) ?? [];
        if (!list.length) byRoleWord.set(w, list);
        list.push(x);
      }
    }
  }
  made = { first, otherAt: other ? other.at : Infinity, byRoleWord, placed };
  cache.set(st, made);
  return made;
}

/**
 * Whether person `a` cannot be "the `demonym`": a role gives another nationality ("American golfer
 * Jane Hill" is no Briton), or the noun's gender ("Dutchman", "Frenchwoman") is not the person's.
 */
function contradicts(a: LocalActor, demonym: string): boolean {
  for (const r of a.roles) for (const w of r.toLowerCase().split(/[\s,]+/)) if (w !== demonym && nationalWord(w)) return true;
  const gender = demonym.endsWith('woman') ? 'female' : demonym.endsWith('man') ? 'male' : null;
  const own = a.gender ?? (a.nameTokens.length > 1 ? agreeingGenderOfFirstName(a.nameTokens[0]) : null);
  return !!gender && !!own && own !== gender;
}

/** A word of nationality in lower case: "british", "briton", "american". */
const nationalWord = (w: string): boolean => NATIONAL_NOUNS.has(w) || countryByDemonym.has(w);

/**
 * "Coach Marta Lindqvist praised her team. “…,” the Swede said.": the one person named in the
 * demonym's paragraph before it, where the article tells no one's nationality by that word and
 * nothing the person is contradicts it; null when the paragraph names no one or several.
 */
function paragraphsOnly(placed: Placed[], at: number, demonym: string): LocalActor | null {
  const para = paraOf(at);
  let k = lowerBound((i) => placed[i].at, at, 0, placed.length) - 1;
  const one = k >= 0 && paraOf(placed[k].at) === para ? placed[k].actor : null;
  for (; one && k >= 0 && paraOf(placed[k].at) === para; k--) if (placed[k].actor !== one) return null;
  return one && !contradicts(one, demonym) ? one : null;
}

/** The last of `list` (in text order) before place `at`, or null. */
function lastBefore(list: Placed[] | undefined, at: number): LocalActor | null {
  if (!list) return null;
  const k = lowerBound((i) => list[i].at, at, 0, list.length);
  return k > 0 ? list[k - 1].actor : null;
}

/**
 * "the Brazilian" (`np` of paragraph `pi`, head `demonym`): the person the article told of that
 * nationality before it (a role with the word: "Brazilian striker Thiago Alves"), else the one
 * person the article named so far; writers use the demonym to tell one of several people apart
 * ("the Dutchman" among three drivers), which the nearest person does not tell, so with several
 * named and none told by it, null. Adds the mention. Each call is a binary search: the article's
 * persons are placed once.
 */
export function nationalDescribed(st: ArticleState, pi: number, np: Np, demonym: Token): LocalActor | null {
  const persons = personsByPlace(st);
  const at = placeOf(pi, np.from);
  const only = persons.first && persons.first.at < at && at <= persons.otherAt && !contradicts(persons.first.actor, demonym.lower) ? persons.first.actor : null;
  const found = lastBefore(persons.byRoleWord.get(demonym.lower), at) ?? only ?? (persons.byRoleWord.has(demonym.lower) ? null : paragraphsOnly(persons.placed, at, demonym.lower));
  if (found) st.addMention(found, pi, np.from, np.to, st.paragraphs[pi].tokens[np.from].start, demonym.end);
  return found;
}
