/**
 * Stage 5 of attribution, resolution: a source phrase to an actor, through sieves in order, the
 * most precise first (see `resolveNp`): pronouns and descriptions that point back (./anaphora),
 * possessives and "whose X" as actors of their own linked to X, and people nouns with
 * post-modifiers (./linkedSources), a person named in the phrase, known aliases and names
 * (shorter forms of a body's name: ./bodyForms), government, document and event nouns, groups
 * and anonymous sources named by their phrase (./groups), and role phrases ("the NATO chief") to
 * the person whose roles and organisations fit (./roleHolders). The phrase shapes it reads are in
 * ./npShapes; a quotation's speaker from its source phrase is in ./speakerOf.
 */
import { normaliseName, type LocalActor, type LocalMention } from '../actors';
import { CUE_FORMS, DOCUMENT_NOUNS } from '../cues';
import { documentAuthor } from './sourceAfter';
import { CITIES, GROUP_NOUNS, NON_NAME_WORDS, regionPeople, ROLE_NOUNS, TITLES } from '../gazetteer';
import { isLoneName, isNameWord } from '../names';
import { genderOfFirstName, genderOfPronoun } from '../gender';
import { charityBankKinds, descriptionKinds, type OrgKind } from '../lexicon/organisations';
import { isGroupHead, peopleNoun, ROYAL_NOUNS } from '../lexicon/people';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import { resolveCollectivePronoun, resolvePersonPronoun } from './anaphora';
import { previousPluralSubject } from './pluralSubject';
import { ACRONYM, bodyEndingIn, bodyFits, placeFits, resolveDescription } from './descriptionAnaphora';
import { GATHERING_NOUNS, gatheringBody } from './namedGathering';
import { datelineTown } from '../datelinePlaces';
import { sentenceIndex } from './antecedents';
import { genderOf } from './genderAgreement';
import { nameBeforeTrade, oneWordPerson, typedSource } from './descriptions';
import { datelineFederation, groupEndingIn, lastPersonsCampaign } from './earlierBodies';
import { bareName, jointSpeakers, linkedActor, phraseActor } from './groups';
import type { ArticleState, Np } from './state';
import { AGED, agentShaped, DETERMINERS, EVENT_NOUNS, GOVERNMENT_NOUNS, INDEFINITE, isPartyGroup, isPeopleNoun, isPluralApostrophe, MEMBER_WORDS, MISSIONS, OFFICE_INITIALS, ONE_OF, pluralBodies, PARTY_MEMBERS, PERSON_PRONOUNS, PERSONS_BODIES, describedHead } from './words';
import { nationalDescribed, nationalOne } from './nationality';
import { documentIssuer } from './documents';
import { npBackward, ON_PLATFORM } from './sourceBefore';
import { antecedent, bodySpokesperson, coreEndOf, DEFINITE, linkedSource, placedIn, POST_PREPOSITIONS, postModified } from './linkedSources';
import { asAgent, placeLedBody, placesTeam, pluralBody, SHORT_HEADS, shortFormOwner } from './bodyForms';
import { countriesOfRole, countryIn, onlyHolder, resolveRole, ROLE_SYNONYMS, roleHolder, soleHolder, unheldOffice } from './roleHolders';
import { standingPhrase } from './standings';
import { ledeBody, ledeHolder } from './ledeHolder';
import { partisanDescribed, partisanHead, partyRoleAt } from './partisans';
import { commonWordSurname, namesakeSpeaker, relativeSpeaking } from './namesakes';
import { describedPerson, SELF_DESCRIPTIONS } from './describedPerson';
import { headlineOffice } from './headlineOffice';
import { introducedBody } from './introducedBody';
import { oneAgentPlaced } from './sourcePlaces';
import { singularTheyPerson } from './singularThey';
import { markIntroduced } from './givenNameOnly';
import { subjectAfterOpening } from './describedAfterOpening';
import { namedForce } from './policeForce';
import { countryOfficeHolder } from './countryOffice';
import { ageDescribed, AGENT_PLURAL, capitalOffice, COUNTED, groupRightBefore, introducedByClause, joinedNames, MEMBER_TITLES, nationalPosition, openingCommonWord, partisanBefore, partyHead, partyRightBefore, PLACE_ADVERBS, placedBodies, whoRefersTo, specifying, STATE_OUTLETS, STATE_WORDS, unnamedReferent } from './npShapes';

/** Nouns of the press an outlet is called by: "a U.S. newspaper", "Canadian media". */
const PRESS_NOUNS = new Set(['newspaper', 'newspapers', 'paper', 'daily', 'tabloid', 'magazine', 'weekly', 'media', 'outlet', 'outlets', 'broadcaster', 'website', 'press']);

/** Nouns that name a body of any kind, public or not: "the group", "the organisation" (not "the company"). */
const ANY_BODY_NOUNS = new Set(['group', 'organisation', 'organization']);
/** Prepositions that place bodies in the plural before a place: "Outfitters in the park", "Hotels along the coast". */
const BODY_PLACINGS = new Set(['in', 'at', 'near', 'along', 'across', 'around', 'outside', 'on']);
/** A company's generic nouns: "the company", "the firm". */
const COMPANY_NOUNS = new Set(['company', 'firm']);

/** Determiners by which a document noun points back at one met before: "the statement", "that letter". */
const POINTING = new Set(['the', 'that', 'this']);
/** Documents of research, whose findings speak for who released them, not for whoever spoke last. */
const RESEARCH_NOUNS = new Set(['study', 'survey', 'poll', 'polling', 'research', 'findings', 'data', 'result', 'analysis', 'trial', 'model', 'projection', 'forecast', 'estimate']);

/** Words that bring research into an article, after which "the paper" is a study's, no newspaper. */
const RESEARCH_WORDS = new Set(['study', 'studies', 'research', 'researcher', 'researchers', 'journal', 'findings', 'scientists', 'co-author', 'preprint']);

/** For each article, where its first research word stands (paragraph, token), or null: found once. */
const firstResearch = new WeakMap<ArticleState, readonly [number, number] | null>();

/** Whether a research word (RESEARCH_WORDS) stands in the article before token `at` of paragraph `pi`. */
function researchBefore(st: ArticleState, pi: number, at: number): boolean {
  let first = firstResearch.get(st);
  if (first === undefined) {
    first = null;
    for (let p = 0; p < st.paragraphs.length && !first; p++) {
      const t = st.paragraphs[p].tokens;
      for (let i = 0; i < t.length; i++) {
        if (t[i].type === 'word' && RESEARCH_WORDS.has(t[i].lower)) {
          first = [p, i];
          break;
        }
      }
    }
    firstResearch.set(st, first);
  }
  return !!first && (first[0] < pi || (first[0] === pi && first[1] < at));
}

/**
 * Papers of a court case, a plaintiff's or a prosecutor's: "The complaint alleges" after "The FDIC
 * estimated …" is the side that sued, which the last body that spoke seldom is.
 */
const PLEADING_NOUNS = new Set(['complaint', 'lawsuit', 'suit', 'indictment', 'petition']);
/**
 * The kinds of body a ruling is of: a court's, or a board's, commission's or regulator's that
 * decides cases ("The Ontario Energy Board rejected the rate hike. The ruling said …"); "The ruling
 * said" after a body of another kind spoke (a union, a company) is no statement of theirs.
 */
const RULING_BODIES: OrgKind[] = ['court', 'council', 'agency'];

const NARRATOR_PRONOUNS = new Set(['i', 'we', 'you']);

/**
 * The person holding `office` (in full, or as its `initials`) named nearest before token `at` of
 * paragraph `pi` (within 3,000 tokens back); with `team` ("the Sabres GM"), at a mention that word
 * stands just before ("Sabres general manager Kevin Adair"). null when none is. A trade article
 * names two general managers: the nearer one, or the team's, speaks.
 */
function officeHolder(st: ArticleState, pi: number, at: number, office: string, initials: string, team: string | null): LocalActor | null {
  let budget = 3000;
  for (let p = pi; p >= 0 && budget > 0; p--) {
    const t = st.paragraphs[p].tokens;
    const mentionAt = st.mentionAt[p];
    for (let i = (p === pi ? at : t.length) - 1; i >= 0 && budget-- > 0; i--) {
      const m = mentionAt[i];
      if (!m || m.from !== i || m.actor.kind !== 'person' || !m.actor.roles.some((r) => r.toLowerCase().includes(office) || r.toLowerCase().split(/\s+/).includes(initials))) continue;
      if (!team) return m.actor;
      for (let j = i - 1; j >= 0 && i - j <= 4 && t[j].type === 'word'; j--) if (t[j].lower === team) return m.actor;
    }
  }
  return null;
}

/**
 * "The judge disagreed. The delay, she wrote, …": a pronoun that no person named within reach
 * takes refers to the person whose role the subject opening the sentence before it (in its
 * paragraph) tells, "the" and a person noun after at most two modifiers, when the gender agrees.
 */
function describedSubjectBefore(st: ArticleState, pi: number, p: Paragraph, s: Sentence, pronoun: string, soleOnly = false): LocalActor | null {
  const si = sentenceIndex(p.sentences, s.from);
  if (si < 1) return null;
  const before = p.sentences[si - 1];
  const t = p.tokens;
  if (t[before.from].lower !== 'the') return null;
  const h = describedHead(t, before.from, before.to);
  if (h < 0) return null;
  const np = { from: before.from, to: h + 1 };
  // (before the people named within reach, only a role one person of the article holds: "Councillor
  // Ana Ruiz and Councillor Beth Moss spoke. The councillor left early. She said" is neither's)
  const nouns = ROLE_SYNONYMS[t[h].lower] ?? [t[h].lower];
  if (soleOnly && !onlyHolder(st, (role) => role.split(/\s+/).some((w) => nouns.includes(w)))) return null;
  const bare = t.slice(before.from + 1, h + 1).map((w) => w.text).join(' ');
  const a = resolveRole(st, pi, np, t, bare, t[h].lower, null);
  const gender = genderOfPronoun(pronoun);
  const held = a && genderOf(st, a);
  return a && a.kind === 'person' && (!gender || !held || held.gender === gender) ? a : null;
}

