/**
 * "The Wisconsin Republican said", "the Democrat told": a person named before, told by party (and
 * often by the place they represent), never the place in the phrase.
 */
import type { LocalActor } from '../actors';
import type { Sentence, Token } from '../text';
import { lowerBound } from '../sorted';
import { labelState } from '../stateCodes';
import { resolvePersonPronoun } from './anaphora';
import { paraOf, placeOf, type Placed } from './nationality';
import type { ArticleState, Np } from './state';
import { isModifierWord, PARTY_MEMBERS } from './words';
import { STANDING_NOUNS } from './roleHolders';

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

/** Legislators' nouns a party word may describe: "the Tory backbencher", "the Conservative MP", "the Democratic senator". */
const PARTISAN_ROLES = new Set(['backbencher', 'mp', 'mpp', 'mla', 'mna', 'mha', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'critic']);
/**
 * A race's nouns a party word may describe: "the Conservative candidate", "the Democratic nominee";
 * only someone told by that party who holds no office, since the words around an office holder's
 * name ("Republican Gov. Ann Lee campaigned for …") tell a party too (an incumbent holds one, and is
 * left to the other sieves).
 */
const RACE_ROLES = new Set(['candidate', 'nominee', 'hopeful', 'challenger']);

/**
 * Where the party word stands in `np` when the phrase is "the", capitalised words or modifiers, a
 * party's word in capitals and a people noun it describes ("the Tory backbencher", "the veteran
 * Conservative MP", "the Democratic senator"); -1 otherwise.
 */
export function partyRoleAt(t: Token[], np: Np): number {
  const head = t[np.to - 1];
  const party = np.to - 2;
  if (t[np.from].lower !== 'the' || party <= np.from || np.to - np.from > MAX_WORDS || head.possessive || !(PARTISAN_ROLES.has(head.lower) || RACE_ROLES.has(head.lower)) || !t[party].cap || !memberOf(t[party].lower)) return -1;
  for (let i = np.from + 1; i < party; i++) if (t[i].type !== 'word' || t[i].possessive || !(t[i].cap || isModifierWord(t[i]))) return -1;
  return party;
}

/** Paragraphs back that a person told by party may be named in: "Sen. Ted Cruz, a Texas Republican, said …" three paragraphs before "the Texas Republican said". */
const PARTY_REACH = 5;
/** Paragraphs back that the person a pronoun would be must be named in, when nothing tells the party. */
const PRONOUN_REACH = 1;
/** Persons' mentions looked at, back from the phrase (a text of thousands of names stays linear). */
const MAX_LOOK = 64;
/** Words looked at before a person's mention for a party ("Democratic Senate candidate Ana Ruiz") and after its comma (", a Texas Republican,"). */
const BEFORE_WORDS = 3;
const AFTER_WORDS = 6;

/**
 * The person "the `member`" (phrase `np` of sentence `s`, paragraph `pi`) refers to: the
 * nearest person before whom the article gives that party (a role, "Republican Mary Jones", "Ted
 * Cruz, a Texas Republican,") within PARTY_REACH paragraphs; else the one a pronoun in its place
 * would be (writers use the phrase as a pronoun, for the person the passage is about) when named in
 * this paragraph or the one before and given no other party; else null. With `whole` (the phrase
 * with the noun its party word describes, "the Tory backbencher"), only the one told by party, and
 * the mention is that phrase. Adds the mention.
 */
export function partisanDescribed(st: ArticleState, pi: number, s: Sentence, np: Np, member: string, whole: Np | null = null): LocalActor | null {
  const { placed, parties, words } = partisansOf(st);
  const party = memberOf(member) ?? member;
  const t = st.paragraphs[pi].tokens;
  // ("the Wisconsin Republican": the place too, where the phrase names one)
  const qualifiers: string[] = [];
  for (let i = np.from + 1; i < np.to - 1; i++) if (t[i].cap) qualifiers.push(t[i].lower);
  const race = !!whole && RACE_ROLES.has(t[whole.to - 1].lower);
  const told = (a: LocalActor): boolean => !!parties.get(a)?.has(party) && qualifiers.every((q) => words.get(a)?.has(q)) && (!race || holdsNoOffice(a));
  const last = lowerBound((i) => placed[i].at, placeOf(pi, np.from), 0, placed.length) - 1;
  let found: LocalActor | null = null;
  for (let j = last; j >= 0 && last - j < MAX_LOOK && pi - paraOf(placed[j].at) <= PARTY_REACH && !found; j--) if (told(placed[j].actor)) found = placed[j].actor;
  if (!found && !whole) {
    const person = resolvePersonPronoun(st, pi, s, np.from, 'one');
    const other = person && [...(parties.get(person) ?? [])].some((p) => p !== party);
    for (let j = last; person && !other && j >= 0 && last - j < MAX_LOOK && pi - paraOf(placed[j].at) <= PRONOUN_REACH && !found; j--) if (placed[j].actor === person) found = person;
  }
  if (found) {
    const m = whole ?? np;
    st.addMention(found, pi, m.from, m.to, t[m.from].start, t[m.to - 1].end);
  }
  return found;
}

