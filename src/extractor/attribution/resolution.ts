/**
 * Stage 5 of attribution, resolution: a source phrase to an actor, through sieves in order, the
 * most precise first (see `resolveNp`): pronouns and descriptions that point back (./anaphora),
 * possessives and "whose X" as actors of their own linked to X, a person named in the phrase,
 * people nouns with post-modifiers, known aliases and names, government, document and event
 * nouns, groups and anonymous sources named by their phrase (./groups), and role phrases ("the
 * NATO chief") to the person whose roles and organisations fit.
 */
import { acronymOf, normaliseName, type LocalActor, type LocalMention } from '../actors';
import { DOCUMENT_NOUNS } from '../cues';
import { CITIES, countryByDemonym, countryBySurface, GROUP_NOUNS, ORG_HEADS, ROLE_NOUNS, TITLES, US_STATES } from '../gazetteer';
import { isLoneName, isNameWord } from '../names';
import { genderOfRole } from '../gender';
import { descriptionKinds, orgKindsOfName, type OrgKind } from '../lexicon/organisations';
import { isGroupHead, KIN_NOUNS, peopleNoun } from '../lexicon/people';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import { oneWordBody, resolveCollectivePronoun, resolveDescription, resolvePersonPronoun, sentenceIndex, SPECIFYING_MODIFIERS } from './anaphora';
import { articleCountry, typedName, typedSource } from './descriptions';
import { bareName, linkedActor, phraseActor } from './groups';
import type { ArticleState, Np } from './state';
import { DETERMINERS, EVENT_NOUNS, GOVERNMENT_NOUNS, isModifierWord, isPartyGroup, isPeopleNoun, PERSON_PRONOUNS } from './words';
import { personalRole } from './personalRoles';
import { nationalDescribed, nationalOne } from './nationality';
import { documentIssuer } from './documents';
import { npBackward } from './source';

/** Determiners by which a document noun points back at one met before: "the statement", "that letter". */
const POINTING = new Set(['the', 'that', 'this']);

