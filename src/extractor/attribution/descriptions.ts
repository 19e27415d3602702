/**
 * What a description of a body refers to when no earlier mention of a fitting kind gives it: a
 * body the article introduced with a type noun before its name ("Regional airline Rex …, the
 * airline said"), and for "the government" the country the article is about (its dateline city
 * or country, or a country or demonym in its headline). Countries named in passing (an origin, a
 * place, an object: "reinforcements from Cyprus") are no antecedent of "the government".
 */
import type { LocalActor, LocalMention } from '../actors';
import { CITIES, countryByCapital, countryByDemonym, countryBySurface, DAYS_AND_MONTHS, ROLE_NOUNS, TITLES, US_STATES } from '../gazetteer';
import { peopleNoun } from '../lexicon/people';
import { descriptionKinds, type OrgKind } from '../lexicon/organisations';
import { isNameWord } from '../names';
import { isCommonWord } from '../commonWords';
import type { Sentence, Token } from '../text';
import { sentenceIndex } from './antecedents';
import { DETERMINERS } from './words';
import { genderOf } from './genderAgreement';
import { genderOfFirstName } from '../gender';
import { bareName, bodyContext } from '../loneBodies';
import type { ArticleState, Np } from './state';

/** How far back, in sentences, a type noun before a name is looked for. */
const TYPED_NAME_REACH = 30;

/**
 * The body introduced earlier as "<type noun> <Name>" ("ferry operator Tidelink", "the carmaker
 * Voltrane") whose type noun fits one of `kinds`, nearest first, before token `at` of sentence
 * `s` (paragraph `pi`): an organisation mention there, a person with no role there after a noun
 * that names no person (retyped: the type noun tells it is a body, "rugby club Kestrel Vale"), or
 * a new organisation with a mention over the name.
 * null when no type noun before a name fits.
 */
export function typedName(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[]): LocalActor | null {
  let para = pi;
  let sentences = st.paragraphs[pi].sentences;
  let si = sentenceIndex(sentences, s.from);
  let to = at;
  for (let depth = 0; depth <= TYPED_NAME_REACH; depth++) {
    const sent = sentences[si];
    const t = st.paragraphs[para].tokens;
    for (let i = Math.min(to, sent.to) - 2; i >= sent.from; i--) {
      const found = typedAt(st, para, t, i, Math.min(to, sent.to), kinds);
      if (found !== undefined) return found;
    }
    if (--si < 0) {
      do if (--para < 0) return null;
      while (st.paragraphs[para].kind !== 'body' || !st.paragraphs[para].sentences.length);
      sentences = st.paragraphs[para].sentences;
      si = sentences.length - 1;
    }
    to = Infinity;
  }
  return null;
}

/**
 * The body a source phrase names after the noun of its trade, "the utility Lumenco", "Regional
 * airline Rex": the name words must run to the phrase's end. undefined when the phrase is of
 * another form; null when its name is a person's or a place's.
 */
export function typedSource(st: ArticleState, pi: number, t: Token[], np: Np): LocalActor | null | undefined {
  let i = np.to - 1;
  while (i > np.from && isNameWord(t[i])) i--;
  if (i === np.to - 1) return undefined;
  const kinds = descriptionKinds(t[i].lower);
  return kinds ? typedAt(st, pi, t, i, np.to, kinds) : undefined;
}

/**
 * The body a source phrase names before the noun of its trade, "Tasnim news agency", "Iran's
 * semi-official Fars news agency": one to three capitalised words no stage took for anyone (after
 * a country's possessive and up to two modifiers, or nothing), then one to three lower-case words
 * ending in a body's noun (not a noun for people), named by the words from the name on; after a
 * country's possessive, a body the names stage knew there ("Iran's official IRNA news agency").
 * undefined when the phrase is of another form (a determiner before the name is read elsewhere:
 * "The Tasnim news agency").
 */
