/**
 * Stage 5 of attribution, resolution: a source phrase to an actor, through sieves in order, the
 * most precise first (see `resolveNp`): pronouns and descriptions that point back (./anaphora),
 * possessives and "whose X" as actors of their own linked to X, and people nouns with
 * post-modifiers (./linkedSources), a person named in the phrase, known aliases and names
 * (shorter forms of a body's name: ./bodyForms), government, document and event nouns, groups
 * and anonymous sources named by their phrase (./groups), and role phrases ("the NATO chief") to
 * the person whose roles and organisations fit (./roleHolders).
 */
import { normaliseName, type LocalActor, type LocalMention } from '../actors';
import { CUE_FORMS, DOCUMENT_NOUNS } from '../cues';
import { GROUP_NOUNS, ROLE_NOUNS, TITLES } from '../gazetteer';
import { isLoneName, isNameWord } from '../names';
import { genderOfPronoun, genderOfRole } from '../gender';
import { descriptionKinds, type OrgKind } from '../lexicon/organisations';
import { isGroupHead, KIN_NOUNS, peopleNoun, PLAYER_POSITIONS, ROYAL_NOUNS } from '../lexicon/people';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import { bodyEndingIn, bodyFits, genderOf, oneWordBody, resolveCollectivePronoun, resolveDescription, resolvePersonPronoun, sentenceIndex, SPECIFYING_MODIFIERS } from './anaphora';
import { articleCountry, typedName, typedSource } from './descriptions';
import { bareName, phraseActor } from './groups';
import type { ArticleState, Np } from './state';
import { AGED, DETERMINERS, EVENT_NOUNS, GOVERNMENT_NOUNS, INDEFINITE, IRISH_OFFICES, isModifierWord, isPartyGroup, isPeopleNoun, MEMBER_WORDS, PARTY_MEMBERS, PERSON_PRONOUNS, POSSESSIVE_DETERMINERS } from './words';
import { nationalDescribed, nationalOne } from './nationality';
import { documentIssuer } from './documents';
import { ageHead, npBackward } from './sourceBefore';
import { antecedent, bodySpokesperson, coreEndOf, DEFINITE, linkedSource, placedIn, POST_PREPOSITIONS, postModified } from './linkedSources';
import { asAgent, placeLedBody, placesTeam, pluralBody, SHORT_HEADS, shortFormOwner } from './bodyForms';
import { countryIn, nationalPlayer, resolveRole, roleHolder, soleHolder, unheldOffice } from './roleHolders';
import { personOfAge, statedAge, unnamedOfAge } from './generations';
import { standingPhrase } from './standings';
import { ledeBody, ledeHolder } from './ledeHolder';
import { partisanDescribed, partisanHead, partyRoleAt } from './partisans';
import { namesakeSpeaker } from './namesakes';
import { describedPerson } from './describedPerson';
import { headlineOffice } from './headlineOffice';
import { namedForce } from './policeForce';
import { countryOfficeHolder } from './countryOffice';

/** Nouns that name a body of any kind, public or not: "the group", "the organisation" (not "the company"). */
const ANY_BODY_NOUNS = new Set(['group', 'organisation', 'organization']);

/** Determiners by which a document noun points back at one met before: "the statement", "that letter". */
const POINTING = new Set(['the', 'that', 'this']);
/** Documents of research, whose findings speak for who released them, not for whoever spoke last. */
const RESEARCH_NOUNS = new Set(['study', 'survey', 'poll', 'polling', 'research', 'findings', 'data', 'result', 'analysis', 'trial', 'model', 'projection', 'forecast', 'estimate']);

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

/** Offices written by their initials, in full as roles hold them: "the GM" is a general manager, never General Motors. */
const OFFICE_INITIALS = new Map([
  ['gm', 'general manager'],
  ['ceo', 'chief executive'],
  ['cfo', 'chief financial officer'],
  ['coo', 'chief operating officer'],
]);

/**
 * "The judge disagreed. The delay, she wrote, …": a pronoun that no person named within reach
 * takes refers to the person whose role the subject opening the sentence before it (in its
 * paragraph) tells, "the" and a person noun after at most two modifiers, when the gender agrees.
 */