/**
 * "The office of Mayor Tom Hale said", "the campaign of Ann Lee": a person's own body, an actor of
 * its own linked to them, named as "Tom Hale's office" is ("office of Tom Hale"); null when the
 * phrase is not so.
 */
function personsBody(st: ArticleState, pi: number, t: Token[], np: Np): LocalActor | null {
  const body = DETERMINERS.has(t[np.from].lower) ? np.from + 1 : np.from;
  if (np.to - body < 3 || t[body].cap || !PERSONS_BODIES.has(t[body].lower) || t[body + 1].lower !== 'of') return null;
  const owner = st.mentionAt[pi][np.to - 1];
  if (!owner || owner.actor.kind !== 'person' || owner.to !== np.to || owner.from < body + 2) return null;
  return linkedActor(st, pi, t, np, t[body], `${t[body].lower} of ${owner.actor.name}`, owner.actor, 'of');
}

/** Prepositions after which a name tells only where someone is, never who ("hotels in …", "farms across …"). */
const WHERE_PREPOSITIONS = new Set(['in', 'across', 'throughout']);

/**
 * The office's last word when tokens [a, place) are one to three capitalised words holding an office
 * ("Auditor General", "Privacy Commissioner", "Chief Coroner") then "of" or "for" (and "the") before
 * the place; -1 otherwise.
 */
function officeOfPlace(t: Token[], a: number, place: number): number {
  const prep = t[place - 1]?.lower === 'the' ? place - 2 : place - 1;
  if (prep - a < 1 || prep - a > 3 || (t[prep].lower !== 'of' && t[prep].lower !== 'for')) return -1;
  for (let i = a; i < prep; i++) if (t[i].type !== 'word' || !t[i].cap || t[i].possessive) return -1;
  return t.slice(a, prep).some((w) => capitalOffice(w.lower)) ? prep - 1 : -1;
}

/** How many sentences back an unnamed speaker may be called again by the noun that named them. */
const UNNAMED_REACH = 3;

/** The last person speaker, unnamed and called by `noun` ("owner of a smaller brewery in Halifax"), within UNNAMED_REACH sentences; null otherwise. */
function unnamedSpeakerCalled(st: ArticleState, pi: number, at: number, noun: string): LocalActor | null {
  const last = st.lastPersonSpeaker;
  if (!last || !last.actor.anonymous || st.sentenceSerial - last.sentence > UNNAMED_REACH) return null;
  const name = last.actor.name.toLowerCase();
  // (the noun is the phrase's head, before its complement: "owner | of a smaller brewery", never a
  // modifier of another head, "union member in Halifax", "company spokesperson")
  const after = name.startsWith(`${noun} `) ? name.slice(noun.length + 1).split(' ')[0] : '';
  return (name === noun || HEAD_COMPLEMENTS.has(after)) && !namedHolderSince(st, last.actor, pi, at, noun) ? last.actor : null;
}
/** How many mentions back namedHolderSince looks for the unnamed speaker's, and how many tokens after it it reads. */
const HOLDER_SINCE_MENTIONS = 40;
const HOLDER_SINCE_TOKENS = 400;
/**
 * Whether a named person whose role has `noun` for a word is mentioned between `unnamed`'s latest
 * mention and token `at` of paragraph `pi` ("A coach with the team said … Head coach Mike Babcock
 * disagreed. “…,” the coach said": the coach named since is the one meant). Bounded: at most
 * HOLDER_SINCE_MENTIONS mentions back and HOLDER_SINCE_TOKENS tokens read.
 */
function namedHolderSince(st: ArticleState, unnamed: LocalActor, pi: number, at: number, noun: string): boolean {
  let since: LocalMention | null = null;
  for (let i = st.mentions.length - 1, n = 0; i >= 0 && n < HOLDER_SINCE_MENTIONS; i--, n++) {
    const m = st.mentions[i];
    if (m.actor === unnamed && (m.para < pi || (m.para === pi && m.to <= at))) {
      since = m;
      break;
    }
  }
  if (!since) return false;
  let read = 0;
  for (let p = since.para; p <= pi && read < HOLDER_SINCE_TOKENS; p++) {
    const at_ = st.mentionAt[p];
    const end = p === pi ? at : at_.length;
    for (let k = p === since.para ? since.to : 0; k < end && read < HOLDER_SINCE_TOKENS; k++, read++) {
      const a = at_[k]?.actor;
      if (a && a.kind === 'person' && !a.anonymous && a.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(noun))) return true;
    }
  }
  return false;
}
/** Words that open a head noun's complement in an unnamed speaker's phrase: "owner of …", "owner at …". */
const HEAD_COMPLEMENTS = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'near', 'on', 'who', 'whose']);

/**
 * The actor that source phrase `np` (tokens of sentence `s`, paragraph `pi`) names, or null.
 * Sieves in order, the most precise first: a pronoun; "whose X" and "X’s office" (an actor of
 * their own, linked to X); a person named in the phrase; a people noun with a post-modifier ("a
 * spokeswoman for X", "residents of Elm Row"); a known alias; a name at the end; a government,
 * document or event noun; a description of an organisation named earlier ("the company"); a
 * group or an anonymous source named by the phrase; a role phrase to the person whose roles fit.
 * May add a mention or an actor (a group, an anonymous source) to the state.
 */