/** Whether person `a`'s roles are standings or party words only ("Conservative", "Democratic nominee"): no office's holder. */
function holdsNoOffice(a: LocalActor): boolean {
  return a.roles.every((role) => {
    const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
    return STANDING_NOUNS.has(last) || memberOf(last) !== null;
  });
}

/** The party member a word stands for: "democratic" and "d-ohio" for "democrat", "gop" for "republican"; null for none. */
function memberOf(word: string): string | null {
  if (word.length > 2 && word[1] === '-') return LABEL_PARTIES[word[0]] ?? null;
  if (word === 'democratic') return 'democrat';
  if (word === 'gop') return 'republican';
  // (a Tory is a Conservative: "Conservative MP Jake Doyle … the Tory backbencher")
  if (word === 'tory' || word === 'tories') return 'conservative';
  return PARTY_MEMBERS.has(word) ? word : null;
}

/** The article's persons' mentions in text order, the parties the article gives each person, and the words in capitals around their mentions and in their roles ("texas"). */
interface Partisans {
  placed: Placed[];
  parties: Map<LocalActor, Set<string>>;
  words: Map<LocalActor, Set<string>>;
}

const cache = new WeakMap<ArticleState, Partisans>();

/** Made once per article, at its first partisan phrase: persons' mentions, and the parties their roles and the words around their mentions give. */
function partisansOf(st: ArticleState): Partisans {
  let made = cache.get(st);
  if (made) return made;
  const placed: Placed[] = [];
  const parties = new Map<LocalActor, Set<string>>();
  const words = new Map<LocalActor, Set<string>>();
  const add = (map: Map<LocalActor, Set<string>>, a: LocalActor, word: string): void => {
    const set = map.get(a) ?? new Set<string>();
    if (!set.size) map.set(a, set);
    set.add(word);
  };
  const give = (a: LocalActor, word: string): void => {
    const member = memberOf(word);
    if (member) add(parties, a, member);
    add(words, a, word);
    // ("R-Ohio", "D-Wis.": the state a party label names, as "the Ohio Republican" names it)
    if (member && word[1] === '-') for (const w of labelState(word.slice(2))) add(words, a, w);
  };
  for (const m of st.mentions) {
    if (m.actor.kind !== 'person' || m.actor.anonymous) continue;
    placed.push({ at: placeOf(m.para, m.from), actor: m.actor });
    const t = st.paragraphs[m.para].tokens;
    for (let i = Math.max(0, m.from - BEFORE_WORDS); i < m.from; i++) if (t[i].type === 'word' && t[i].cap) give(m.actor, t[i].lower);
    // ", a Texas Republican,", ", D-Ohio,", "(R-Wis.)", ", Democrat of Ohio,"
    // (not the words before a person's noun in the possessive, another's: ", the Republican presidential
    // nominee's eldest daughter,"; a place's are the person's own: ", Texas's junior senator,")
    if (t[m.to]?.text === ',' || t[m.to]?.text === '(') {
      let owner = m.to;
      for (let i = m.to + 1; i < t.length && i <= m.to + AFTER_WORDS && t[i].type === 'word'; i++) if (t[i].possessive && !t[i].cap) owner = i;
      for (let i = owner + 1; i < t.length && i <= m.to + AFTER_WORDS && t[i].type === 'word'; i++) if (t[i].cap) give(m.actor, t[i].lower);
    }
  }
  for (const a of new Set(placed.map((x) => x.actor))) for (const role of a.roles) for (const word of role.toLowerCase().split(/[\s,()]+/)) if (word) give(a, word);
  placed.sort((a, b) => a.at - b.at);
  made = { placed, parties, words };
  cache.set(st, made);
  return made;
}

