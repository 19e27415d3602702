/**
 * Part of stage 5 of attribution (see ./resolution): the shapes of a source phrase that resolveNp
 * reads before it picks an actor — bodies placed by a place word ("state media", "Texas
 * officials"), joined and counted names, offices written with a capital, an age that describes
 * a person, unnamed referents and what specifies them, a party's head, a partisan or a group
 * right before a role noun, a national position, and a common word that opens the sentence.
 */
import { type LocalActor, type LocalMention } from '../actors';
import { CUE_FORMS, DOCUMENT_NOUNS } from '../cues';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import { isNameWord } from '../names';
import { portfolioBeforeAnd } from '../portfolioTitles';
import { genderOfFirstName, genderOfRole } from '../gender';
import { isCommonWord } from '../commonWords';
import { descriptionKinds, type OrgKind } from '../lexicon/organisations';
import { isGroupHead, KIN_NOUNS, peopleNoun, PLAYER_POSITIONS } from '../lexicon/people';
import { type Sentence, type Token } from '../text';
import { resolvePersonPronoun } from './anaphora';
import { oneWordBody, SPECIFYING_MODIFIERS } from './descriptionAnaphora';
import { articleCountry, typedName } from './descriptions';
import type { ArticleState, Np } from './state';
import { DETERMINERS, GOVERNMENT_NOUNS, INDEFINITE, IRISH_OFFICES, isModifierWord, isPartyGroup, isPeopleNoun, POSSESSIVE_DETERMINERS, singularOf } from './words';
import { ageHead, npBackward } from './sourceBefore';
import { SHARE_WORDS } from './sourcePlaces';
import { asidesOpen } from './appositiveNames';
import { POST_PREPOSITIONS } from './linkedSources';
import { nationalPlayer } from './roleHolders';
import { openedByAgeBefore, personOfAge, statedAge, unnamedOfAge } from './generations';
import { partisanDescribed, partisanHead } from './partisans';

/**
 * "The neighbour, who declined to give her name, said": a person no one named before, whom the
 * writer brings in with a clause about them, is someone of their own, as "a neighbour" would be.
 */
export function introducedByClause(t: Token[], np: Np): boolean {
  // (past where they were: "the teacher at the ceremony, who said")
  const k = occasionAfter(t, np.to) ? np.to + 3 : np.to;
  return t[k]?.text === ',' && (t[k + 1]?.lower === 'who' || t[k + 1]?.lower === 'whose');
}

/** Whether a preposition, a determiner and a noun of no person stand from token `k`: "at the ceremony", "in the ward". */
function occasionAfter(t: Token[], k: number): boolean {
  const noun = t[k + 2];
  return OCCASION_PREPOSITIONS.has(t[k]?.lower ?? '') && DETERMINERS.has(t[k + 1]?.lower ?? '') && noun?.type === 'word' && !noun.cap && !isPeopleNoun(noun);
}
const OCCASION_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'from']);

/**
 * The head noun of phrase `np` when it is bodies in the plural before the place `place` names, or
 * a list of places that ends with it ("six newspapers in New Jersey", "Hospitals in Toronto and
 * Ottawa", or with a name the lists do not know as a town: "in Toronto and Hamilton"), or one
 * body brought in by "a" after it ("a Texas utility"), a noun of their kind in lower case, or
 * capitalised as the phrase's first word (no document's: "a Vermont complaint" is the state's);
 * -1 otherwise. `mentionAt`: the mentions of the phrase's paragraph by token.
 */