export function resolveNp(st: ArticleState, pi: number, p: Paragraph, s: Sentence, np: Np): LocalActor | null {
  const t = p.tokens;
  const head = t[np.to - 1];
  const words = t.slice(np.from, np.to);
  // "she’s said": the pronoun without its auxiliary
  const lowerHead = baseLower(head);
  // "said a New Hampshire Republican", "one Iowa Democrat said": one party member the text does not
  // name, not the place before the party word
  if (np.to - np.from >= 2 && INDEFINITE.has(words[0].lower) && head.cap && PARTY_MEMBERS.has(lowerHead)) return phraseActor(st, pi, t, np, head, true);
  // ("…, said a statement issued by the owner", "a report released Monday by the Coast Guard": a
  // document's author, after "by" or "from", speaks for it; see documentAuthor)
  const authored = np.to - np.from >= 4 && DOCUMENT_NOUNS.has(words[1].lower) ? documentAuthor(t, np.from, np.to) : null;
  if (authored && authored.author.to === np.to) return resolveNp(st, pi, p, s, authored.author);
  // ("…, the complaint filed in federal court in Tampa says": no author named, the document alone, read as "the complaint")
  // ("a report released Tuesday on abuse by priests": a "by" after another noun is that noun's agent, no
  // author, unless a name follows it: "a lawsuit filed in Manhattan by Yulia V. Tymoshenko")
  // (nor one documentAuthor took for no author: "a warrant unsealed Tuesday by a judge in Halifax")
  const authorial = words.some((w, i) => (w.lower === 'by' || w.lower === 'from') && (words[i + 1]?.cap || (DETERMINERS.has(words[i + 1]?.lower ?? '') && words[i + 2]?.cap)));
  if (!authored && np.to - np.from >= 3 && DETERMINERS.has(words[0].lower) && DOCUMENT_NOUNS.has(words[1].lower) && /ed$/.test(words[2].lower) && !authorial) return resolveNp(st, pi, p, s, { from: np.from, to: np.from + 2 });
  // "A group of parents calling itself Save Our Rural Schools said": the body by the name it gives itself
  const selfNamed = selfNamedBody(st, pi, t, np.to);
  if (selfNamed) return selfNamed;
  // "the Wisconsin Republican said": the person the passage is about, told by party, not the place
  if (partisanHead(t, np) >= 0) return partisanDescribed(st, pi, s, np, lowerHead);
  // "the Tory backbencher added", "the Conservative MP said": the person named before with that party
  const partyWord = partyRoleAt(t, np);
  const partyMember = partyWord >= 0 ? partisanDescribed(st, pi, s, { from: np.from, to: partyWord + 1 }, t[partyWord].lower, np) : null;
  if (partyMember) return partyMember;
  if (np.to - np.from === 1 && head.type === 'word') {
    if (PERSON_PRONOUNS.has(lowerHead)) {
      const described = subjectAfterOpening(st, pi, p, s, lowerHead, (para, q, sentence, phrase) => resolveNp(st, para, q, sentence, phrase));
      if (described !== undefined) return described;
      // ("The judge also ordered restitution. She said …": a pronoun opening its sentence goes on with
      // the subject described just before, whoever else the paragraph names)
      return (np.from === s.from ? describedSubjectBefore(st, pi, p, s, lowerHead, true) : null) ?? resolvePersonPronoun(st, pi, s, np.from, lowerHead) ?? describedSubjectBefore(st, pi, p, s, lowerHead);
    }
    // "the agency quoted him as saying": the one quoted, an object pronoun (see ./cueDetection)
    if ((lowerHead === 'him' || lowerHead === 'her') && CUE_FORMS.get(t[np.from - 1]?.lower ?? '')?.lemma === 'quote') return resolvePersonPronoun(st, pi, s, np.from, lowerHead === 'him' ? 'he' : 'she');
    // ("Lacroix, who uses they/them pronouns, … “…,” they said": the person, while nearest)
    if (lowerHead === 'they') {
      const person = singularTheyPerson(st, pi, s, np.from);
      if (person) return person;
    }
    if (lowerHead === 'they' || lowerHead === 'it') return resolveCollectivePronoun(st, pi, s, np.from, lowerHead === 'they', false, lowerHead === 'they');
    if (NARRATOR_PRONOUNS.has(lowerHead)) return null;
    // "a reversal for the Wisconsin Republican, who had pledged …": the partisan, not the place in the phrase
    const partisan = lowerHead === 'who' ? partisanBefore(st, pi, s, t, np.from) : null;
    if (partisan) return partisan;
    if (lowerHead === 'who' || lowerHead === 'which' || lowerHead === 'that') {
      // "The minister visited the nurses, who said …": people named by a plural noun right before are
      // who speaks, though no actor was named there and one was further back
      // ("Senate Democrats, who said": the party's members, not the body their phrase opens with)
      const group = groupRightBefore(st, pi, t, np.from) || partyRightBefore(t, np.from) ? unnamedAntecedent(st, pi, p, s, t, np.from) : null;
      return group ?? (lowerHead === 'who' ? loneGivenNameBefore(st, pi, t, np.from) : null) ?? antecedent(st, pi, t, np.from, s.from) ?? unnamedAntecedent(st, pi, p, s, t, np.from);
    }
  }
  // "Residents packed the hall. Several said …": a plural count opening its sentence is of the
  // people in the plural who were the subject of the sentence before, and of no one else
  if (np.to - np.from === 1 && head.cap && np.from === s.from && OPENING_COUNTS.has(lowerHead)) return previousPluralSubject(st, pi, s);
  // "One of them said", "“…,” one said": a member of the group named before speaks for it
  if ((np.to - np.from === 3 && MEMBER_WORDS.has(t[np.from].lower) && t[np.from + 1].lower === 'of' && (lowerHead === 'them' || lowerHead === 'those')) || (np.to - np.from === 1 && MEMBER_WORDS.has(lowerHead) && !head.cap)) {
    // ("While many social conservatives balked, many said …": the people the same word counted
    // before in the sentence, named or not; no group of the sentences before)
    const counted = np.to - np.from === 1 ? countedBefore(st, pi, t, s.from, np.from, lowerHead) : undefined;
    if (counted !== undefined) return counted;
    const group = resolveCollectivePronoun(st, pi, s, np.from, true);
    return group?.kind === 'group' && !group.joint ? group : null;
  }
  // ("Bristol Bay sockeye fishermen say … The fishermen said": "the" and the people in the plural a
  // group named before ends in are that group)
  if (np.to - np.from === 2 && t[np.from].lower === 'the' && !head.cap && peopleNoun(lowerHead) === 'plural') {
    const group = groupEndingIn(st, pi, np, t, lowerHead);
    if (group) return group;
  }
  // "the Brazilian said", "the Dutchman told": a person told by nationality
  if (np.to - np.from === 2 && t[np.from].lower === 'the' && nationalOne(head)) return nationalDescribed(st, pi, np, head);
  // "The 52-year-old said", "the 34-year-old driver told …", "the 51-year-old bench boss said": a person told by age is the nearest person before, as a pronoun is
  const age = np.from + 1 < np.to && np.to - np.from <= 4 && t[np.from].lower === 'the' && AGED.test(t[np.from + 1].lower) ? ageDescribed(st, pi, s, np, t) : undefined;
  if (age !== undefined) return age;
  // "Joan Kowalski taught for 30 years. “…,” the retiree said": a state or occupation of the one person in view
  const described = describedPerson(st, pi, s, np, t);
  if (described) return described;
  // "the top seed said", "the world No.1 said": a person told by standing, the one holding it as a role or the nearest person before
  if (standingPhrase(t, np)) return roleHolder(st, words.slice(1).map((w) => w.text).join(' ')) ?? resolvePersonPronoun(st, pi, s, np.from, 'one');
  // "the GM said", "the Sabres GM said", "the CEO said": an office by its initials, the one person holding it
  const office = t[np.from].lower === 'the' && np.to - np.from <= 3 ? OFFICE_INITIALS.get(head.text.toLowerCase()) : undefined;
  if (office) {
    const holder = officeHolder(st, pi, np.from, office, head.text.toLowerCase(), np.to - np.from === 3 ? t[np.from + 1].lower : null);
    if (holder) st.addMention(holder, pi, np.from, np.to, t[np.from].start, head.end);
    return holder;
  }
  // "Volunteers there said", "Residents nearby say": a place adverb after the head is no part of the phrase
  if (np.to - np.from >= 2 && PLACE_ADVERBS.has(lowerHead)) return resolveNp(st, pi, p, s, { from: np.from, to: np.to - 1 });
  // "Ana Ruiz and Bo Lind said", "France, Britain and Germany said": who speak together (see ./groups)
  const joined = joinedNames(st, pi, t, np);
  if (joined >= 0) return jointSpeakers(st, pi, s, t, np, joined, (part) => resolveNp(st, pi, p, s, part));
  // "Democrats", "Republicans in the Senate": a party's members, named by the whole phrase, never
  // the body or place after them
  const party = partyHead(t, np);
  if (party >= 0) {
    // ("the Senators said" after "the Ottawa Senators": the team the word in capitals ends)
    const team = party === np.to - 1 && t[party].cap && np.to - np.from <= 2 ? pluralBody(st, t[party].text) : null;
    if (team) {
      st.addMention(team, pi, np.from, np.to, t[np.from].start, head.end);
      return team;
    }
    return phraseActor(st, pi, t, np, t[party]);
  }
  // "…, police said" after "West Yorkshire Police": the one force the article named
  const force = lowerHead === 'police' ? namedForce(st, pi, t, np) : null;
  if (force) return force;
  // "the coast guard", "the Chinese coast guard": a body, no guard in person; the one named before
  // whose name ends so, unless the phrase names another nation, else a body named by the phrase
  if (lowerHead === 'guard' && !head.cap && np.to - np.from >= 2 && t[np.to - 2].lower === 'coast') {
    const named = bodyEndingIn(st, pi, s, np.from, 'guard');
    const nation = countryIn(words.slice(0, -2));
    if (named && (!nation || normaliseName(named.name).includes(normaliseName(words[np.to - np.from - 3]?.text ?? '')))) {
      st.addMention(named, pi, np.from, np.to, t[np.from].start, head.end);
      return named;
    }
    const body = st.table.get('organization', bareName(st, t, np.from, np.to));
    st.addMention(body, pi, np.from, np.to, t[np.from].start, head.end);
    return body;
  }
  const coreEnd = coreEndOf(st, pi, t, np);
  const coreHead = t[coreEnd - 1];
  // a capitalised head is a people noun only where it names no one ("Residents of Elm Row say")
  // (a title after a determiner is a role too: "the Toronto MPP" is a person, not Toronto)
  const peopleHead =
    (!coreHead.cap && ROYAL_NOUNS.has(coreHead.lower)) ||
    // ("said one freight forwarder": an agent's noun the lists lack, after "a" or "one", see agentShaped)
    (ONE_OF.has(t[np.from].lower) && coreEnd - np.from <= 4 && agentShaped(coreHead)) ||
    ((!coreHead.cap || (!st.mentionAt[pi][coreEnd - 1] && !TITLES.has(coreHead.lower))) && (peopleNoun(coreHead.lower) !== null || ROLE_NOUNS.has(coreHead.lower))) ||
    // (and an office in capitals, as British and Commonwealth papers write one: "the Treasurer told parliament")
    (coreHead.cap && coreEnd - np.from >= 2 && DEFINITE.has(t[np.from].lower) && capitalOffice(coreHead.lower) && !st.mentionAt[pi][coreEnd - 1] && !t.slice(np.from, coreEnd).some((w) => w.lower === 'of' || w.lower === 'for')) ||
    // ("Metrolinx CEO tells committee", "TransLink CEO said": an office in capitals right after a body's name is its holder,
    // not the body; a capitalised word before the body may be a title-case headline's subject, "Warren Hammers Wells Fargo CEO")
    (coreHead.cap && coreEnd - np.from >= 2 && !st.mentionAt[pi][coreEnd - 1] && officeOfBody(st.mentionAt[pi][coreEnd - 2], t, np.from) && capitalOffice(coreHead.lower)) ||
    // ("A Detective Sergeant at Leeds said": a title after "a" is someone unnamed, not the place after it)
    (coreHead.cap && coreEnd - np.from >= 2 && INDEFINITE.has(t[np.from].lower) && (TITLES.has(coreHead.lower) || ROLE_NOUNS.has(coreHead.lower)) && !st.mentionAt[pi][coreEnd - 1]);
  // "A post circulating on Facebook and TikTok claims …": a document placed on a platform; the
  // platform says nothing (its author, "A post by Ana Ruiz on X", is read as before)
  if (documentOnPlatform(t, np)) return null;
  const owned = personsBody(st, pi, t, np);
  if (owned) return owned;
  const holder = coreEnd < np.to && peopleHead ? holderAfterBody(st, pi, t, np, coreEnd) : null;
  if (holder) return holder;
  // "Tasnim news agency said", "Iran's Tasnim news agency said": a name no stage knew before the noun of its trade
  const tradeNamed = head.cap ? undefined : nameBeforeTrade(st, pi, t, np, st.mentionAt[pi][np.from] ?? null);
  if (tradeNamed) return tradeNamed;
  const linked = linkedSource(st, pi, t, np, coreEnd, peopleHead);
  if (linked !== undefined) return linked;
  // a person named in the phrase wins ("White House national security adviser Jake Sullivan"),
  // unless the phrase is a group around the name ("Biden administration officials")
  let person: LocalMention | null = null;
  let other: LocalMention | null = null;
  for (let i = np.from; i < coreEnd; i++) {
    const m = st.mentionAt[pi][i];
    if (!m) continue;
    // ("The El Paso-based group": a name cut at a hyphen is a modifier, not who speaks)
    if (m.end < t[m.to - 1].end && !t[m.to - 1].possessive) continue;
    if (m.actor.kind === 'person') person = m;
    // ("Planned Parenthood of Michigan said": the body whose chapter the place names speaks, not the place)
    // (nor "The Urban Development Institute – Pacific Region said": a chapter set off by a dash, see ./sourceBefore)
    else if (other && other.actor.kind === 'organization' && (m.actor.kind === 'place' || m.actor.kind === 'country') && other.to === m.from - 1 && (t[other.to].lower === 'of' || t[other.to].text === '–' || t[other.to].text === '—')) continue;
    // ("U.S. Customs and Border Protection data": the body right before the head, not the nation before the body)
    // (not before people: "Indiana GOP insiders" are the place's group, see below)
    else if (!other || m.to === coreEnd || (!peopleHead && m.actor.kind === 'organization' && (other.actor.kind === 'country' || other.actor.kind === 'place') && m.to === coreEnd - 1)) other = m;
  }
  // "The Saint-Alban merchants' association said": a body of people a name places, named by the
  // phrase, neither the people nor the place or name before them ("the millers' association"
  // with no name is the body named so before, see bodyEndingIn)
  if (!coreHead.cap && descriptionKinds(coreHead.lower) && isPluralApostrophe(t, coreEnd - 2) && isPeopleNoun(t[coreEnd - 3]) && coreEnd - 4 >= np.from && t[coreEnd - 4].cap && !DETERMINERS.has(t[coreEnd - 4].lower)) return phraseActor(st, pi, t, { from: np.from, to: coreEnd }, coreHead);
  // ("Law firms said", "Law enforcement said" after "Steven Law": a lone common word before a
  // lower-case noun is that noun's modifier, no one's surname)
  if (person && person.to - person.from === 1 && person.to < coreEnd && !t[person.from].possessive && !t[person.to].cap && NON_NAME_WORDS.has(t[person.from].lower)) person = null;
  // ("Hotels in West Maui say", "Some farms across Prince Edward say", "Restaurants in Little Italy
  // say": a name that ends the phrase after "in" or "across" tells where the plural noun's bodies
  // or people are, though the names layer read a person or a body there; they speak, named by the phrase)
  const placeName = person ?? (other?.actor.kind === 'organization' ? other : null);
  const where = placeName && placeName.to === np.to && placeName.from - 2 >= np.from ? t[placeName.from - 2] : undefined;
  if (where && WHERE_PREPOSITIONS.has(t[placeName!.from - 1].lower) && where.type === 'word' && where.lower.endsWith('s') && !where.possessive && (!where.cap || placeName!.from - 2 === np.from) && !st.mentionAt[pi][placeName!.from - 2]) return phraseActor(st, pi, t, np, where);
  // (a surname two persons of the article share, as the phrase's head: see ./namesakes)
  if (person && !(peopleHead && isGroupHead(coreHead.lower))) return (person.to === coreEnd ? namesakeSpeaker(st, pi, s, np.from, np.to, person.actor) ?? relativeSpeaking(st, person) : null) ?? person.actor;
  // "nurses at the clinic", "a banker briefed on the talks", "a spokeswoman for the ministry"
  if (coreEnd < np.to && peopleHead) return postModified(st, pi, t, np, coreEnd, coreHead);
  // "a union representing the pilots", "a group funded by the Kochs": a body of its own, named by the phrase
  if (coreEnd < np.to && coreEnd - np.from === 2 && INDEFINITE.has(t[np.from].lower) && !coreHead.cap && descriptionKinds(coreHead.lower)) return phraseActor(st, pi, t, np, coreHead);
  // "plant operator Jun Takeda": capitalised words after a role name a person the name lists missed
  if (!other && np.to - coreEnd === 0) {
    let a = np.to;
    while (a > np.from && t[a - 1].type === 'word' && t[a - 1].cap) a--;
    const role = t[a - 1];
    if (np.to - a >= 2 && a > np.from && !role.cap && (peopleNoun(role.lower) !== null || ROLE_NOUNS.has(role.lower))) {
      const actor = st.table.get('person', st.text.slice(t[a].start, head.end));
      st.addMention(actor, pi, a, np.to, t[a].start, head.end);
      return actor;
    }
  }
  // "Mayor Defends Pool Closure": a headline's role alone is the one person who holds it
  if (np.to - np.from === 1 && head.cap && !other && !person && ROLE_NOUNS.has(lowerHead)) {
    const holder = soleHolder(st, lowerHead, null);
    if (holder) {
      st.addMention(holder, pi, np.from, np.to, head.start, head.end);
      return holder;
    }
  }
  // "From said" after "Melissa From": a common word that is no lone name alone is one person's surname
  if (np.to - np.from === 1 && head.cap && !head.possessive && !other && !person && !isLoneName(head)) {
    const named = commonWordSurname(st, head.base);
    if (named) {
      st.addMention(named, pi, np.from, np.to, head.start, head.end);
      return named;
    }
  }
  // a lone capitalised word never seen with a full name: a person known by one name
  // ("Study finds …", "Judge rejects …" in a headline: a document or an office, no one's name; "King said" in the body is Rep. King)
  if (np.to - np.from === 1 && isLoneName(head) && !other && !openingCommonWord(st, t, np, s, lowerHead) && !peopleHead && !DOCUMENT_NOUNS.has(lowerHead) && !(lowerHead.endsWith('s') && (regionPeople(lowerHead) || DOCUMENT_NOUNS.has(lowerHead.slice(0, -1)))) && !((pi === 0 || st.paragraphs[pi].kind === 'heading') && (ROLE_NOUNS.has(lowerHead) || TITLES.has(lowerHead)))) {
    // "Gulfstar said" after "Gulfstar Petroleum": the body by the first word of its name
    // "Raptors said" after "Toronto Raptors": a plural word a body of the article is named by
    const body = shortFormOwner(st, head.base) ?? pluralBody(st, head.base);
    if (body) {
      st.addMention(body, pi, np.from, np.to, head.start, head.possessive ? head.end - 2 : head.end);
      return body;
    }
    // "Macy's said", "Sainsbury's declined …": a possessive that is the whole subject owns nothing
    // after it, so the "'s" is its name's, a shop's or a maker's, never a person's
    if (head.possessive) {
      const shop = st.table.get('organization', head.text.replace('’', "'"));
      st.addMention(shop, pi, np.from, np.to, head.start, head.end);
      return shop;
    }
    // "Bap said" after "Luiz Eduardo Baptista, known as Bap": the person the article gave that one-word alias
    const known = st.table.aliasIndex.get(normaliseName(head.base));
    const actor = known?.kind === 'person' && known.aliases.includes(head.base) ? known : st.table.get('person', head.base);
    if (actor !== known) markIntroduced(st, actor, head.base);
    st.addMention(actor, pi, np.from, np.to, head.start, head.possessive ? head.end - 2 : head.end);
    return actor;
  }
  // "the utility Lumenco said": a body named after the noun of its trade
  if (!other && head.cap) {
    const typed = typedSource(st, pi, t, np);
    if (typed) return typed;
  }
  const phrase = st.text.slice(t[np.from].start, head.end);
  const bare = phrase.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '');
  // ("the Flames said": a body by its plural name)
  // ("The Post intervened" after "The Washington Post": a body by its name without its place)
  const headWord = t[np.from].lower === 'the' && SHORT_HEADS.has(lowerHead);
  // (not a word the names stage took for a place there: "The British government in London said"
  // beside "Rep. Jordan London", whose lone surname is an alias too)
  const placeHere = !!other && other.actor.kind === 'place' && other.from === np.from && other.to === np.to;
  const known = placeHere ? undefined : st.table.aliasIndex.get(normaliseName(bare)) ?? (bare === head.text && head.cap ? pluralBody(st, bare) ?? placeLedBody(st, bare, headWord) ?? undefined : undefined);
  if (known && (!DOCUMENT_NOUNS.has(lowerHead) || head.cap)) {
    // ("Toronto said" in a game's story: the team, see placesTeam)
    const team = placesTeam(st, known);
    st.addMention(team ?? known, pi, np.from, np.to, t[np.from].start, head.end);
    return team ?? known;
  }
  // "the NATO summit in London" speaks for NATO, never for the place it was held
  const event = words.findIndex((w) => EVENT_NOUNS.has(w.lower));
  if (event >= 0) {
    for (let i = np.from; i < np.from + event; i++) {
      const m = st.mentionAt[pi][i];
      if (m && m.actor.kind !== 'place' && m.actor.kind !== 'person') return asAgent(st, m.actor);
    }
    if (other && other.actor.kind !== 'place') return asAgent(st, other.actor);
  }
  // "The Minister of Health in Ghana said": the office's holder, not the country (see ./countryOffice)
  const countryHolder = other ? countryOfficeHolder(st, pi, t, np, other) : undefined;
  if (countryHolder) return countryHolder;
  // "Six newspapers in New Jersey", "a Texas utility": bodies told by where they are, no place that speaks
  // (a country too: "Child-safety groups in Canada said")
  // (a country before the noun is read below: "A U.S. newspaper reported")
  const placed = other?.actor.kind === 'place' || (other?.actor.kind === 'country' && other.to === np.to) ? placedBodies(t, np, other, st.mentionAt[pi]) : -1;
  // ("SEATTLE — A Seattle company that … ¶ Porchlight Devices Inc. said": the body a lede's description names next, see ./ledeHolder)
  const placedKinds = placed >= 0 ? descriptionKinds(t[placed].lower) : undefined;
  if (placed >= 0) return (placedKinds && ledeBody(st, pi, np, t, (a, k) => bodyFits(st, a, k), placedKinds)) || phraseActor(st, pi, t, np, t[placed]);
  // "polls in New Hampshire and Iowa", "boosters in New Hampshire", "some on Twitter": the noun
  // before the place's (or the network's) preposition speaks, not where it is; no actor named
  const placedAt = other ? other.from - (t[other.from - 1]?.lower === 'the' ? 3 : 2) : -1;
  const placedHead = placedAt >= np.from ? t[placedAt] : undefined;
  // (a country too: "The U.N. refugee agency in Chad said" is the agency, not Chad)
  const placedWhere = !!other && (other.actor.kind === 'place' || other.actor.kind === 'country');
  // (a place that modifies the people in the plural the phrase ends in places no one: "A group of Maine lobstermen", see below)
  const placesPeople = !!other && other.to < np.to && !head.cap && peopleNoun(lowerHead) === 'plural';
  // ("A First Nation near Kenora says": a capitalised head after "a" or "one" is no name, and the place does not speak)
  const indefiniteHead = !!placedHead && placedHead.cap && ONE_OF.has(t[np.from].lower) && !st.mentionAt[pi][placedAt];
  if (other && !placesPeople && placedHead && placedHead.type === 'word' && (!placedHead.cap || indefiniteHead) && ((placedWhere && placedIn(t, other.from)) || (other.actor.kind === 'organization' && t[other.from - 1].lower === 'on'))) {
    // ("The Chinese embassy in Ottawa said", "the company in Ohio said": a body's description placed by
    // where it sits is the body the description means, as without the place)
    const core = { from: np.from, to: placedAt + 1 };
    // ("A teller in Halifax said", "One mortgage processor in Charlotte said": one person not named, told
    // by what she does and where, is someone a later "she said" can mean; see ./sourcePlaces oneAgentPlaced)
    if (other.actor.kind === 'place' && oneAgentPlaced(t, placedAt, np.from)) return phraseActor(st, pi, t, np, placedHead, true);
    return placedWhere && DEFINITE.has(t[np.from].lower) && core.to - core.from >= 2 && descriptionKinds(placedHead.lower) ? resolveNp(st, pi, p, s, core) : null;
  }
  // "Sunbelt Senior Living of Orlando said": a name no stage knew, placed by "of", is a body's, never the place's
  const placedName = other && other.to === np.to ? bodyOfPlace(st, pi, t, np, other) : null;
  if (placedName) return placedName;
  // "The pilots' union at Air Canada said": the workers' union at a company is a body of its own, never the company
  const unionAt = other && other.to === np.to && other.actor.kind === 'organization' && t[other.from - 1]?.lower === 'at' ? t[other.from - 2] : undefined;
  if (unionAt && unionAt.type === 'word' && !unionAt.cap && descriptionKinds(unionAt.lower)?.includes('union')) return phraseActor(st, pi, t, np, unionAt);
  // "The Chinese mission to the UN said": a mission speaks for whoever sent it, never for the body
  // it is sent to, nor the country or place ("The IMF mission to Argentina said")
  const sentTo = other && other.to === np.to && other.actor.kind !== 'person' ? other.from - (t[other.from - 1]?.lower === 'the' ? 3 : 2) : -1;
  if (sentTo > np.from && t[sentTo + 1].lower === 'to' && MISSIONS.has(t[sentTo].lower)) return resolveNp(st, pi, p, s, { from: np.from, to: sentTo + 1 });
  // "The Auditor General of Ontario said", "The Privacy Commissioner of Canada said": an office in
  // capitals of the place it serves speaks through its holder, never the place
  const servedOffice = other && other.to === np.to && other.actor.kind !== 'person' && DEFINITE.has(t[np.from].lower) ? officeOfPlace(t, np.from + 1, other.from) : -1;
  if (servedOffice > 0) return phraseActor(st, pi, t, np, t[servedOffice], true);
  if (other && other.to === np.to) return placesTeam(st, other.actor) ?? asAgent(st, other.actor);
  // "A U.S. newspaper reported", "a report in a U.S. newspaper said", "U.S. media reported": a
  // country before a press noun tells where an unnamed outlet is, as "a British tabloid" does, and
  // is not who speaks (state outlets are read below: "Russian state media"); the press noun ends the
  // phrase, as its head ("A U.S. media executive said" is a person of the trade)
  if (other?.actor.kind === 'country' && other.to === np.to - 1 && PRESS_NOUNS.has(t[other.to].lower) && !words.some((w) => STATE_WORDS.has(w.lower))) return null;
  if (GOVERNMENT_NOUNS.has(lowerHead)) {
    // ("OTTAWA — … The federal government said": a federation's government, the dateline's country,
    // not the body or country named last, scout64c)
    const federal = words.length === 3 && words[0].lower === 'the' && words[1].lower === 'federal' && lowerHead === 'government' ? datelineFederation(st) : null;
    const country = countryIn(words) ?? (other?.actor.kind === 'country' ? other.actor.name : null) ?? federal;
    if (country) {
      const actor = st.table.get('country', country);
      st.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
      return actor;
    }
  }
  // "a New Hampshire paper said", "Exit polls from the New Hampshire primary showed": a place that
  // modifies the head noun after it tells where the source is, and is not it (a country may
  // stand for its government: "a Chinese report"); so does one before an office ("the Ohio
  // Secretary of State", "former Pennsylvania Gov.": a person, not the place)
  const placeModifies = other?.actor.kind === 'place' && other.to < np.to && (!head.cap || TITLES.has(t[other.to].lower) || ROLE_NOUNS.has(t[other.to].lower));
  if (DOCUMENT_NOUNS.has(lowerHead)) {
    if (other) return placeModifies ? null : other.actor;
    // ("Donald Trump's campaign is defending … The campaign says": a candidate's campaign named
    // before speaks, never the last body seen publishing something)
    if (lowerHead === 'campaign' && np.to - np.from === 2 && DEFINITE.has(words[0].lower)) return lastPersonsCampaign(st, pi, np, t);
    // ("The engineering firm's report said" after the hospital released one: a document whose owner
    // the phrase describes is the issuer's only when the owner's noun fits it, "the company's
    // statement" of the company that issued one; people's, "the engineers' report", never)
    const owner = words.findIndex((w, i) => i < words.length - 1 && (w.possessive || isPluralApostrophe(t, np.from + i)));
    if (owner >= 0) {
      const ownerNoun = baseLower(words[owner]);
      const kinds = words[owner].cap ? null : descriptionKinds(ownerNoun.replace(/s$/, ''));
      const issuer = kinds && POINTING.has(words[0].lower) && !head.cap ? documentIssuer(st, pi, s, lowerHead) : null;
      return issuer && bodyFits(st, issuer, kinds!) ? issuer : null;
    }
    // "the statement said" after "X responded with a statement": X
    if (POINTING.has(words[0].lower) && !head.cap) {
      const issuer = documentIssuer(st, pi, s, lowerHead);
      if (issuer !== undefined) return issuer;
    }
    // a body known only by its phrase ("Clinton’s campaign") publishes no report; a headline's
    // ("…, report says") is read after the body: the first document's publisher there, not the
    // last body that spoke ("…, study finds" is no drugmaker's statement)
    // research ("the study found", "the survey showed") is no statement of the body that spoke
    // last (a drugmaker that funded it): only of a body seen releasing a document
    // ("according to a staff report" after "Cycle Hamilton applauded the vote": a document brought in
    // new, with "a", is none of the last body's, whose it is the phrase does not say)
    if (INDEFINITE.has(words[0].lower) || PLEADING_NOUNS.has(lowerHead)) return null;
    // ("The paper said, quoting the mayor" after the WHO's statement: "the paper" alone, no one seen
    // issuing one, is a newspaper, read below as "the newspaper" is, never the last body's statement;
    // "the 2009 paper", "the new paper" are research, and so is "the paper" after a study, research or
    // a journal: "A study by researchers at … was published Monday. The paper said …")
    if (lowerHead !== 'paper' || words.length > 2 || researchBefore(st, pi, np.from)) {
      const publisher = st.paragraphs[pi].kind === 'heading' ? st.firstDocumentPublisher : RESEARCH_NOUNS.has(lowerHead) ? st.lastReleaser : st.lastPublisher;
      // ("The ruling said" after the union spoke: a ruling is a court's, a tribunal's or a regulator's, no other body's)
      if (lowerHead === 'ruling' && publisher && !bodyFits(st, publisher, RULING_BODIES)) return null;
      return publisher && !publisher.anonymous && !reactedTo(st, publisher, lowerHead) ? publisher : null;
    }
  }
  // (any noun for people in the plural, the lists' or not, "A group of Maine lobstermen", "A coalition
  // of Gulf shrimpers"; not a person's people: "Bernie Sanders’ Senate colleagues")
  const listedGroup = GROUP_NOUNS.has(lowerHead) || (!head.cap && peopleNoun(lowerHead) === 'plural' && !words.some((w, i) => w.possessive || isPluralApostrophe(t, np.from + i)));
  if (listedGroup && words.some((w) => isNameWord(w) || w.lower === 'administration')) return phraseActor(st, pi, t, np, head);
  // "the museum", "the library": no kind of body listed under the noun, but a body named earlier ends in it
  // ("The office said" after Fisheries and Oceans Canada: an office is some officer's, and only a body named so is one)
  const officeOnly = lowerHead === 'office';
  // ("The Stampede said" after "Calgary Stampede": a gathering's noun in capitals is that one too)
  if (!other && (!head.cap || GATHERING_NOUNS.has(lowerHead)) && !peopleHead && words.length === 2 && DEFINITE.has(words[0].lower) && (officeOnly || !descriptionKinds(lowerHead)) && !ROLE_NOUNS.has(lowerHead) && !TITLES.has(lowerHead)) {
    // (the nearest gathering named, an actor or not: "the festival" after two festivals is the later one)
    const body = gatheringBody(st, pi, np.from, lowerHead) ?? bodyEndingIn(st, pi, s, np.from, lowerHead);
    if (body) {
      st.addMention(body, pi, np.from, np.to, t[np.from].start, head.end);
      return body;
    }
    if (officeOnly) return phraseActor(st, pi, t, np, head);
  }
  // ("The BC Wildfire Service said … The wildfire service said": the last words of a body named
  // before, in lower case, are that body, whatever kind the head alone would tell; "The Red Pine
  // First Nation said … ¶ The First Nation said": so are a nation's last two words in capitals)
  const lastWords = other || !DEFINITE.has(words[0].lower) ? '' : lastWordsOfBody(words);
  const ended = lastWords ? bodyEndingIn(st, pi, s, np.from, lastWords) : null;
  if (ended) {
    st.addMention(ended, pi, np.from, np.to, t[np.from].start, head.end);
    return ended;
  }
  // "the company", "the ministry", "the city": an organisation named earlier, of a fitting kind
  // ("the Ohio company": a place before the noun only tells where the body is)
  // ("The U.S. agency said" after the FAA and Transport Canada: a country before the noun tells
  // which nation's body, and is the speaker only when the article names no such body)
  const countryModifies = other?.actor.kind === 'country' && other.from > np.from && other.to < np.to;
  // ("The UN agency said" after the World Health Organization: a body's acronym before the noun
  // tells whose agency, and is the speaker only when the article names no body of its own)
  const acronymModifies = other?.actor.kind === 'organization' && other.from > np.from && other.to === other.from + 1 && other.to < np.to && ACRONYM.test(t[other.from].text);
  const kinds = (!other || (other.actor.kind === 'place' && other.to < np.to) || countryModifies || acronymModifies) && !head.cap && DEFINITE.has(words[0].lower) ? (lowerHead === 'bank' && words.length >= 3 ? charityBankKinds(words[words.length - 2].lower) : undefined) ?? descriptionKinds(lowerHead) : undefined;
  const fitting = (a: LocalActor, k: OrgKind[]): boolean => bodyFits(st, a, k);
  // "the drug's maker", "the plant's operator": a body known by the thing it owns, none named before
  // (in a lede, the body the next paragraph opens with: "the city's water utility has warned … ¶ Johannesburg Water said", see ledeBody)
  // ("the nation's largest ferry operator", "the country's biggest airline": a place's possessive ranks the body, which owns nothing; read below)
  if (kinds && words.some((w, i) => i > 0 && w.possessive && !w.cap && !RANKING_PLACES.has(baseLower(w)))) return ledeBody(st, pi, np, t, fitting, kinds) ?? phraseActor(st, pi, t, np, head);
  // "The state Farm Bureau said it was weighing a challenge. “…,” the group said": a generic noun
  // for a body is the body that spoke in the sentence just before, whatever kind its name tells
  const spoke = kinds && words.length === 2 && ANY_BODY_NOUNS.has(lowerHead) ? st.lastSpeaker : null;
  // (not when the words the description closes name another body: "An advocacy group said … ¶ The
  // Public Interest Research Group bought cans at 11 stores, the group said" is the body named there)
  if (spoke?.speaker?.kind === 'organization' && st.sentenceSerial - spoke.sentence <= 1 && !otherBodyBefore(st, pi, s, np.from, spoke.speaker, kinds!)) {
    st.addMention(spoke.speaker, pi, np.from, np.to, t[np.from].start, head.end);
    return spoke.speaker;
  }
  // ("Interfor said the mill would close. ¶ The company said …": a one-word name that spoke in the
  // sentence just before, which the names layer took for a person's (no given name, gender or
  // role), is the body "the company" means, before a company named further back; breaker63)
  const lone = kinds && words.length === 2 && COMPANY_NOUNS.has(lowerHead) ? st.lastSpeaker : null;
  if (lone?.speaker && st.sentenceSerial - lone.sentence <= 1 && oneWordPerson(lone.speaker) && !genderOf(st, lone.speaker) && genderOfFirstName(lone.speaker.name) === null) {
    const body = st.table.asOrganisation(lone.speaker);
    st.addMention(body, pi, np.from, np.to, t[np.from].start, head.end);
    return body;
  }
  // ("The group behind the blockade, which calls itself …, posted … ¶ “…,” the group wrote": the body the sentence before brought in)
  const introduced = kinds && words.length === 2 ? introducedBody(st, pi, s, lowerHead) : undefined;
  if (introduced === null) return phraseActor(st, pi, t, np, head);
  if (introduced) {
    st.addMention(introduced, pi, np.from, np.to, t[np.from].start, head.end);
    return introduced;
  }
  // ("The owner of a smaller brewery, who spoke on condition of anonymity, said … ¶ “…,” the owner
  // said": a body's noun that names people too, or an agent's the lists lack ("the narrator"), right
  // after an unnamed speaker the article called by it, is that person, not a body of that kind named before)
  const unnamedSpeaker = (kinds || agentShaped(head)) && words.length === 2 && DEFINITE.has(words[0].lower) ? unnamedSpeakerCalled(st, pi, np.from, lowerHead) : null;
  if (unnamedSpeaker) {
    st.addMention(unnamedSpeaker, pi, np.from, np.to, t[np.from].start, head.end);
    return unnamedSpeaker;
  }
  if (kinds) {
    const found = resolveDescription(st, pi, s, np.from, kinds, specifying(words), lowerHead) ?? unnamedReferent(st, pi, s, np.from, kinds, words.length, lowerHead);
    // ("The U.K. agency said" after the FAA alone: a body whose nation nothing tells is that nation's
    // only where the article names a body of another nation the country tells it apart from)
    const described = found && countryModifies && !bodyOfNation(st, found, other!.actor.name) ? null : found;
    if (described) {
      st.addMention(described, pi, np.from, np.to, t[np.from].start, head.end);
      return described;
    }
    if (countryModifies || acronymModifies) return asAgent(st, other!.actor);
    // "HAMILTON, Ont. — … , the city said": a bare "the city" or "the town" with none named before is the dateline's
    // (a big city is no one's "the town": "TORONTO — Cobourg will lose …, the town said")
    const town = words.length === 2 && kinds.includes('city') ? datelineTown(st, (name) => placeFits(name, kinds) && (lowerHead === 'city' || !CITIES.has(name.toLowerCase()))) : null;
    if (town) {
      st.addMention(town, pi, np.from, np.to, t[np.from].start, head.end);
      return town;
    }
    // "the state water board", "the pilots' union" with no such body named before: a body named by its phrase
    // (or, in a lede, the body the next paragraph opens with)
    if (!peopleHead) return ledeBody(st, pi, np, t, fitting, kinds) ?? phraseActor(st, pi, t, np, head);
  }
  // ("Winnipeg police", "Gaza residents": a group named by its place too)
  if ((!other || other.actor.kind === 'place') && peopleHead && isGroupHead(lowerHead)) return phraseActor(st, pi, t, np, head);
  // "conservation groups", "several unions", "the banks": bodies in the plural are a group named by the phrase
  // ("Outfitters said": alone, capitalised only as the sentence's first word, and no name the names stage found)
  const sentenceCased = np.to - np.from === 1 && np.from === s.from && /^[A-Z][a-z]+$/.test(head.text) && !st.mentionAt[pi][np.from];
  if (!other && (!head.cap || sentenceCased) && lowerHead.endsWith('s') && descriptionKinds(lowerHead.endsWith('ies') ? lowerHead.slice(0, -3) + 'y' : lowerHead.slice(0, -1))) return phraseActor(st, pi, t, np, head);
  // ("Outfitters in the park said", "Restaurants and outfitters in Tofino say": placed after their
  // noun, which may open the sentence capitalised, too; the place does not speak)
  const placing = words.findIndex((w, i) => i > 0 && !w.cap && BODY_PLACINGS.has(w.lower));
  const placedPlural = placing > 0 ? words[placing - 1] : undefined;
  if (placedPlural && (!other || other.actor.kind === 'place') && (!placedPlural.cap || (placing - 1 === 0 && np.from === s.from && /^[A-Z][a-z]+$/.test(placedPlural.text))) && pluralBodies(placedPlural)) return phraseActor(st, pi, t, np, placedPlural);
  // "a monitoring group said", "an environmental charity said": one body the article does not
  // name, named by its phrase (its noun alone, "a group", names none worth listing)
  // ("A Toronto drone maker said": a place before the trade only tells where the body is)
  const placeFirst = other?.actor.kind === 'place' && other.from === np.from + 1 && other.to < np.to ? other.to - np.from : 1;
  if ((!other || placeFirst > 1) && !head.cap && INDEFINITE.has(words[0].lower) && descriptionKinds(lowerHead) && words.length >= 3 && words.length <= 5 && words.slice(placeFirst, -1).every((w) => w.type === 'word' && !w.cap && !w.possessive)) {
    // (in a lede, the body the next paragraph names: see ledeBody)
    return ledeBody(st, pi, np, t, (a, k) => bodyFits(st, a, k), descriptionKinds(lowerHead)!) ?? phraseActor(st, pi, t, np, head);
  }
  // "Montreal police chief defends …": a headline's place and office is the one person of the body holding it
  if ((peopleHead || (coreHead.cap && capitalOffice(coreHead.lower))) && (!other || other.actor.kind === 'place') && (pi === 0 || st.paragraphs[pi].kind === 'heading')) {
    const holder = headlineOffice(st, pi, t, np, other);
    if (holder !== undefined) return holder;
  }
  if (peopleHead || lowerHead === 'secretary-general') {
    // ("A coach with the association's bantam team said … “…,” the coach said": the unnamed person
    // who spoke just before, called by that noun, see unnamedSpeakerCalled)
    const called = words.length === 2 && DEFINITE.has(words[0].lower) && !head.cap ? unnamedSpeakerCalled(st, pi, np.from, lowerHead) : null;
    if (called) {
      st.addMention(called, pi, np.from, np.to, t[np.from].start, head.end);
      return called;
    }
    // "another official" is someone else than the official named before
    const indefinite = /^(?:a|an|one|another)$/i.test(words[0].text);
    if (indefinite) return bodySpokesperson(st, pi, t, np, coreEnd, other) ?? (other && other.actor.kind !== 'organization' ? null : ledeHolder(st, pi, np, t, lowerHead)) ?? phraseActor(st, pi, t, np, head);
    // "The nurse whose patient fell … says": a role told apart by its own clause is someone the
    // article brings in, not the holder named before (the lede's holder, named next, or no one named)
    if (t[np.to]?.lower === 'whose' && !other) return ledeHolder(st, pi, np, t, lowerHead) ?? phraseActor(st, pi, t, np, head);
    // ("the Toronto MPP", "the Dublin Bay South TD": a member's seat, which the member's role seldom names)
    const seat = other?.actor.kind === 'place' && MEMBER_TITLES.has(lowerHead) ? resolveRole(st, pi, np, t, bare, lowerHead, null) : null;
    return resolveRole(st, pi, np, t, bare, lowerHead, other) ?? seat ?? (other && other.actor.kind !== 'organization' ? nationalPosition(st, pi, t, np, other) ?? (other.from === np.from ? ledeHolder(st, pi, np, t, lowerHead) : null) : ledeHolder(st, pi, np, t, lowerHead)) ?? (unheldOffice(st, t, np, other) || (!other && introducedByClause(t, np)) ? phraseActor(st, pi, t, np, head) : null);
  }
  // "Russian state media reported", "state television said": a state's outlets, a body named by the phrase (not the nation)
  if (STATE_OUTLETS.has(lowerHead) && np.to - np.from <= 4 && words.some((w) => STATE_WORDS.has(w.lower))) return phraseActor(st, pi, t, np, head);
  // ("the former Jets forward said" with two players in view: the team that modifies a person's description is no speaker)
  // "Ottawa Community Housing said", "Toronto Public Health said": a place's name opening capitalised
  // words that no stage knew is a body's name, never the place (nor a capital's government)
  const placeLed = other && head.cap ? placeLedName(st, pi, t, np, other) : null;
  if (placeLed) return placeLed;
  if (other) return placeModifies || SELF_DESCRIPTIONS.has(lowerHead) ? null : asAgent(st, other.actor);
  // "The Kraken said", "The Magpies said": "the" and one name no actor of the article has is a
  // body's (a team's, a paper's), not a title, a role, people or a nation ("The Queen said"), nor
  // a family by its surname ("the Khans")
  if (np.to - np.from === 2 && t[np.from].lower === 'the' && isLoneName(head) && !head.possessive && !TITLES.has(lowerHead) && !ROLE_NOUNS.has(lowerHead) && peopleNoun(lowerHead) === null && !DOCUMENT_NOUNS.has(lowerHead) && !GOVERNMENT_NOUNS.has(lowerHead) && !(pi === 0 || st.paragraphs[pi].kind === 'heading') && !(lowerHead.endsWith('s') && st.table.personsWithToken(head.base.slice(0, -1), 1).length)) {
    const body = st.table.get('organization', head.base);
    st.addMention(body, pi, np.from + 1, np.to, head.start, head.end);
    return body;
  }
  // "Two objectors", "several plaintiffs": people counted, named by a plural noun of what they do
  // (opening its clause: "… and three helicopters, however, suggests" counts things in a list)
  const before = t[np.from - 1];
  const opens = np.from === s.from || before.type !== 'word' || before.lower === 'even' || before.lower === 'also';
  if (np.to - np.from === 2 && opens && !head.cap && COUNTED.test(t[np.from].lower) && AGENT_PLURAL.test(lowerHead) && !DOCUMENT_NOUNS.has(lowerHead.slice(0, -1))) return phraseActor(st, pi, t, np, head);
  return null;
}