export function nameBeforeTrade(st: ArticleState, pi: number, t: Token[], np: Np, owner: LocalMention | null): LocalActor | undefined {
  const at = st.mentionAt[pi];
  let a = owner && owner.from === np.from && owner.actor.kind === 'country' && t[owner.to - 1].possessive ? owner.to : np.from;
  // (and a modifier or two after the owner: "Iran's semi-official Fars news agency")
  while (a > np.from && a - owner!.to < 2 && a < np.to - 2 && t[a].type === 'word' && !t[a].cap && !descriptionKinds(t[a].lower)) a++;
  if (DETERMINERS.has(t[a].lower) || countryByDemonym.has(t[a].lower)) return undefined;
  // ("Iran's official IRNA news agency said": a body the names stage knew, before its trade's words)
  const known = at[a];
  if (a > np.from && known && known.from === a && known.actor.kind === 'organization' && tradeWords(t, at, known.to, np.to)) return known.actor;
  let b = a;
  // (a place's modifier in a hyphen is no name: "Hamilton-based union", "Edmonton-area school board")
  while (b < np.to && b - a < 3 && t[b].type === 'word' && t[b].cap && !t[b].possessive && !at[b] && isNameWord(t[b]) && !LOWER_TAIL.test(t[b].text) && !(b === np.from && (np.from === 0 || t[np.from - 1].type !== 'word') && isCommonWord(t[b].lower))) b++;
  const head = t[np.to - 1];
  if (b === a || !tradeWords(t, at, b, np.to)) return undefined;
  // ("The WHO agency said": a body's acronym alone is its name, which the article's full name then takes, see ../gluedNames)
  const acronym = b === a + 1 && /^\p{Lu}{2,6}$/u.test(t[a].text);
  const actor = st.table.get('organization', acronym ? t[a].text : st.text.slice(t[a].start, head.end));
  st.addMention(actor, pi, a, np.to, t[a].start, head.end);
  return actor;
}

/** Whether tokens [from, to) are one to three lower-case words no stage took, the last a body's noun and no noun for people ("news agency"). */
function tradeWords(t: Token[], at: ArrayLike<LocalMention | undefined>, from: number, to: number): boolean {
  const head = t[to - 1];
  if (to - from < 1 || to - from > 3 || head.possessive || peopleNoun(head.lower) !== null || !descriptionKinds(head.lower)) return false;
  for (let k = from; k < to; k++) if (t[k].type !== 'word' || t[k].cap || t[k].possessive || at[k]) return false;
  return true;
}

/** A word whose last part after a hyphen is in lower case ("Hamilton-based", "Kremlin-backed", "Edmonton-area"). */
const LOWER_TAIL = /-\p{Ll}+$/u;

/** The body named after a type noun at token `i` (names end before `end`): see typedName; undefined when token `i` opens no such pair, null when it names a person or place. */
function typedAt(st: ArticleState, para: number, t: Token[], i: number, end: number, kinds: OrgKind[]): LocalActor | null | undefined {
  const noun = t[i];
  if (noun.type !== 'word' || noun.cap || noun.possessive) return undefined;
  const own = descriptionKinds(noun.lower);
  if (!own || !own.some((k) => kinds.includes(k))) return undefined;
  const first = t[i + 1];
  if (!isNameWord(first) || TITLES.has(first.lower) || DAYS_AND_MONTHS.has(first.lower)) return undefined;
  let j = i + 1;
  while (j < end && isNameWord(t[j]) && !t[j - 1].possessive && j - i <= 4) j++;
  const at = st.mentionAt[para];
  const m = at[i + 1];
  if (m) {
    if (m.from !== i + 1) return undefined;
    if (m.actor.kind === 'organization') return m.actor;
    // "rugby club Kestrel Vale": a name the names layer took for a person's, after a noun that names no person
    const bodyNoun = !ROLE_NOUNS.has(noun.lower) && peopleNoun(noun.lower) === null && !PERSON_TYPE_NOUNS.has(noun.lower);
    if (bodyNoun && m.actor.kind === 'person' && m.to === j && !m.actor.roles.length && !m.actor.anonymous) return st.table.asOrganisation(m.actor);
    return null;
  }
  for (let k = i + 2; k < j; k++) if (at[k]) return undefined;
  const last = t[j - 1];
  const actor = st.table.get('organization', st.text.slice(first.start, last.possessive ? last.end - 2 : last.end));
  if (actor.kind !== 'organization') return null;
  st.addMention(actor, para, i + 1, j, first.start, last.possessive ? last.end - 2 : last.end);
  return actor;
}

