/**
 * Resolution's sieve for a source linked to another actor (see `resolveNp` in ./resolution, which
 * asks it after the pronouns and before a person named in the phrase): "whose lawyer", "Anand’s
 * office", "his lawyers" as an actor of their own linked to the possessor, unless a person of the
 * article holds that role; a people noun with a post-modifier ("a spokeswoman for X", "residents
 * of Elm Row", "a banker briefed on the talks"), where the phrase's head ends (`coreEndOf`); and
 * the antecedent of a relative "who" or "which".
 */
import type { LocalActor, LocalMention } from '../actors';
import { countryByDemonym, ROLE_NOUNS, TITLES } from '../gazetteer';
import { DOCUMENT_NOUNS } from '../cues';
import { isNameWord } from '../names';
import { surnameToken } from '../nameForms';
import { agreeingGenderOfFirstName } from '../gender';
import { descriptionKinds } from '../lexicon/organisations';
import { isGroupHead, KIN_NOUNS, peopleNoun } from '../lexicon/people';
import type { Sentence, Token } from '../text';
import { resolveCollectivePronoun, resolvePersonPronoun } from './anaphora';
import { bodyEndingIn, resolveDescription } from './descriptionAnaphora';
import { sentenceIndex } from './antecedents';
import { bareName, linkedActor, phraseActor } from './groups';
import { ledeHolder } from './ledeHolder';
import type { ArticleState, Np } from './state';
import { ARTICLES, DETERMINERS, GOVERNMENT_NOUNS, INDEFINITE, isPartyGroup, MISSIONS, isPeopleNoun, tradeBeforeOffice } from './words';
import { possessedHead } from './possessedHeads';
import { asAgent, shortFormOwner } from './bodyForms';
import { onlyHolder, resolveRole, roleHolder, soleHolder } from './roleHolders';

/** Possessive pronouns and the pronoun whose referent they name (a Map: a word is no property name, and an object's look-up by a string made at run time is slow). */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** Determiners of a phrase that introduces someone or something new: "a union", "one group". */
/** Determiners of a description that points back: "the company", "this firm". */
export const DEFINITE = new Set(['the', 'this', 'that']);

/** Adjectives that open a post-modifier of a people noun as participles do: "a source familiar with …". */
export const POST_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'knowledgeable', 'present', 'loyal', 'sympathetic', 'opposed', 'critical']);
/** Prepositions by which a person is someone's or a body's: "a spokeswoman for …", "an aide to …", "a lawyer with …". */
const LINKING_PREPOSITIONS = new Set(['for', 'to', 'at', 'with', 'of', 'from']);
/** Prepositions that open a post-modifier of a people noun: "residents of …", "nurses at …". */
export const POST_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'from', 'on', 'near', 'inside', 'outside', 'across', 'around', 'among', 'behind', 'within', 'along']);

/**
 * Where the head of a phrase ends: before a post-modifier that follows a people noun or a
 * person's name ("nurses | at the clinic", "Ada Brook | with the water board", "a banker |
 * briefed on the talks"); the phrase's end when there is none. Prepositions inside a name
 * ("University of Tarrow") open nothing.
 */
export function coreEndOf(st: ArticleState, pi: number, t: Token[], np: Np): number {
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
    // ("The Armenians of Lebanon say": a people by its nation, or a party's members, opening the phrase)
    // ("The Kurds of Syria say", "The Friends of Lebanon say": any capitalised plural no name holds, right after "The")
    const nationPeople = i - 1 <= np.from + 1 && (isPartyGroup(prev) || (prev.cap && prev.lower.endsWith('s') && countryByDemonym.has(prev.lower.slice(0, -1))) || (i - 1 === np.from + 1 && w.lower === 'of' && !before && t[np.from].lower === 'the' && /^[A-Z][a-z]+s$/.test(prev.text)));
    // ("China's embassy in Manila said", "Iraq's foreign ministry in Baghdad said": where an owned body sits is no part of its head,
    // nor the body a country's mission is sent to, "China's mission to the United Nations said")
    const ownedBodyPlaced = !prev.cap && i >= 2 && (t[i - 2].possessive || (i >= 3 && t[i - 3].possessive && !t[i - 2].cap)) && (w.lower === 'in' || w.lower === 'at' || (w.lower === 'to' && MISSIONS.has(prev.lower))) && !!(t[i + 1]?.cap || t[i + 2]?.cap) && !!descriptionKinds(prev.lower);
    const afterPeople = (commonNoun && (peopleNoun(prev.lower) !== null || ROLE_NOUNS.has(prev.lower) || (!prev.cap && !!descriptionKinds(prev.lower) && /(?:ed|ing)$/.test(w.lower)))) || nationPeople || (before?.actor.kind === 'person' && before.to === i) || ownedBodyPlaced;
    // "the mayor's letter | to the port authority": whom a document went to does not speak
    if ((w.lower === 'to' || w.lower === 'with') && !prev.cap && DOCUMENT_NOUNS.has(prev.lower) && i - 2 >= np.from && (t[i - 2].possessive || POSSESSIVE_PRONOUNS.has(t[i - 2].lower))) return i;
    if (!afterPeople) continue;
    if (POST_PREPOSITIONS.has(w.lower) || POST_ADJECTIVES.has(w.lower) || w.lower === 'who' || (/(?:ed|ing)$/.test(w.lower) && w.lower.length > 4 && !tradeBeforeOffice(t, i))) return i;
  }
  return np.to;
}

