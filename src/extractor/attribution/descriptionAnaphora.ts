/**
 * Part of the resolution of words that point back (see ./anaphora): descriptions ("the company",
 * "the ministry", "the city", "the agency") to the body named earlier whose kind fits, nearest
 * first — past bodies only reported on, outside employers of commentators, and names that a
 * modifier of the description rules out ("the state agency" is no national one).
 */
import type { LocalActor, LocalMention } from '../actors';
import { genderOfFirstName } from '../gender';
import { descriptionKinds, orgKindsOfName, type OrgKind } from '../lexicon/organisations';
import { CITIES, countryBySurface, countryOfRegion, regionNamed, REGIONS, US_STATES } from '../gazetteer';
import { countriesOfRole, countryIn } from './roleHolders';
import type { Sentence, Token } from '../text';
import { cityTeam, loneBody, noteTrade, opensSentence, saidJustBefore, shownClub, toldTrade, topicBody, inPassing, oneWordPerson, TOPIC_REACH } from './descriptions';
import type { ArticleState } from './state';
import { isModifierWord, MISSIONS } from './words';
import { seenByBefore } from './seenDocument';
import { clauseStart } from './clauseSubject';
import { oneWordBodyOpening } from './openingBody';
import { genderOf } from './genderAgreement';
import { DESCRIPTION_REACH, sentenceIndex, walkBack } from './antecedents';
import { memoised } from '../memo';
import { bareName, bodyContext } from '../loneBodies';
import { acronymOf } from '../actors';
import { datelineTown } from '../datelinePlaces';
import { unSystemBody } from '../lexicon/unSystem';

/**
 * The actor named earlier that a description refers to ("the company" -> a company, "the
 * ministry" -> a ministry, "the city" -> a city or its council), nearest first; null when none
 * fits. `kinds` are the kinds the description fits (see ../lexicon/organisations).
 */