/** Nouns of a body's type that also name people ("property developer Marcus Oyelaran"): the name after them may be a person's. */
const PERSON_TYPE_NOUNS = new Set(['developer', 'producer', 'publisher', 'contractor', 'operator', 'owner', 'employer', 'maker', 'supplier', 'distributor', 'exporter', 'importer', 'promoter', 'streamer', 'builder']);

/** A person known by one word, with no role: what the names layer makes of a body's one-word name ("Greenpeace"). */
export function oneWordPerson(a: LocalActor): boolean {
  return a.kind === 'person' && !a.anonymous && !a.roles.length && !a.gender && !/\s/.test(a.name) && a.aliases.every((x) => !/\s/.test(x));
}

/** Words after which a noun phrase may open a clause as its subject: conjunctions and speech verbs ("said Greece would …"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'as', 'because', 'that', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'so', 'where', 'whereas', 'said', 'says', 'say']);

/**
 * Whether a country's mention names it in passing: as an origin, a place or an object ("arrived
 * from Cyprus and Croatia", "allow families to sue Saudi Arabia"), after a preposition, a verb or
 * a coordination that follows one. A country that opens its clause ("Vietnam raised tariffs",
 * "…, and Peru said") or owns something ("Peru’s") stays an antecedent of "the government".
 */
export function inPassing(st: ArticleState, m: LocalMention): boolean {
  const p = st.paragraphs[m.para];
  const t = p.tokens;
  if (t[m.to - 1].possessive) return false;
  const at = st.mentionAt[m.para];
  const from = p.sentences[sentenceIndex(p.sentences, m.from)].from;
  let k = m.from - 1;
  if (k >= from && t[k].lower === 'the') k--;
  // "from Cyprus and Croatia": back over the coordination to what governs its first member
  while (k > from && (t[k].lower === 'and' || t[k].lower === 'or' || t[k].text === ',') && at[k - 1]) {
    k = at[k - 1]!.from - 1;
    if (k >= from && t[k].lower === 'the') k--;
  }
  return k >= from && t[k].type === 'word' && !CLAUSE_OPENERS.has(t[k].lower);
}

/** Lines at the top that may hold a dateline. */
const HEADER_LINES = 5;
/** A dateline's place: "ATHENS, …", "NEW YORK (Reuters) —", "CHRISTCHURCH, New Zealand, …"; or a "Dhaka, 17 July 2024" line. */
const DATELINE = /^\s*([A-Z][A-Z.'’ -]*[A-Z.])(?:\s*,\s*([A-Z][A-Za-z ]+?))?\s*(?:,|\(|—|–|-\s)/;
const PLACE_DATE_LINE = /^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}\s*$/;

/** Per article: the country it is about, or null (read once). */
const aboutCache = new WeakMap<ArticleState, string | null>();

/**
 * The country the article is about: the one its dateline places it in (the capital or the country
 * the dateline names) and its headline names (by name or demonym: "Greek island villages"). null
 * when neither tells one, or they tell two: then "the government" is no country the text settles.
 */
export function articleCountry(st: ArticleState): string | null {
  const cached = aboutCache.get(st);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  const lines = st.text.slice(0, 1500).split('\n').filter((l) => l.trim()).slice(0, HEADER_LINES);
  for (const line of lines) {
    const m = DATELINE.exec(line);
    const place = m && /^[A-Z]{2}/.test(m[1]) ? m[1].trim().toLowerCase() : PLACE_DATE_LINE.exec(line)?.[1].toLowerCase();
    if (!place) continue;
    const country = countryByCapital.get(place) ?? countryBySurface.get(place) ?? (m?.[2] ? countryBySurface.get(m[2].trim().toLowerCase()) : undefined);
    // an all-capital headline word ("UN warns …") is no dateline: read on
    if (country) {
      found.add(country.name);
      break;
    }
  }
  const head = st.paragraphs.find((p) => p.kind !== 'noise');
  if (head?.kind === 'heading') {
    const t = head.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].type !== 'word' || !t[i].cap) continue;
      const two = i + 1 < t.length ? `${t[i].lower} ${t[i + 1].lower}` : '';
      const c = countryBySurface.get(two) ?? countryByDemonym.get(two) ?? countryBySurface.get(t[i].base.toLowerCase()) ?? countryByDemonym.get(t[i].lower);
      if (c) found.add(c.name);
    }
  }
  const country = found.size === 1 ? [...found][0] : null;
  aboutCache.set(st, country);
  return country;
}