const NARRATOR_PRONOUNS = new Set(['i', 'we', 'you']);
const LEADER_WORDS = ['chief', 'head', 'boss', 'leader', 'chairman', 'chair', 'director', 'president', 'secretary-general', 'secretary general', 'premier', 'ceo', 'chief executive', 'commander'];
const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: LEADER_WORDS,
  head: LEADER_WORDS,
  boss: LEADER_WORDS,
  leader: LEADER_WORDS,
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'diplomat', 'ambassador', 'envoy'],
  official: ['official', 'spokes', 'adviser', 'advisor', 'secretary', 'minister', 'director'],
};

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
  if (np.to - np.from === 1 && head.type === 'word') {
    if (PERSON_PRONOUNS.has(lowerHead)) return resolvePersonPronoun(st, pi, s, np.from, lowerHead);
    if (lowerHead === 'they' || lowerHead === 'it') return resolveCollectivePronoun(st, pi, s, np.from, lowerHead === 'they');
    if (NARRATOR_PRONOUNS.has(lowerHead)) return null;
    if (lowerHead === 'who' || lowerHead === 'which' || lowerHead === 'that') return antecedent(st, pi, t, np.from, s.from) ?? unnamedAntecedent(st, pi, p, s, t, np.from);
  }
  // "One of them said": a member of the group named before speaks for it
  if (np.to - np.from === 3 && MEMBER_WORDS.has(t[np.from].lower) && t[np.from + 1].lower === 'of' && (lowerHead === 'them' || lowerHead === 'those')) {
    const group = resolveCollectivePronoun(st, pi, s, np.from, true);
    return group?.kind === 'group' ? group : null;
  }
  // "the Brazilian said", "the Dutchman told": a person told by nationality
  if (np.to - np.from === 2 && t[np.from].lower === 'the' && nationalOne(head)) return nationalDescribed(st, pi, np, head);
  // "The 52-year-old said", "the 34-year-old driver told …": a person told by age is the nearest person before, as a pronoun is
  const age = np.from + 1 < np.to && np.to - np.from <= 3 && t[np.from].lower === 'the' && AGED.test(t[np.from + 1].lower) ? ageDescribed(st, pi, s, np, t) : undefined;
  if (age !== undefined) return age;
  // "Volunteers there said", "Residents nearby say": a place adverb after the head is no part of the phrase
  if (np.to - np.from >= 2 && PLACE_ADVERBS.has(lowerHead)) return resolveNp(st, pi, p, s, { from: np.from, to: np.to - 1 });
  // "Ana Ruiz and Bo Lind said": of two names joined, the last speaks for the phrase
  const joined = joinedNames(st, pi, t, np);
  if (joined >= 0) return resolveNp(st, pi, p, s, { from: joined + 1, to: np.to });
  // "Democrats", "Republicans in the Senate": a party's members, named by the whole phrase, never
  // the body or place after them
  const party = partyHead(t, np);
  if (party >= 0) return phraseActor(st, pi, t, np, t[party]);
  const coreEnd = coreEndOf(st, pi, t, np);
  const coreHead = t[coreEnd - 1];
  // a capitalised head is a people noun only where it names no one ("Residents of Elm Row say")
  // (a title after a determiner is a role too: "the Toronto MPP" is a person, not Toronto)
  const peopleHead =
    ((!coreHead.cap || (!st.mentionAt[pi][coreEnd - 1] && !TITLES.has(coreHead.lower))) && (peopleNoun(coreHead.lower) !== null || ROLE_NOUNS.has(coreHead.lower))) ||
    (coreHead.cap && coreEnd - np.from >= 2 && DEFINITE.has(t[np.from].lower) && ELECTED_TITLES.has(coreHead.lower) && !st.mentionAt[pi][coreEnd - 1] && !t.slice(np.from, coreEnd).some((w) => w.lower === 'of' || w.lower === 'for')) ||
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
    if (m.actor.kind === 'person') person = m;
    else if (!other || m.to === coreEnd) other = m;
  }
  if (person && !(peopleHead && isGroupHead(coreHead.lower))) return person.actor;
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
  if (np.to - np.from === 1 && isLoneName(head) && !other && !peopleHead && !DOCUMENT_NOUNS.has(lowerHead) && !((pi === 0 || st.paragraphs[pi].kind === 'heading') && (ROLE_NOUNS.has(lowerHead) || TITLES.has(lowerHead)))) {
    // "Gulfstar said" after "Gulfstar Petroleum": the body by the first word of its name
    // "Raptors said" after "Toronto Raptors": a plural word a body of the article is named by
    const body = shortFormOwner(st, head.base) ?? pluralBody(st, head.base);
    if (body) {
      st.addMention(body, pi, np.from, np.to, head.start, head.possessive ? head.end - 2 : head.end);
      return body;
    }
    const actor = st.table.get('person', head.base);
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
    st.addMention(known, pi, np.from, np.to, t[np.from].start, head.end);
    return known;
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
  if (other && other.to === np.to) return asAgent(st, other.actor);
  if (GOVERNMENT_NOUNS.has(lowerHead)) {
    const country = countryIn(words) ?? (other?.actor.kind === 'country' ? other.actor.name : null);
    if (country) {
      const actor = st.table.get('country', country);
      st.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
      return actor;
    }
  }
  if (DOCUMENT_NOUNS.has(lowerHead)) {
    if (other) return other.actor;
    // "the statement said" after "X responded with a statement": X
    if (POINTING.has(words[0].lower) && !head.cap) {
      const issuer = documentIssuer(st, pi, s, lowerHead);
      if (issuer !== undefined) return issuer;
    }
    // a body known only by its phrase ("Clinton’s campaign") publishes no report
    return st.lastPublisher && !st.lastPublisher.anonymous ? st.lastPublisher : null;
  }
  if (GROUP_NOUNS.has(lowerHead) && words.some((w) => isNameWord(w) || w.lower === 'administration')) return phraseActor(st, pi, t, np, head);
  // "the company", "the ministry", "the city": an organisation named earlier, of a fitting kind
  const kinds = !other && !head.cap && DEFINITE.has(words[0].lower) ? descriptionKinds(lowerHead) : undefined;
  // "the drug's maker", "the plant's operator": a body known by the thing it owns, none named before
  if (kinds && words.some((w, i) => i > 0 && w.possessive && !w.cap)) return phraseActor(st, pi, t, np, head);
  if (kinds) {
    const described = resolveDescription(st, pi, s, np.from, kinds, specifying(words), lowerHead) ?? unnamedReferent(st, pi, s, np.from, kinds, words.length, lowerHead);
    if (described) {
      st.addMention(described, pi, np.from, np.to, t[np.from].start, head.end);
      return described;
    }
    // "the state water board", "the pilots' union" with no such body named before: a body named by its phrase
    if (!peopleHead) return phraseActor(st, pi, t, np, head);
  }
  // ("Winnipeg police", "Gaza residents": a group named by its place too)
  if ((!other || other.actor.kind === 'place') && peopleHead && isGroupHead(lowerHead)) return phraseActor(st, pi, t, np, head);
  // "conservation groups", "several unions", "the banks": bodies in the plural are a group named by the phrase
  if (!other && !head.cap && lowerHead.endsWith('s') && descriptionKinds(lowerHead.endsWith('ies') ? lowerHead.slice(0, -3) + 'y' : lowerHead.slice(0, -1))) return phraseActor(st, pi, t, np, head);
  if (peopleHead || lowerHead === 'secretary-general') {
    // "another official" is someone else than the official named before
    const indefinite = /^(?:a|an|one|another)$/i.test(words[0].text);
    if (indefinite) return phraseActor(st, pi, t, np, head);
    return resolveRole(st, pi, np, t, bare, lowerHead, other) ?? (unheldOffice(st, t, np, other) ? phraseActor(st, pi, t, np, head) : null);
  }
  if (other) return asAgent(st, other.actor);
  // "Two objectors", "several plaintiffs": people counted, named by a plural noun of what they do
  // (opening its clause: "… and three helicopters, however, suggests" counts things in a list)
  const before = t[np.from - 1];
  const opens = np.from === s.from || before.type !== 'word' || before.lower === 'even' || before.lower === 'also';
  if (np.to - np.from === 2 && opens && !head.cap && COUNTED.test(t[np.from].lower) && AGENT_PLURAL.test(lowerHead) && !DOCUMENT_NOUNS.has(lowerHead.slice(0, -1))) return phraseActor(st, pi, t, np, head);
  return null;
}
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