function describedSubjectBefore(st: ArticleState, pi: number, p: Paragraph, s: Sentence, pronoun: string): LocalActor | null {
  const si = sentenceIndex(p.sentences, s.from);
  if (si < 1) return null;
  const before = p.sentences[si - 1];
  const t = p.tokens;
  if (t[before.from].lower !== 'the') return null;
  let h = before.from + 1;
  while (h < before.to && h - before.from <= 3 && t[h].type === 'word' && !t[h].cap && peopleNoun(t[h].lower) !== 'singular') h++;
  const verb = t[h + 1];
  if (h >= before.to || t[h].cap || peopleNoun(t[h].lower) !== 'singular' || !verb || verb.type !== 'word' || verb.cap) return null;
  const np = { from: before.from, to: h + 1 };
  const bare = t.slice(before.from + 1, h + 1).map((w) => w.text).join(' ');
  const a = resolveRole(st, pi, np, t, bare, t[h].lower, null);
  const gender = genderOfPronoun(pronoun);
  const held = a && genderOf(st, a);
  return a && a.kind === 'person' && (!gender || !held || held.gender === gender) ? a : null;
}

/**
 * The speaker of words (tokens [from, to) of paragraph `pi`) whose source phrase is `np`: as
 * resolveNp, but "he" or "she" is not a person the quoted words call by their given name alone
 * ("“Karen has given this town thirty years,” she said" after "Ruth Dale thanked Karen Ellis" is
 * Ruth Dale). People who speak of themselves in the third person use their full name or surname
 * ("it's not Bernie Sanders"), and the writer's own words around a quotation name the speaker
 * freely ("Though Ms. Olivieri has lived there all her life, she said"): neither counts.
 */
export function resolveSpeakerOf(st: ArticleState, pi: number, p: Paragraph, s: Sentence, np: Np, from: number, to: number): LocalActor | null {
  const pronoun = baseLower(p.tokens[np.from]);
  // "“…,” he told Hannity", "“…,” he said of Trump": whom the words are told or about is not who says them
  const addressed = np.to - np.from === 1 && PERSON_PRONOUNS.has(pronoun) ? personAfterCue(st, pi, p.tokens, np.to) : null;
  const first = addressed ? resolvePersonPronoun(st, pi, s, np.from, pronoun, addressed) : resolveNp(st, pi, p, s, np);
  // "“… running harder against President Obama and me …,” the former president said": a person the
  // quotation names is whom it is about; a role phrase that fits them is left unresolved
  if (first?.kind === 'person' && np.to - np.from >= 2 && p.tokens[np.from].lower === 'the' && !p.tokens[np.to - 1].cap && namedInQuote(st, pi, p, first, from, to)) return null;
  // (a direct quotation only: words quoted inside reported speech may be others' about the speaker, "asking too many “please attack Ted” questions")
  if (!first || first.nameTokens.length < 2 || np.to - np.from !== 1 || !PERSON_PRONOUNS.has(pronoun) || !(p.inQuote[from] || p.tokens[from]?.type === 'open')) return first;
  const at = st.mentionAt[pi];
  const given = first.nameTokens[0]; // (in lower case)
  for (let j = Math.max(from, 0); j < to && j < at.length; j++) {
    const m = at[j];
    if (m?.actor === first && m.to - m.from === 1 && p.inQuote[j] && p.tokens[j].lower === given) return resolvePersonPronoun(st, pi, s, np.from, pronoun, first) ?? first;
  }
  return first;
}

/** Whether person `a` is mentioned inside a quotation among tokens [from, to) of paragraph `pi`. */
function namedInQuote(st: ArticleState, pi: number, p: Paragraph, a: LocalActor, from: number, to: number): boolean {
  const at = st.mentionAt[pi];
  for (let j = Math.max(from, 0); j < to && j < at.length; j++) if (at[j]?.actor === a && p.inQuote[j]) return true;
  return false;
}

