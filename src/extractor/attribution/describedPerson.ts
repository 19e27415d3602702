/**
 * "Joan Kowalski taught for 30 years. “…,” the retiree said": a description of a state or an
 * occupation ("the retiree", "the engineering student", "the mother of three") that a writer uses
 * for the person just named, as the age in "the 71-year-old said" is. It is that person only when
 * they are the one person in view (the description's sentence and the two before it), opening
 * their clause, of no office that is not the description, and of the gender its noun tells. A
 * description of a relation ("the neighbour", "the witness", "the widow") or an office ("the
 * officer") brings in someone else and is not read here.
 */
import type { LocalActor } from '../actors';
import { genderOfRole } from '../gender';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { Sentence, Token } from '../text';
import { sentenceIndex, walkBack } from './antecedents';
import { genderOf } from './genderAgreement';
import type { ArticleState, Np } from './state';

/** Nouns of a state or an occupation that describe the person just named, not someone related to them. */
export const SELF_DESCRIPTIONS = new Set([
  'retiree', 'pensioner', 'researcher', 'scientist', 'student', 'graduate', 'veteran', 'teacher', 'schoolteacher', 'professor',
  'nurse', 'doctor', 'physician', 'engineer', 'farmer', 'fisherman', 'rancher', 'entrepreneur', 'homeowner', 'artist',
  'musician', 'author', 'novelist', 'economist', 'historian', 'chef', 'mechanic', 'electrician', 'immigrant', 'newcomer',
  'survivor', 'athlete', 'trucker', 'paramedic', 'pharmacist', 'carpenter', 'welder', 'baker', 'shopkeeper', 'restaurateur',
  // a player's position, as sports writers name the one just quoted ("the former Oilers winger said")
  'winger', 'forward', 'defenceman', 'defenseman', 'goaltender', 'goalie', 'netminder', 'pitcher', 'quarterback', 'striker',
  'midfielder', 'outfielder', 'infielder', 'shortstop', 'catcher', 'linebacker', 'rookie', 'golfer', 'sprinter', 'skier', 'ace',
]);

/** Parents told by how many children they have ("the mother of three"): a description only with the count. */
const PARENTS = new Set(['mother', 'father', 'grandmother', 'grandfather']);
const COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Whether token `i` is a parent noun told by a count of children: "mother | of three". */
export function parentOfCount(t: Token[], i: number): boolean {
  return PARENTS.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'of' && COUNT.test(t[i + 2]?.lower ?? '');
}

/** How many sentences before the description's own a person named is still in view. */
const IN_VIEW = 2;

/**
 * The person description `np` (tokens `t` of sentence `s`, paragraph `pi`) refers to, null when
 * no one or two people are in view; undefined when the phrase is no such description.
 */