/** Heads a surname names whole, no one person's: "the Khan family". */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'household', 'name', 'brand', 'era', 'years']);

/**
 * The index of the person's surname that owns the head ending at `coreEnd` in a phrase opened by an
 * article at `from`: "The Trump campaign", "a top Clinton aide" (lower-case modifiers before the
 * name), "a Trump administration official" (one lower-case noun between); -1 where the word is no
 * surname of the person it names (a given name, "The Paul campaign" after Paul Ryan), a colour or a
 * party's word ("A Black voter", "a Green candidate"), or a name cut at a hyphen ("the El Paso-based group").
 */
function nameOwnerAt(st: ArticleState, pi: number, t: Token[], from: number, coreEnd: number): number {
  for (let k = coreEnd - 2; k >= coreEnd - 3 && k > from; k--) {
    const m = st.mentionAt[pi][k];
    if (!m || m.to !== k + 1) {
      if (t[k].cap || t[k].type !== 'word') return -1;
      continue;
    }
    // (a word of the name after its first, or the name's only word: "Biden" of "Joseph R. Biden Jr.")
    const at = m.actor.nameTokens.indexOf(t[k].lower);
    if (m.actor.kind !== 'person' || !wholeNameWord(t, k) || NOT_OWNER_WORDS.has(t[k].lower) || at < 0 || (at === 0 && m.actor.nameTokens.length > 1)) return -1;
    // the words before the name, back to the article, are lower-case modifiers ("a top", "A longtime")
    for (let j = m.from - 1; j > from; j--) if (t[j].type !== 'word' || t[j].cap) return -1;
    return k;
  }
  return -1;
}
/** Whether token `k` is a capitalised word of a name not cut at a hyphen before the next word ("El Paso-based" is an adjective). */
function wholeNameWord(t: Token[], k: number): boolean {
  return t[k].cap && !t[k].text.includes('-') && !/^[-–]/.test(t[k + 1]?.text ?? '');
}
/** Words a surname may be that modify a noun in their own sense: colours, parties, a network ("A Black voter", "a Green candidate", "a Fox reporter"). */
const NOT_OWNER_WORDS = new Set(['black', 'white', 'green', 'brown', 'gray', 'grey', 'red', 'blue', 'gold', 'liberal', 'conservative', 'labour', 'labor', 'reform', 'fox', 'young', 'rich', 'english', 'french', 'german', 'irish', 'scott', 'king', 'bishop', 'judge']);

/** What only a body has, never a person: "X's board" is a firm's where the article names one by X. */
const BODY_ONLY_HEADS = new Set(['board', 'shareholders', 'directors']);

/**
 * "whose lawyer", "Anand’s office", "the company’s lawyers": an actor of its own, linked to the
 * possessor; a role noun after an organisation’s possessive is first looked up among the people
 * whose roles fit ("the company’s chief executive"). undefined when the phrase is of neither form.
 */