export function placedBodies(t: Token[], np: Np, place: LocalMention, mentionAt: readonly (LocalMention | undefined | null)[]): number {
  const bodyNoun = (lower: string): boolean => !DOCUMENT_NOUNS.has(lower) && !GOVERNMENT_NOUNS.has(lower) && !!descriptionKinds(lower);
  const body = (w: Token): boolean => !w.cap && w.type === 'word' && bodyNoun(w.lower);
  // ("Hospitals in Toronto, Windsor and Hamilton": towns the lists leave out, as surnames, may be
  // listed among the known ones; the list reaches the phrase's end)
  const listed = (k: number): number => (mentionAt[k]?.actor.kind === 'place' || mentionAt[k]?.actor.kind === 'country' ? mentionAt[k]!.from : !mentionAt[k] && t[k]?.type === 'word' && t[k].cap ? k : -1);
  let first = np.to - 1;
  let known = false;
  for (let item = listed(first); item >= np.from; item = listed(first - 2)) {
    known ||= !!mentionAt[item];
    first = item;
    if (t[first - 1]?.lower !== 'and' && t[first - 1]?.text !== ',') break;
  }
  if (known && first > np.from) {
    const at = t[first - 1]?.lower === 'the' ? first - 2 : first - 1;
    // ("Shrimp companies based in Newfoundland and Nova Scotia", "firms operating in Maine": a participle between the bodies and where they are)
    const participle = at - 2 >= np.from && t[at - 1].type === 'word' && !t[at - 1].cap && /(?:ed|ing)$/.test(t[at - 1].lower);
    const n = participle ? at - 2 : at - 1;
    const noun = t[n];
    if (n < np.from || (n === np.from && mentionAt[np.from]) || !POST_PREPOSITIONS.has(t[at].lower) || !noun.lower.endsWith('s')) return -1;
    return (!noun.cap || n === np.from) && noun.type === 'word' && bodyNoun(singularOf(noun.lower)) ? n : -1;
  }
  return INDEFINITE.has(t[np.from].lower) && place.to === np.to - 1 && body(t[np.to - 1]) ? np.to - 1 : -1;
}

/** Outlets a state runs: "state media", "state television". */
export const STATE_OUTLETS = new Set(['media', 'television', 'tv', 'radio', 'broadcaster', 'press']);
/** Words that make an outlet a state's: "state", "state-run", "official". */
export const STATE_WORDS = new Set(['state', 'state-run', 'state-owned', 'state-controlled', 'official']);

/** Words that count people: "two", "12", "several". */
export const COUNTED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many)$/;
/** Plural nouns of people by what they do: "objectors", "plaintiffs", "activists", "residents". */
export const AGENT_PLURAL = /(?:ers|ors|ists|ants|ents|ians|iffs|ees)$/;

/**
 * Where "and" joins a phrase of words to a name ("Sen. Ana Ruiz and Bo Lind", "state Senate leader
 * Phil Berger and House Speaker Tim Moore"), outside any one name; -1 when it does not, or when a
 * function word before it makes the phrase a body's name or a clause ("Centers for Disease Control
 * and Prevention", "a professor at Yale and …", "judges who ruled that Texas and …").
 */
export function joinedNames(st: ArticleState, pi: number, t: Token[], np: Np): number {
  for (let i = np.from; i < np.to - 1; i++) {
    // ("Belgium and the United States": the second name's determiner after "and")
    // ("Health and Wellness Minister Ann Lee and …": an office's fields joined before its title; the names are joined after)
    if (t[i].lower === 'and' && portfolioBeforeAnd(t, segmentStart(t, np.from, i), i, np.to)) continue;
    if (t[i].lower === 'and') return i > np.from && !st.mentionAt[pi][i] && (isNameWord(t[i + 1]) || (t[i + 1].lower === 'the' && isNameWord(t[i + 2]))) && !bodyGoesOnToTitle(st, pi, t, i) && !departmentBeforeOffice(st, pi, t, np.from, i) && !departmentNamedBefore(st, pi, t, np, i) ? i : -1;
    // (a list's determiners, and a comma between two of its names: see listedSubject)
    if (t[i].lower === 'the' && (i === np.from || t[i - 1].text === ',') && t[i + 1].cap) continue;
    const next = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    // ("Sam Cole, 54, and Ann Lee, 60, said": a person's asides before the next name, see jointWithAsides)
    if (t[i].text === ',' && i > np.from && st.mentionAt[pi][i - 1]?.to === i) {
      const after = asidesAfter(t, i, np.to);
      if (after > 0) {
        i = after - 1;
        continue;
      }
    }
    if (t[i].text === ',' && i > np.from && st.mentionAt[pi][i - 1]?.to === i && st.mentionAt[pi][next]?.from === next) continue;
    // ("Ann Lee, and Bob Tan": a serial comma before the "and")
    if (t[i].text === ',' && i > np.from && st.mentionAt[pi][i - 1]?.to === i && t[i + 1]?.lower === 'and') continue;
    if (t[i].type !== 'word' || (!t[i].cap && JOINED_STOPS.has(t[i].lower))) return -1;
  }
  return -1;
}
/** Where the list's item holding token `at` opens: after the last comma before it, else at `from`. */
function segmentStart(t: Token[], from: number, at: number): number {
  let i = at;
  while (i > from && t[i - 1].text !== ',') i--;
  return i;
}
/**
 * "Halifax Regional Fire and Emergency Chief Ken Stuebing": after a body's name, "and" and one
 * capitalised word that is no title, then a title and a name, go on with the body's name, whose
 * office the title is; the person alone speaks.
 */