/**
 * "Sunbelt Senior Living of Orlando", "Harbor Care Partners of Tampa": two or more capitalised
 * words no stage took for anyone, then "of" and the place (or country) `m` ending the phrase, are
 * a body's name and where it sits; the body, named by the words before "of", is the speaker.
 * Null when a word there is a mention, or the head before "of" a title, a role, people or a
 * government's noun ("Deputy Mayor of Toronto", "Seniors' Residents of Laval", "Provincial
 * Government of Ontario"), or the first word a title ("Chief Dan Lee of Tulsa").
 */
function bodyOfPlace(st: ArticleState, pi: number, t: Token[], np: Np, m: LocalMention): LocalActor | null {
  if ((m.actor.kind !== 'place' && m.actor.kind !== 'country') || t[m.from - 1]?.lower !== 'of') return null;
  const end = m.from - 1;
  let from = np.from;
  // (a determiner or a possessive before the name: "Gulfside's owner Sunbelt …" is no such phrase)
  if (DEFINITE.has(t[from].lower)) from++;
  if (end - from < 2 || end - np.from > 6) return null;
  for (let i = from; i < end; i++) {
    const w = t[i];
    if (w.type !== 'word' || !w.cap || w.possessive || st.mentionAt[pi][i]) return null;
  }
  // (the head before "of" decides: "Deputy Mayor of Toronto" is a person, "Senior Living" a body's words)
  const head = t[end - 1].lower;
  if (TITLES.has(head) || ROLE_NOUNS.has(head) || peopleNoun(head) !== null || GOVERNMENT_NOUNS.has(head) || TITLES.has(t[from].lower)) return null;
  const body = st.table.get('organization', st.text.slice(t[from].start, t[end - 1].end));
  st.addMention(body, pi, from, end, t[from].start, t[end - 1].end);
  return body;
}