export function linkedSource(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number, peopleHead: boolean): LocalActor | null | undefined {
  const head = t[coreEnd - 1];
  if ((head.cap && st.mentionAt[pi][coreEnd - 1]) || head.possessive) return undefined;
  if (t[np.from].lower === 'whose') {
    const owner = antecedent(st, pi, t, np.from, 0);
    return owner ? linkedActor(st, pi, t, np, head, `${bareName(st, t, np.from + 1, coreEnd)} of ${owner.name}`, owner, 'of') : undefined;
  }
  let k = -1;
  // (not a possessive inside a body's name, "A Court of King's Bench judge": the body is named whole)
  for (let i = np.from; i < coreEnd - 1; i++) if (t[i].possessive && !((st.mentionAt[pi][i]?.to ?? 0) > i + 1)) k = i;
  const pronoun = POSSESSIVE_PRONOUNS.get(t[np.from].lower);
  // "his lawyers", "its spokesman", "her office": the pronoun's referent owns them
  if (k < 0 && pronoun && coreEnd - np.from >= 2 && !head.cap) k = np.from;
  // "The Trump campaign said", "a Clinton aide said": a person's name before the head after an
  // article is the owner, as a possessive is (the campaign speaks, not the candidate)
  // (not a family, which a surname names whole: "the Khan family")
  if (k < 0 && !head.cap && head.type === 'word' && coreEnd - np.from >= 3 && ARTICLES.has(t[np.from].lower) && !FAMILY_NOUNS.has(head.lower)) {
    k = nameOwnerAt(st, pi, t, np.from, coreEnd);
    // ("The Paul campaign" after Paul Ryan, "A Black voter" after Tom Black: a person's word that
    // owns nothing here leaves the phrase an actor of its own, not that person)
    const before = st.mentionAt[pi][coreEnd - 2];
    if (k < 0 && before?.actor.kind === 'person' && before.to === coreEnd - 1 && possessedHead(head.lower, true) === 'agent' && wholeNameWord(t, coreEnd - 2)) return phraseActor(st, pi, t, { from: np.from, to: coreEnd }, head);
  }
  if (k < 0) return undefined;
  // "The King's Fund, a health think tank, said", "Queen's University said": a capitalised
  // possessive before a capitalised head, outside a headline, is a body's name, whole
  // (a role or a document after it is the owner's: "Trump's Spokesman", "Trump's Letter" in a heading)
  const ownName = k === coreEnd - 2 && t[k].cap && head.cap && head.type === 'word' && (k === np.from || (k === np.from + 1 && t[np.from].lower === 'the'));
  if (ownName && st.paragraphs[pi].kind === 'body' && !isPeopleNoun(head) && !ROLE_NOUNS.has(head.lower) && !TITLES.has(head.lower) && !DOCUMENT_NOUNS.has(head.lower) && st.paragraphs.findIndex((x) => x.kind !== 'noise') !== pi) {
    const body = st.table.get('organization', st.text.slice(t[k].start, head.end));
    st.addMention(body, pi, k, coreEnd, t[k].start, head.end);
    return body;
  }
  const m = st.mentionAt[pi][k];
  let owner: LocalActor | null = m && m.to === k + 1 ? m.actor : null;
  // "Tarn’s chief executive" after "Tarn Metals", where the possessive made "Tarn" a body: the body it opens
  if (owner?.kind === 'organization' && !owner.name.includes(' ')) owner = shortFormOwner(st, owner.name) ?? owner;
  // "Halvorsen's board" beside "Halvorsen Foods" and Erik Halvorsen: a board is a body's, the family firm's
  else if (owner?.kind === 'person' && BODY_ONLY_HEADS.has(head.lower) && t[k].cap) owner = shortFormOwner(st, t[k].base) ?? owner;
  let ownerMention: LocalMention | null = owner ? m! : null;
  // (an owner found by a description, "the city's", not by its name)
  let describedOwner = false;
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
  // ("Texas's governor's office said": a place's role, owned as "the governor's" is)
  const placeKind = st.mentionAt[pi][np.from]?.actor.kind;
  const placedRole = k === np.from + 1 && t[np.from].possessive && (placeKind === 'place' || placeKind === 'country');
  if (!owner && (DEFINITE.has(t[np.from].lower) || placedRole) && k > np.from) {
    // "the company’s spokeswoman": the description first; "the mayor’s office": the person in that role
    const kinds = k === np.from + 1 ? descriptionKinds(t[k].base) : undefined;
    const role = !t[k].cap && (ROLE_NOUNS.has(t[k].base.toLowerCase()) || peopleNoun(t[k].base.toLowerCase()) === 'singular');
    if (kinds) owner = resolveDescription(st, pi, sentenceOf(st, pi, np.from), np.from, kinds);
    // ("Texas Gov. Greg Abbott … California Gov. Gavin Newsom … Texas's governor's office said": the
    // holder the article placed in that place first, then the holder named nearest)
    else if (role) {
      const holder = (place: LocalMention | null): LocalActor | null => resolveRole(st, pi, { from: np.from, to: k + 1 }, t, bareName(st, t, np.from, k + 1), t[k].base.toLowerCase(), place);
      owner = (placedRole ? holder(st.mentionAt[pi][np.from] ?? null) : null) ?? holder(null);
    }
    if (owner && kinds) {
      ownerMention = st.addMention(owner, pi, np.from, k + 1, t[np.from].start, t[k].end - 2);
      describedOwner = true;
    }
    // an owner named only by the role: the phrase is an actor of its own; what the role's holder
    // wrote or said speaks as that holder ("the senator's statement says": the senator)
    // ("Jane Doe, the mayor's wife, … the mayor's wife said": the person whose role is the whole phrase)
    if (!owner && role) {
      if (possessedHead(head.lower, true) === 'author') return phraseActor(st, pi, t, { from: np.from, to: k + 1 }, t[k], true);
      const phrase = bareName(st, t, np.from, coreEnd);
      // ("The sheriff's office said" after "the Larimer County Sheriff's Office": the body named so, not its spokesperson)
      const body = bodyEndingIn(st, pi, sentenceOf(st, pi, np.from), np.from, phrase.toLowerCase());
      if (body) {
        st.addMention(body, pi, np.from, coreEnd, t[np.from].start, head.end);
        return body;
      }
      return roleHolder(st, phrase) ?? phraseActor(st, pi, t, { from: np.from, to: coreEnd }, head);
    }
  }
  // "Variety's critic", "the newspaper's editor": a person of an owner the article named no
  // further is a person of their own, named by the phrase, unless a person's role is that phrase
  // ("Dan Backer, the fund's lawyer,")
  // (in a lede, the holder the next paragraph names: "the city's police chief said … ¶ Chief Avery Moore …", the city unnamed)
  if (!owner) return peopleHead && !pronoun && isPeopleNoun(head) ? roleHolder(st, bareName(st, t, np.from, coreEnd)) ?? ledeHolder(st, pi, np, t, head.lower) ?? phraseActor(st, pi, t, { from: np.from, to: coreEnd }, head) : undefined;
  // "China’s foreign ministry" speaks for China, as "the Chinese government" does; "Canada's banking
  // regulator", a body at arm's length from the government, is a body of its own
  // ("the city's housing department" in Ottawa: a capital that "the city" names is the city, not its nation's government)
  if ((owner.kind === 'country' || (owner.capitalOf && !describedOwner)) && (GOVERNMENT_NOUNS.has(head.lower) || (descriptionKinds(head.lower)?.includes('ministry') && !ARMS_LENGTH_HEADS.has(head.lower)))) return asAgent(st, owner);
  // "his book says", "Tuttle’s article argued": the owner speaks through what it wrote; "his body
  // mass index shows", "Trump's false (claims)": a thing, or a phrase cut before its noun, is no one
  const relation = possessedHead(head.lower, owner.kind === 'person');
  // (a place writes nothing: "the state's business records")
  if (relation !== 'agent') return relation === 'author' && owner.kind !== 'place' ? asAgent(st, owner) : null;
  const bare = bareName(st, t, k + 1, coreEnd);
  if (peopleHead && (ROLE_NOUNS.has(head.lower) || (KIN_NOUNS.has(head.lower) && owner.kind === 'person'))) {
    // "his attorney" is no holder of that office named elsewhere ("U.S. Attorney Dana Whitfield"):
    // of a person's, only someone whose role names that person or is that role in lower case
    // ("the city's police chief said" in a lede: the holder the next paragraph names, "Chief Kevin Hall …")
    // (a body's too, for an office no state's holder bears: "The Hopi Tribe's chairman said … ¶
    // “…,” said Chairman Leonard Yoyokie"; "The union's president said … ¶ President Joe Biden" is another)
    const lede = owner.kind === 'place' || owner.kind === 'country' || (owner.kind === 'organization' && !STATE_OFFICES.has(head.lower)) ? ledeHolder(st, pi, np, t, head.lower) : null;
    if (lede) return lede;
    const role = owner.kind === 'person' ? resolveRole(st, pi, np, t, bare, head.lower, null, owner) : resolveRole(st, pi, np, t, bare, head.lower, ownerMention);
    if (role && role !== owner) return role;
    // "her daughter said" after the daughter spoke: "her" went to the last speaker, who is the one the article calls the daughter
    if (role && KIN_NOUNS.has(head.lower) && pronoun) return role;
  }
  // "Holt's spokesperson said … his spokesperson added": "his" found the spokesperson, who is the
  // one meant, not a spokesperson of theirs; and links stop after three ("…, according to his
  // spokesperson, …" run on a thousand times made names of a thousand links: quadratic)
  if (owner.name.startsWith(`${bare} of `)) return owner;
  // ("Bains's daughter, Simran Bains, said … ¶ “…,” his daughter said": the one the article calls so,
  // who spoke just before, though "his" went to another man)
  const last = pronoun && KIN_NOUNS.has(head.lower) ? st.lastPersonSpeaker : null;
  if (last && last.actor !== owner && st.sentenceSerial - last.sentence <= 2 && (last.actor.roles.some((r) => kinRole(r) === head.lower) || kinIntroduced(st).get(last.actor)?.has(head.lower))) {
    st.addMention(last.actor, pi, np.from, coreEnd, t[np.from].start, t[coreEnd - 1].end);
    return last.actor;
  }
  // ("Dan Backer, the fund's lawyer, treasurer and strategist, has rejected …": the person the phrase is the role of)
  // ("Tom and Rachel Iverson … her husband said": the spouse the article names by the owner's surname)
  const holder = peopleHead && !pronoun ? roleHolder(st, bareName(st, t, np.from, coreEnd)) : owner.kind === 'person' && KIN_GENDER.has(head.lower) ? kinNamed(st, owner, head.lower, namedAfter(st, pi, np.to)) : null;
  if (holder) {
    st.addMention(holder, pi, np.from, coreEnd, t[np.from].start, t[coreEnd - 1].end);
    return holder;
  }
  if (owner.name.split(' of ').length > 3) return null;
  return linkedActor(st, pi, t, np, head, `${bare} of ${owner.name}`, owner, 'of');
}