/** Words between a cue and the person its words are told to or about: "told Hannity", "said of Trump", "said to Ms. Ode". */
const ADDRESSEE_PREPOSITIONS = new Set(['of', 'about', 'to']);

/**
 * The person named right after the cue that follows token `at` (the pronoun's end), past an adverb,
 * as its object or after "of", "about" or "to", a courtesy title or role word before the name;
 * null when none is.
 */
function personAfterCue(st: ArticleState, pi: number, t: Token[], at: number): LocalActor | null {
  let k = at;
  if (t[k]?.type === 'word' && !t[k].cap && !CUE_FORMS.has(t[k].lower) && t[k].lower.endsWith('ly')) k++;
  if (!CUE_FORMS.has(t[k]?.lower ?? '')) return null;
  k++;
  if (ADDRESSEE_PREPOSITIONS.has(t[k]?.lower ?? '')) k++;
  for (let j = k; j < k + 3 && j < t.length && t[j].type === 'word'; j++) {
    const m = st.mentionAt[pi][j];
    if (m) return m.from <= k + 1 && m.actor.kind === 'person' ? m.actor : null;
    if (!t[j].cap) return null;
  }
  return null;
}

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
  // "the Wisconsin Republican said": the person the passage is about, told by party, not the place
  if (partisanHead(t, np) >= 0) return partisanDescribed(st, pi, s, np, lowerHead);
  // "the Tory backbencher added", "the Conservative MP said": the person named before with that party
  const partyWord = partyRoleAt(t, np);
  const partyMember = partyWord >= 0 ? partisanDescribed(st, pi, s, { from: np.from, to: partyWord + 1 }, t[partyWord].lower, np) : null;
  if (partyMember) return partyMember;
  if (np.to - np.from === 1 && head.type === 'word') {
    if (PERSON_PRONOUNS.has(lowerHead)) return resolvePersonPronoun(st, pi, s, np.from, lowerHead) ?? describedSubjectBefore(st, pi, p, s, lowerHead);
    // "the agency quoted him as saying": the one quoted, an object pronoun (see ./cueDetection)
    if ((lowerHead === 'him' || lowerHead === 'her') && CUE_FORMS.get(t[np.from - 1]?.lower ?? '')?.lemma === 'quote') return resolvePersonPronoun(st, pi, s, np.from, lowerHead === 'him' ? 'he' : 'she');
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
      return group ?? antecedent(st, pi, t, np.from, s.from) ?? unnamedAntecedent(st, pi, p, s, t, np.from);
    }
  }
  // "One of them said", "“…,” one said": a member of the group named before speaks for it
  if ((np.to - np.from === 3 && MEMBER_WORDS.has(t[np.from].lower) && t[np.from + 1].lower === 'of' && (lowerHead === 'them' || lowerHead === 'those')) || (np.to - np.from === 1 && MEMBER_WORDS.has(lowerHead) && !head.cap)) {
    const group = resolveCollectivePronoun(st, pi, s, np.from, true);
    return group?.kind === 'group' ? group : null;
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
  // "Ana Ruiz and Bo Lind said": of two names joined, the last speaks for the phrase
  const joined = joinedNames(st, pi, t, np);
  if (joined >= 0) return resolveNp(st, pi, p, s, { from: joined + 1, to: np.to });
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
    ((!coreHead.cap || (!st.mentionAt[pi][coreEnd - 1] && !TITLES.has(coreHead.lower))) && (peopleNoun(coreHead.lower) !== null || ROLE_NOUNS.has(coreHead.lower))) ||
    // (and an office in capitals, as British and Commonwealth papers write one: "the Treasurer told parliament")
    (coreHead.cap && coreEnd - np.from >= 2 && DEFINITE.has(t[np.from].lower) && capitalOffice(coreHead.lower) && !st.mentionAt[pi][coreEnd - 1] && !t.slice(np.from, coreEnd).some((w) => w.lower === 'of' || w.lower === 'for')) ||
    // ("A Detective Sergeant at Leeds said": a title after "a" is someone unnamed, not the place after it)
    (coreHead.cap && coreEnd - np.from >= 2 && INDEFINITE.has(t[np.from].lower) && (TITLES.has(coreHead.lower) || ROLE_NOUNS.has(coreHead.lower)) && !st.mentionAt[pi][coreEnd - 1]);
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
    else if (!other || m.to === coreEnd) other = m;
  }
  // (a surname two persons of the article share, as the phrase's head: see ./namesakes)
  if (person && !(peopleHead && isGroupHead(coreHead.lower))) return (person.to === coreEnd ? namesakeSpeaker(st, pi, s, np.from, np.to, person.actor) : null) ?? person.actor;
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
  // a lone capitalised word never seen with a full name: a person known by one name
  // ("Study finds …", "Judge rejects …" in a headline: a document or an office, no one's name; "King said" in the body is Rep. King)
  if (np.to - np.from === 1 && isLoneName(head) && !other && !openingCommonWord(st, t, np, s, lowerHead) && !peopleHead && !DOCUMENT_NOUNS.has(lowerHead) && !((pi === 0 || st.paragraphs[pi].kind === 'heading') && (ROLE_NOUNS.has(lowerHead) || TITLES.has(lowerHead)))) {
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
  const known = st.table.aliasIndex.get(normaliseName(bare)) ?? (bare === head.text && head.cap ? pluralBody(st, bare) ?? placeLedBody(st, bare, headWord) ?? undefined : undefined);
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
  const placed = other?.actor.kind === 'place' ? placedBodies(t, np, other) : -1;
  if (placed >= 0) return phraseActor(st, pi, t, np, t[placed]);
  // "polls in New Hampshire and Iowa", "boosters in New Hampshire", "some on Twitter": the noun
  // before the place's (or the network's) preposition speaks, not where it is; no actor named
  const placedAt = other ? other.from - (t[other.from - 1]?.lower === 'the' ? 3 : 2) : -1;
  const placedHead = placedAt >= np.from ? t[placedAt] : undefined;
  if (other && placedHead && placedHead.type === 'word' && !placedHead.cap && ((other.actor.kind === 'place' && placedIn(t, other.from)) || (other.actor.kind === 'organization' && t[other.from - 1].lower === 'on'))) return null;
  if (other && other.to === np.to) return placesTeam(st, other.actor) ?? asAgent(st, other.actor);
  if (GOVERNMENT_NOUNS.has(lowerHead)) {
    const country = countryIn(words) ?? (other?.actor.kind === 'country' ? other.actor.name : null);
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
    const publisher = st.paragraphs[pi].kind === 'heading' ? st.firstDocumentPublisher : RESEARCH_NOUNS.has(lowerHead) ? st.lastReleaser : st.lastPublisher;
    return publisher && !publisher.anonymous ? publisher : null;
  }
  if (GROUP_NOUNS.has(lowerHead) && words.some((w) => isNameWord(w) || w.lower === 'administration')) return phraseActor(st, pi, t, np, head);
  // "the museum", "the library": no kind of body listed under the noun, but a body named earlier ends in it
  if (!other && !head.cap && !peopleHead && words.length === 2 && DEFINITE.has(words[0].lower) && !descriptionKinds(lowerHead) && !ROLE_NOUNS.has(lowerHead) && !TITLES.has(lowerHead)) {
    const body = bodyEndingIn(st, pi, s, np.from, lowerHead);
    if (body) {
      st.addMention(body, pi, np.from, np.to, t[np.from].start, head.end);
      return body;
    }
  }
  // "the company", "the ministry", "the city": an organisation named earlier, of a fitting kind
  // ("the Ohio company": a place before the noun only tells where the body is)
  const kinds = (!other || (other.actor.kind === 'place' && other.to < np.to)) && !head.cap && DEFINITE.has(words[0].lower) ? descriptionKinds(lowerHead) : undefined;
  const fitting = (a: LocalActor, k: OrgKind[]): boolean => bodyFits(st, a, k);
  // "the drug's maker", "the plant's operator": a body known by the thing it owns, none named before
  // (in a lede, the body the next paragraph opens with: "the city's water utility has warned … ¶ Johannesburg Water said", see ledeBody)
  if (kinds && words.some((w, i) => i > 0 && w.possessive && !w.cap)) return ledeBody(st, pi, np, t, fitting, kinds) ?? phraseActor(st, pi, t, np, head);
  // "The state Farm Bureau said it was weighing a challenge. “…,” the group said": a generic noun
  // for a body is the body that spoke in the sentence just before, whatever kind its name tells
  const spoke = kinds && words.length === 2 && ANY_BODY_NOUNS.has(lowerHead) ? st.lastSpeaker : null;
  if (spoke?.speaker?.kind === 'organization' && st.sentenceSerial - spoke.sentence <= 1) {
    st.addMention(spoke.speaker, pi, np.from, np.to, t[np.from].start, head.end);
    return spoke.speaker;
  }
  if (kinds) {
    const described = resolveDescription(st, pi, s, np.from, kinds, specifying(words), lowerHead) ?? unnamedReferent(st, pi, s, np.from, kinds, words.length, lowerHead);
    if (described) {
      st.addMention(described, pi, np.from, np.to, t[np.from].start, head.end);
      return described;
    }
    // "the state water board", "the pilots' union" with no such body named before: a body named by its phrase
    // (or, in a lede, the body the next paragraph opens with)
    if (!peopleHead) return ledeBody(st, pi, np, t, fitting, kinds) ?? phraseActor(st, pi, t, np, head);
  }
  // ("Winnipeg police", "Gaza residents": a group named by its place too)
  if ((!other || other.actor.kind === 'place') && peopleHead && isGroupHead(lowerHead)) return phraseActor(st, pi, t, np, head);
  // "conservation groups", "several unions", "the banks": bodies in the plural are a group named by the phrase
  if (!other && !head.cap && lowerHead.endsWith('s') && descriptionKinds(lowerHead.endsWith('ies') ? lowerHead.slice(0, -3) + 'y' : lowerHead.slice(0, -1))) return phraseActor(st, pi, t, np, head);
  // "a monitoring group said", "an environmental charity said": one body the article does not
  // name, named by its phrase (its noun alone, "a group", names none worth listing)
  if (!other && !head.cap && INDEFINITE.has(words[0].lower) && descriptionKinds(lowerHead) && words.length >= 3 && words.length <= 4 && words.slice(1, -1).every((w) => w.type === 'word' && !w.cap && !w.possessive)) return phraseActor(st, pi, t, np, head);
  // "Montreal police chief defends …": a headline's place and office is the one person of the body holding it
  if ((peopleHead || (coreHead.cap && capitalOffice(coreHead.lower))) && (!other || other.actor.kind === 'place') && (pi === 0 || st.paragraphs[pi].kind === 'heading')) {
    const holder = headlineOffice(st, pi, t, np, other);
    if (holder !== undefined) return holder;
  }
  if (peopleHead || lowerHead === 'secretary-general') {
    // "another official" is someone else than the official named before
    const indefinite = /^(?:a|an|one|another)$/i.test(words[0].text);
    if (indefinite) return bodySpokesperson(st, pi, t, np, coreEnd, other) ?? (other && other.actor.kind !== 'organization' ? null : ledeHolder(st, pi, np, t, lowerHead)) ?? phraseActor(st, pi, t, np, head);
    // ("the Toronto MPP", "the Dublin Bay South TD": a member's seat, which the member's role seldom names)
    const seat = other?.actor.kind === 'place' && MEMBER_TITLES.has(lowerHead) ? resolveRole(st, pi, np, t, bare, lowerHead, null) : null;
    return resolveRole(st, pi, np, t, bare, lowerHead, other) ?? seat ?? (other && other.actor.kind !== 'organization' ? nationalPosition(st, pi, t, np, other) : ledeHolder(st, pi, np, t, lowerHead)) ?? (unheldOffice(st, t, np, other) || (!other && introducedByClause(t, np)) ? phraseActor(st, pi, t, np, head) : null);
  }
  // "Russian state media reported", "state television said": a state's outlets, a body named by the phrase (not the nation)
  if (STATE_OUTLETS.has(lowerHead) && np.to - np.from <= 4 && words.some((w) => STATE_WORDS.has(w.lower))) return phraseActor(st, pi, t, np, head);
  if (other) return placeModifies ? null : asAgent(st, other.actor);
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
 * "The neighbour, who declined to give her name, said": a person no one named before, whom the
 * writer brings in with a clause about them, is someone of their own, as "a neighbour" would be.
 */
function introducedByClause(t: Token[], np: Np): boolean {
  return t[np.to]?.text === ',' && (t[np.to + 1]?.lower === 'who' || t[np.to + 1]?.lower === 'whose');
}

/**
 * The head noun of phrase `np` when it is bodies in the plural before the place `place` names
 * ("six newspapers in New Jersey") or one body brought in by "a" after it ("a Texas utility"), a
 * noun of their kind in lower case (no document's: "a Vermont complaint" is the state's); -1 otherwise.
 */
function placedBodies(t: Token[], np: Np, place: LocalMention): number {
  const body = (w: Token): boolean => !w.cap && w.type === 'word' && !DOCUMENT_NOUNS.has(w.lower) && !GOVERNMENT_NOUNS.has(w.lower) && !!descriptionKinds(w.lower);
  if (place.to === np.to) {
    const at = t[place.from - 1]?.lower === 'the' ? place.from - 2 : place.from - 1;
    const noun = t[at - 1];
    if (at - 1 <= np.from || !POST_PREPOSITIONS.has(t[at].lower) || !noun.lower.endsWith('s')) return -1;
    return body({ ...noun, lower: noun.lower.endsWith('ies') ? noun.lower.slice(0, -3) + 'y' : noun.lower.slice(0, -1) }) ? at - 1 : -1;
  }
  return INDEFINITE.has(t[np.from].lower) && place.to === np.to - 1 && body(t[np.to - 1]) ? np.to - 1 : -1;
}

/** Outlets a state runs: "state media", "state television". */
const STATE_OUTLETS = new Set(['media', 'television', 'tv', 'radio', 'broadcaster', 'press']);
/** Words that make an outlet a state's: "state", "state-run", "official". */
const STATE_WORDS = new Set(['state', 'state-run', 'state-owned', 'state-controlled', 'official']);

/** Words that count people: "two", "12", "several". */
const COUNTED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many)$/;
/** Plural nouns of people by what they do: "objectors", "plaintiffs", "activists", "residents". */
const AGENT_PLURAL = /(?:ers|ors|ists|ants|ents|ians|iffs|ees)$/;

