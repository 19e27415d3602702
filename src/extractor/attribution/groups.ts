/**
 * Actors that a source phrase makes rather than finds: groups named by the phrase ("health
 * officials", "residents of Elm Row", "local fishermen"), anonymous sources ("a banker briefed on
 * the talks"), and bodies or people linked to an actor they are not ("Anand’s office", "a
 * spokeswoman for Kestrel Energy", "whose lawyer"). Each is an actor of its article only
 * (`anonymous`), named by its phrase, with the actor it belongs to in its roles.
 */
import { addOnce, normaliseName, type LocalActor } from '../actors';
import { peopleNoun } from '../lexicon/people';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { Sentence, Token } from '../text';
import { isLoneName, isNameWord } from '../names';
import type { ArticleState, Np } from './state';
import { joinedNames } from './npShapes';
import { portfolioBeforeAnd } from '../portfolioTitles';
import { asidesOpen } from './appositiveNames';
import { DASHES } from '../quotationForms';
import { agentShaped, hasFiniteVerb, PERSON_PRONOUNS } from './words';

/** Words that open a phrase but do not name its actor: "several nurses" is the group "nurses". */
const LEADING = new Set(['the', 'a', 'an', 'own', 'half', 'some', 'several', 'many', 'most', 'other', 'this', 'that', 'these', 'those', 'their', 'its', 'our', 'his', 'her', 'both', 'all', 'few', 'two', 'three', 'four', 'five', 'dozen', 'dozens', 'hundreds', 'thousands', 'numerous', 'various', 'same', 'whose']);

/** The actor a phrase's words make; `kind` by its head. */
function makeActor(st: ArticleState, kind: LocalActor['kind'], name: string): LocalActor {
  const actor = st.table.get(kind, name);
  actor.anonymous = true;
  if (kind === 'person') actor.nameTokens = [];
  return actor;
}

/** The phrase [from, to) without its leading determiners and quantifiers, as written. */
export function bareName(st: ArticleState, t: Token[], from: number, to: number): string {
  let a = from;
  // ("Some of the women": the partitive's "of" after a quantifier names no one either)
  // ("But farm groups say": a conjunction that opens the sentence names no one)
  while (a < to - 1 && (LEADING.has(t[a].lower) || (a > from && t[a].lower === 'of') || OPENING_CONJUNCTIONS.has(t[a].lower))) a++;
  // "economists who favor consumption taxes", "attorney that the showdown was …": the name ends before a clause
  let b = a + 1;
  while (b < to && !(t[b].type === 'word' && CLAUSE_OPENERS.has(t[b].lower))) b++;
  // "members of Congress or": nor at a conjunction, a preposition or a comma with nothing after it
  while (b > a + 1 && (t[b - 1].type !== 'word' || DANGLING.has(t[b - 1].lower))) b--;
  const last = t[b - 1];
  return st.text.slice(t[a].start, last.possessive ? last.end - 2 : last.end);
}

/** Conjunctions that may open the sentence before a phrase. */
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'or', 'nor']);
/** Words that open a clause inside a phrase: a group's name ends before them. */
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'since', 'because', 'when', 'while', 'where', 'although']);
/** Words a name does not end in ("members of Congress or", "chief of staff to the secretary of"). */
const DANGLING = new Set(['or', 'and', 'but', 'nor', 'of', 'to', 'for', 'with', 'by', 'in', 'on', 'at', 'from', 'the', 'a', 'an']);

/**
 * A group, an anonymous person or a body named by the phrase `np` (paragraph `pi`), with a
 * mention over it: a plural or collective head gives a group ("health officials"), a singular
 * people noun a person ("a banker briefed on the talks"), any other noun an organisation ("the
 * mayor’s office"); `person` says the phrase is one person whatever its head ("a Texas Republican").
 */