/** Possessive pronouns and the pronoun whose referent they name (a Map: a word is no property name, and an object's look-up by a string made at run time is slow). */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);
/** Elected offices written capitalised after a place as a description: "the Toronto MPP", "the Ohio Senator". */
const ELECTED_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'senator', 'congressman', 'congresswoman', 'congressmember', 'representative', 'governor', 'mayor', 'premier', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker']);
/** Determiners of a phrase that introduces someone or something new: "a union", "one group". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Determiners of a description that points back: "the company", "this firm". */
const DEFINITE = new Set(['the', 'this', 'that']);
/** Adverbs of place that may follow a source's head: "officials there", "residents nearby". */
const PLACE_ADVERBS = new Set(['there', 'here', 'nearby', 'locally']);

/** Adjectives that open a post-modifier of a people noun as participles do: "a source familiar with …". */
export const POST_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'knowledgeable', 'present', 'loyal', 'sympathetic', 'opposed', 'critical']);
/** Prepositions by which a person is someone's or a body's: "a spokeswoman for …", "an aide to …", "a lawyer with …". */
const LINKING_PREPOSITIONS = new Set(['for', 'to', 'at', 'with', 'of', 'from']);
/** Prepositions that open a post-modifier of a people noun: "residents of …", "nurses at …". */
const POST_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'from', 'on', 'near', 'inside', 'outside', 'across', 'around', 'among', 'behind', 'within']);

/**
 * Where the head of a phrase ends: before a post-modifier that follows a people noun or a
 * person's name ("nurses | at the clinic", "Ada Brook | with the water board", "a banker |
 * briefed on the talks"); the phrase's end when there is none. Prepositions inside a name
 * ("University of Tarrow") open nothing.
 */
function coreEndOf(st: ArticleState, pi: number, t: Token[], np: Np): number {
  const at = st.mentionAt[pi];
  for (let i = np.from + 1; i < np.to - 1; i++) {
    const w = t[i];
    if (w.type !== 'word' || w.cap) continue;
    const inName = at[i] && at[i]!.from < i;
    if (inName) continue;
    const prev = t[i - 1];
    const before = at[i - 1];
    // a capitalised people noun only where it opens the phrase and is no title ("Residents of", not "Secretary of State")
    // ("A Detective Sergeant at Leeds": a title after "a" is a common noun too)
    const commonNoun = !prev.cap || (i - 1 === np.from && !before && !TITLES.has(prev.lower)) || (!before && INDEFINITE.has(t[np.from].lower) && (TITLES.has(prev.lower) || ROLE_NOUNS.has(prev.lower)));
    const afterPeople = (commonNoun && (peopleNoun(prev.lower) !== null || ROLE_NOUNS.has(prev.lower) || (!prev.cap && !!descriptionKinds(prev.lower) && /(?:ed|ing)$/.test(w.lower)))) || (before?.actor.kind === 'person' && before.to === i);
    if (!afterPeople) continue;
    if (POST_PREPOSITIONS.has(w.lower) || POST_ADJECTIVES.has(w.lower) || w.lower === 'who' || (/(?:ed|ing)$/.test(w.lower) && w.lower.length > 4)) return i;
  }
  return np.to;
}

/**
 * "whose lawyer", "Anand’s office", "the company’s lawyers": an actor of its own, linked to the
 * possessor; a role noun after an organisation’s possessive is first looked up among the people
 * whose roles fit ("the company’s chief executive"). undefined when the phrase is of neither form.
 */