function bodyGoesOnToTitle(st: ArticleState, pi: number, t: Token[], and: number): boolean {
  const body = st.mentionAt[pi][and - 1];
  const word = t[and + 1];
  const title = t[and + 2];
  return !!body && body.actor.kind === 'organization' && word.cap && !TITLES.has(word.lower) && !!title && title.cap && TITLES.has(title.lower) && isNameWord(t[and + 3]);
}
/**
 * "Parks and Recreation director Ann Boyle", "Public Works and Utilities manager NAME": capitalised
 * words that name no one, "and" (token `and`), one or two more, then a lower-case office and a
 * person's name are a department's name before its office; the person alone speaks ("Mayor Tom
 * Hale and Parks director Ann Boyle": a person before "and" speaks with her).
 */
function departmentBeforeOffice(st: ArticleState, pi: number, t: Token[], from: number, and: number): boolean {
  const at = st.mentionAt[pi];
  for (let k = from; k < and; k++) if (t[k].type !== 'word' || !t[k].cap || at[k]?.actor.kind === 'person') return false;
  let j = and + 1;
  while (j < and + 3 && t[j]?.type === 'word' && t[j].cap && at[j]?.actor.kind !== 'person') j++;
  if (j === and + 1) return false;
  const office = j;
  while (j < office + 2 && t[j]?.type === 'word' && !t[j].cap && (ROLE_NOUNS.has(t[j].lower) || peopleNoun(t[j].lower) === 'singular')) j++;
  return j > office && at[j]?.from === j && at[j]!.actor.kind === 'person';
}

/**
 * "The Fisheries and Oceans department said", "the Parks and Recreation department": a capitalised
 * word no one's name, "and" (token `and`), one or two more, then a body's noun in the singular that
 * ends phrase `np` are one department named by its fields, not two sides.
 */
function departmentNamedBefore(st: ArticleState, pi: number, t: Token[], np: Np, and: number): boolean {
  const at = st.mentionAt[pi];
  const noun = t[np.to - 1];
  if (!t[and - 1].cap || at[and - 1] || noun.cap || noun.lower.endsWith('s') || !descriptionKinds(noun.lower)) return false;
  const fields = np.to - 1 - (and + 1);
  if (fields < 1 || fields > 2) return false;
  for (let k = and + 1; k < np.to - 1; k++) if (t[k].type !== 'word' || !t[k].cap || at[k]) return false;
  return true;
}

/**
 * Where the list goes on after a person's asides that the comma `comma` opens (", 54, | and Ann
 * Lee", ", 54, | Tim Wu, 33, and …"), before `to`: the token after the comma that ends them; -1
 * when no asides (see asidesOpen) end there.
 */
function asidesAfter(t: Token[], comma: number, to: number): number {
  // (the last of two: ", 54, Toronto, | and")
  let after = -1;
  for (let c = comma + 2, n = 0; c < to - 1 && n < 2; c++) {
    if (t[c].text !== ',') continue;
    if (asidesOpen(t, c, comma - 1) === comma) after = c + 1;
    n++;
  }
  return after;
}
const JOINED_STOPS = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'with', 'from', 'by', 'the', 'a', 'an', 'who', 'which', 'that', 'whose']);

/**
 * An office a capitalised word after "the" names: elected, a role noun, or a title that is a people
 * noun ("the Chief Constable"); not an occupation that is also a paper's name ("The Economist said").
 */