export function phraseActor(st: ArticleState, pi: number, t: Token[], np: Np, head: Token, person = false): LocalActor {
  const number = peopleNoun(head.lower);
  const plural = !person && (number === 'plural' || number === 'collective' || (!number && head.lower.endsWith('s') && !ROLE_NOUNS.has(head.lower)));
  // (a noun shaped as an agent's that the lists lack is one person too: "one freight forwarder", see agentShaped)
  const kind = plural ? 'group' : person || number || ROLE_NOUNS.has(head.lower) || agentShaped(head) ? 'person' : 'organization';
  const name = bareName(st, t, np.from, np.to);
  // "The Scottish Conservatives said": a plural name the names layer found a body is that body
  const body = plural && head.cap ? st.table.find('organization', name) : undefined;
  // (the names layer mentioned it already)
  if (body) return body;
  const actor = makeActor(st, kind, name);
  st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return actor;
}

/** Most actors a joint group is made of ("France, Britain and Germany said"): a longer list is no one's statement. */
const MAX_JOINT = 6;
/** Prepositions before a list of names: a noun's complement after a noun, an adjunct opening the sentence. */
const LIST_PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'by', 'among', 'between', 'to']);

/**
 * The speaker of source phrase `np` (sentence `s` of paragraph `pi`) whose "and" at token `joined`
 * joins two sides ("Ana Ruiz and Bo Lind said", "he and Mr. Allen said"): the two, and the names
 * set off by commas before them from the sentence's opening or an opening adjunct's comma
 * ("On Monday, France, Britain and Germany said"), as one group (see jointActor). When a side does
 * not end in a name the names layer found and is no pronoun ("Fox News Vice President and Managing
 * Editor Bill Sammon" is one person; "Blackpool and Liverpool", names no list knows), the last side
 * alone, as `resolve` reads it; null for names after a noun's preposition ("Officials from France,
 * Britain and Germany said") or more than MAX_JOINT of them.
 */
export function jointSpeakers(st: ArticleState, pi: number, s: Sentence, t: Token[], np: Np, joined: number, resolve: (part: Np) => LocalActor | null): LocalActor | null {
  const named = (a: number, b: number): boolean => (b - a === 1 && PERSON_PRONOUNS.has(t[a].lower)) || st.mentionAt[pi][b - 1]?.to === b;
  // ("Obama and Biden said" where neither was named in full: two lone names, each someone's, or a
  // lone name beside a person's, "Tom and Ann Lee said"; not beside a place, "Blackpool and Liverpool")
  const lone = (a: number, b: number): boolean => b - a === 1 && !st.mentionAt[pi][a] && isLoneName(t[a]);
  const personal = (a: number, b: number): boolean => lone(a, b) || (b - a === 1 && PERSON_PRONOUNS.has(t[a].lower)) || st.mentionAt[pi][b - 1]?.actor.kind === 'person';
  const sides = (a: number, b: number, c: number, d: number): boolean => (named(a, b) && named(c, d)) || (personal(a, b) && personal(c, d) && (lone(a, b) || lone(c, d)) && !bodyNameList(t, a));
  // (the side before "and" starts after the list's last comma when the phrase is the whole list, see listedSubject)
  // (and before the first person's asides: "Sam Cole, 54, and Ann Lee, 60, said")
  // (a person's only: "France, Britain, and Germany" is a list of three)
  const opened = t[joined - 1].text === ',' ? asidesOpen(t, joined - 1, np.from) : -1;
  const asides = opened > np.from && st.mentionAt[pi][opened - 1]?.actor.kind === 'person' ? opened : -1;
  // (a serial comma before "and" ends no side either: "Ann Lee, and Bob Tan")
  const firstTo = asides > np.from ? asides : t[joined - 1].text === ',' && st.mentionAt[pi][joined - 2]?.to === joined - 1 ? joined - 1 : joined;
  let firstFrom = firstTo - 1;
  while (firstFrom > np.from && t[firstFrom - 1].text !== ',') firstFrom--;
  if (!sides(firstFrom, firstTo, joined + 1, np.to) || portfolioBeforeAnd(t, firstFrom, joined, np.to)) return resolve({ from: joined + 1, to: np.to });
  const first = resolve({ from: firstFrom, to: firstTo });
  const last = resolve({ from: joined + 1, to: np.to });
  if (!first || !last || first === last) return last;
  const members = [first, last];
  const starts = [firstFrom];
  while (t[starts[0] - 1]?.text === ',' && members.length <= MAX_JOINT) {
    // (past a person's asides, when the first one had them: "Sam Cole, 54, Tim Wu, 33, and …")
    const open = asides > np.from ? asidesOpen(t, starts[0] - 1, s.from) : -1;
    const end = open > 0 ? open : starts[0] - 1;
    const m = st.mentionAt[pi][end - 1];
    if (!m || m.to !== end) break;
    members.unshift(m.actor);
    starts.unshift(m.from);
  }
  // a preposition opening the sentence makes the first name its own ("In Vienna, Britain and Germany said")
  let b = starts[0] - 1;
  if (t[b]?.lower === 'the') b--;
  if (members.length > 2 && b === s.from && t[b].type === 'word' && LIST_PREPOSITIONS.has(t[b].lower)) {
    members.shift();
    starts.shift();
    b = starts[0] - 1;
  }
  // ("the partnership of the U.S., U.K. and Australia reaffirmed"; not "according to")
  if (b > s.from && LIST_PREPOSITIONS.has(t[b].lower) && t[b - 1]?.lower !== 'according') return null;
  const unique = [...new Set(members)];
  if (unique.length > MAX_JOINT) return null;
  return unique.length === 1 ? unique[0] : jointActor(st, pi, t, { from: starts[0], to: np.to }, unique);
}