/** Heads of a nation's bodies that answer to no minister ("Canada's banking regulator", "Britain's competition watchdog", "Norway's data protection authority"). */
const ARMS_LENGTH_HEADS = new Set(['regulator', 'watchdog', 'authority']);

/** Persons with the owner's surname among their name words looked at for a relative (the first named; a given name may be the word too, "James Smith" for "James"). */
const KIN_LOOK = 32;

/** Spouses' nouns, and the gender each tells. */
const SPOUSES = new Map<string, 'male' | 'female' | null>([['husband', 'male'], ['wife', 'female'], ['spouse', null], ['widow', 'female'], ['widower', 'male']]);

/** Kin nouns a relative named by the owner's surname may answer ("her sister said", "his father"), spouses' among them, and the gender each tells. */
const KIN_GENDER = new Map<string, 'male' | 'female' | null>([...SPOUSES, ['father', 'male'], ['mother', 'female'], ['brother', 'male'], ['sister', 'female'], ['son', 'male'], ['daughter', 'female']]);

/** The kin noun a role ends with ("Surette's father", "Their mother", "husband"), or null for a role of another kind. */
function kinRole(role: string): string | null {
  const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
  return KIN_NOUNS.has(last) ? last : null;
}

/**
 * The relative (`noun`, "husband", "sister") of person `owner` when the article names exactly one
 * other person by the owner's surname, of the gender the noun tells where their first name tells
 * one ("Tom and Rachel Iverson": Rachel's husband is Tom); null otherwise. One whom the article
 * calls another relative is not this one ("His father, Roland Thibodeau" is no one's husband); a
 * relative other than a spouse holds no role, or that noun among them ("Dr. Susan Lee" is a
 * namesake, no sister), or for a parent a spouse's ("Her husband, Tom Bradshaw" … "Her father" of
 * their daughter) when the owner is no spouse. One the rest of the sentence names (`talkedOf`) is
 * talked of, not talking: "Her sister said Renee had planned …" is not Renee.
 */