function linkedSource(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number, peopleHead: boolean): LocalActor | null | undefined {
  const head = t[coreEnd - 1];
  if ((head.cap && st.mentionAt[pi][coreEnd - 1]) || head.possessive) return undefined;
  if (t[np.from].lower === 'whose') {
    const owner = antecedent(st, pi, t, np.from, 0);
    return owner ? linkedActor(st, pi, t, np, head, `${bareName(st, t, np.from + 1, coreEnd)} of ${owner.name}`, owner, 'of') : undefined;
  }
  let k = -1;
  for (let i = np.from; i < coreEnd - 1; i++) if (t[i].possessive) k = i;
  const pronoun = POSSESSIVE_PRONOUNS.get(t[np.from].lower);
  // "his lawyers", "its spokesman", "her office": the pronoun's referent owns them
  if (k < 0 && pronoun && coreEnd - np.from >= 2 && !head.cap) k = np.from;
  if (k < 0) return undefined;
  const m = st.mentionAt[pi][k];
  let owner: LocalActor | null = m && m.to === k + 1 ? m.actor : null;
  // "Tarn’s chief executive" after "Tarn Metals", where the possessive made "Tarn" a body: the body it opens
  if (owner?.kind === 'organization' && !owner.name.includes(' ')) owner = shortFormOwner(st, owner.name) ?? owner;
  let ownerMention: LocalMention | null = owner ? m! : null;
  // "Redgum’s chief executive" after "Redgum Minerals": a body by the first word of its name
  if (!owner && !m && t[k].cap && t[k].possessive && k === np.from) {
    owner = shortFormOwner(st, t[k].base);
    if (owner) ownerMention = st.addMention(owner, pi, k, k + 1, t[k].start, t[k].end - 2);
  }
  if (!owner && k === np.from && pronoun) {
    const s = sentenceOf(st, pi, np.from);
    owner = pronoun === 'he' || pronoun === 'she' ? resolvePersonPronoun(st, pi, s, np.from, pronoun) : resolveCollectivePronoun(st, pi, s, np.from, pronoun === 'they', true);
    if (!owner) return undefined;
  }
  if (!owner && DEFINITE.has(t[np.from].lower) && k > np.from) {
    // "the company’s spokeswoman": the description first; "the mayor’s office": the person in that role
    const kinds = k === np.from + 1 ? descriptionKinds(t[k].base) : undefined;
    const role = !t[k].cap && (ROLE_NOUNS.has(t[k].base.toLowerCase()) || peopleNoun(t[k].base.toLowerCase()) === 'singular');
    if (kinds) owner = resolveDescription(st, pi, sentenceOf(st, pi, np.from), np.from, kinds);
    else if (role) owner = resolveRole(st, pi, { from: np.from, to: k + 1 }, t, bareName(st, t, np.from, k + 1), t[k].base.toLowerCase(), null);
    if (owner && kinds) ownerMention = st.addMention(owner, pi, np.from, k + 1, t[np.from].start, t[k].end - 2);
    // an owner named only by the role: the phrase is an actor of its own
    if (!owner && role) return phraseActor(st, pi, t, { from: np.from, to: coreEnd }, head);
  }
  // "Variety's critic", "the newspaper's editor": a person of an owner the article named no
  // further is a person of their own, named by the phrase
  // further is a person of their own, named by the phrase, unless a person's role is that phrase
  // ("Dan Backer, the fund's lawyer,")
  if (!owner) return peopleHead && !pronoun && isPeopleNoun(head) ? roleHolder(st, bareName(st, t, np.from, coreEnd)) ?? phraseActor(st, pi, t, { from: np.from, to: coreEnd }, head) : undefined;
  // "China’s foreign ministry" speaks for China, as "the Chinese government" does
  if ((owner.kind === 'country' || owner.capitalOf) && (GOVERNMENT_NOUNS.has(head.lower) || descriptionKinds(head.lower)?.includes('ministry'))) return asAgent(st, owner);
  const bare = bareName(st, t, k + 1, coreEnd);
  if (peopleHead && (ROLE_NOUNS.has(head.lower) || (KIN_NOUNS.has(head.lower) && owner.kind === 'person'))) {
    // "his attorney" is no holder of that office named elsewhere ("U.S. Attorney Dana Whitfield"):
    // of a person's, only someone whose role names that person or is that role in lower case
    const role = owner.kind === 'person' ? resolveRole(st, pi, np, t, bare, head.lower, null, (a) => personalRole(a, owner, ROLE_SYNONYMS[head.lower] ?? [head.lower])) : resolveRole(st, pi, np, t, bare, head.lower, ownerMention);
    if (role && role !== owner) return role;
    // "her daughter said" after the daughter spoke: "her" went to the last speaker, who is the one the article calls the daughter
    if (role && KIN_NOUNS.has(head.lower) && pronoun) return role;
  }
  return linkedActor(st, pi, t, np, head, `${bare} of ${owner.name}`, owner, 'of');
}

/** An age as a description's modifier: "52-year-old". */
const AGED = /^\d{1,3}-year-old$/;

/**
 * "The 52-year-old (driver)": the person a pronoun in its place would be, of the gender its noun
 * tells ("the 34-year-old woman" is she); undefined when a word after the age is no person's noun
 * ("the 52-year-old law"), which the other sieves read.
 */