export function resolveDescription(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[], modifiers: readonly string[] = NONE, head = ''): LocalActor | null {
  // ("The FTC said the app posed as the Social Security Administration. The agency said …")
  // ("Frontex said … The U.N. refugee agency said": a body's acronym before the noun names whose agency it is)
  const acronyms = acronymsOfDescription(st.paragraphs[pi].tokens, at, head);
  const prior = priorSpeaker(st, pi, s, at, kinds, modifiers);
  if (prior && acronymsName(prior, acronyms)) return prior;
  let found: LocalActor | null = null;
  let foundAt: LocalMention | null = null;
  let outsider: LocalActor | null = null;
  // "the division" after "Saskatchewan Rivers School Division" and a school nearer: the body whose
  // name holds the description's noun, when the walk meets one (a trade's noun only; "the
  // company" means the nearest company, named so or not)
  const named = head && !GENERIC_DESCRIPTIONS.has(head) ? ` ${head} ` : '';
  let nearest: LocalActor | null = null;
  const mediaOnly = kinds.every((k) => k === 'media');
  // "Lumenwise has raised $1.5 billion in a round led by Threnody Capital …, the company told
  // Reuters": after the words it closes, "the company" is its sentence's first body, the subject
  const closing = !named && at > s.from && st.paragraphs[pi].tokens[at - 1].text === ',';
  // "The National Weather Service confirmed two tornadoes, the agency said" after the Mississippi
  // Emergency Management Agency: the body of that trade that opens the words the description
  // closes, as their subject, is the one it means, before a body further back whose name holds the noun
  const own = named ? fittingSubject(st, pi, s, at, kinds, modifiers) : null;
  if (own) return own;
  // (a trade's description opening its sentence: the topic body, see topicBody)
  let topic: LocalActor | null = null;
  let rivalTopic = false;
  let metBody = !named || !opensSentence(st, pi, s, at);
  // ("The Iranian embassy said" after "The Israeli embassy": a nation the description names rules out a body named for another)
  const nation = nationOfDescription(st.paragraphs[pi].tokens, at, head);
  // ("The B.C. regulator said" after the Ontario Securities Commission: a state or province the description names rules out a body named for another)
  const region = regionOfDescription(st.paragraphs[pi].tokens, at, head);
  // "reinforcements came from Cyprus": a country named in passing is not "the government"
  walkBack(st, pi, s, at, DESCRIPTION_REACH, (seen, depth) => {
    if (closing && depth > 0 && found) return true;
    // ("said a spokesperson for Guardian Pharmacy. The company said": the body a spokesperson's
    // phrase names, which the person's mention covers)
    const m = spokenFor(st, seen) ?? seen;
    // ("keep the SW folders on the NAS," an email reads: a quotation's jargon acronym, of no known
    // trade, is taken for a body's name but is none a description means)
    if (m.actor.kind === 'organization' && st.paragraphs[m.para].inQuote[m.from] && ACRONYM.test(m.text) && !tradeKnown(st, m.actor)) return false;
    // ("Rangers boss Philippe Clement … Rangers said … The club said": a plural name the names layer took for a
    // group or a person, shown a club's; a person's is retyped, as ../loneBodies would)
    const club = kinds.includes('team') && (m.actor.kind === 'group' || (oneWordPerson(m.actor) && !genderOf(st, m.actor))) && shownClub(st, m.actor);
    if (club && m.actor.kind === 'person') st.table.asOrganisation(m.actor);
    // ("The WHO agency said" after the World Health Organization, "The UN agency said" after it too:
    // a body the description's acronyms name fits it, whatever kind its own name tells)
    const acronymsFit = acronymsName(m.actor, acronyms);
    // ("Residents of Montréal-Nord say … The city said" under a MONTRÉAL dateline: a borough named
    // for a city the article names is part of it, and "the city" is that city)
    const borough = kinds.includes('city') && m.actor.kind === 'place' && boroughOfNamed(st, m.actor.name);
    const fits = !borough && (club || fitsDescription(m.actor, st.typedKinds.get(m.actor), kinds, m.text) || publicBodyOwner(st, m, kinds) || runByPlace(m.actor, head) || (acronyms.length > 0 && m.actor.kind === 'organization' && acronymsFit)) && !otherNation(m.actor.name, nation) && !otherRegion(m.actor.name, region, nation) && acronymsFit && !serviceOfRegion(m.actor, region, head);
    // (a modifier of trade, "the mining giant", is no part of a name whose trade is unknown)
    // (a modifier of reach still must fit: "the federal agency" is no state's department)
    // (after an opening quotation, only the body that said something in the sentence just before:
    // "The White House defended the agreement. “…,” the real estate developer said" is no White House's)
    // (a quotation going on alone in sentences of its own is the last speaker's words, no new topic:
    // "SaskPower said … “…,” Pandya said. “…” ¶ The utility said")
    if (fits && !metBody && depth > 0 && namedBy(m.actor, modifiers.filter(bindingTopic)) && (at === s.from || saidJustBefore(st, m.actor))) topic = topicBody(st, m, depth > TOPIC_REACH ? depth - quotationsGoingOn(st, pi, s, depth - 1) : depth);
    // ("Toyota posted higher sales. BP cut jobs. The carmaker said": a second company within the
    // topic's reach and paragraph makes the trade's description either's: no one's, rather than a
    // guess; one in the paragraph before is another item's, "Alphabet … ¶ Amazon rose … The online
    // retail giant reported")
    else if (fits && named && topic && m.actor !== topic && m.actor.kind === 'organization' && depth <= TOPIC_REACH && m.para === pi) rivalTopic = true;
    // ("Eskom said it could not rule out … . ¶ The power utility said": a one-word name its words show a body's, before
    // the names layer retypes it at the article's end, see ../loneBodies; in an earlier paragraph only, since
    // "Skyhop said it would cancel flights. The oil giant said …" goes on to another body)
    else if (!fits && !metBody && !topic && depth > 0 && named && m.para < pi && loneBody(st, m)) {
      topic = topicBody(st, m, depth, true) && st.table.asOrganisation(m.actor);
      if (topic) metBody = true;
    }
    // ("According to emails obtained by the Globe and Mail, the company assured …": who obtained or saw a document is outside the story)
    if (fits && m.actor.kind === 'organization' && seenByBefore(st.paragraphs[m.para].tokens, m.from)) return false;
    // ("The Harbourfront Grand is owned by Pacific Crest Hospitality. The company said": a property
    // owned by a body named after it is not the body that speaks)
    if (fits && depth > 0 && ownedByBody(st, m)) return false;
    if (fits) metBody = true;
    if (!fits || !namedBy(m.actor, modifiers) || (m.actor.kind === 'country' && inPassing(st, m))) return false;
    // "said Rachel Ostrow, an analyst at Bellmont Securities": a commentator's employer is not
    // "the company" the article is about, unless the article names no other
    if (outsideEmployer(st, m)) return ((outsider ??= m.actor), false);
    // "SAN FRANCISCO (Reuters) - …, which was seen by Reuters. The company said": the newsroom that
    // reports the story is "the company" only if the article names no other; one with something
    // of its own ("Bloomberg's own list") is in the story
    if (!mediaOnly && m.actor.kind === 'organization' && !st.paragraphs[m.para].tokens[m.to - 1].possessive && orgKindsOfName(ACRONYM.test(m.text) ? m.text : m.actor.name).includes('media')) {
      // ("a copy of which was seen by Reuters", "LONDON (Reuters) -": a newsroom that only saw or only reports is none)
      if (!onlyReporting(st, m)) outsider ??= m.actor;
      return false;
    }
    // (a body whose trade neither its name nor the article tells is no "airline" or "developer":
    // "Facebook" in a photo credit, "the White House" before "the real estate developer said")
    // ("the team" after "the Toronto Maple Leafs": a city's team tells its trade by its shape, see cityTeam)
    // ("The airline said …" then "The carrier said …": a trade the article already gave the body counts as its name's)
    // ("Whyte Distillers … the distiller said": the name may hold the noun in the plural)
    if (named && !` ${m.actor.name.toLowerCase()} `.includes(named) && !` ${m.actor.name.toLowerCase()} `.includes(`${named.trimEnd()}s `) && !(kinds.includes('team') && cityTeam(m.actor.name)) && !toldTrade(st, m.actor, head)) return (tradeKnown(st, m.actor) && (nearest ??= m.actor), false);
    found = m.actor;
    foundAt = m;
    return !(closing && depth === 0);
  });
  // ("Marine Atlantic and BC Ferries both run ships. The company said …": a body joined by "and" to
  // another that fits as well is either's: no one's, rather than a guess)
  if (foundAt && coordinatedFitting(st, foundAt, kinds, head)) return null;
  // "TransLink has pushed back the launch …, the agency said": with no body of that trade named
  // before, a trade's description after the words it closes is the body that opens the sentence
  // as its subject, when nothing tells that body's trade
  const body = found ?? (rivalTopic ? null : topic ?? nearest ?? outsider);
  // (a generic "the company" too: "Stellantis will cut …, the company said")
  const subject = body ? null : closedSubject(st, pi, s, at) ?? untradedSpeaker(st, pi, s, at, kinds, !modifiers.length && GENERIC_DESCRIPTIONS.has(head));
  if (subject && !acronymsName(subject, acronyms)) return null;
  if (named && ((body === topic && topic) || subject)) noteTrade(st, (body ?? subject)!, head);
  return body ?? subject;
}