/** Whether the words listed with commas before token `first` follow "of" or "for", a body's name ("Academies of Sciences, Engineering and Medicine"). */
function bodyNameList(t: Token[], first: number): boolean {
  let j = first - 1;
  while (t[j]?.text === ',' && t[j - 1]?.cap) j -= 2;
  return j < first - 1 && (t[j]?.lower === 'of' || t[j]?.lower === 'for');
}

/**
 * A joined subject (`np`, "Britain and Germany") taken over the names listed before it with commas
 * when the list opens its clause: at the sentence's start (`from`), after a quotation's closing
 * mark or a dash ("“…,” France, Britain and Germany said"). The whole list is then the source
 * phrase, so the content before it stops at the quotation. `np` itself when nothing is listed
 * before it or the list follows other words ("In Vienna, Britain …", "Officials from France, …",
 * which jointSpeakers reads from the mentions).
 */
export function listedSubject(st: ArticleState, pi: number, t: Token[], np: Np, from: number): Np {
  // ("Sam Cole, Ann Lee, and Bob Tan said": a serial comma before "and" leaves only the last name
  // in the phrase; the name before ", and" joins it)
  // (only where the list opens its clause: "The council thanked Ann Lee, and Bob Tan said" is Bob Tan's)
  const serial = st.mentionAt[pi][np.from - 3];
  if (t[np.from - 1]?.lower === 'and' && t[np.from - 2]?.text === ',' && serial && serial.to === np.from - 2 && serial.from >= from && isNameWord(t[np.from])) {
    let start = serial.from;
    for (let m = st.mentionAt[pi][start - 2]; t[start - 1]?.text === ',' && m && m.to === start - 1 && m.from >= from; m = st.mentionAt[pi][start - 2]) start = m.from;
    const opens = start === from || isListBoundary(t[start - 1]) || (t[start - 1].text === ',' && !hasFiniteVerb(t, from, start - 1, true));
    const joined = { from: serial.from, to: np.to };
    if (opens && joinedNames(st, pi, t, joined) >= 0) np = joined;
  }
  if (joinedNames(st, pi, t, np) < 0) return np;
  let start = np.from;
  // (the whole list however long, so that its names stay out of the quotation: jointSpeakers gives
  // no speaker past MAX_JOINT; a determiner may open any name of it, "Britain, the United States and France")
  for (let m = st.mentionAt[pi][start - 2]; t[start - 1]?.text === ',' && m && m.to === start - 1 && m.from >= from; m = st.mentionAt[pi][start - 2]) {
    start = m.from > from && t[m.from - 1].lower === 'the' ? m.from - 1 : m.from;
  }
  if (start === np.from) return np;
  if (t[start].lower !== 'the') start = sharedTitleStart(t, start, from);
  if (start > from && !isListBoundary(t[start - 1])) return np;
  // (every name of the list one the names layer found: "Walmart, Target and Costco" with "Target" no mention stays as it was)
  const listed = { from: start, to: np.to };
  return joinedNames(st, pi, t, listed) >= 0 ? listed : np;
}