function ageDescribed(st: ArticleState, pi: number, s: Sentence, np: Np, t: Token[]): LocalActor | null | undefined {
  const noun = np.to - np.from === 3 ? t[np.from + 2] : undefined;
  if (noun && (noun.cap || !(peopleNoun(noun.lower) !== null || ROLE_NOUNS.has(noun.lower) || KIN_NOUNS.has(noun.lower)))) return undefined;
  const gender = noun ? genderOfRole(noun.lower) : null;
  return resolvePersonPronoun(st, pi, s, np.from, gender === 'male' ? 'he' : gender === 'female' ? 'she' : 'one');
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

/** The lower-case modifiers of a description that tell which body it means ("the | state water | board"). */
function specifying(words: Token[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < words.length - 1; i++) if (!words[i].cap && SPECIFYING_MODIFIERS.has(words[i].lower)) found.push(words[i].lower);
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
 * The one organisation of the article whose name opens with `word` and goes on to words that tell
 * its kind ("Redgum" -> "Redgum Minerals"; not a headline fragment typed as one, "Ferrera Took On
 * Hollywood"); null when none or several do.
 */
function shortFormOwner(st: ArticleState, word: string): LocalActor | null {
  let found: LocalActor | null = null;
  const prefix = word + ' ';
  for (const a of st.table.actors) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.startsWith(prefix) || !orgKindsOfName(a.name).length) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

/**
 * Head words by which news calls a body named in full before ("the Commission", "the Committee"),
 * where one body of the article ends in it; not "the Government", "the Army", "the Department",
 * "the Party", which as often mean another one than the one named.
 */
const SHORT_HEADS = new Set(['commission', 'committee', 'council', 'agency', 'authority', 'bureau', 'board', 'institute', 'foundation', 'tribunal', 'federation', 'association', 'secretariat']);

/** The organisation of the article a plural-shaped word names ("Raptors", "Flames"; the body without its place, see ActorTable), or null. */
function pluralBody(st: ArticleState, word: string): LocalActor | null {
  if (!/[a-z][^s'’]s$/.test(word)) return null;
  const body = st.table.find('organization', word);
  if (body?.kind === 'organization' && !body.anonymous) return body;
  // "the Celtics said" after "the Boston Celtics": the one body of the article whose name ends so
  const ending = ` ${word}`;
  let found: LocalActor | null = null;
  for (const a of st.table.actors) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending)) continue;
    if (found) return null;
    found = a;
  }
  if (found) st.table.addAlias(found, word);
  return found;
}

/**
 * "the Post" after "The Washington Post", "the Coast Guard" after "Canadian Coast Guard": the one
 * body of the article whose name is a place, a country or its demonym before `word`; with
 * `head` (a body's head word after "the": "the Commission" after "the European Commission") the
 * one body whose name ends in it, whatever comes before; null when none or two are.
 */
function placeLedBody(st: ArticleState, word: string, head = false): LocalActor | null {
  const ending = ` ${word}`;
  let found: LocalActor | null = null;
  let ending2 = 0;
  for (const a of st.table.actors) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending)) continue;
    // ("The Post" beside The Washington Post and the New York Post: two bodies end so, whatever opens them)
    if (++ending2 > 1) return null;
    const place = normaliseName(a.name.slice(0, -ending.length)).replace(/^the /, '');
    if (head || CITIES.has(place) || US_STATES.has(place) || countryBySurface.has(place) || countryByDemonym.has(place)) found = a;
  }
  if (found) st.table.addAlias(found, word);
  return found;
}

/** The sentence of paragraph `pi` that holds token `i`. */
function sentenceOf(st: ArticleState, pi: number, i: number): Sentence {
  const sentences = st.paragraphs[pi].sentences;
  return sentences[sentenceIndex(sentences, i)];
}

/**
 * A people noun with a post-modifier: a plural one is a group named by the whole phrase
 * ("residents of Elm Row"); a singular one with "for", "at", "with" or "of" an organisation is
 * that organisation's person ("a spokeswoman for Kestrel Energy"): the one whose roles fit when
 * the phrase is definite, else an actor of its own; other singular ones are anonymous sources.
 */
function postModified(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number, head: Token): LocalActor | null {
  const prep = t[coreEnd].lower;
  if (isGroupHead(head.lower)) {
    // "lawyers for Ms. Duval": a group of its own, linked to the one it works for
    const owner = prep === 'for' || prep === 'to' ? ownerIn(st, pi, coreEnd + 1, np.to) : null;
    return owner ? linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), asAgent(st, owner.actor), prep) : phraseActor(st, pi, t, np, head);
  }
  let org: LocalMention | null = null;
  let person: LocalMention | null = null;
  for (let i = coreEnd + 1; i < np.to && !org; i++) {
    const m = st.mentionAt[pi][i];
    if (m?.actor.kind === 'person') person ??= m;
    else if (m && m.actor.kind !== 'place') org = m;
  }
  // "a spokeswoman for the ministry": the ministry named earlier
  if (!org && DEFINITE.has(t[coreEnd + 1]?.lower ?? '')) {
    const kinds = descriptionKinds(t[np.to - 1].lower);
    const described = kinds ? resolveDescription(st, pi, sentenceOf(st, pi, np.from), coreEnd, kinds) : null;
    if (described) org = st.addMention(described, pi, coreEnd + 1, np.to, t[coreEnd + 1].start, t[np.to - 1].end);
  }
  if (org && LINKING_PREPOSITIONS.has(prep)) {
    if (!/^(?:a|an|one)$/i.test(t[np.from].lower)) {
      const role = resolveRole(st, pi, np, t, bareName(st, t, np.from, coreEnd), head.lower, org);
      if (role) return role;
    }
    return linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), asAgent(st, org.actor), prep);
  }
  // "the mayor of Dunmore": the one person of the article who holds that office there
  if (!org && !person && prep === 'of' && DEFINITE.has(t[np.from].lower) && coreEnd - np.from === 2 && ROLE_NOUNS.has(head.lower) && isNameWord(t[coreEnd + 1])) {
    const holder = soleHolder(st, head.lower, st.text.slice(t[coreEnd + 1].start, t[np.to - 1].end));
    if (holder) {
      st.addMention(holder, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return holder;
    }
  }
  // "a spokeswoman for Brandt", "an adviser to Ms. Amis": someone of their own, who speaks for that person
  if (person && LINKING_PREPOSITIONS.has(prep)) return linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), person.actor, prep);
  // "the former secretary of state": the one person of the article whose roles name that office
  if (!org && !person && DEFINITE.has(t[np.from].lower) && ROLE_NOUNS.has(head.lower)) {
    const office = bareName(st, t, np.from, np.to).toLowerCase().replace(/^(?:former|then|acting)\s+/, '');
    const holder = onlyHolder(st, (held) => held.includes(office));
    if (holder) {
      st.addMention(holder, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return holder;
    }
  }
  return phraseActor(st, pi, t, np, head);
}