export function describedPerson(st: ArticleState, pi: number, s: Sentence, np: Np, t: Token[]): LocalActor | null | undefined {
  const head = describedHead(t, np);
  if (head < 0) return undefined;
  const noun = t[head].lower;
  const gender = genderOfRole(noun);
  const p = st.paragraphs[pi];
  const outsideQuote = !p.inQuote[np.from];
  let found: LocalActor | null = null;
  let opens = false;
  let several = false;
  const consider = (a: LocalActor, opening: boolean): void => {
    if (found && found !== a) several = true;
    found = a;
    opens ||= opening;
  };
  // (the same sentence after the description too: "…,” the student told Mayor Lin" has two in view)
  const at = st.mentionAt[pi];
  for (let i = np.to; i < s.to; i++) if (at[i]?.actor.kind === 'person' && at[i]!.from === i && !(outsideQuote && p.inQuote[i])) consider(at[i]!.actor, false);
  // (back to the nearest earlier sentence a person opens: those before it are out of view)
  let nearest = Infinity;
  walkBack(st, pi, s, np.from, IN_VIEW, (m, depth) => {
    if (depth > nearest) return true;
    if (m.actor.kind !== 'person' || (outsideQuote && st.paragraphs[m.para].inQuote[m.from])) return false;
    const opening = opensClause(st, m.para, m.from, depth === 0 ? s : null);
    if (opening && depth > 0) nearest = depth;
    consider(m.actor, opening);
    return several;
  });
  const a = found as LocalActor | null;
  if (several || !a || !opens || a.anonymous) return null;
  // "Mayor Ana Lin … the nurse said": one who holds an office is not told by another occupation
  // (but may be by one held before: "MLA Yvonne Goguen … the former nurse said")
  if (!pastOccupation(t, np) && a.roles.some((r) => officeRole(r) && !r.toLowerCase().includes(noun))) return null;
  const held = genderOf(st, a);
  if (gender && held && held.gender !== gender) return null;
  st.addMention(a, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return a;
}

/**
 * The head of "the (modifier) (modifier) <description>" or "the mother of three" filling `np`
 * (nothing after it: "the nurse who replaced her" is someone else); -1 for any other phrase.
 */
function describedHead(t: Token[], np: Np): number {
  if (t[np.from].lower !== 'the' || np.to - np.from < 2 || np.to - np.from > 6) return -1;
  const end = np.to;
  if (end - np.from >= 4 && parentOfCount(t, end - 3)) return end - np.from === 4 ? end - 3 : -1;
  const h = end - 1;
  // (a team's or a town's name may modify it, the words before one run of capitals at most:
  // "the former Toronto Maple Leafs winger", "the Regina teacher"; "the Liberal MP" is an office)
  let capsEnd = -1;
  for (let i = np.from + 1; i < h; i++) {
    if (t[i].type !== 'word' || t[i].possessive || ROLE_NOUNS.has(t[i].lower)) return -1;
    if (t[i].cap) {
      if (capsEnd >= 0 && capsEnd !== i) return -1;
      capsEnd = i + 1;
    } else if (capsEnd >= 0 || i - np.from > 2) return -1;
  }
  if (capsEnd < 0 && np.to - np.from > 4) return -1;
  if (t[h].cap || t[h].possessive || !SELF_DESCRIPTIONS.has(t[h].lower)) return -1;
  // ("the student, who …": a clause about them brings in someone new)
  const next = t[end]?.text === ',' ? t[end + 1] : t[end];
  return next && (next.lower === 'who' || next.lower === 'whose') ? -1 : h;
}

/** Modifiers of an occupation given up: "the former nurse", "the retired teacher". */
const PAST = new Set(['former', 'retired', 'onetime', 'one-time', 'ex-']);
const pastOccupation = (t: Token[], np: Np): boolean => {
  for (let i = np.from + 1; i < np.to - 1; i++) if (PAST.has(t[i].lower)) return true;
  return false;
};

/** Words of how an office was won or held that open a name's phrase: "Newly elected MLA Yvonne Goguen", "Interim Chief Ann Roy". */
const TENURE = /^(?:retired|former|longtime|local|newly|elected|re-elected|incoming|outgoing|interim|acting)$/;

/**
 * Whether the mention at token `from` of paragraph `para` opens its clause: first in its sentence,
 * or after words of its name's phrase only ("Retired teacher Joan Kowalski", "Coun. Rita Jones");
 * in `own` (the description's sentence), after a comma or a conjunction too.
 */
function opensClause(st: ArticleState, para: number, from: number, own: Sentence | null): boolean {
  const p = st.paragraphs[para];
  const t = p.tokens;
  const start = own ? own.from : p.sentences[sentenceIndex(p.sentences, from)].from;
  if (own && from > start && (t[from - 1].text === ',' || t[from - 1].lower === 'and' || t[from - 1].lower === 'but')) return true;
  if (from - start > 5) return false;
  for (let i = start; i < from; i++) if (t[i].type !== 'word' || (!t[i].cap && !TITLES.has(t[i].lower) && !ROLE_NOUNS.has(t[i].lower) && !TENURE.test(t[i].lower) && !SELF_DESCRIPTIONS.has(t[i].lower))) return false;
  return true;
}

/** Whether a role names an office ("Mayor", "city councillor", "police chief"), not a state or occupation. */
function officeRole(role: string): boolean {
  return role.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w) || TITLES.has(w));
}