function kinNamed(st: ArticleState, owner: LocalActor, noun: string, talkedOf: Set<LocalActor>): LocalActor | null {
  // (an owner the article calls by that noun may be the one meant, "his" gone to the wrong one:
  // "his brother Alastair Osman … , his brother added" after Alastair spoke of Richard)
  const introduced = kinIntroduced(st);
  if (owner.nameTokens.length < 2 || owner.roles.some((r) => kinRole(r) === noun) || introduced.get(owner)?.has(noun)) return null;
  const surname = surnameToken(owner.nameTokens);
  const gender = KIN_GENDER.get(noun) ?? null;
  const spouse = SPOUSES.has(noun);
  const parent = noun === 'father' || noun === 'mother';
  const ownerSpouse = owner.roles.some((r) => SPOUSES.has(kinRole(r) ?? ''));
  // (of the owner's family, one whose given name tells the other gender is no "wife": "His wife"
  // beside Hannah and their son Daniel Vo is Hannah)
  const others = st.table.personsWithToken(surname, KIN_LOOK).filter((p) => {
    if (p === owner || p.anonymous || p.nameTokens.length < 2 || surnameToken(p.nameTokens) !== surname || talkedOf.has(p)) return false;
    const kin = p.roles.map(kinRole).filter((k): k is string => !!k);
    for (const k of introduced.get(p) ?? []) kin.push(k);
    // (the gender their title, first name or kin noun tells: "Her husband, Réjean" is no one's mother)
    const told = p.gender ?? agreeingGenderOfFirstName(p.nameTokens[0]) ?? kin.map((k) => KIN_GENDER.get(k)).find((g) => g) ?? null;
    if (gender && told && told !== gender) return false;
    if (spouse) return kin.every((k) => SPOUSES.has(k));
    return !p.roles.length || (kin.length > 0 && kin.every((k) => k === noun || (parent && !ownerSpouse && SPOUSES.has(k))));
  });
  return others.length === 1 ? others[0] : null;
}

/** The persons named in paragraph `pi`'s sentence from token `from` to its end. */
function namedAfter(st: ArticleState, pi: number, from: number): Set<LocalActor> {
  const named = new Set<LocalActor>();
  const s = sentenceOf(st, pi, Math.max(0, from - 1));
  const at = st.mentionAt[pi];
  for (let i = from; i < s.to; i++) if (at[i]?.actor.kind === 'person') named.add(at[i]!.actor);
  return named;
}

/** Per article: the kin nouns right before each person's full name, maybe with a comma ("his brother Alastair Osman", "her son, Liam Vo"). */
const kinBeforeNames = new WeakMap<ArticleState, Map<LocalActor, Set<string>>>();

/** The kin nouns that introduce each person of the article (see kinBeforeNames), read once per article from the mentions the names stage made. */
function kinIntroduced(st: ArticleState): Map<LocalActor, Set<string>> {
  let found = kinBeforeNames.get(st);
  if (found) return found;
  found = new Map();
  for (const m of st.mentions) {
    if (m.actor.kind !== 'person' || m.to - m.from < 2) continue;
    const t = st.paragraphs[m.para].tokens;
    const w = t[m.from - 1]?.text === ',' ? t[m.from - 2] : t[m.from - 1];
    if (w?.type !== 'word' || w.cap || !KIN_NOUNS.has(w.lower)) continue;
    const set = found.get(m.actor) ?? new Set<string>();
    set.add(w.lower);
    found.set(m.actor, set);
  }
  kinBeforeNames.set(st, found);
  return found;
}