/** How many of the `reach` sentences before sentence `s` (paragraph `pi`) are wholly a quotation's words, inside its marks. */
function quotationsGoingOn(st: ArticleState, pi: number, s: Sentence, reach: number): number {
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from) - 1;
  let n = 0;
  for (let k = 0; k < reach; k++) {
    while (si < 0) {
      if (--para < 0) return n;
      const p = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    const p = st.paragraphs[para];
    const sent = p.sentences[si--];
    const open = p.tokens[sent.from].type;
    let inside = (open === 'open' || open === 'ambiguous') && sent.to - sent.from > 2;
    for (let i = sent.from + 1; inside && i < sent.to; i++) if (!p.inQuote[i] && p.tokens[i].type === 'word') inside = false;
    if (inside) n++;
  }
  return n;
}

/** Past participles that tell who owns or runs a property ("owned by", "operated by"). */
const OWNED = new Set(['owned', 'operated', 'run', 'managed']);

/**
 * Whether organisation mention `m`, of no company's name, is the subject of "owned by", "operated
 * by" … an organisation named later in its sentence (within 12 tokens: "the Harbourfront Grand,
 * the Burrard Suites and the Coal Harbour Regent — are owned by …").
 */
function ownedByBody(st: ArticleState, m: LocalMention): boolean {
  if (m.actor.kind !== 'organization' || orgKindsOfName(m.actor.name).includes('company')) return false;
  const t = st.paragraphs[m.para].tokens;
  for (let i = m.to; i < t.length - 1 && i < m.to + 12; i++) {
    if (t[i].text === '.' || t[i].text === ';') return false;
    if (OWNED.has(t[i].lower) && t[i + 1].lower === 'by') return st.mentionAt[m.para][i + 2]?.actor.kind === 'organization';
  }
  return false;
}

/** Words of a person who speaks for a body ("spokesperson for Guardian Pharmacy"). */
const SPOKEN_FOR = /^(?:spokes(?:man|woman|person)|representative) for (.+)$/;

/**
 * The body an anonymous person's mention speaks for, as a mention of that body over the same
 * words ("a spokesperson for Guardian Pharmacy"), or null.
 */
function spokenFor(st: ArticleState, m: LocalMention): LocalMention | null {
  if (m.actor.kind !== 'person' || !m.actor.anonymous || m.actor.roles.length !== 1) return null;
  const name = SPOKEN_FOR.exec(m.actor.roles[0])?.[1];
  const body = name ? st.table.find('organization', name) : undefined;
  return body ? { ...m, actor: body, text: body.name } : null;
}

/** Whether a place's name is a borough's of a city the article names, in its text or its dateline: the city's name, a hyphen, the part ("Montréal-Nord", "Montréal-Est"). */
function boroughOfNamed(st: ArticleState, name: string): boolean {
  const dash = name.indexOf('-');
  if (dash < 2) return false;
  const city = name.slice(0, dash);
  return !!st.table.find('place', city) || !!datelineTown(st, (town) => town === city);
}

/**
 * Whether the body mentioned at `m` is joined by "and" to another body's mention that fits `kinds`
 * as well, on either side ("Marine Atlantic and BC Ferries", "the FAA and the NTSB"); not when the
 * description's noun `head` is a word of the body's name and of no other's ("Health Canada and the
 * Public Health Agency of Canada … The agency said": the agency's).
 */
