/**
 * "The Wisconsin Republican said", "the Democrat told": a person named before, told by party (and
 * often by the place they represent), never the place in the phrase.
 */
import type { LocalActor } from '../actors';
import type { Sentence, Token } from '../text';
import { resolvePersonPronoun } from './anaphora';
import type { ArticleState, Np } from './state';
import { isModifierWord, PARTY_MEMBERS } from './words';

/** The longest "the … Republican" phrase read as one partisan: "the veteran New Hampshire Republican". */
const MAX_WORDS = 5;

/** Party members that "the" alone makes one person: "the Republican said". */
const ALONE = new Set(['republican', 'democrat', 'tory']);

/** Party labels' letters ("R-Wis.", "D-Md.") -> the party member they stand for. */
const LABEL_PARTIES: Record<string, string> = { r: 'republican', d: 'democrat', i: 'independent' };

/**
 * The head of `np` when the phrase is "the", capitalised words or modifiers, and one party member
 * in capitals last ("the Wisconsin Republican", "the freshman Democrat"); -1 otherwise.
 */
export function partisanHead(t: Token[], np: Np): number {
  const head = t[np.to - 1];
  if (t[np.from].lower !== 'the' || np.to - np.from < 2 || np.to - np.from > MAX_WORDS || !head.cap || head.possessive || !PARTY_MEMBERS.has(head.lower)) return -1;
  // ("The Independent", "the Liberal", "the Green" alone are papers and parties as often)
  if (np.to - np.from === 2 && !ALONE.has(head.lower)) return -1;
  for (let i = np.from + 1; i < np.to - 1; i++) if (t[i].type !== 'word' || t[i].possessive || !(t[i].cap || isModifierWord(t[i]))) return -1;
  return np.to - 1;
}

/**
 * The person "the `party` member" (phrase `np` of sentence `s`, paragraph `pi`) refers to: the one a
 * pronoun in its place would be (writers use the phrase as a pronoun, for the person the passage
 * is about), unless the article gives that person another party; null then. Adds the mention.
 */
export function partisanDescribed(st: ArticleState, pi: number, s: Sentence, np: Np, party: string): LocalActor | null {
  const person = resolvePersonPronoun(st, pi, s, np.from, 'one');
  if (!person || otherParty(st, person, party)) return null;
  const t = st.paragraphs[pi].tokens;
  st.addMention(person, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return person;
}

/** Whether the article gives `a` a party other than `party`, in a role or beside a mention ("Democratic Sen. Ana Ruiz", "Ana Ruiz, D-Ohio,"). */
function otherParty(st: ArticleState, a: LocalActor, party: string): boolean {
  for (const role of a.roles) for (const word of role.toLowerCase().split(/[\s,()]+/)) if (isOther(memberOf(word), party)) return true;
  for (const member of partiesBeside(st).get(a) ?? []) if (isOther(member, party)) return true;
  return false;
}

const isOther = (member: string | null, party: string): boolean => !!member && member !== party && PARTY_MEMBERS.has(member);

/** The party member a word stands for: "democratic" and "d-ohio" for "democrat", "gop" for "republican"; null for none. */
function memberOf(word: string): string | null {
  if (word.length > 2 && word[1] === '-') return LABEL_PARTIES[word[0]] ?? null;
  if (word === 'democratic') return 'democrat';
  if (word === 'gop') return 'republican';
  return PARTY_MEMBERS.has(word) ? word : null;
}

/** Words looked at before a person's mention for a party: "Democratic Senate candidate Ana Ruiz". */
const BEFORE_WORDS = 3;
const cache = new WeakMap<ArticleState, Map<LocalActor, string[]>>();

/** Per person, the parties the words around their mentions give, made once per article (at its first partisan phrase). */
function partiesBeside(st: ArticleState): Map<LocalActor, string[]> {
  let made = cache.get(st);
  if (made) return made;
  made = new Map();
  for (const m of st.mentions) {
    if (m.actor.kind !== 'person') continue;
    const t = st.paragraphs[m.para].tokens;
    const near: Token[] = t.slice(Math.max(0, m.from - BEFORE_WORDS), m.from);
    // ", D-Ohio," and "(D-Ohio)" after the name
    if (t[m.to]?.text === ',' || t[m.to]?.text === '(') near.push(t[m.to + 1]);
    for (const w of near) {
      const member = w?.type === 'word' && w.cap ? memberOf(w.lower) : null;
      if (!member) continue;
      const list = made.get(m.actor) ?? [];
      if (!list.length) made.set(m.actor, list);
      list.push(member);
    }
  }
  cache.set(st, made);
  return made;
}