/** The sentence of paragraph `pi` that holds token `i`. */
function sentenceOf(st: ArticleState, pi: number, i: number): Sentence {
  const sentences = st.paragraphs[pi].sentences;
  return sentences[sentenceIndex(sentences, i)];
}

/** Whether paragraph `pi` is the article's first of body text (its lede, where a person is often described before being named). */
function isLede(st: ArticleState, pi: number): boolean {
  if (st.paragraphs[pi].kind !== 'body') return false;
  for (let i = 0; i < pi; i++) if (st.paragraphs[i].kind === 'body') return false;
  return true;
}

/**
 * "UNHCR representative in Bangladesh Sumbul Rizvi", "UN envoy for Yemen Hans Grundberg": a single
 * role whose place or body (one name, after its preposition) runs straight into its holder's full
 * name, no comma between: the holder speaks. "a spokeswoman for the ministry" names no one.
 */
function holderAfterPlace(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number): LocalActor | null {
  const at = st.mentionAt[pi];
  const name = at[np.to - 1];
  if (!name || name.actor.kind !== 'person' || name.to !== np.to || name.to - name.from < 2 || name.from <= coreEnd + 1) return null;
  const where = at[name.from - 1];
  if (!where || where.to !== name.from || where.actor.kind === 'person' || where.from > coreEnd + 2) return null;
  // (only the preposition and "the" between the role and the place or body)
  return where.from === coreEnd + 1 || (where.from === coreEnd + 2 && t[coreEnd + 1].lower === 'the') ? name.actor : null;
}

/** Places a story's "this" points at (its dateline's): "the mayor of this border city", "the chief of this fishing village". */
const THIS_PLACE = new Set(['city', 'town', 'village', 'county', 'province', 'state', 'community', 'riding', 'district', 'island', 'region', 'municipality', 'borough', 'township', 'parish', 'hamlet', 'reserve', 'nation']);

/**
 * A people noun with a post-modifier: a plural one is a group named by the whole phrase
 * ("residents of Elm Row"); a singular one with "for", "at", "with" or "of" an organisation is
 * that organisation's person ("a spokeswoman for Kestrel Energy"): the one whose roles fit when
 * the phrase is definite, else an actor of its own; other singular ones are anonymous sources.
 */
export function postModified(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number, head: Token): LocalActor | null {
  const prep = t[coreEnd].lower;
  const holder = holderAfterPlace(st, pi, t, np, coreEnd);
  if (holder) return holder;
  if (isGroupHead(head.lower)) {
    // "lawyers for Ms. Duval": a group of its own, linked to the one it works for
    const owner = prep === 'for' || prep === 'to' ? ownerIn(st, pi, coreEnd + 1, np.to) : null;
    return owner ? linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), asAgent(st, owner.actor), prep) : phraseActor(st, pi, t, np, head);
  }
  // "A Samsung spokesperson in Manila": where the spokesperson is adds nothing to whom they speak for
  const where = st.mentionAt[pi][coreEnd + 1];
  if (where?.actor.kind === 'place' && where.to === np.to && np.to - coreEnd === 2 && (prep === 'in' || prep === 'at')) {
    const spoke = bodySpokesperson(st, pi, t, { from: np.from, to: coreEnd }, coreEnd, st.mentionAt[pi][coreEnd - 2] ?? null);
    if (spoke) return spoke;
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
  // "the mayor of Dunmore": the one person of the article who holds that office there; "the
  // mayor of this border city", the dateline's place, and in a lede "the chief of a northern
  // Ontario First Nation" (whatever body it names), whoever the article names holding it
  const after = t[coreEnd + 1]?.lower ?? '';
  // ("The superintendent of the largest school district in Tucson", "… of Tucson's largest school
  // district": in the lede, a definite body that is no actor named, as an indefinite one is)
  const here = (after === 'this' && THIS_PLACE.has(t[np.to - 1].lower)) || ((after === 'a' || after === 'an' || ((after === 'the' || t[coreEnd + 1].possessive) && !org && !person)) && isLede(st, pi));
  if (((!org && !person && isNameWord(t[coreEnd + 1])) || here) && prep === 'of' && DEFINITE.has(t[np.from].lower) && coreEnd - np.from === 2 && (ROLE_NOUNS.has(head.lower) || (here && peopleNoun(head.lower) === 'singular'))) {
    const holder = soleHolder(st, head.lower, here ? null : st.text.slice(t[coreEnd + 1].start, t[np.to - 1].end));
    if (holder) {
      st.addMention(holder, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return holder;
    }
  }
  if (org && LINKING_PREPOSITIONS.has(prep)) {
    if (!/^(?:a|an|one)$/i.test(t[np.from].lower)) {
      // ("The national chief of the Assembly of First Nations said … ¶ “…,” National Chief Doreen
      // Ahenakew told reporters": in a lede, the holder of the body's office the next paragraph names)
      // (a role's noun alone, "the president of …", is a title too common to tell the body's holder
      // by it: the next paragraph names the body too; "the national chief", "the grand chief" tell)
      const lede = prep === 'of' && t[np.from].lower === 'the' && ROLE_NOUNS.has(head.lower) ? ledeHolder(st, pi, np, t, head.lower, coreEnd - np.from <= 2 ? org.actor : undefined) : null;
      if (lede) return lede;
      const role = resolveRole(st, pi, np, t, bareName(st, t, np.from, coreEnd), head.lower, org);
      if (role) return role;
    }
    return linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), asAgent(st, org.actor), prep);
  }
  // "chief of police Clayton Smith", "director of education Clayton La Touche": an office with its
  // field in lower case, then the holder's name, is that person, no one linked to them
  if (person && officeFieldHolder(t, coreEnd, person, np.to, head)) return person.actor;
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
  // ("The brother of a Quebec hiker who died … told a hearing … \n\n Étienne Lavoie, 36, testified …":
  // in a lede, the person the next paragraph opens with, no one named before)
  if (DEFINITE.has(t[np.from].lower) && (KIN_NOUNS.has(head.lower) || peopleNoun(head.lower) === 'singular')) {
    const lede = ledeHolder(st, pi, np, t, head.lower);
    if (lede) return lede;
  }
  return phraseActor(st, pi, t, np, head);
}