function coordinatedFitting(st: ArticleState, m: LocalMention, kinds: OrgKind[], head: string): boolean {
  const t = st.paragraphs[m.para].tokens;
  const at = st.mentionAt[m.para];
  const holds = (a: LocalActor): boolean => !!head && ` ${a.name.toLowerCase()} `.includes(` ${head} `);
  const ownName = holds(m.actor);
  const fitting = (o: LocalMention | null | undefined): boolean => !!o && o.actor !== m.actor && o.actor.kind === 'organization' && fitsDescription(o.actor, st.typedKinds.get(o.actor), kinds, o.text) && (!ownName || holds(o.actor));
  if (t[m.to]?.lower === 'and') {
    const next = t[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1;
    if (at[next]?.from === next && fitting(at[next])) return true;
  }
  const before = t[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
  return t[before]?.lower === 'and' && fitting(at[before - 1]);
}

/**
 * "The CRTC said VoxLink routed calls posing as the Canada Revenue Agency. The regulator said …":
 * a description opening its sentence goes on with the body that spoke, with a plain verb of saying,
 * in the sentence just before, when that body fits it; a body named inside what it said (or
 * before) is no rival. null otherwise.
 */
function priorSpeaker(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[], modifiers: readonly string[]): LocalActor | null {
  // (a public body's description only: "the company" keeps its own walk, past commentators' firms)
  const last = st.lastSpeaker?.speaker;
  if (!last || last.kind !== 'organization' || kinds.includes('company') || !opensSentence(st, pi, s, at) || !saidJustBefore(st, last)) return null;
  const t = st.paragraphs[pi].tokens;
  let head = at;
  while (head < Math.min(t.length, at + 4) && !descriptionKinds(t[head].lower)) head++;
  const nation = head < t.length ? nationOfDescription(t, at, t[head].lower) : null;
  const region = head < t.length ? regionOfDescription(t, at, t[head].lower) : null;
  return fitsDescription(last, st.typedKinds.get(last), kinds, last.name) && namedBy(last, modifiers) && !otherNation(last.name, nation) && !otherRegion(last.name, region, nation) ? last : null;
}

/** Kinds of the descriptions a body of unknown trade may be called by: "the agency", "the company", "the organization". */
const GENERIC_BODY_KINDS: readonly OrgKind[] = ['agency', 'company', 'nonprofit'];

/**
 * "BC Housing said the building would reopen. The agency said …": the body that spoke in the
 * sentence just before, when neither its name nor the article tells its trade, is whom a generic
 * description opening the next sentence means (not "the city" or "the ministry", which name a
 * trade of their own); null otherwise. `generic`: the description is a bare generic noun ("the
 * company"), which may also mean a body the names layer took for a person (see speakerShownBody).
 */
function untradedSpeaker(st: ArticleState, pi: number, s: Sentence, at: number, kinds: readonly OrgKind[], generic: boolean): LocalActor | null {
  const last = st.lastSpeaker?.speaker;
  if (!last || !kinds.some((k) => GENERIC_BODY_KINDS.includes(k))) return null;
  // ("Lambton Polymer said it was co-operating. “…,” the company said": a name with no given name
  // that its words show a body's, before ../loneBodies retypes it at the article's end; only a
  // generic description, as "the oil giant" may be a body of its own)
  const lone = generic && last.kind === 'person' && speakerShownBody(st, last);
  if ((last.kind !== 'organization' || tradeKnown(st, last)) && !lone) return null;
  // ("NOAA said … In a statement, the agency said": after an opening adjunct too)
  if (!(opensSentence(st, pi, s, at) || clauseStart(st.paragraphs[pi].tokens, s) === at) || !saidJustBefore(st, last)) return null;
  return lone ? st.table.asOrganisation(last) : last;
}

/** Whether person `a`, the last speaker, has no given name, gender or role and its report's words are a body's ("X said it would …"). */
function speakerShownBody(st: ArticleState, a: LocalActor): boolean {
  const span = st.lastSpeaker?.mention;
  if (!span || !bareName(st, a) || genderOf(st, a)) return false;
  // (its mention is among the latest: the report was the sentence just before)
  for (let i = st.mentions.length - 1, stop = Math.max(0, i - SPEAKER_MENTION_REACH); i >= stop; i--) {
    const m = st.mentions[i];
    if (m.actor === a && m.start === span.start) return bodyContext(st, m);
  }
  return false;
}
/** How many of the latest mentions are searched for the last speaker's. */
const SPEAKER_MENTION_REACH = 40;

/** A museum's name as an institute of the arts ("Detroit Institute of Arts", "Art Institute of Chicago", "Minneapolis Institute of Art"). */
const ART_INSTITUTE = /\binstitute of (?:the )?(?:fine )?arts?\b|\bart institute\b/;

/**
 * "The museum said", "the centre said" after "Royal Ontario Museum", "Marlow Heritage Centre": the
 * nearest organisation, within DESCRIPTION_REACH sentences before token `at`, whose name ends in
 * `head` (lower case, one word or more: "sheriff's office") or in its plural, or opens with it before "of" (for "office",
 * a country that owns one: "Britain's statistics office"); null when none does. For nouns no kind of body is listed
 * under (./lexicon/organisations): the name itself tells what the body is.
 */
export function bodyEndingIn(st: ArticleState, pi: number, s: Sentence, at: number, head: string): LocalActor | null {
  const tail = head.replace(/’/g, "'");
  let found: LocalActor | null = null;
  walkBack(st, pi, s, at, DESCRIPTION_REACH, (m) => {
    // ("The office said" after "Britain's statistics office said": the country whose office it is, see publicBodyOwner)
    if (tail === 'office' && ownedBodyNoun(st, m) === tail) {
      found = m.actor;
      return true;
    }
    const name = m.actor.name.toLowerCase().replace(/’/g, "'");
    // ("Port Saint John said": a port authority named "Port" and its city, which the names stage takes for a place)
    if (m.actor.kind === 'place' && tail === 'port' && name.startsWith('port ')) {
      found = m.actor;
      return true;
    }
    if (m.actor.kind !== 'organization') return false;
    // ("The museum said" after the Minneapolis Institute of Art: an institute of the arts is a museum by another name)
    if (tail === 'museum' && ART_INSTITUTE.test(name)) {
      found = m.actor;
      return true;
    }
    // (or ends in it before "of": "the office" after "Office of the Fire Marshal", "the academy" after
    // "Canadian Academy of Recording Arts and Sciences", "the guild" after "Writers Guild of America West";
    // or before "for": "the office" after "Office for National Statistics", "the centre" after "Centre for Addiction …")
    const of = name.search(/ (?:of|for) /);
    const named = of > 0 ? name.slice(0, of) : name;
    if (!named.endsWith(` ${tail}`) && !named.endsWith(` ${tail}s`) && named !== tail) return false;
    found = m.actor;
    return true;
  });
  return found;
}

/**
 * The organisation that opens sentence `s` (paragraph `pi`) as the subject of the words a comma
 * before token `at` closes, its own verb after its name, when it is of a trade the description's
 * `kinds` fit; null otherwise.
 */
function fittingSubject(st: ArticleState, pi: number, s: Sentence, from: number, kinds: OrgKind[], modifiers: readonly string[]): LocalActor | null {
  // (the comma before the description's article: "…, the agency said")
  const at = st.paragraphs[pi].tokens[from - 1]?.lower === 'the' ? from - 1 : from;
  const open = closedOpening(st, pi, s, at);
  const m = open?.m;
  if (!open || !m || m.actor.kind !== 'organization' || !subjectWithVerb(st, pi, m, open.first)) return null;
  return fitsDescription(m.actor, st.typedKinds.get(m.actor), kinds, m.text) && namedBy(m.actor, modifiers) ? m.actor : null;
}

/**
 * Where the subject of the words a comma before token `at` closes opens sentence `s` (paragraph
 * `pi`): the clause's first token (`opens`; after a dateline's dash, "CALGARY — Vivaline has …"),
 * the first after its "the" (`first`) and the mention there; null when the words are too short or
 * quoted, or open past the comma.
 */
function closedOpening(st: ArticleState, pi: number, s: Sentence, at: number): { opens: number; first: number; m: LocalMention | undefined } | null {
  const p = st.paragraphs[pi];
  if (at - s.from < 4 || p.tokens[at - 1]?.text !== ',' || p.inQuote[at - 2]) return null;
  const opens = clauseStart(p.tokens, s);
  const first = p.tokens[opens]?.lower === 'the' ? opens + 1 : opens;
  return first < at ? { opens, first, m: st.mentionAt[pi][first] ?? undefined } : null;
}

/** Whether mention `m` opens at token `first`, outside quotation marks, as a subject with its own verb after its name ("TransLink has pushed back", not "TransLink's fares"). */
function subjectWithVerb(st: ArticleState, pi: number, m: LocalMention, first: number): boolean {
  const p = st.paragraphs[pi];
  const next = p.tokens[m.to];
  return m.from === first && !p.inQuote[first] && !!next && next.type === 'word' && !next.cap && !p.tokens[m.to - 1].possessive;
}

/**
 * The organisation that opens sentence `s` (paragraph `pi`) as the subject of the words a comma
 * before token `at` closes, when neither its name nor the article tells its trade; null otherwise.
 */
function closedSubject(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  const open = closedOpening(st, pi, s, at);
  if (!open) return null;
  const { opens, first, m } = open;
  // ("Stellantis will cut 1,000 jobs …, the company said": a one-word body no list knows, see ./openingBody)
  if (!m && first === opens && !st.paragraphs[pi].inQuote[first]) return oneWordBodyOpening(st, pi, first, at);
  if (!m || !subjectWithVerb(st, pi, m, first)) return null;
  if (m.actor.kind === 'organization') return tradeKnown(st, m.actor) ? null : m.actor;
  // ("Vivaline has postponed …, the agency said": a one-word name the names layer took for a person's is a body's)
  return oneWordPerson(m.actor) && !genderOf(st, m.actor) && !genderOfFirstName(m.actor.name) ? st.table.asOrganisation(m.actor) : null;
}

/** The country the description starting at token `at` names before its head noun ("The Iranian embassy" -> Iran; see ./roleHolders `countryIn`), or null. */
function nationOfDescription(t: Token[], at: number, head: string): string | null {
  let end = at;
  while (end < at + 4 && end < t.length && t[end].lower !== head) end++;
  return countryIn(t.slice(at, end));
}

/**
 * The acronyms of bodies a description starting at token `at` holds before its head noun ("The
 * U.N. refugee agency" -> ["un"], "the WHO agency"), upper-case and lower-case letters stripped of
 * their full stops; a country's or a state's ("The U.S. agency", "the B.C. regulator") is none, as
 * the nation and the region are read apart. Empty for none.
 */
function acronymsOfDescription(t: Token[], at: number, head: string): string[] {
  const found: string[] = [];
  for (let j = at; j < at + 4 && j < t.length && t[j].lower !== head && !descriptionKinds(t[j].lower); j++) {
    // ("The FFAW-Unifor union said" after the Association of Seafood Producers: an acronym joined by a hyphen to a name names the body too)
    // (a part is read as a token of its own only where there is a hyphen: most words have none)
    const parts = t[j].text.includes('-') ? t[j].text.split('-').map((part) => ({ ...t[j], text: part, lower: part.toLowerCase() })) : [t[j]];
    for (const w of parts) {
      if (ACRONYM.test(w.text) && !countryIn([w]) && !regionNamed(w.lower) && !TRADE_ACRONYMS.has(w.lower)) found.push(w.text.replace(/\./g, '').toLowerCase());
    }
  }
  return found;
}

/**
 * Whether each of `acronyms` is body `a`'s: a word of its name or an alias, or the opening of its
 * name's initials ("un" of "United Nations Children's Fund"); "un" is also a body of the UN system
 * named otherwise ("The UN agency said" after the World Health Organization, see ../lexicon/unSystem);
 * "eu" a body whose name opens with "European" ("The EU agency said" after the European Medicines Agency).
 */
function acronymsName(a: LocalActor, acronyms: string[]): boolean {
  if (!acronyms.length) return true;
  const words = new Set<string>();
  for (const n of [a.name, ...a.aliases]) for (const w of n.split(/[\s-]+/)) words.add(w.replace(/\./g, '').toLowerCase());
  const initials = acronymOf(a.name);
  return acronyms.every((x) => words.has(x) || initials.startsWith(x) || (x === 'un' && ofUnSystem(a)) || (x === 'eu' && europeanBody(a)));
}

/** Whether body `a`'s name opens with "European" ("European Medicines Agency", "European Central Bank"): what "the EU agency", "the EU bank" may name, as initials tell no more. */
const europeanBody = (a: LocalActor): boolean => a.kind === 'organization' && /^European\s/.test(a.name);

/** Whether body `a` is of the UN system by its name or an alias (see ../lexicon/unSystem): a "UN agency" whatever its own name's kind. */
const ofUnSystem = (a: LocalActor): boolean => a.kind === 'organization' && (unSystemBody(a.name) || a.aliases.some(unSystemBody));

/** Whether body name `name` names a country other than `nation` ("Israeli embassy" for Iran; see ./roleHolders `countriesOfRole`). */
const otherNation = (name: string, nation: string | null): boolean => !!nation && countriesOfRole(name).some((c) => c !== nation);

/** The US state or Canadian province the description starting at token `at` names before its head noun ("The B.C. regulator" -> "british columbia"; see ../gazetteer `regionNamed`), or null. */
function regionOfDescription(t: Token[], at: number, head: string): string | null {
  for (let j = at; j < at + 4 && j < t.length && t[j].lower !== head; j++) {
    if (!t[j].cap) continue;
    const found = (t[j + 1]?.cap && regionNamed(`${t[j].lower} ${t[j + 1].lower}`)) || regionNamed(t[j].lower);
    if (found) return found;
  }
  return null;
}

/**
 * Whether body name `name` names states or provinces and none is `region`, or one is of another
 * country than `nation` ("the Ontario Securities Commission" for "the B.C. regulator" or for "the
 * U.S. agency").
 */
const otherRegion = (name: string, region: string | null, nation: string | null): boolean => {
  if (!region && !nation) return false;
  const own = regionsOfName(name);
  return own.length > 0 && ((!!region && !own.includes(region)) || (!!nation && own.some((r) => countryOfRegion(r) !== nation)));
};

/**
 * Whether a body is one the province's or state's government runs, not that government, when a
 * description names the region before "government" ("The B.C. government said" after the BC
 * Wildfire Service, "the Ontario government" after it too): a government named so says so.
 */
const serviceOfRegion = (actor: LocalActor, region: string | null, head: string): boolean => !!region && head === 'government' && actor.kind === 'organization' && !/\bgovernment\b/i.test(actor.name);

/** The states and provinces a body's name holds ("Ontario Securities Commission" -> ["ontario"]). */
const regionsOfName = memoised((name: string): string[] => {
  const words = name.toLowerCase().split(/\s+/);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? regionNamed(`${words[i]} ${words[i + 1]}`) : null;
    const r = two ?? regionNamed(words[i]);
    if (r && !found.includes(r)) found.push(r);
    if (two) i++;
  }
  return found;
});

/**
 * "China's embassy in Ottawa said … “…,” the embassy said", "Taiwan's defence ministry said … The
 * ministry said": a country named as the owner of a public body of its own (its mission abroad,
 * a ministry, an agency; which speak for it, see ./linkedSources) is what a description of that
 * kind means. The body's noun ends up to three lower-case words after the possessive.
 */
function publicBodyOwner(st: ArticleState, m: LocalMention, kinds: OrgKind[]): boolean {
  const noun = ownedBodyNoun(st, m);
  const own = !noun ? undefined : MISSIONS.has(noun) ? MINISTRY : descriptionKinds(noun);
  return !!own && own.some((kind) => PUBLIC_BODIES.has(kind) && kinds.includes(kind));
}

/** The noun up to three lower-case words after country mention `m`'s possessive ("Britain's statistics | office"), or null. */
function ownedBodyNoun(st: ArticleState, m: LocalMention): string | null {
  const t = st.paragraphs[m.para].tokens;
  if (m.actor.kind !== 'country' || !t[m.to - 1].possessive) return null;
  // (the noun that ends the words, "military intelligence agency": a modifier with kinds of its
  // own, "military", "statistics", names no body; "military spokesman" is a person's office)
  let head = m.to;
  while (head < m.to + 3 && isModifierWord(t[head])) head++;
  return head === m.to ? null : t[head - 1].lower;
}
const MINISTRY: OrgKind[] = ['ministry'];

/**
 * "Halifax Stanfield International Airport reopened … The airport said": a place named by the
 * description's noun (an airport, a port: the names stage takes either for a place) speaks
 * through whoever runs it, as "the airport" means it.
 */
function runByPlace(a: LocalActor, head: string): boolean {
  return a.kind === 'place' && RUN_PLACES.has(head) && a.name.toLowerCase().endsWith(` ${head}`);
}
const RUN_PLACES = new Set(['airport', 'port']);

/** Whether what body `a` is, when it is one, is known from its name or the article (a place's or a country's always is). */
function tradeKnown(st: ArticleState, a: LocalActor): boolean {
  return a.kind !== 'organization' || !!st.typedKinds.get(a)?.length || orgKindsOfName(a.name).length > 0 || publicAgency(a.name, NO_KINDS);
}

/** Whether newsroom mention `m` only tells who saw a document ("seen by Reuters") or who files the story ("LONDON (Reuters) -"). */
function onlyReporting(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  return seenByBefore(t, m.from) || (t[m.from - 1]?.text === '(' && t[m.to]?.text === ')' && m.from <= 6);
}

/** Kinds of a public body's name: no company, whatever its acronym leaves unsaid. */
const PUBLIC_BODIES = new Set<OrgKind>(['ministry', 'department', 'agency', 'government', 'council', 'legislature', 'court', 'police', 'military']);

/** Descriptions that name no trade of their own: the nearest fitting body, whatever its name ends in. */
const GENERIC_DESCRIPTIONS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'business', 'body', 'government', 'city', 'state', 'county', 'province', 'country']);
const NONE: readonly string[] = [];
/** Whether a description's modifier binds a topic body too (see topicBody): its reach, a public field, or the members a body is of ("the traders' association"). */
const bindingTopic = (w: string): boolean => REACH_MODIFIERS.has(w) || FIELD_MODIFIERS.has(w) || !SPECIFYING_MODIFIERS.has(w);
/** Modifiers of a body's reach, which a topic body's name must bear too ("the federal agency"); a trade's ("the mining giant") need not. */
const REACH_MODIFIERS = new Set(['state', 'county', 'city', 'town', 'municipal', 'federal', 'regional', 'provincial', 'national', 'district']);
const NO_KINDS: OrgKind[] = [];