/** The first mention of a person, an organisation or a country among tokens [from, to) of paragraph `pi`, or null. */
function ownerIn(st: ArticleState, pi: number, from: number, to: number): LocalMention | null {
  for (let i = from; i < to; i++) {
    const m = st.mentionAt[pi][i];
    if (m && m.actor.kind !== 'place' && m.actor.kind !== 'group') return m;
  }
  return null;
}

/**
 * "…, who said": the actor mentioned just before the relative pronoun; for "who", a person or a
 * group, looked for back to the name an appositive describes ("Ana Ruiz, a lawyer with the ACLU
 * who argued the case" is Ana Ruiz, not the ACLU).
 */
function antecedent(st: ArticleState, pi: number, t: Token[], who: number, from: number): LocalActor | null {
  let k = who - 1;
  if (t[k]?.text === ',') k--;
  const people = t[who].lower === 'who';
  let nearest: LocalActor | null = null;
  for (let j = k; j >= from && j > k - (people ? 14 : 4); j--) {
    const m = st.mentionAt[pi][j];
    if (!m) continue;
    if (!people || m.actor.kind === 'person' || m.actor.kind === 'group') return asAgent(st, m.actor);
    if (j > k - 4) nearest ??= m.actor;
  }
  return nearest && asAgent(st, nearest);
}

/**
 * "Bus drivers, who say …": the people noun phrase a relative "who" after a comma (token `who`)
 * refers to, where no actor was named there yet: resolved as a source phrase of its own. null
 * when the words before name no people.
 */
function unnamedAntecedent(st: ArticleState, pi: number, p: Paragraph, s: Sentence, t: Token[], who: number): LocalActor | null {
  if (t[who].lower !== 'who' || t[who - 1]?.text !== ',' || who - 2 < s.from) return null;
  const np = npBackward(t, who - 2, s.from);
  if (!np) return null;
  const head = t[np.to - 1];
  return isPeopleNoun(head) || (np.to - 1 === s.from && peopleNoun(head.lower) !== null) ? resolveNp(st, pi, p, s, np) : null;
}

/**
 * The one person of the article one of whose roles holds `phrase` ("fund's lawyer" in "the fund's
 * lawyer, treasurer and strategist"), or null, among the persons of the latest ROLE_REACH mentions
 * (a phrase repeated through a huge article stays linear).
 */
function roleHolder(st: ArticleState, phrase: string): LocalActor | null {
  const wanted = phrase.toLowerCase();
  let found: LocalActor | null = null;
  for (let i = st.mentions.length - 1; i >= 0 && i >= st.mentions.length - ROLE_REACH; i--) {
    const a = st.mentions[i].actor;
    if (a === found || a.kind !== 'person' || !a.roles.some((r) => r.toLowerCase().includes(wanted))) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

/** Words for one or some of a group: "one of them", "some of those". */
const MEMBER_WORDS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'another', 'none']);

/** The country a word names or whose demonym it is: "Chinese" -> China. */
function countryIn(words: Token[]): string | null {
  for (const w of words) {
    const c = countryByDemonym.get(w.lower) ?? countryBySurface.get(w.base.toLowerCase());
    if (c) return c.name;
  }
  return null;
}