/**
 * Whether `person`, ending the phrase at `end`, holds the office `head` names with its field after
 * "of" (token `coreEnd`): "chief of police Clayton Smith", "minister of health Ana Ruiz". The field
 * is one or two lower-case words, no determiner and no people noun ("the mother of victim Jane
 * Doe" speaks for herself), and the head an office.
 */
function officeFieldHolder(t: Token[], coreEnd: number, person: LocalMention, end: number, head: Token): boolean {
  // (another person's noun in the singular is a head too: "superintendent of planning NAME", "master of ceremonies NAME")
  if (t[coreEnd].lower !== 'of' || person.to !== end || !(ROLE_NOUNS.has(head.lower) || peopleNoun(head.lower) === 'singular')) return false;
  // ("medical officer of health Dr. Lena Marsh", "director of education Dr Kim Roy": a title of
  // address between the field and the name is the holder's, no word of the field)
  let nameFrom = person.from;
  if (nameFrom - 1 > coreEnd + 1 && t[nameFrom - 1].text === '.' && ADDRESS_TITLES.test(t[nameFrom - 2].text)) nameFrom -= 2;
  else if (nameFrom - 1 > coreEnd + 1 && ADDRESS_TITLES.test(t[nameFrom - 1].text)) nameFrom--;
  const field = nameFrom - coreEnd - 1;
  if (field < 1 || field > 2) return false;
  for (let i = coreEnd + 1; i < nameFrom; i++) {
    const w = t[i];
    if (w.type !== 'word' || w.cap || w.possessive || DETERMINERS.has(w.lower) || peopleNoun(w.lower) === 'singular' || ROLE_NOUNS.has(w.lower)) return false;
  }
  return true;
}

/** Titles of address by degree or calling, capitalised, with or without their full stop: "Dr.", "Dr", "Prof.", "Rev.". */
const ADDRESS_TITLES = /^(?:Dr|Prof|Rev)\.?$/;

/** People nouns of someone who speaks for a body: "a Home Office spokesman", "a union representative". */
const SPEAKING_FOR = /^(?:spokes(?:man|woman|person)|representative)$/;

/**
 * An indefinite spokesperson (`np` of paragraph `pi`, `other` the mention in its phrase) linked to
 * the body it speaks for, as "a spokesman for the Home Office" is: the body named right before the
 * noun ("A Home Office spokesman said"), or for a bare "a spokesperson" the body that opens its
 * sentence or the one before in the paragraph ("Network Rail warned of delays. “…,” a
 * spokesperson said."); null when neither.
 */
export function bodySpokesperson(st: ArticleState, pi: number, t: Token[], np: Np, coreEnd: number, other: LocalMention | null): LocalActor | null {
  const head = t[np.to - 1];
  if (coreEnd !== np.to || !SPEAKING_FOR.test(head.lower)) return null;
  let body: LocalActor | null = other && other.actor.kind === 'organization' && other.to === coreEnd - 1 ? other.actor : null;
  if (!other && np.to - np.from === 2) {
    const sentences = st.paragraphs[pi].sentences;
    const si = sentenceIndex(sentences, np.from);
    body = (sentences[si].from < np.from ? bodyOpening(st, pi, t, sentences[si]) : null) ?? (si > 0 ? bodyOpening(st, pi, t, sentences[si - 1]) : null);
  }
  // "A force spokesperson said", "a company spokesman": the body of that kind named before
  if (!other && np.to - np.from === 3 && INDEFINITE.has(t[np.from].lower) && !t[np.from + 1].cap) {
    const kinds = descriptionKinds(t[np.from + 1].lower);
    if (kinds) body = resolveDescription(st, pi, sentenceOf(st, pi, np.from), np.from, kinds, undefined, t[np.from + 1].lower);
  }
  return body ? linkedActor(st, pi, t, np, head, bareName(st, t, np.from, np.to), asAgent(st, body), 'for') : null;
}