/**
 * "“…,” said chair of the board Joe Ruiz", "president of the union Ann Lee": a role's "of" phrase
 * (at `coreEnd`) ending in a body's noun, then a person's name that ends phrase `np` with no
 * preposition between: that person holds the role. Null for other phrases ("a lawyer for Tom
 * Hale" is not Hale, nor "an aide to the mayor, Jo Ng").
 */
function holderAfterBody(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number): LocalActor | null {
  const m = st.mentionAt[pi][np.to - 1];
  if (!m || m.actor.kind !== 'person' || m.to !== np.to || m.from - 2 <= coreEnd || t[coreEnd].lower !== 'of') return null;
  const body = t[m.from - 1];
  const kinds = body.type === 'word' && !body.cap && peopleNoun(body.lower) === null && !ROLE_NOUNS.has(body.lower) ? descriptionKinds(body.lower) : undefined;
  // (a trade's body is often named for its founders, and its name follows the noun: "a partner of the
  // law firm Miller Thomson", "a lawyer of the firm Baker McKenzie" are no one named Miller Thomson)
  return kinds && !kinds.some((k) => NAMED_FOR_FOUNDERS.has(k)) ? m.actor : null;
}

/** Counting words in the plural that open a sentence as its subject ("Several said …", "Some say …"). */
const OPENING_COUNTS = new Set(['several', 'many', 'some', 'most']);