/** Where "and" joins two names in a phrase of capitalised words ("Sen. Ana Ruiz and Bo Lind"), outside any one name; -1 when it does not. */
function joinedNames(st: ArticleState, pi: number, t: Token[], np: Np): number {
  for (let i = np.from; i < np.to - 1; i++) {
    if (t[i].lower === 'and') return i > np.from && !st.mentionAt[pi][i] && isNameWord(t[i + 1]) ? i : -1;
    if (t[i].type !== 'word' || !t[i].cap) return -1;
  }
  return -1;
}

/**
 * An office a capitalised word after "the" names: elected, a role noun, or a title that is a people
 * noun ("the Chief Constable"); not an occupation that is also a paper's name ("The Economist said").
 */
const capitalOffice = (w: string): boolean => !PUBLICATION_WORDS.has(w) && (ELECTED_TITLES.has(w) || ROLE_NOUNS.has(w) || (TITLES.has(w) && peopleNoun(w) !== null));
/** Occupations that are publications' names after "The": "The Economist", "The Lawyer", "The Engineer", "The Critic". */
const PUBLICATION_WORDS = new Set(['economist', 'lawyer', 'engineer', 'critic', 'spectator', 'observer', 'examiner', 'reporter', 'journalist', 'banker', 'grocer']);
/** Members of a parliament, whom a place before the title seats: "the Toronto MPP", "the Dublin Bay South TD". */
const MEMBER_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'td']);
/** Elected offices written capitalised after a place as a description: "the Toronto MPP", "the Ohio Senator", "the Dublin Bay South TD", "the Taoiseach". */
const ELECTED_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'td', ...IRISH_OFFICES, 'senator', 'congressman', 'congresswoman', 'congressmember', 'representative', 'governor', 'mayor', 'premier', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker']);