/** Those asked from outside to comment, named with their employer ("an analyst at …", "an economist with …"). */
const COMMENTATORS = new Set(['analyst', 'economist', 'strategist', 'professor', 'researcher', 'scientist', 'fellow', 'expert', 'scholar', 'consultant', 'pollster', 'lawyer', 'attorney', 'lecturer', 'investor', 'banker', 'trader']);

/** Those who invest others' money, asked about a company from outside: "a fund manager at …", "chief investment officer at …". */
const INVESTING = new Set(['fund', 'portfolio', 'money', 'investment', 'asset', 'wealth', 'equity', 'equities']);

/** Whether token `i` is a commentator's noun (or its plural), or "manager"/"officer" of others' investments. */
function commentatorNoun(t: Token[], i: number): boolean {
  const w = t[i].lower.replace(/s$/, '');
  if (COMMENTATORS.has(t[i].lower) || COMMENTATORS.has(w)) return true;
  return (w === 'manager' || w === 'officer' || w === 'partner') && i > 0 && INVESTING.has(t[i - 1].lower);
}

/** Whether mention `m` is a commentator's employer: "at"/"with" (and "the") after a commentator's noun, or the body before one ("RBC Capital Markets analyst Paul Treiber"). */
function outsideEmployer(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  // (past the rest of the body's name, "RBC" of "RBC Capital Markets")
  let j = m.to;
  while (j < t.length && j - m.to < 4 && t[j].type === 'word' && t[j].cap && !t[j - 1].possessive) j++;
  if (j < t.length && !t[j - 1].possessive && t[j].type === 'word' && !t[j].cap && commentatorNoun(t, j)) return true;
  let k = m.from - 1;
  if (k >= 0 && t[k].lower === 'the') k--;
  // ("analysts at Morrow & Pike wrote in a note": the plural too)
  if (k >= 1 && (t[k].lower === 'at' || t[k].lower === 'with') && commentatorNoun(t, k - 1)) return true;
  // ("a lawyer with the Denver firm Okafor & Lindqvist", "an analyst at the investment bank Hale & Co.":
  // past the body's type noun, its modifiers and the article)
  k = m.from - 1;
  if (k < 0 || t[k].type !== 'word' || t[k].cap || !descriptionKinds(t[k].lower)) return false;
  for (let n = 0; n < 3 && k >= 1 && t[k - 1].type === 'word' && !t[k - 1].possessive && t[k - 1].lower !== 'at' && t[k - 1].lower !== 'with'; n++) k--;
  k--;
  return k >= 1 && (t[k].lower === 'at' || t[k].lower === 'with') && commentatorNoun(t, k - 1);
}