export const capitalOffice = (w: string): boolean => !PUBLICATION_WORDS.has(w) && (ELECTED_TITLES.has(w) || ROLE_NOUNS.has(w) || (TITLES.has(w) && peopleNoun(w) !== null));
/** Occupations that are publications' names after "The": "The Economist", "The Lawyer", "The Engineer", "The Critic". */
const PUBLICATION_WORDS = new Set(['economist', 'lawyer', 'engineer', 'critic', 'spectator', 'observer', 'examiner', 'reporter', 'journalist', 'banker', 'grocer']);
/** Members of a parliament, whom a place before the title seats: "the Toronto MPP", "the Dublin Bay South TD". */
export const MEMBER_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'td']);
/** Elected offices written capitalised after a place as a description: "the Toronto MPP", "the Ohio Senator", "the Dublin Bay South TD", "the Taoiseach". */
const ELECTED_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'td', ...IRISH_OFFICES, 'senator', 'congressman', 'congresswoman', 'congressmember', 'representative', 'governor', 'mayor', 'premier', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker']);

/** Adverbs of place that may follow a source's head: "officials there", "residents nearby". */
export const PLACE_ADVERBS = new Set(['there', 'here', 'nearby', 'locally']);

/**
 * "The 52-year-old (driver)": the person a pronoun in its place would be, of the gender its noun
 * tells ("the 34-year-old woman" is she); undefined when a word after the age is no person's noun
 * ("the 52-year-old law"), which the other sieves read.
 */
export function ageDescribed(st: ArticleState, pi: number, s: Sentence, np: Np, t: Token[]): LocalActor | null | undefined {
  // (a modifier may stand before the noun: "the 31-year-old bench boss")
  const noun = np.to - np.from >= 3 ? t[np.to - 1] : undefined;
  if (np.to - np.from === 4 && (t[np.from + 2].cap || t[np.from + 2].type !== 'word')) return undefined;
  // (any noun right after the age is the person's: "the 27-year-old right-hander")
  if (noun && (noun.cap || !(peopleNoun(noun.lower) !== null || ROLE_NOUNS.has(noun.lower) || KIN_NOUNS.has(noun.lower) || (np.to - np.from === 3 && ageHead(noun))))) return undefined;
  const gender = noun ? genderOfRole(noun.lower) : null;
  // "A 23-year-old forward was ejected … the 23-year-old said": the one introduced unnamed
  const age = parseInt(t[np.from + 1].lower, 10);
  if (unnamedOfAge(st, age) || (openedByAgeBefore(st, age, pi, s.from) && !personOfAge(st, age))) return null;
  const found = resolvePersonPronoun(st, pi, s, np.from, gender === 'male' ? 'he' : gender === 'female' ? 'she' : 'one');
  // ("Gordon Pike, 54, was driving … the 23-year-old said": not him, but the one of that age the
  // article states, if one is; one whose age the article never states only when no one has that age)
  const stated = found && statedAge(st, found);
  if (found && stated === age) return found;
  return personOfAge(st, age) ?? (stated === null ? found : null);
}

/** Descriptions that fit a body of any trade ("the group", "the organisation"). */
const GENERIC_BODY_NOUNS = new Set(['group', 'organisation', 'organization', 'charity', 'firm', 'company', 'body', 'outfit']);

/** Kinds of description that a place or a country answers, never a body named by one word. */
const TERRITORIAL: readonly OrgKind[] = ['government', 'city', 'county', 'state'];

/**
 * What a description (`size` words, head `noun`, before token `at`) refers to that no earlier mention of a
 * fitting kind gave: "the government" the country the article is about; any other a body the
 * article introduced with a type noun ("budget airline Skyhop") or, for a bare "the group", "the
 * firm", a body the names layer took for a person known by one word. null when none.
 */
export function unnamedReferent(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[], size: number, noun: string): LocalActor | null {
  if (kinds.includes('government')) {
    const country = articleCountry(st);
    return country ? st.table.get('country', country) : null;
  }
  // "the state water board" names a body of its own; a type noun before a name is looked for only for a bare description
  if (size !== 2 || kinds.some((k) => TERRITORIAL.includes(k))) return null;
  // a one-word name taken for a person is a body only for a description that names no trade
  // ("Greenpeace … the group said"; "the airline" is no weather service's, "the campaign" as often
  // a person's as a body's)
  return typedName(st, pi, s, at, kinds) ?? (GENERIC_BODY_NOUNS.has(noun) ? oneWordBody(st, pi, s, at) : null);
}