/** Places whose possessive ranks a body among its kind ("the nation's largest …", "the province's biggest …"). */
const RANKING_PLACES = new Set(['nation', 'country', 'province', 'state', 'region', 'world', 'continent', 'island', 'city']);

/** Kinds of body whose name, after the body's noun, may be a person's ("the firm Baker McKenzie", "the bank Goldman Sachs", "the company Tory Burch"). */
const NAMED_FOR_FOUNDERS = new Set<OrgKind>(['company', 'bank', 'media']);

/**
 * The body named by source phrase `np` when place mention `m` opens it (after "the" at most) and
 * one to four capitalised words that no stage took for anyone close it ("Ottawa Community
 * Housing", "Toronto Public Health"); null for an office, people, a government or a title among
 * them or people as its head ("Ottawa Mayor", "Toronto Police", "Quebec Government"), or in a headline.
 */
function placeLedName(st: ArticleState, pi: number, t: Token[], np: Np, m: LocalMention): LocalActor | null {
  if (m.actor.kind !== 'place' || pi === 0 || st.paragraphs[pi].kind === 'heading') return null;
  const from = DEFINITE.has(t[np.from].lower) ? np.from + 1 : np.from;
  if (m.from !== from || np.to - m.to < 1 || np.to - m.to > 4) return null;
  for (let i = m.to; i < np.to; i++) {
    const w = t[i];
    if (w.type !== 'word' || !w.cap || w.possessive || st.mentionAt[pi][i]) return null;
    const lower = w.lower;
    if (TITLES.has(lower) || ROLE_NOUNS.has(lower) || GOVERNMENT_NOUNS.has(lower)) return null;
  }
  // (people are the head's: "Toronto Police", "Ottawa Residents"; "Community" before the head is a body's word)
  if (peopleNoun(t[np.to - 1].lower) !== null) return null;
  const body = st.table.get('organization', st.text.slice(t[from].start, t[np.to - 1].end));
  st.addMention(body, pi, from, np.to, t[from].start, t[np.to - 1].end);
  return body;
}