/** How far back, in sentences, a body named by one word is looked for. */
const ONE_WORD_REACH = 2;
/** Pronouns that show a one-word name is a person's. */
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * "Greenpeace called for a treaty. … the group said": the nearest person before token `at` of
 * sentence `s`, within two sentences, when it is known by one word with no role, gender, given
 * name or personal pronoun after it in its sentence: the names layer's guess at a body's name,
 * which the description corrects (the actor is retyped as an organisation). null otherwise.
 */
export function oneWordBody(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  let found: LocalMention | null = null;
  walkBack(st, pi, s, at, ONE_WORD_REACH, (m) => {
    if (m.actor.kind !== 'person') return false;
    found = m;
    return true;
  });
  const m = found as LocalMention | null;
  if (!m || !oneWordPerson(m.actor) || genderOf(st, m.actor) || genderOfFirstName(m.actor.name)) return null;
  const t = st.paragraphs[m.para].tokens;
  const sent = st.paragraphs[m.para].sentences[sentenceIndex(st.paragraphs[m.para].sentences, m.from)];
  for (let i = m.to; i < sent.to; i++) if (PERSONAL.has(t[i].lower)) return null;
  return st.table.asOrganisation(m.actor);
}

/**
 * Modifiers that tell which body a description means ("the state water board", "the county
 * health department"; a company's trade, "the state-run power company"): each must be a word of
 * the name (or an alias) of the body it refers to, else the description names a body of its own.
 * (A trade the name leaves unsaid was tried as a match for a company that spoke before, "Eskom …
 * the state-run power company"; it gave "the oil giant" to Ryanair and "the chemical company" to
 * Toyota as often, and was dropped: a wrong named company is worse than a body of its own.)
 */