/**
 * The lower-case modifiers of a description that tell which body it means ("the | state water |
 * board"; the members of "the | traders' | association"); with one of national reach ("the
 * national | Asahi | newspaper"), the names inside it too, which the body's name must then hold
 * (see anaphora's namedBy).
 */
export function specifying(words: Token[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i];
    if (w.cap || w.type !== 'word') continue;
    if (SPECIFYING_MODIFIERS.has(w.lower)) found.push(w.lower);
    // ("the traders' association", "the drivers’ union": a body of those people, never the World Bank)
    // (a straight apostrophe after the s may stand apart, as a quotation mark would)
    else if (/s['’]$/.test(w.text)) found.push(w.lower.slice(0, -1));
    else if (w.lower.endsWith('s') && /^['’]$/.test(words[i + 1].text) && words[i + 1].start === w.end) found.push(w.lower);
  }
  if (found.includes('national') || found.includes('federal')) for (let i = 1; i < words.length - 1; i++) if (words[i].cap) found.push(words[i].lower);
  return found;
}

/**
 * The party label in the plural that heads phrase `np` ("Democrats", "other Democrats on the
 * stage", "Senate Republicans", "Republicans in the Senate"): its index, after determiners,
 * modifiers and names only, last in the phrase or before a post-modifier; -1 otherwise.
 */
export function partyHead(t: Token[], np: Np): number {
  // ("Half of Vermont Democrats said", "55 percent of Democrats": a share of the party's members)
  let from = /^\d/.test(t[np.from].text) ? np.from + 1 : np.from;
  from = from + 2 < np.to && SHARE_WORDS.has(t[from].lower) && t[from + 1].lower === 'of' ? from + 2 : np.from;
  for (let g = from; g < np.to && g - from < 4; g++) {
    const x = t[g];
    if (isPartyGroup(x)) return g === np.to - 1 || POST_PREPOSITIONS.has(t[g + 1].lower) ? g : -1;
    if (x.type !== 'word' || x.possessive || !(DETERMINERS.has(x.lower) || x.cap || (isModifierWord(x) && !isPeopleNoun(x)))) return -1;
  }
  return -1;
}

/**
 * The person a partisan phrase with its place right before relative pronoun `who` (or its comma)
 * names ("the Wisconsin Republican, who"), or null ("The lifelong Republican who wrote …" opens an
 * article about someone named after it).
 */
export function partisanBefore(st: ArticleState, pi: number, s: Sentence, t: Token[], who: number): LocalActor | null {
  const last = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  const np = last >= s.from ? npBackward(t, last, s.from) : null;
  if (!np || np.to !== last + 1 || partisanHead(t, np) < 0 || !t.slice(np.from + 1, np.to - 1).some((w) => w.cap)) return null;
  return partisanDescribed(st, pi, s, np, t[np.to - 1].lower);
}

/**
 * The index of the noun that relative pronoun `who` (after its comma or right after the noun)
 * refers to: the word before, or a people noun before a short phrase of place or occasion ("the
 * teacher at the ceremony, who", "the nurses in the ward, who": no ceremony speaks).
 */
export function whoRefersTo(t: Token[], who: number): number {
  const k = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  const placed = k - 3;
  return placed >= 0 && occasionAfter(t, k - 2) && isPeopleNoun(t[placed]) ? placed : k;
}
/** Words that take a part of a group before "of": "one of the women", "all of them". */
const GROUP_PARTS = new Set(['one', 'all', 'none', 'each', 'both', 'most', 'either', 'neither', 'any', 'few']);

/** Whether the noun relative pronoun `who` refers to (`whoRefersTo`) is a plural people noun, or one after a possessive ("her deputy, who"), that names no actor yet and is no part of a group: "the nurses, who", not "two of the women who". */
export function groupRightBefore(st: ArticleState, pi: number, t: Token[], who: number): boolean {
  const k = whoRefersTo(t, who);
  if (k < 0 || st.mentionAt[pi][k] || t[k].type !== 'word' || t[k].cap) return false;
  // ("praised her deputy, who said": one person by a possessive and a people noun, as well)
  if (!isGroupHead(t[k].lower) && !(isPeopleNoun(t[k]) && (POSSESSIVE_DETERMINERS.has(t[k - 1]?.lower ?? '') || (t[who - 1].text === ',' && objectDescription(t, k))))) return false;
  // "X and Y, two of the women who …": a part of a group stands for the people named before it
  // (a thing's "of" does not: "praised the work of the teacher, who said")
  const of = t[k - 1]?.lower === 'of' ? k - 1 : t[k - 2]?.lower === 'of' ? k - 2 : -1;
  const part = t[of - 1]?.lower ?? '';
  return of < 0 || !(COUNTED.test(part) || GROUP_PARTS.has(part) || SHARE_WORDS.has(part));
}

/**
 * "Mayor Ann Lee praised the teacher, who said" (the comma's clause; without it, "a nominee who has
 * never held office" is as often the person the article is about): a people noun at token `head` after "the" or "a"
 * and at most two lower-case modifiers, that is no appositive (no comma before it: "Ann Lee, the
 * mayor, who said" is Ann Lee) nor a predicate, is whom the clause is about, not a person named
 * further back.
 */
function objectDescription(t: Token[], head: number): boolean {
  for (let j = head - 1; j >= 0 && head - j <= 3; j--) {
    const x = t[j];
    // (a predicate is the subject again: "Donald is a man who speaks", "portraying Cruz as a politician who will say")
    if (x.lower === 'the' || x.lower === 'a' || x.lower === 'an') return t[j - 1]?.type === 'word' && !PREDICATIVE.has(t[j - 1].lower);
    if (x.type !== 'word' || x.cap) return false;
  }
  return false;
}

/** Words before a predicate's noun phrase: a copula, or "as". */
const PREDICATIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'as', "'s", 'remains', 'became', 'becomes']);

/** "the England winger": a player position after a nation's name, the one person holding that position (see nationalPlayer); null otherwise. Adds the mention. */
export function nationalPosition(st: ArticleState, pi: number, t: Token[], np: Np, nation: LocalMention): LocalActor | null {
  const head = t[np.to - 1];
  if (nation.to !== np.to - 1 || !(nation.actor.kind === 'country' || nation.actor.kind === 'place') || !PLAYER_POSITIONS.includes(head.lower)) return null;
  const player = nationalPlayer(st, head.lower, nation.text.toLowerCase());
  if (player) st.addMention(player, pi, np.from, np.to, t[np.from].start, head.end);
  return player;
}

/** Whether a party's members in the plural ("Democrats", "Senate Republicans") end the phrase right before relative pronoun `who` (or its comma). */
export function partyRightBefore(t: Token[], who: number): boolean {
  const k = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  return k >= 0 && isPartyGroup(t[k]);
}

/** Words after a plural noun that show it is a subject, not a name before its verb: "Health worries | have dogged", "Criminal charges | against …". */
const AFTER_PLURAL_NOUN = new Set(['are', 'were', 'have', 'had', 'could', 'would', 'will', 'can', 'may', 'might', 'put', 'show', 'against', 'of', 'for', 'over', 'about']);

/** Endings of abstract nouns, words of seven letters or more that no surname has. */
const ABSTRACT_ENDING = /^[a-z]{3,}(?:tion|sion|ment|ness|ism)$/;

/**
 * Whether the lone capitalised word of phrase `np` opens its sentence, the body writes it
 * capitalised nowhere else, and the words after it say it is no one's name: a verb in the plural
 * ("Projections suggest …", "Companies say …": one person would "say"s), or a plural noun and its
 * verb ("Initial estimates put …", "Harsh comments are …", "Criminal charges against …").
 */
export function openingCommonWord(st: ArticleState, t: Token[], np: Np, s: Sentence, lower: string): boolean {
  const next = t[np.to];
  if (np.from !== s.from || !next || next.type !== 'word' || next.cap) return false;
  // an abstract noun by its ending names no one, capitalised elsewhere or not ("Evacuation orders
  // expand …", "Opposition questions …" in a headline; "Clement", "Trinity" are given names)
  if (ABSTRACT_ENDING.test(lower) && isCommonWord(lower) && genderOfFirstName(lower) === null) return true;
  const plural = CUE_FORMS.get(next.lower)?.form === 'base' || (next.lower.length > 3 && next.lower.endsWith('s') && AFTER_PLURAL_NOUN.has(t[np.to + 1]?.lower ?? ''));
  return plural && !st.capitalisedInside(lower);
}