/** "the NATO chief", "America’s top diplomat", "the official": the person whose roles fit (and `only`, when given, allows). */
function resolveRole(st: ArticleState, pi: number, np: Np, t: Token[], bare: string, roleNoun: string, org: LocalMention | null, only?: (a: LocalActor) => boolean): LocalActor | null {
  const orgKeys = new Set<string>();
  if (org) {
    orgKeys.add(normaliseName(org.actor.name));
    for (const a of org.actor.aliases) orgKeys.add(normaliseName(a));
    const acr = acronymOf(org.actor.name);
    if (acr) orgKeys.add(acr);
  }
  const country = countryIn(t.slice(np.from, np.to));
  // "Bank boss", "the Water chief": a body's head word before the role names where it is held
  const bodyWords: string[] = [];
  for (let i = np.from; i < np.to - 1; i++) if (t[i].cap && !st.mentionAt[pi][i] && ORG_HEADS.has(t[i].lower)) bodyWords.push(t[i].lower);
  const synonyms = ROLE_SYNONYMS[roleNoun] ?? [roleNoun];
  // a named office ("the prime minister", "the mayor") is held only by someone of the same rank in
  // it: a health minister is no prime minister, a deputy mayor no mayor; a word of many offices
  // ("the official") takes any
  const rank = ROLE_SYNONYMS[roleNoun] ? null : rankOf(bare.toLowerCase());
  // "A senior party member, who spoke on condition of anonymity, said … “…,” the official said":
  // a word of many offices after an anonymous source of an office or a body goes on with that
  // source (not after "a nurse" or "a protester": the official is someone else)
  const lastSpeaker = roleNoun === 'official' && st.lastPersonSpeaker && st.sentenceSerial - st.lastPersonSpeaker.sentence <= 2 ? st.lastPersonSpeaker.actor : null;
  if (lastSpeaker?.anonymous && OFFICIAL_SOURCES.has(headNoun(lastSpeaker.name.toLowerCase())) && (!only || only(lastSpeaker))) {
    st.addMention(lastSpeaker, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return lastSpeaker;
  }
  const fits = (a: LocalActor): boolean => {
    // most people named have no role: nothing to lower-case then
    if (a.kind !== 'person' || (!a.roles.length && !a.anonymous) || (only && !only(a))) return false;
    // "Gov." before the name is the governor "the governor’s office" means
    const roles = a.roles.map(officeOf);
    const held = (r: string): boolean => synonyms.some((syn) => r.includes(syn)) && (rank === null || rankOf(r) === rank);
    // (an anonymous source by the head of its phrase: "spokesperson for the mayor" is no mayor)
    const roleOk = roles.some(held) || (a.anonymous && held(phraseHead(a.name.toLowerCase())));
    if (!roleOk) return false;
    // "the Commission chief" fits a role at the "EU Commission"
    const orgFits = (k: string): boolean => a.orgHints.some((h) => h === k || h.endsWith(` ${k}`) || k.endsWith(` ${h}`));
    if (orgKeys.size && ![...orgKeys].some(orgFits)) return false;
    if (bodyWords.length && !bodyWords.every((w) => roles.some((r) => r.includes(w)) || a.orgHints.some((h) => h.includes(w)))) return false;
    if (country && a.orgHints.length && !roles.some((r) => r.includes(country.toLowerCase()) || r.includes('u.s.') || r.includes('state'))) return country === 'United States' ? roles.some((r) => /secretary of state|u\.s\.|american/.test(r)) : false;
    return true;
  };
  // most recently mentioned first, among the last ROLE_REACH mentions: an article of thousands of
  // "The premier said" that no one fits must not walk every mention back each time (quadratic);
  // the actors not met there are asked after, once each
  const seen = new Set<LocalActor>();
  for (let i = st.mentions.length - 1; i >= 0 && i >= st.mentions.length - ROLE_REACH; i--) {
    const a = st.mentions[i].actor;
    if (seen.has(a)) continue;
    seen.add(a);
    if (fits(a)) {
      st.addMention(a, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return a;
    }
  }
  // (a specific office may be named after the phrase, "The mayor said … Mayor Bill Ruiz"; "the
  // official", a word of many offices, is no one the article names only later)
  if (roleNoun !== 'official') for (const a of st.table.actors) if (!seen.has(a) && fits(a)) return a;
  if (org && LEADER_WORDS.includes(roleNoun)) {
    const actor = st.table.get('person', bare);
    actor.nameTokens = [];
    actor.pendingRole = { org: normaliseName(org.actor.name), role: 'leader' };
    st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return actor;
  }
  return null;
}

/** A lower-case source phrase up to the first match of `modifier` (a post-modifier's first word), the whole phrase when none. */
function upToModifier(phrase: string, modifier: RegExp): string {
  const m = modifier.exec(phrase);
  return m ? phrase.slice(0, m.index) : phrase;
}
/** An anonymous source's phrase up to its post-modifier: "spokesperson" of "spokesperson for the mayor", "mayor of Leeds" kept whole as its head is first. */
const phraseHead = (phrase: string): string => upToModifier(phrase, POST_MODIFIER);
/** The head noun of a lower-case source phrase: its last word before any post-modifier ("member" of "senior member of her party"). */
function headNoun(phrase: string): string {
  const core = upToModifier(phrase, HEAD_END);
  return core.slice(core.lastIndexOf(' ') + 1);
}
/** A preposition that opens a post-modifier after a role noun, other than "of" (a mayor of Leeds is a mayor). */
const POST_MODIFIER = / (?:for|at|to|with|from|in) /;
/** What ends a phrase's head noun: a post-modifier, "of" too, or a relative clause. */
const HEAD_END = / (?:of|for|at|to|with|from|in|who) /;
/** Heads of anonymous sources whom a later "the official" may mean: people of an office or a body ("a senior party member", "a government source"). */
const OFFICIAL_SOURCES = new Set(['official', 'officials', 'member', 'source', 'aide', 'adviser', 'advisor', 'diplomat', 'staffer', 'insider', 'representative', 'officer', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'lawmaker', 'legislator', 'administrator', 'negotiator']);

/** How many of the latest mentions a role phrase looks back over for its holder, nearest first. */
const ROLE_REACH = 400;

/** Words before a role for someone who holds it not now or not for good ("former mayor", "acting mayor"), and the abbreviated rank "lt.". */
const NOT_HOLDING = /\b(?:acting|former|ex|lt\.)\b/;

/** Words that make another office of the role they modify: a prime minister is no minister, a vice president no president. */
const OFFICE_RANKS = new Set(['prime', 'deputy', 'vice', 'assistant', 'associate', 'lieutenant', 'shadow', 'under', 'junior']);

/** The rank words of a lower-case role, sorted and joined ("deputy" for "deputy mayor", "" for "mayor"). */
function rankOf(role: string): string {
  return role
    .split(/[\s-]+/)
    .filter((w) => OFFICE_RANKS.has(w))
    .sort()
    .join(' ');
}

/**
 * "the mayor of Dunmore": the one person of the article whose role is `roleNoun` (not a deputy's
 * or a former holder's) and names no other place than `place` (any place when null); null when
 * none or several hold it.
 */
export function soleHolder(st: ArticleState, roleNoun: string, place: string | null): LocalActor | null {
  const here = place?.toLowerCase();
  return onlyHolder(st, (role) => {
    if (!role.split(/\s+/).includes(roleNoun) || rankOf(role) || NOT_HOLDING.test(role)) return false;
    const of = / of (.+)$/.exec(role);
    return !of || here === undefined || of[1] === here || of[1] === `the ${here}`;
  });
}

/** A role as offices are compared: in lower case, an abbreviated title in full ("Gov." -> "governor"). */
function officeOf(role: string): string {
  const lower = role.toLowerCase();
  return TITLE_FORMS.get(lower) ?? lower;
}

/**
 * The persons named in the article (no anonymous source) one of whose roles, as an office (see
 * officeOf), passes `holds`: at most `most` of them, in the actor table's order.
 */
function holders(st: ArticleState, holds: (office: string) => boolean, most: number): LocalActor[] {
  const found: LocalActor[] = [];
  for (const a of st.table.actors) {
    if (a.kind !== 'person' || a.anonymous || !a.roles.some((r) => holds(officeOf(r)))) continue;
    if (found.push(a) >= most) break;
  }
  return found;
}

/** The one person named in the article with an office that passes `holds`; null when none or several have one. */
function onlyHolder(st: ArticleState, holds: (office: string) => boolean): LocalActor | null {
  const found = holders(st, holds, 2);
  return found.length === 1 ? found[0] : null;
}

/**
 * Whether "the ROLE" (tokens `np`; `other` the body or place named in it, if any) is an office
 * that no one the article names can be: no person named holds it, and the article names no person
 * without an office, whom the phrase might describe, before or after it ("Bernie Sanders … the
 * senator said", "billionaire Paul Singer … The vulture fund manager wrote", "The mayor said … Bill
 * de Blasio, the mayor of New York City, …"). "The premier said …" in a story that names only
 * the opposition leader is then an anonymous person named by the phrase ("premier"), whom a later
 * "she" or "the premier" finds, rather than no one, or the last person named. Words that describe
 * someone's standing rather than an office ("the businessman", "the candidate") always point back
 * to someone, and a role with a body in it ("the NATO chief") is left to the other sieves.
 */
export function unheldOffice(st: ArticleState, t: Token[], np: Np, other: LocalMention | null): boolean {
  const head = t[np.to - 1];
  if (other || np.to - np.from > 4 || t[np.from].lower !== 'the' || head.possessive || !ROLE_NOUNS.has(head.lower) || STANDING_NOUNS.has(head.lower) || isGroupHead(head.lower)) return false;
  // the role's words in lower case: "the finance minister", not "the Finance Minister" of a body's name
  // (a former or acting holder, "the former secretary of state", is someone the article names)
  for (let i = np.from + 1; i < np.to; i++) if (t[i].type !== 'word' || t[i].cap || STANDING_NOUNS.has(t[i].lower) || NOT_HOLDING.test(t[i].lower)) return false;
  // no person named has the role noun among the words of an office
  return !holders(st, (office) => office.split(/\s+/).includes(head.lower), 1).length && !st.table.actors.some(withoutOffice);
}

/** Role nouns of a standing, a stance or a trade that the article's own people are described by, never an office someone unnamed holds. */
const STANDING_NOUNS = new Set(
  'billionaire|businessman|businesswoman|mogul|tycoon|magnate|candidate|nominee|frontrunner|front-runner|incumbent|challenger|rival|opponent|ally|supporter|critic|veteran|activist|student|voter|resident|member|partner|owner|founder|author|host|anchor|columnist|commentator|pundit|fellow|scholar|historian|surrogate|operative|campaigner|organizer|expert|analyst|reporter|correspondent|editor'.split('|'),
);


/** Whether `a` is a person named in the article whose roles, if any, are standings only ("billionaire"): one an office's phrase may describe. */
function withoutOffice(a: LocalActor): boolean {
  return a.kind === 'person' && !a.anonymous && a.roles.every((r) => STANDING_NOUNS.has(r.slice(r.lastIndexOf(' ') + 1).toLowerCase()));
}


/** Abbreviated titles kept as a person's role, in full: a role noun finds them so. */
const TITLE_FORMS = new Map([
  ['gov.', 'governor'],
  ['lt. gov.', 'lieutenant governor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gen.', 'general'],
  ['sec.', 'secretary'],
  ['supt.', 'superintendent'],
  ['atty. gen.', 'attorney general'],
]);

/** A capital city that speaks is its government. */
export function asAgent(st: ArticleState, actor: LocalActor): LocalActor {
  if (actor.capitalOf) {
    const country = st.table.get('country', actor.capitalOf);
    st.table.addAlias(country, actor.name);
    return country;
  }
  return actor;
}