export const SPECIFYING_MODIFIERS = new Set(
  ('state|county|city|town|municipal|federal|regional|provincial|national|district|water|health|education|school|transport|transportation|transit|housing|planning|zoning|election|elections|ethics|parole|fire|police|environmental|environment|energy|finance|budget|labor|labour|agriculture|trade|tax|revenue|utilities|utility|parks|library|port|harbour|harbor|airport|highway|highways|wildlife|fisheries|forestry|mining|pension|appeals|supreme|' +
    'power|electricity|gas|oil|rail|railway|telecom|telecoms|insurance|drug|pharmaceutical|chemical|steel|shipping|software').split('|'),
);

/**
 * A public body's field ("the weather bureau" is no civil defence office, "the disaster agency" no
 * weather service): a modifier that even the body an article's last sentences were about must bear,
 * unlike a trade's ("Rio Tinto … the mining giant").
 */
// (and a town's services: "the fire department" is no parks and recreation department named before)
const FIELD_MODIFIERS = new Set('weather|meteorological|disaster|emergency|aviation|maritime|consumer|competition|food|medical|marine|customs|immigration|fire|police|parks|recreation|library|transit|housing|planning|zoning|sanitation|roads|parole|election|elections|ethics'.split('|'));
for (const w of FIELD_MODIFIERS) SPECIFYING_MODIFIERS.add(w);

/** Words of a name that state a field in other words: "the weather bureau" is the "… Meteorological Department". */
const FIELD_NAMES: Record<string, string[]> = { weather: ['meteorological', 'meteorology', 'atmospheric', 'met'], meteorological: ['weather', 'meteorology', 'met'] };