/**
 * Whether an organisation's name is a city's (or a state's) and a word in the plural: a team
 * ("Toronto Maple Leafs", "New York Yankees"), what "the team" or "the club" refers to.
 */
export function cityTeam(name: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}.*[^s]s$/u.test(last)) return false;
  for (let k = 1; k < words.length && k <= 3; k++) {
    const place = words.slice(0, k).join(' ').toLowerCase();
    if (CITIES.has(place) || US_STATES.has(place)) return true;
  }
  return false;
}

/** How many sentences back a body of unknown trade is still the topic a trade's description opening its sentence refers to. */
export const TOPIC_REACH = 2;

/**
 * "Rio Tinto reported a fall in profit. The mining giant said …", "BHP Group reported … The mining
 * giant said": the body a trade's description refers to when it opened one of the TOPIC_REACH
 * sentences before (`depth` back) and is the first fitting body met there, whether or not its
 * name tells the trade or holds the description's modifiers. Mention `m` is that body's; null otherwise.
 */
export function topicBody(st: ArticleState, m: LocalMention, depth: number, lone = false): LocalActor | null {
  // (`lone`: a one-word name shown a body's before it is retyped one, see ../loneBodies)
  if (depth > TOPIC_REACH || (m.actor.kind !== 'organization' && !lone)) return null;
  const p = st.paragraphs[m.para];
  const from = p.sentences[sentenceIndex(p.sentences, m.from)].from;
  return m.from === from || (m.from === from + 1 && p.tokens[from].lower === 'the') ? m.actor : null;
}

/** Whether body `a` spoke in the sentence before the current one, with a plain verb of saying ("SMRT Trains said …"), not a judgement ("defended the agreement"). */
export function saidJustBefore(st: ArticleState, a: LocalActor): boolean {
  const last = st.lastSpeaker;
  if (!last || last.speaker !== a || !last.cue || st.sentenceSerial - last.sentence !== 1) return false;
  return SAYING.has(st.text.slice(last.cue.start, last.cue.end).toLowerCase());
}
const SAYING = new Set(['said', 'says', 'told', 'added', 'announced', 'stated', 'explained']);

/** Whether token `at` opens sentence `s` of paragraph `pi`, or follows only the quotation that does ("“…,” the operator said"). */
export function opensSentence(st: ArticleState, pi: number, s: Sentence, at: number): boolean {
  if (at === s.from) return true;
  const t = st.paragraphs[pi].tokens;
  const inQuote = st.paragraphs[pi].inQuote;
  const open = t[s.from].type === 'open' || t[s.from].type === 'ambiguous';
  const close = t[at - 1].type === 'close' || t[at - 1].type === 'ambiguous';
  if (!open || !close || at - s.from < 3) return false;
  for (let i = s.from + 1; i < at - 1; i++) if (!inQuote[i]) return false;
  return true;
}