/** The organisation whose mention opens sentence `s` ("Network Rail warned …", "The Met Office said …"), or null. */
function bodyOpening(st: ArticleState, pi: number, t: Token[], s: Sentence): LocalActor | null {
  const m = st.mentionAt[pi][t[s.from].lower === 'the' ? s.from + 1 : s.from];
  return m && m.actor.kind === 'organization' && !t[m.to - 1].possessive ? m.actor : null;
}

/** The first mention of a person, an organisation or a country among tokens [from, to) of paragraph `pi`, or null. */
function ownerIn(st: ArticleState, pi: number, from: number, to: number): LocalMention | null {
  for (let i = from; i < to; i++) {
    const m = st.mentionAt[pi][i];
    if (m && m.actor.kind !== 'place' && m.actor.kind !== 'group') return m;
  }
  return null;
}

/** The prepositions that place someone in a place or a country ("from Wasaga Beach"). */
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'of', 'at', 'near', 'outside']);

/** Nouns of a territory, whose "of" names the place itself ("the city of Phoenix"). */
const TERRITORY_NOUNS = new Set(['city', 'cities', 'town', 'towns', 'state', 'states', 'county', 'village', 'province', 'commonwealth', 'borough', 'township', 'municipality']);

/**
 * Whether the place named from token `at` stands after a preposition that tells where something
 * else is ("the summit in Orlando", "Democrats on Capitol Hill"); not "the city of Phoenix".
 */
export function placedIn(t: Token[], at: number): boolean {
  const k = t[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  const prep = t[k]?.lower ?? '';
  if (prep === 'of') return !TERRITORY_NOUNS.has(t[k - 1]?.lower ?? '');
  return prep === 'on' || PLACE_PREPOSITIONS.has(prep);
}

/** Whether the name at token `from` is set aside after ", not" (past its titles): "X, not Coun. Y, who …". */
function contrasted(t: Token[], from: number): boolean {
  let b = from - 1;
  while (b > 0 && t[b].cap && (TITLES.has(t[b].lower) || TITLES.has(t[b].lower.replace(/\.$/, '')))) b--;
  return t[b]?.lower === 'not' && t[b - 1]?.text === ',';
}

/**
 * "…, who said": the actor mentioned just before the relative pronoun; for "who", a person or a
 * group, looked for back to the name an appositive describes ("Ana Ruiz, a lawyer with the ACLU
 * who argued the case" is Ana Ruiz, not the ACLU).
 */
export function antecedent(st: ArticleState, pi: number, t: Token[], who: number, from: number): LocalActor | null {
  let k = who - 1;
  if (t[k]?.text === ',') k--;
  const people = t[who].lower === 'who';
  let nearest: LocalActor | null = null;
  for (let j = k; j >= from && j > k - (people ? 14 : 4); j--) {
    const m = st.mentionAt[pi][j];
    if (!m) continue;
    // ("Iowa Republicans who", "the Wisconsin lawsuit, which", "the summit in Orlando, which"): a
    // place that modifies a noun after it, or stands after a preposition, tells where the one
    // meant is, and is not it
    if (m.actor.kind === 'place' && (m.to !== k + 1 || placedIn(t, m.from))) {
      if (people) continue;
      return null;
    }
    // ("criticised the union, which said": a "which" whose noun names no actor refers to no one named
    // further back; "the Associated Press report, which notes": a document's maker speaks for it)
    if (!people) return t[who].lower === 'which' && m.to !== k + 1 && !(m.to === k && DOCUMENT_NOUNS.has(t[k].lower)) ? null : asAgent(st, m.actor);
    // ("the girlfriend of Freddy's best friend, who": a possessor is not the head the clause is about)
    if (t[m.to - 1].possessive) continue;
    // ("It was Coun. Shawn Cleary, not Coun. Kathryn Morse, who said": the one set aside by ", not" is not whom the clause is about)
    if (contrasted(t, m.from)) continue;
    if (m.actor.kind === 'person' || m.actor.kind === 'group') return asAgent(st, m.actor);
    // ("a woman from Wasaga Beach who asked": a place after its preposition is where the one who speaks is from)
    if (j > k - 4 && !((m.actor.kind === 'place' || m.actor.kind === 'country') && PLACE_PREPOSITIONS.has(t[m.from - 1]?.lower))) nearest ??= m.actor;
  }
  return nearest && asAgent(st, nearest);
}

/** Offices a state's holder bears, which a body's officer of the same noun in a lede is not ("the union's president … ¶ President Joe Biden"). */
const STATE_OFFICES = new Set(['president', 'vice-president', 'premier', 'governor', 'mayor', 'minister', 'senator', 'secretary', 'chancellor', 'king', 'queen']);