/**
 * Where a list's shared title before its first name at `start` begins, when a clause's boundary
 * (or `from`) stands before it ("“…,” Govs. Mike DeWine, Josh Shapiro and …": the "Govs."): at
 * most three capitalised titles and stops; `start` when there is none.
 */
function sharedTitleStart(t: Token[], start: number, from: number): number {
  let begin = start;
  for (let k = start - 1; k >= from && start - k <= 3; k--) {
    const w = t[k];
    if (!(w.text === '.' || (w.type === 'word' && w.cap && (TITLES.has(w.lower) || TITLES.has(w.lower.replace(/s\.?$/, '')))))) break;
    if (k === from || isListBoundary(t[k - 1])) begin = k;
  }
  return begin;
}

/** A quotation's closing mark or a dash, after which a list of names opens its clause. */
const isListBoundary = (w: Token): boolean => w.type === 'close' || w.type === 'ambiguous' || DASHES.has(w.text);

/**
 * Actors who speak together: a group named by their names in the phrase's order ("France, United
 * Kingdom and Germany"), mentioned by the whole phrase `np` (from the list's first name); each
 * member keeps the mention of its own words.
 */
export function jointActor(st: ArticleState, pi: number, t: Token[], np: Np, members: readonly LocalActor[]): LocalActor {
  const names = members.map((a) => a.name);
  // (named, not anonymous: no "Unnamed sources" row)
  const actor = st.table.get('group', `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
  actor.joint = true;
  st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return actor;
}

/** Offices that one person of a body holds at a time ("its chief executive"), which the folder may name elsewhere. */
const BODY_LEADERS = new Set(['chief executive', 'ceo', 'chief executive officer', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson']);

/** Relations a body has to another body ("Facebook's parent", "the chain's owner"). */
const BODY_RELATIONS = new Set(['parent', 'owner', 'subsidiary', 'affiliate', 'successor', 'predecessor', 'buyer', 'acquirer']);

/**
 * An actor linked to another without being it: "Anand’s office" (an organisation), "X’s lawyers"
 * (a group), "a spokeswoman for X" or "whose lawyer" (a person), "Facebook's parent" (a body). `head` is the phrase's head word,
 * `name` what the actor is called, `owner` the actor it belongs to; the link is kept as a role
 * ("office of Priya Anand") and an organisation hint.
 */
export function linkedActor(st: ArticleState, pi: number, t: Token[], np: Np, head: Token, name: string, owner: LocalActor, link: string): LocalActor {
  const number = peopleNoun(head.lower);
  // ("Facebook's parent", "the chain's owner": a body's parent or owner is a body, no person)
  const person = (number === 'singular' || ROLE_NOUNS.has(head.lower)) && !(owner.kind === 'organization' && BODY_RELATIONS.has(head.lower));
  const kind = number === 'plural' || number === 'collective' ? 'group' : person ? 'person' : 'organization';
  const actor = makeActor(st, kind, name);
  // "Nordhaven's chief executive": the folder's one holder of that office may be named in another
  // article; the registry joins the phrase to them (rule 2, its office words), else keeps it as itself
  const office = kind === 'person' && owner.kind === 'organization' && link === 'of' ? name.slice(0, name.length - owner.name.length - 4).toLowerCase() : '';
  if (office && BODY_LEADERS.has(office)) {
    actor.anonymous = false;
    actor.pendingRole = { org: normaliseName(owner.name), role: office };
  }
  addOnce(actor.roles, `${head.lower} ${link} ${owner.name}`);
  if (owner.kind !== 'person') addOnce(actor.orgHints, normaliseName(owner.name));
  st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
  return actor;
}