/**
 * "Ford, meanwhile, will keep its plants open, it said.": "it" after the words it closes (a comma
 * before token `at`) is the body that opens the sentence as its subject, not the last body that
 * spoke. That body's actor when it `fits` and stands outside quotation marks; null otherwise.
 */
export function openingBody(st: ArticleState, pi: number, s: Sentence, at: number, fits: (a: LocalActor) => boolean): LocalActor | null {
  const p = st.paragraphs[pi];
  // (so is the owner of the document a closing "according to" names: "Telefilm gave TIFF $3 million,
  // according to its annual report" is Telefilm's report, not the object's)
  const t = p.tokens;
  if (t[at - 1]?.text !== ',' && !(t[at - 1]?.lower === 'to' && t[at - 2]?.lower === 'according' && t[at - 3]?.text === ',')) return null;
  const first = p.tokens[s.from].lower === 'the' ? s.from + 1 : s.from;
  const m = st.mentionAt[pi][first];
  if (!m || m.from !== first || first >= at || p.inQuote[first]) return null;
  if (fits(m.actor)) return m.actor;
  // ("Stellantis will close …, it announced": a one-word name the names layer took for a person's is a body's)
  return oneWordPerson(m.actor) && !genderOf(st, m.actor) && !genderOfFirstName(m.actor.name) ? st.table.asOrganisation(m.actor) : null;
}

/** A side's offices, after a club's name: "Rangers boss NAME", "Hearts captain NAME". */
const CLUB_ROLES = new Set(['boss', 'manager', 'coach', 'captain', 'skipper', 'chairman', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'full-back', 'head coach']);
/** How many of the latest mentions shownClub reads. */
const CLUB_REACH = 400;

/** Whether group `a` (one capitalised word in the plural) is a club by a person's mention among the latest CLUB_REACH: its name, then a side's office, before the person's name ("Rangers boss Philippe Clement"). */
export function shownClub(st: ArticleState, a: LocalActor): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(a.name)) return false;
  for (let i = st.mentions.length - 1; i >= 0 && i >= st.mentions.length - CLUB_REACH; i--) {
    const m = st.mentions[i];
    if (m.actor.kind !== 'person') continue;
    const t = st.paragraphs[m.para].tokens;
    const office = t[m.from - 1];
    if (office?.type === 'word' && !office.cap && CLUB_ROLES.has(office.lower) && t[m.from - 2]?.text === a.name) return true;
  }
  return false;
}

/** Whether mention `m` is of a one-word name the names layer took for a person's that its words show a body's ("Eskom said it would …"). */
export function loneBody(st: ArticleState, m: LocalMention): boolean {
  return oneWordPerson(m.actor) && !genderOf(st, m.actor) && bareName(st, m.actor) && bodyContext(st, m);
}

/** Per article: the trades its descriptions gave bodies whose names tell none ("Cebu Pacific … The airline said": airline). */
const toldTrades = new WeakMap<ArticleState, Map<LocalActor, Set<string>>>();
/** Trade nouns that name one trade ("the airline", "the carrier"): a body told one is told the others. */
const SAME_TRADE: Record<string, string> = { carrier: 'airline', airline: 'airline', automaker: 'carmaker', carmaker: 'carmaker', grocer: 'supermarket', supermarket: 'supermarket' };

/** Remembers that the article called body `a` by trade noun `head` (as its topic, see topicBody). */
export function noteTrade(st: ArticleState, a: LocalActor, head: string): void {
  let byActor = toldTrades.get(st);
  if (!byActor) toldTrades.set(st, (byActor = new Map()));
  let trades = byActor.get(a);
  if (!trades) byActor.set(a, (trades = new Set()));
  trades.add(SAME_TRADE[head] ?? head);
}

/** Whether the article called body `a` by trade noun `head` (or one of the same trade) before. */
export function toldTrade(st: ArticleState, a: LocalActor, head: string): boolean {
  return !!toldTrades.get(st)?.get(a)?.has(SAME_TRADE[head] ?? head);
}