/**
 * "spoke with her lawyer, Paul, who said": a given name alone right before ", who" (token `who`),
 * which no earlier stage took for anyone, is the person the clause is about, not someone named
 * further back; null when the words there are not so.
 */
function loneGivenNameBefore(st: ArticleState, pi: number, t: Token[], who: number): LocalActor | null {
  const name = t[who - 2];
  const before = t[who - 3];
  if (t[who - 1]?.text !== ',' || !name || name.type !== 'word' || !name.cap || name.possessive || st.mentionAt[pi][who - 2] || genderOfFirstName(name.base) === null) return null;
  // (alone: after a comma, a lower-case word or nothing, not the end of a run no stage named)
  if (before && before.type === 'word' && before.cap) return null;
  const actor = st.table.get('person', name.text);
  st.addMention(actor, pi, who - 2, who - 1, name.start, name.end);
  return actor;
}

/**
 * "Bus drivers, who say …", "pressure from housing advocates who say …": the people noun phrase
 * a relative "who" (token `who`, after a comma or right after the noun) refers to, where no actor
 * was named there yet: resolved as a source phrase of its own; for "which", a body's description
 * ("the union, which said"), a body named by the phrase. null when the words before name no
 * people (no body).
 */
function unnamedAntecedent(st: ArticleState, pi: number, p: Paragraph, s: Sentence, t: Token[], who: number): LocalActor | null {
  const relative = t[who].lower;
  const last = relative === 'who' ? whoRefersTo(t, who) : t[who - 1]?.text === ',' ? who - 2 : who - 1;
  if ((relative !== 'who' && relative !== 'which') || last < s.from) return null;
  let np = npBackward(t, last, s.from);
  // (right after the noun, a short phrase only: "housing advocates who say")
  if (!np || (last === who - 1 && np.to - np.from > 4)) return null;
  const head = t[np.to - 1];
  if (relative === 'who') {
    // ("praised the work of the teacher, who said": the people noun's own phrase, from its determiner)
    // (not after people of theirs: "the lawyer of the family, who", "the parents of the student, who")
    if (np.to - np.from > 3 && DETERMINERS.has(t[np.to - 2].lower) && t[np.to - 3].type === 'word' && !t[np.to - 3].cap && POST_PREPOSITIONS.has(t[np.to - 3].lower) && !isPeopleNoun(t[np.to - 4])) np = { from: np.to - 2, to: np.to };
    // ("The ban frustrated hikers, anglers and outfitters, who said": the list's earlier people in
    // the plural, one word each before their commas, are of the phrase too)
    if (t[np.from + 1]?.lower === 'and' || t[np.to - 2]?.lower === 'and') {
      let f = np.from;
      while (f - 2 >= s.from && t[f - 1].text === ',' && t[f - 2].type === 'word' && !t[f - 2].cap && peopleNoun(t[f - 2].lower) === 'plural') f -= 2;
      np = { from: f, to: np.to };
    }
    // ("Democrats, who called the measure …": a party's members are people as "residents" are)
    return isPeopleNoun(head) || isPartyGroup(head) || (np.to - 1 === s.from && peopleNoun(head.lower) !== null) ? resolveNp(st, pi, p, s, np) : null;
  }
  // "criticised the union, which said …": a body named by its phrase (no actor was named at the
  // noun; the nearest body of a fitting kind further back is as often another: "a letter from the
  // staff association, which urged …" after "the Treasury")
  if (head.cap || !descriptionKinds(head.lower)) return null;
  // ("questioned the company, which said": a bare description is the body named before, as "the company said" is)
  if (np.to - np.from === 2 && t[np.from].lower === 'the') return resolveNp(st, pi, p, s, np);
  // (the phrase from its last "the": "a letter to the bank board from the staff association")
  let from = np.to - 2;
  while (from >= np.from && !DEFINITE.has(t[from].lower)) from--;
  return from >= np.from ? phraseActor(st, pi, t, { from, to: np.to }, head) : null;
}