/** Whether every modifier in `modifiers` is a word of the actor's name or of one of its aliases. */
function namedBy(a: LocalActor, modifiers: readonly string[]): boolean {
  if (!modifiers.length) return true;
  const names = [a.name, ...a.aliases].map((n) => ` ${n.toLowerCase()} `);
  return modifiers.every((w) => [w, ...(FIELD_NAMES[w] ?? [])].some((f) => names.some((n) => n.includes(` ${f} `))) || (NATIONAL_SCOPE.has(w) && !subnationalName(a.name)));
}

/**
 * Modifiers of a body's reach that its name rarely states: "Environment Canada … the federal
 * agency said". Not one whose name holds a state, a province or a city ("the Texas Department of
 * Transportation" is no federal department).
 */
const NATIONAL_SCOPE = new Set(['federal', 'national']);

/** Whether a word of an organisation's name is a state, province, region or city the gazetteer knows. */
function subnationalName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const one = words[i];
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
    if (US_STATES.has(one) || REGIONS.has(one) || CITIES.has(one) || (two && (US_STATES.has(two) || REGIONS.has(two) || CITIES.has(two)))) return true;
  }
  return false;
}

/** Whether a body named `name` (its name's kinds `own`) is an agency of the state by a head the name kinds leave out: "… Commission" (no city's, county's or state's) or "… Services". */
function publicAgency(name: string, own: OrgKind[]): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (last === 'commission') return !own.some((k) => k === 'city' || k === 'county' || k === 'state');
  return !own.length && last === 'services' && orgKindsOfName(name.slice(0, -1)).includes('agency');
}

/**
 * Acronyms of a trade, a technology or a product, which modify a description's noun as its field and
 * name no body ("Tesla said … The EV maker said", "The AI company", "the TV network", "the LNG supplier").
 */
const TRADE_ACRONYMS = new Set(['ai', 'ev', 'evs', 'tv', 'it', 'pr', 'hr', 'lng', 'lpg', 'led', 'gps', 'dna', 'suv', 'vpn', 'ipo', 'etf', 'atm', 'pc', 'rv', 'vr', 'hvac', 'ehr', 'cbd', 'gmo', 'hiv', 'ivf', 'lgbt', 'lgbtq']);
/** An acronym as written: "AAN", "U.N.". */
export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

/** Whether body `a` is one a description of `kinds` may refer to, by its name's or the article's trade (see fitsDescription). */
export function bodyFits(st: ArticleState, a: LocalActor, kinds: OrgKind[]): boolean {
  return fitsDescription(a, st.typedKinds.get(a), kinds, a.name);
}

/**
 * Whether an actor is of a kind a description fits; an organisation whose name tells nothing fits
 * generic ones ("the company", "the group"). `typed`: the kinds the article's noun before its name
 * told ("children’s agency UNICEF"), which tell more than the name.
 */
function fitsDescription(a: LocalActor, typed: OrgKind[] | undefined, kinds: OrgKind[], surface: string): boolean {
  if (typed && a.kind === 'organization') return typed.some((k) => kinds.includes(k));
  if (a.kind === 'organization') {
    // a body met by its acronym tells no more than the acronym does ("AAN polled …, the group
    // said" beside "American Action Network", whose last word reads as a broadcaster's)
    const acronym = ACRONYM.test(surface);
    const own = orgKindsOfName(acronym ? surface : a.name);
    if (!own.length && !acronym) for (const alias of a.aliases) own.push(...orgKindsOfName(alias));
    // "the agency" is a public body: a commission of the state ("Federal Trade Commission") or one
    // named by its services in the plural ("Adult Protective Services"), as well as an agency
    if (kinds.includes('agency') && publicAgency(a.name, own)) return true;
    // …but a public body's full name is one "the company" never means ("the SEC's enforcement
    // division" beside "Securities and Exchange Commission")
    if (!own.length && acronym) {
      const full = [a.name, ...a.aliases].flatMap((n) => orgKindsOfName(n));
      if (full.some((k) => PUBLIC_BODIES.has(k))) return full.some((k) => kinds.includes(k));
    }
    // a newsroom is a company, but "the utility" or "the airline" is none
    if (own.includes('media') && !kinds.includes('media')) return false;
    if (!own.length && kinds.includes('team') && cityTeam(a.name)) return true;
    return own.length ? own.some((k) => kinds.includes(k)) : kinds.includes('company') || kinds.includes('nonprofit');
  }
  if (a.kind === 'country') return kinds.includes('government');
  return a.kind === 'place' && placeFits(a.name, kinds);
}

/** Whether a place named `name` is of a kind a description fits: a US state "the state", a county "the county", a town or city "the city". */
export function placeFits(name: string, kinds: OrgKind[]): boolean {
  const key = name.toLowerCase();
  if (US_STATES.has(key)) return kinds.includes('state');
  if (countryBySurface.has(key) || REGIONS.has(key)) return false;
  // "Marion County" is what "the county" refers to
  if (key.endsWith(' county')) return kinds.includes('county');
  // a place that is no state, country or region: a town or city
  return kinds.includes('city') && (CITIES.has(key) || !/\s(?:county|river|lake|sea|bay|island|park|beach|creek|mountains?|harbou?r|pond|marsh|cove|inlet|canyon|glacier|pier|wharf|marina|station|terminal|airport|stadium|arena|mall|peninsula|coast|street|avenue|road|drive|boulevard|lane|way|crescent|place|court|square|bridge|trail|parkway|highway|route|terrace|circle|row|alley|plaza|line|sideroad|concession)$/i.test(key));
}