/** Adverbs of place that may follow a source's head: "officials there", "residents nearby". */
const PLACE_ADVERBS = new Set(['there', 'here', 'nearby', 'locally']);

/**
 * "The 52-year-old (driver)": the person a pronoun in its place would be, of the gender its noun
 * tells ("the 34-year-old woman" is she); undefined when a word after the age is no person's noun
 * ("the 52-year-old law"), which the other sieves read.
 */
function ageDescribed(st: ArticleState, pi: number, s: Sentence, np: Np, t: Token[]): LocalActor | null | undefined {
  // (a modifier may stand before the noun: "the 31-year-old bench boss")
  const noun = np.to - np.from >= 3 ? t[np.to - 1] : undefined;
  if (np.to - np.from === 4 && (t[np.from + 2].cap || t[np.from + 2].type !== 'word')) return undefined;
  // (any noun right after the age is the person's: "the 27-year-old right-hander")
  if (noun && (noun.cap || !(peopleNoun(noun.lower) !== null || ROLE_NOUNS.has(noun.lower) || KIN_NOUNS.has(noun.lower) || (np.to - np.from === 3 && ageHead(noun))))) return undefined;
  const gender = noun ? genderOfRole(noun.lower) : null;
  // "A 23-year-old forward was ejected … the 23-year-old said": the one introduced unnamed
  const age = parseInt(t[np.from + 1].lower, 10);
  if (unnamedOfAge(st, age)) return null;
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
function unnamedReferent(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[], size: number, noun: string): LocalActor | null {
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
function specifying(words: Token[]): string[] {
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
function partyHead(t: Token[], np: Np): number {
  for (let g = np.from; g < np.to && g - np.from < 4; g++) {
    const x = t[g];
    if (isPartyGroup(x)) return g === np.to - 1 || POST_PREPOSITIONS.has(t[g + 1].lower) ? g : -1;
    if (x.type !== 'word' || x.possessive || !(DETERMINERS.has(x.lower) || x.cap || (isModifierWord(x) && !isPeopleNoun(x)))) return -1;
  }
  return -1;
}

/**
 * "Bus drivers, who say …", "pressure from housing advocates who say …": the people noun phrase
 * a relative "who" (token `who`, after a comma or right after the noun) refers to, where no actor
 * was named there yet: resolved as a source phrase of its own; for "which", a body's description
 * ("the union, which said"), a body named by the phrase. null when the words before name no
 * people (no body).
 */
function unnamedAntecedent(st: ArticleState, pi: number, p: Paragraph, s: Sentence, t: Token[], who: number): LocalActor | null {
  const last = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  const relative = t[who].lower;
  if ((relative !== 'who' && relative !== 'which') || last < s.from) return null;
  const np = npBackward(t, last, s.from);
  // (right after the noun, a short phrase only: "housing advocates who say")
  if (!np || (last === who - 1 && np.to - np.from > 4)) return null;
  const head = t[np.to - 1];
  // ("Democrats, who called the measure …": a party's members are people as "residents" are)
  if (relative === 'who') return isPeopleNoun(head) || isPartyGroup(head) || (np.to - 1 === s.from && peopleNoun(head.lower) !== null) ? resolveNp(st, pi, p, s, np) : null;
  // "criticised the union, which said …": a body named by its phrase (no actor was named at the
  // noun; the nearest body of a fitting kind further back is as often another: "a letter from the
  // staff association, which urged …" after "the Treasury")
  if (head.cap || !descriptionKinds(head.lower)) return null;
  // ("questioned the company, which said": a bare description is the body named before, as "the company said" is)
  if (np.to - np.from === 2 && t[np.from].lower === 'the') return resolveNp(st, pi, p, s, np);
  // (the phrase from its last "the": "a letter to the bank board from the staff association")
  let from = np.to - 2;
  while (from >= np.from && !DEFINITE.has(t[from].lower)) from--;
  return from >= np.from ? phraseActor(st, pi, t, { ...np, from }, head) : null;
}

/**
 * The person a partisan phrase with its place right before relative pronoun `who` (or its comma)
 * names ("the Wisconsin Republican, who"), or null ("The lifelong Republican who wrote …" opens an
 * article about someone named after it).
 */
function partisanBefore(st: ArticleState, pi: number, s: Sentence, t: Token[], who: number): LocalActor | null {
  const last = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  const np = last >= s.from ? npBackward(t, last, s.from) : null;
  if (!np || np.to !== last + 1 || partisanHead(t, np) < 0 || !t.slice(np.from + 1, np.to - 1).some((w) => w.cap)) return null;
  return partisanDescribed(st, pi, s, np, t[np.to - 1].lower);
}

/** Whether the word before relative pronoun `who` (or before its comma) is a plural people noun, or one after a possessive ("her deputy, who"), that names no actor yet and is no part of a group: "the nurses, who", not "two of the women who". */
function groupRightBefore(st: ArticleState, pi: number, t: Token[], who: number): boolean {
  const k = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  if (k < 0 || st.mentionAt[pi][k] || t[k].type !== 'word' || t[k].cap) return false;
  // ("praised her deputy, who said": one person by a possessive and a people noun, as well)
  if (!isGroupHead(t[k].lower) && !(isPeopleNoun(t[k]) && POSSESSIVE_DETERMINERS.has(t[k - 1]?.lower ?? ''))) return false;
  // "X and Y, two of the women who …": a part of a group stands for the people named before it
  return t[k - 1]?.lower !== 'of' && t[k - 2]?.lower !== 'of';
}

/** "the England winger": a player position after a nation's name, the one person holding that position (see nationalPlayer); null otherwise. Adds the mention. */
function nationalPosition(st: ArticleState, pi: number, t: Token[], np: Np, nation: LocalMention): LocalActor | null {
  const head = t[np.to - 1];
  if (nation.to !== np.to - 1 || !(nation.actor.kind === 'country' || nation.actor.kind === 'place') || !PLAYER_POSITIONS.includes(head.lower)) return null;
  const player = nationalPlayer(st, head.lower, nation.text.toLowerCase());
  if (player) st.addMention(player, pi, np.from, np.to, t[np.from].start, head.end);
  return player;
}

/** Whether a party's members in the plural ("Democrats", "Senate Republicans") end the phrase right before relative pronoun `who` (or its comma). */
function partyRightBefore(t: Token[], who: number): boolean {
  const k = t[who - 1]?.text === ',' ? who - 2 : who - 1;
  return k >= 0 && isPartyGroup(t[k]);
}

/** Words after a plural noun that show it is a subject, not a name before its verb: "Health worries | have dogged", "Criminal charges | against …". */
const AFTER_PLURAL_NOUN = new Set(['are', 'were', 'have', 'had', 'could', 'would', 'will', 'can', 'may', 'might', 'put', 'show', 'against', 'of', 'for', 'over', 'about']);

/**
 * Whether the lone capitalised word of phrase `np` opens its sentence, the body writes it
 * capitalised nowhere else, and the words after it say it is no one's name: a verb in the plural
 * ("Projections suggest …", "Companies say …": one person would "say"s), or a plural noun and its
 * verb ("Initial estimates put …", "Harsh comments are …", "Criminal charges against …").
 */
function openingCommonWord(st: ArticleState, t: Token[], np: Np, s: Sentence, lower: string): boolean {
  const next = t[np.to];
  if (np.from !== s.from || !next || next.type !== 'word' || next.cap) return false;
  const plural = CUE_FORMS.get(next.lower)?.form === 'base' || (next.lower.length > 3 && next.lower.endsWith('s') && AFTER_PLURAL_NOUN.has(t[np.to + 1]?.lower ?? ''));
  return plural && !st.capitalisedInside(lower);
}