/**
 * Whether body `publisher`'s last words were a reaction to a document of noun `noun` ("The Union
 * of B.C. Municipalities welcomed the review." … "The review said"): the document was its object,
 * not its own, so it speaks for another.
 */
function reactedTo(st: ArticleState, publisher: LocalActor, noun: string): boolean {
  for (let k = st.quotes.length - 1; k >= 0; k--) {
    const q = st.quotes[k];
    if (q.speaker !== publisher) continue;
    const words = q.text.toLowerCase().split(/\s+/);
    return words.length <= 4 && DEFINITE.has(words[0]) && words[words.length - 1].replace(/[^a-z]/g, '') === noun;
  }
  return false;
}

/** Whether mention `m` (ending right before an office) is a body's name with only lower-case words between token `from` and it ("the Metrolinx CEO", "TransLink CEO"). */
function officeOfBody(m: LocalMention | undefined, t: Token[], from: number): boolean {
  if (m?.actor.kind !== 'organization') return false;
  for (let i = from; i < m.from; i++) if (t[i].cap && !DEFINITE.has(t[i].lower)) return false;
  return true;
}

/** Prepositions that name a document's author. */
const AUTHORED = new Set(['by', 'from', 'of']);

/**
 * Whether phrase `np` is a document (a post, a video …, after a determiner and at most two
 * modifiers) placed on something capitalised ("A post circulating widely on Facebook and
 * TikTok", "A viral video on X"), with no author named in it.
 */
function documentOnPlatform(t: Token[], np: Np): boolean {
  if (!DETERMINERS.has(t[np.from].lower)) return false;
  let h = np.from + 1;
  while (h < np.to && h - np.from <= 3 && t[h].type === 'word' && !t[h].cap && !DOCUMENT_NOUNS.has(t[h].lower)) h++;
  if (h >= np.to || t[h].cap || !DOCUMENT_NOUNS.has(t[h].lower)) return false;
  for (let i = h + 1; i < np.to - 1; i++) {
    if (AUTHORED.has(t[i].lower) || t[i].possessive) return false;
    if (ON_PLATFORM.has(t[i].lower) && t[i + 1].cap) return true;
  }
  return false;
}

/**
 * Whether body `a` may be the body of nation `nation` that a description names ("The U.S. agency"):
 * its name names that nation, or names none and the article named a body of another nation
 * ("Transport Canada") shortly before, for the description to tell it from.
 */
function bodyOfNation(st: ArticleState, a: LocalActor, nation: string): boolean {
  const own = countriesOfRole(a.name);
  if (own.length) return own.includes(nation);
  // (among the latest NATION_REACH mentions: a description repeated through a huge article stays linear)
  for (let i = st.mentions.length - 1, stop = Math.max(0, i - NATION_REACH); i >= stop; i--) {
    const m = st.mentions[i];
    if (m.actor !== a && m.actor.kind === 'organization' && countriesOfRole(m.actor.name).some((c) => c !== nation)) return true;
  }
  return false;
}
/** How many of the latest mentions are searched for a body of another nation. */
const NATION_REACH = 200;

/** Words by which a body gives its own name after its description: "calling itself", "which calls itself". */
const CALLING = new Set(['calling', 'calls', 'called']);
const SELVES = new Set(['itself', 'themselves']);

/**
 * The body or group named right after a subject's words at `at` by "calling itself NAME", ", calling
 * itself NAME," or ", which calls itself NAME," ("A group of parents calling itself Save Our Rural
 * Schools said"), when the names stage took the name for a body or a group; null otherwise.
 */
function selfNamedBody(st: ArticleState, pi: number, t: Token[], at: number): LocalActor | null {
  let k = at;
  if (t[k]?.text === ',' && (t[k + 1]?.lower === 'which' || t[k + 1]?.lower === 'who')) k += 2;
  // ("The protest group, calling itself Water Keepers of the Bulkley, said")
  else if (t[k]?.text === ',' && CALLING.has(t[k + 1]?.lower ?? '')) k += 1;
  if (!CALLING.has(t[k]?.lower ?? '') || !SELVES.has(t[k + 1]?.lower ?? '')) return null;
  // ("calling itself the Northern Front": the name with its article)
  const from = t[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  const m = st.mentionAt[pi][from];
  if (m) return m.from === from && (m.actor.kind === 'organization' || m.actor.kind === 'group') ? m.actor : null;
  // ("A hacking group calling itself ShadowQueue": a name no stage made an actor of is the body's, as given)
  let to = from;
  while (to < t.length && to - from < 5 && isNameWord(t[to]) && t[to].cap && !st.mentionAt[pi][to]) to++;
  if (to === from) return null;
  const body = st.table.get('organization', st.text.slice(t[from].start, t[to - 1].end));
  st.addMention(body, pi, from, to, t[from].start, t[to - 1].end);
  return body;
}

/** How far back in its sentence a bare quantifier looks for the people the same word counted, in tokens. */
const COUNTED_REACH = 40;

/**
 * The group a bare quantifier at `at` ("many", "some") stands for when the same word counts people
 * earlier in its sentence ("While many social conservatives …, many said"): that phrase's group, or
 * null where no actor names it; undefined when no such phrase stands before.
 */
function countedBefore(st: ArticleState, pi: number, t: Token[], from: number, at: number, word: string): LocalActor | null | undefined {
  // (within COUNTED_REACH tokens: a sentence of thousands of "many said" costs each a few steps)
  for (let j = Math.max(from, at - COUNTED_REACH); j + 1 < at; j++) {
    if (t[j].lower !== word || t[j + 1].type !== 'word' || t[j + 1].cap) continue;
    for (let k = j; k < at && k <= j + 4; k++) {
      const m = st.mentionAt[pi][k];
      if (m && m.to <= at) return m.actor.kind === 'group' ? m.actor : null;
    }
    return null;
  }
  return undefined;
}

/** The last words of an Indigenous nation's name, by which reporters name it again ("the First Nation"). */
const NATION_TAILS = new Set(['first nation', 'first nations']);

/**
 * The words after a definite phrase's article by which it may name a body met before by the end of
 * its name, in lower case: two or three lower-case words ("wildfire service"), or a nation's last two
 * words in capitals ("first nation"); '' for other phrases.
 */
function lastWordsOfBody(words: Token[]): string {
  const rest = words.slice(1);
  if (rest.length === 2 && rest[1].cap && NATION_TAILS.has(`${rest[0].lower} ${rest[1].lower}`)) return `${rest[0].lower} ${rest[1].lower}`;
  const lower = (rest.length === 2 || rest.length === 3) && rest.every((w) => w.type === 'word' && !w.cap && !w.possessive);
  return lower ? rest.map((w) => w.lower).join(' ') : '';
}

/**
 * Whether the words a comma before token `at` closes open with an organisation other than `a`, of a
 * trade the description's `kinds` fit, in their subject ("Volunteers for the Prairie Shoppers
 * Alliance bought cans …, the group said"): one the subject only reaches through capitalised words,
 * numbers and linking words, with a verb of its own after it that is no cue. A body the words bring
 * in after their verb ("Volunteers bought cans at nine Loblaw stores"), one that says something
 * itself there ("Maple Leaf Foods said the cans were pulled") or one of another trade ("Health
 * Canada has not acted") is what the body that spoke before reports on.
 */
function otherBodyBefore(st: ArticleState, pi: number, s: Sentence, at: number, a: LocalActor, kinds: OrgKind[]): boolean {
  const t = st.paragraphs[pi].tokens;
  if (t[at - 1]?.text !== ',') return false;
  for (let i = s.from; i < at; i++) {
    const m = st.mentionAt[pi][i];
    if (m && m.actor.kind === 'organization' && m.actor !== a) {
      const next = t[pastAlias(t, m.to, at)];
      return !!next && next.type === 'word' && !next.cap && !t[m.to - 1].possessive && !CUE_FORMS.has(next.lower) && bodyFits(st, m.actor, kinds);
    }
    const w = t[i];
    if (!(w.type === 'word' && (w.cap || SUBJECT_LINKS.has(w.lower))) && !/^\d/.test(w.text)) return false;
  }
  return false;
}

/** The token after a body's alias set off after its name (", known as PIRG,", "(PIRG)") from token `k`, before `end`; `k` when none. */
function pastAlias(t: Token[], k: number, end: number): number {
  if (t[k]?.text === '(') {
    for (let j = k + 1; j < end && j - k <= 6; j++) if (t[j].text === ')') return j + 1;
  } else if (t[k]?.text === ',' && t[k + 1]?.lower === 'known' && t[k + 2]?.lower === 'as') {
    for (let j = k + 3; j < end && j - k <= 8; j++) if (t[j].text === ',') return j + 1;
  }
  return k;
}

/** The words that link a subject's noun to a body it belongs to ("Volunteers for the …", "Members of …"). */
const SUBJECT_LINKS = new Set(['the', 'a', 'an', 'for', 'of', 'from', 'with', 'at']);
