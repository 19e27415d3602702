/**
 * Stage 4 of attribution, the source phrase read back from its last word (`npBackward`, asked
 * by ./source for a subject before its cue, and by cue detection, appositives and resolution):
 * a pronoun, a name with its role, a people noun with its modifiers and post-modifiers ("nurses at
 * the clinic"), a body with its determiner and modifiers, a poll's share ("55 percent of voters");
 * null when the words there name no one.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, NEGATED_AUXILIARIES, particleCueForm, VERB_FILLERS } from '../cues';
import { frenchStreetStart } from '../runContext';
import { frenchBodyStart } from '../frenchBodies';
import { CITIES, DIRECTION_WORDS, GROUP_NOUNS, isRegionName, ORG_HEADS, ROLE_NOUNS } from '../gazetteer';
import { isNameWord } from '../names';
import { MONTH_NAMES, NAME_PARTICLES } from '../nameWords';
import { RANK_CLASSES, WEB_DOMAINS } from '../nameRuns';
import { titleAt } from '../runTitles';
import { COMPANY_SUFFIXES } from '../runShapes';
import { unitNumberLength } from '../runJoins';
import { QUOTE_MARKS } from '../nicknames';
import { descriptionKinds } from '../lexicon/organisations';
import { isGroupHead, peopleNoun } from '../lexicon/people';
import { baseLower, type Token } from '../text';
import type { Np } from './state';
import { appositiveSubject } from './appositive';
import { cueCompound } from './cueSenses';
import { betweenBefore, LIST_OPENERS_CUT, namesSomeone, peopleInPlural, placedListStart, placedPeople, shareBefore } from './sourcePlaces';
import { TEAM_POSITIONS } from './standings';
import { PERSONS_BODIES, ADJUNCT_START, AGED, agentShaped, baseFormBeforeBody, baseFormBeforeRole, CLAUSE_BREAK, DETERMINERS, EVENT_NOUNS, GOVERNMENT_NOUNS, hasFiniteVerb, INSTITUTION_NOUNS, isModifierWord, isNounish, isPeopleNoun, isPluralApostrophe, pluralBodies, singularOf, levelBeforeTitle, MEMBER_WORDS, NUMBER_WORDS, ONE_OF, PEOPLE_WORDS, skipParenthetical, STOP_BACKWARD, SUBJECT_PRONOUNS, TITLE_LIKE } from './words';
import { listedField, listedFieldLength, portfolioBeforeAnd } from '../portfolioTitles';
import { isCommonWord } from '../commonWords';

/** Pronouns that can be the source of an attribution on their own: "he said", "who said". */
const SOURCE_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'you', 'who', 'which', 'that']);

/** "who", "who'd", "who’s": a relative pronoun, contracted or not. */
const WHO = /^who(?:['’](?:d|s|ve|ll))?$/;

/**
 * "fire officials said", "state officials said", "protest leaders said", "…, state police said": a
 * cue's base form in lower case right before the plural or collective head of a group (token
 * `head`, the phrase's last) is a noun that modifies it, not a verb.
 */
function nounCueBeforeGroup(t: Token[], b: number, head: number, end: number): boolean {
  const x = t[b];
  return b === head - 1 && head === end && (GROUP_NOUNS.has(t[head].lower) || isGroupHead(t[head].lower)) && x.type === 'word' && !x.cap && CUE_FORMS.get(x.lower)?.form === 'base';
}

/**
 * "the credit union said", "the trust company said": a cue's base form in lower case between a
 * determiner and the body's noun that ends the phrase (token `head`) is a noun that names the
 * body's kind, not a verb.
 */
function nounCueBeforeBody(t: Token[], b: number, head: number, end: number, from: number): boolean {
  return b === head - 1 && head === end && b - 1 >= from && DETERMINERS.has(t[b - 1].lower) && baseFormBeforeBody(t, b);
}

/** Whether token `k` ends two capitalised name words or more (no later than `from`): "Patricia Holloway", "Mayor Tom Reed". */
function fullNameEndsAt(t: Token[], k: number, from: number): boolean {
  return k - 1 >= from && isNameWord(t[k]) && t[k].cap && isNameWord(t[k - 1]) && t[k - 1].cap;
}

/** A singular role's noun in lower case ("senator", "candidate", "teacher"). */
const oneRole = (x: Token | undefined): boolean => !!x && x.type === 'word' && !x.cap && (ROLE_NOUNS.has(x.lower) || peopleNoun(x.lower) === 'singular');
/** A role's modifier: a lower-case modifier or a capitalised word ("Florida", "Republican", "presidential"). */
/** A lower-case participle in -ed that may name a role's kind before its noun ("registered nurse", "licensed electrician"). */
const kindParticiple = (x: Token): boolean => x.type === 'word' && !x.cap && /[a-z]{3}ed$/.test(x.lower);
const roleModifier = (x: Token | undefined): boolean => !!x && x.type === 'word' && !x.possessive && ((x.cap && isNameWord(x)) || isModifierWord(x));

/**
 * Where "the ROLE and ROLE" ending at token `end` (a singular role's noun) starts: modifiers, the
 * noun, "and", up to three modifiers and the noun at `end` ("the Florida senator and Republican
 * presidential candidate"); the one article before the first role and its modifiers, its index; -1
 * otherwise. One article for both roles makes them one person's ("the mayor and the council chair" are two).
 */
function jointRolesStart(t: Token[], end: number, from: number): number {
  let a = end;
  while (a > from && end - a < 3 && roleModifier(t[a - 1])) a--;
  if (t[a - 1]?.lower !== 'and') return -1;
  const first = a - 2;
  if (first < from || !oneRole(t[first])) return -1;
  let d = first - 1;
  while (d >= from && first - d <= 3 && roleModifier(t[d])) d--;
  return d >= from && (t[d].lower === 'the' || t[d].lower === 'a' || t[d].lower === 'an') ? d : -1;
}

/** Offices a company's head holds together with the one after "and": "founder and CEO", "chairman and chief executive". */
const JOINED_OFFICES = new Set(['founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'chair', 'president', 'owner', 'publisher', 'partner', 'ceo']);

/** Whether tokens [a, end] are an office (one to three words, the first a role) and then a name: "CEO Ravi Anand", "chief executive Ana Ruiz". */
function officeBeforeName(t: Token[], a: number, end: number): boolean {
  if (!(ROLE_NOUNS.has(t[a].lower) || JOINED_OFFICES.has(t[a].lower)) || !isNameWord(t[end]) || !t[end].cap) return false;
  let j = a + 1;
  while (j < end && j - a < 3 && t[j].type === 'word' && (ROLE_NOUNS.has(t[j].lower) || !t[j].cap)) j++;
  return j < end && isNameWord(t[j]);
}

/** Participles that open a body's post-modifier: "the union representing …", "a company based in …". */
const BODY_PARTICIPLES = new Set(['representing', 'based', 'led', 'run', 'owned', 'backed', 'funded', 'operating', 'serving']);

/** Whether word `w` can own a phrase after "of" or "for": a name, a role or title, a noun for people ("members of", "Amir Khan of"; not "a couple of", a count). */
const ownsOfPhrase = (w: Token): boolean => ROLE_NOUNS.has(w.lower) || TITLE_LIKE.test(w.text) || isNameWord(w) || (peopleNoun(w.lower) !== null && w.lower !== 'couple') || (!w.cap && PERSONS_BODIES.has(w.lower));

/** Nouns of a body of people before "of" and its members: "a group of doctors", "a coalition of charities". */
export const COLLECTIVES = new Set(['group', 'coalition', 'panel', 'team', 'alliance', 'delegation', 'handful', 'consortium', 'network', 'committee', 'number']);

/** "Sgt. Amir Khan of | the serious crimes unit said": whether the phrase starting at token `a` is of a person or people named before it. */
function ofOwner(t: Token[], a: number, from: number): boolean {
  const of = t[a - 1];
  return !!of && a - 2 >= from && (((of.lower === 'of' || of.lower === 'for') && ownsOfPhrase(t[a - 2])) || (of.lower === 'to' && ROLES_TO.has(t[a - 2].lower)) || ownedDocumentTo(t, a, from));
}

/**
 * "The coach of | distance runner Joshua Cheptegei", "The mother of | slain teenager Jordan Davis":
 * where the phrase opens when one lower-case modifier before the people noun at token `a` follows the
 * "of" of someone whose role or kin it is; -1 when it does not.
 */
function modifiedAfterOwner(t: Token[], a: number, from: number): number {
  const modifier = t[a - 1];
  if (!isPeopleNoun(t[a]) && !ROLE_NOUNS.has(t[a].lower)) return -1;
  if (!modifier || a - 1 < from || modifier.type !== 'word' || modifier.cap || STOP_BACKWARD.has(modifier.lower) || CUE_FORMS.has(modifier.lower) || DETERMINERS.has(modifier.lower)) return -1;
  return ofOwner(t, a - 1, from) ? a - 1 : -1;
}

/** Nouns of a town's, a district's or a riding's kind before "of" and its name: "the city of Compton", "the federal riding of Beauce". */
const PLACE_OF_NOUNS = new Set(['city', 'town', 'village', 'county', 'township', 'municipality', 'borough', 'parish', 'hamlet', 'riding', 'district', 'ward', 'constituency', 'province', 'state']);

/**
 * "the officer for | the federal riding of | Compton": where the phrase opens when the place noun at
 * token `k` (before "of"), with its determiner and at most one lower-case modifier, follows the
 * "of"/"for" of someone whose office it is, or the "in"/"at" of people placed there; -1 when not.
 */
function placeOfOwned(t: Token[], k: number, from: number): number {
  if (k - 1 < from || !PLACE_OF_NOUNS.has(t[k].lower) || t[k].cap) return -1;
  let d = k - 1;
  if (t[d].type === 'word' && !t[d].cap && !DETERMINERS.has(t[d].lower) && isModifierWord(t[d])) d--;
  if (d < from || t[d].lower !== 'the') return -1;
  if (ofOwner(t, d, from)) return d;
  return placedPeople(t, d, from);
}

/** Words between "a" and a plural that "a" counts: "a few residents", "a dozen protesters". */
const COUNTING_AFTER_A = new Set(['few', 'dozen', 'couple', 'hundred', 'thousand', 'million', 'handful', 'number', 'lot', 'majority', 'minority', 'host', 'string', 'slew', 'group']);

/** Whether `determiner` ("a", "an"), `modifier` and the plural people noun `head` cannot be one phrase: "a move supporters", not "a few supporters". */
function singularBeforePlural(determiner: Token, modifier: Token, head: Token): boolean {
  return (determiner.lower === 'a' || determiner.lower === 'an') && !COUNTING_AFTER_A.has(modifier.lower) && peopleNoun(head.lower) === 'plural';
}

/** "the mayor's letter to | the port authority", "its filing with | regulators": someone's document and whom it went to. */
function ownedDocumentTo(t: Token[], a: number, from: number): boolean {
  const prep = t[a - 1].lower;
  return (prep === 'to' || prep === 'with') && a - 3 >= from && DOCUMENT_NOUNS.has(t[a - 2].lower) && (t[a - 3].possessive || OWNER_PRONOUNS.has(t[a - 3].lower));
}
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Roles held "to" someone: "a personal assistant to a city councillor", "an adviser to the minister". */
const ROLES_TO = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'assistant', 'assistants', 'envoy', 'ambassador', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'counsel', 'consultant', 'consultants', 'deputy', 'successor', 'heir', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'physician', 'doctor', 'chaplain']);

/** Endings of a noun for a person, by trade or office: "mediator", "secretary-treasurer", "economist", "technician", "consultant", "trustee". */
const PERSON_ENDING = /(?:or|er|ist|ian|ant|ent|ee)$/;

/** People or bodies in the plural, capitalised only as the sentence's first word: "nurses", "Hotels", "restaurants". */
function listedInPlural(x: Token): boolean {
  return peopleInPlural(x) || (pluralBodies(x) && (!x.cap || /^[A-Z][a-z]+$/.test(x.text)));
}

/**
 * Where the list's item whose plural noun is at `k` opens: at one noun before it ("credit | unions",
 * "ski | resorts"), lower case after a comma or "and", or sentence-cased opening the phrase; at `k`
 * otherwise (a verb's or a preposition's word before the first item is no modifier of it).
 */
function listItemFrom(t: Token[], k: number, from: number): number {
  const m = t[k - 1];
  if (k - 1 < from || m?.type !== 'word' || m.possessive || STOP_BACKWARD.has(m.lower) || DETERMINERS.has(m.lower) || /(?:ly|ed|ing|s)$/.test(m.lower) || listedInPlural(m)) return k;
  if (m.cap) return k - 1 === from && /^[A-Z][a-z]+$/.test(m.text) && !isNameWord(m) && !CUE_FORMS.has(m.lower) ? k - 1 : k;
  // (a cue's base form is a noun between a comma and the plural: "Banks, credit unions and insurers")
  const before = t[k - 2];
  return k - 2 >= from && (before.text === ',' || before.lower === 'and') ? k - 1 : k - 2 < from && !CUE_FORMS.has(m.lower) ? k - 1 : k;
}

/** Whether the plural noun at `a` is placed by the words after it: "outfitters | in Tofino", "farmers | of the valley". */
function placingAfter(t: Token[], a: number): boolean {
  const next = t[a + 1];
  return next?.type === 'word' && !next.cap && (PLACING_PREPOSITIONS.has(next.lower) || next.lower === 'near' || next.lower === 'across');
}

/**
 * A lower-case modifier of a plural people noun, no people noun itself: "tribal", "federal",
 * "state" (a verb's form that is also a level of government); "local" too, which is a people noun
 * ("a local said") only alone.
 */
function groupModifier(x: Token): boolean {
  return x.type === 'word' && !x.cap && (!isPeopleNoun(x) || x.lower === 'local') && (isModifierWord(x) || isNounish(x));
}

/**
 * A group's modifier capitalised only as the first word of its sentence: "Local and state officials
 * said", "Provincial and federal officials said". Capitalised, a word the lexicons do not list as a
 * modifier, or an adjective in -al, is as likely a surname ("Walker and local officials said", "Ford
 * and federal officials said": the person and the officials), and "White" is one too.
 */
function sentenceCasedModifier(x: Token): boolean {
  if (x.type !== 'word' || !x.cap || !/^[A-Z][a-z]+$/.test(x.text) || x.lower === 'white') return false;
  const lower = { ...x, cap: false };
  return groupModifier(lower) && (isNounish(lower) || (/[^aeou]al$/.test(x.lower) && isCommonWord(x.lower)));
}

/** Whether a role phrase may open at token `k + 1`: the sentence's start, a comma, a dash or a quotation's mark before it, or one modifier after one of them ("“…,” chief mediator"). */
function opensRole(t: Token[], k: number, from: number): boolean {
  const boundary = (x: Token | undefined): boolean => !x || x.text === ',' || x.text === '—' || x.type === 'close' || x.type === 'ambiguous';
  if (k < from || boundary(t[k])) return true;
  return isModifierWord(t[k]) && !t[k].cap && (k - 1 < from || boundary(t[k - 1]));
}

/**
 * Where "the Santa Clara, California-based" opens when token `a`, after the comma at `a - 1`, is a
 * capitalised word in "-based": the determiner before one to three capitalised words of the town;
 * -1 otherwise.
 */
function basedTownStart(t: Token[], a: number, from: number): number {
  if (!t[a].cap || !/-based$/.test(t[a].lower)) return -1;
  let k = a - 2;
  const determiner = (w: Token): boolean => w.lower === 'the' || w.lower === 'a';
  while (k >= from && a - 2 - k < 3 && t[k].type === 'word' && t[k].cap && !t[k].possessive && !determiner(t[k])) k--;
  return k < a - 2 && k >= from && determiner(t[k]) ? k : -1;
}

/**
 * The comma after a town's name in "TOWN, STATE, people-noun" read back from the comma `k` before
 * the people noun ("Smiths Falls, Ont(.), native"): the state one capitalised word; -1 when not.
 */
function townStateComma(t: Token[], k: number, from: number): number {
  let j = k - 1;
  if (j > from && t[j].text === '.') j--;
  return j - 2 >= from && t[j].type === 'word' && t[j].cap && t[j - 1].text === ',' && t[j - 2].type === 'word' && t[j - 2].cap ? j - 1 : -1;
}

/** The determiner before modifiers ending at token `k` (at most three: "the | state-owned oil", "the | embattled Austin-based"); -1 when none opens them. */
function determinerOfModifiers(t: Token[], k: number, from: number): number {
  let b = k;
  // (a compound with a hyphen is a modifier, its participle too: "state-owned", "family-run")
  // (and a place's or a brand's name in capitals: "A Toronto drone maker", "an Ontario auto parts maker";
  // a name's words count as one modifier, up to three more: "The Transit Riders Winnipeg advocacy group")
  let nameWords = 0;
  // ("the state agriculture department": "state" before a body's noun is its reach, no verb)
  while (b >= from && k - b < 3 + nameWords && (isModifierWord(t[b]) || (t[b].type === 'word' && (t[b].lower.includes('-') || t[b].text === 'state' || (t[b].cap && !t[b].possessive && b > from))))) {
    if (t[b].cap && b < k && t[b + 1].cap && nameWords < 3) nameWords++;
    b--;
  }
  // ("the superintendent of | Tucson's largest school district": a place's possessive determines
  // the body too, after the "of" of the person whose body it is)
  if (b > from && b < k && t[b].possessive && t[b].cap && ofOwner(t, b, from)) return b;
  return b >= from && DETERMINERS.has(t[b].lower) && t[b].lower !== 'that' ? b : -1;
}

/**
 * Where "CITY, ST.-based" ends at `b` on "based" ("St. Paul, Minn.-based", "Fresno, Calif.-based":
 * a state's abbreviation with its stop, a hyphen, "based"): the token before the city's up to three
 * capitalised words; -1 otherwise.
 */
function cityStateBasedStart(t: Token[], b: number, from: number): number {
  if (t[b]?.lower !== 'based' || t[b - 1]?.text !== '-') return -1;
  let j = b - 2;
  if (t[j]?.text === '.') j--;
  if (j - 1 < from || !t[j].cap || t[j].type !== 'word' || t[j - 1].text !== ',') return -1;
  let c = j - 2;
  while (c >= from && j - 2 - c < 3 && t[c].type === 'word' && t[c].cap && !t[c].possessive && !DETERMINERS.has(t[c].lower)) c--;
  return c < j - 2 ? c : -1;
}

/** Adjectives of nearness before a place's name ("nearby Ballina", "neighbouring Tipperary"). */
const NEAR_PLACE = new Set(['nearby', 'neighbouring', 'neighboring']);

/**
 * The given name before a nickname whose closing mark is token `close` (`Ben "CleanX" Bance`: the
 * marks are punctuation once ../sentences' unmarkNicknames has read them so), or -1.
 */
function nicknameBefore(t: Token[], close: number, from: number): number {
  if (!QUOTE_MARKS.has(t[close].text)) return -1;
  let k = close - 1;
  while (k > from && close - k <= 3 && t[k].type === 'word' && t[k].cap) k--;
  return k < close - 1 && k - 1 >= from && t[k].type === 'punct' && QUOTE_MARKS.has(t[k].text) && t[k - 1].type === 'word' && t[k - 1].cap ? k - 1 : -1;
}


/**
 * Whether words [a, end] name a body's chapter: a chapter's head last ("Calgary Region", "Ontario
 * Division") or places alone ("– Nova Scotia"), not a person who speaks after a
 * dash set off like a parenthesis ("… the Fraser Institute – Smith said", "– Mayor Jo Ng said").
 */
function chapterWords(t: Token[], a: number, end: number): boolean {
  if (CHAPTER_HEADS.has(t[end].lower)) return true;
  for (let j = a; j <= end; j++) if (!(t[j].type === 'word' && (CITIES.has(t[j].lower) || isRegionName(t[j].text)))) return false;
  return true;
}
const CHAPTER_HEADS = new Set(['region', 'chapter', 'branch', 'division', 'section', 'district', 'zone', 'office', 'area', 'unit', 'wing', 'council']);

/**
 * Whether the word before `a` is a verb's base form that opens a phrase (after a mark, a determiner
 * or a possessive) and names where the role's noun at `a` is held, a name after it: "label" in
 * "“…,” label president Dana Ruiz said" (not "voters label …": a subject before it).
 */
function baseNounBeforeRole(t: Token[], a: number, from: number): boolean {
  const open = a - 2 < from || t[a - 2].type !== 'word' || DETERMINERS.has(t[a - 2].lower) || t[a - 2].possessive;
  return open && baseFormBeforeRole(t, a - 1, true);
}

/**
 * Whether the capitalised month or modal at `end` ("May", "June", "Will"), after a mark or opening
 * the sentence, is the surname of the speech verb after it ("“…,” May said", "Will told …"): no
 * modal takes a past or -s form, and a lone month is no one's subject.
 */
function monthOrModalSurname(t: Token[], end: number, from: number): boolean {
  const x = t[end];
  if (!x.cap || !(MONTH_NAMES.has(x.lower) || x.lower === 'will') || (end > from && t[end - 1].type === 'word')) return false;
  const verb = t[end + 1] ? CUE_FORMS.get(t[end + 1].lower) : undefined;
  return !!verb && verb.cls === 'speech' && verb.form !== 'base' && verb.form !== 'ing';
}

/** Words a body's unit is named by before its number ("Local 444", "Region 8", "Ward 3", "Battalion 4"). */
const NUMBERED_UNITS = new Set(['local', 'lodge', 'district', 'region', 'ward', 'division', 'precinct', 'battalion', 'station', 'zone']);

/** Whether `end` ends a union local's number of district and local, "Local 1-2017" (the tokens "1", "-", "2017" unspaced). */
const localByDistrict = (t: Token[], end: number): boolean => t[end - 3].lower === 'local' && unitNumberLength(t, end - 2, end + 1) === 3;

/**
 * The subject noun phrase ending at token `end` (reading back no further than `from`): a pronoun,
 * a name with its role, a people noun with its modifiers, a poll share. Null when the words
 * there name no one ("the war said").
 */
export function npBackward(t: Token[], end: number, from: number, depth = 0): Np | null {
  const last = t[end];
  if (last.type !== 'word') return null;
  // "his aides haven't said": the auxiliary with its negation ends the verb group, not the phrase
  if (NEGATED_AUXILIARIES.has(last.lower)) {
    let j = end - 1;
    while (j > from && t[j].type === 'word' && VERB_FILLERS.has(t[j].lower)) j--;
    return j >= from && t[j].type === 'word' && j < end ? npBackward(t, j, from) : null;
  }
  // "Veridian Health, Inc. today announced": a company's legal form after its comma ends its name
  // (not "Co": after a comma it is more often an Irish county, "Killarney, Co Kerry")
  if (COMPANY_SUFFIXES.has(last.lower) && !last.lower.startsWith('co') && end - 2 >= from && t[end - 1].text === ',' && t[end - 2].type === 'word' && t[end - 2].cap) {
    const name = npBackward(t, end - 2, from);
    return name && { from: name.from, to: end + 1 };
  }
  // "USW Local 1-2017, which …, said": a union local numbered by district and local, split at its hyphen, ends its name
  if (end - 3 >= from && localByDistrict(t, end)) {
    const name = npBackward(t, end - 2, from);
    return name && { from: name.from, to: end + 1 };
  }
  // "he’s predicted": a pronoun with its auxiliary
  if (SOURCE_PRONOUNS.has(baseLower(last))) return { from: end, to: end + 1 };
  // "The St. Paul, Minn.-based company said": where a body or a person is based, as wire copy writes
  // a city and its state, between the determiner and the noun (one modifier may follow it)
  if (!last.cap && (descriptionKinds(last.lower) || isPeopleNoun(last))) {
    const based = cityStateBasedStart(t, isModifierWord(t[end - 1]) ? end - 2 : end - 1, from);
    if (based >= 0 && DETERMINERS.has(t[based].lower)) return { from: based, to: end + 1 };
  }
  // "FactCheck.org noted", "Amazon.com said": a web address, split at its dot, names the site
  if (WEB_DOMAINS.has(last.lower) && end - 2 >= from && t[end - 1].text === '.' && t[end - 1].start === t[end - 2].end && last.start === t[end - 1].end && t[end - 2].type === 'word' && t[end - 2].cap) return { from: end - 2, to: end + 1 };
  // "Trump and Sanders have both argued", "who both endorsed": a floating quantifier after its subject
  if (FLOATING.has(last.lower) && end - 1 >= from) {
    let j = end - 1;
    while (j > from && t[j].type === 'word' && VERB_FILLERS.has(t[j].lower)) j--;
    j = skipParenthetical(t, j, from);
    if (j >= from && t[j].type === 'word' && (!STOP_BACKWARD.has(t[j].lower) || SOURCE_PRONOUNS.has(t[j].lower))) return npBackward(t, j, from);
    // "Her rivals, Sens. Ana Ruiz and Bo Lind, have both urged": the subject before its appositive
    if (j > from && t[j].text === ',') {
      const np = appositiveSubject(t, j, from);
      if (np) return np;
    }
  }
  // ("“…,” the Florida senator and Republican presidential candidate said": two roles of one person after one article)
  const joint = oneRole(last) ? jointRolesStart(t, end, from) : -1;
  if (joint >= 0) return { from: joint, to: end + 1 };
  // "The Régie du bâtiment said": a Quebec body's French name ends in lower-case words, read whole
  const french = frenchBodyStart(t, end, from);
  let a = french >= 0 ? french : end;
  let coordinated = false;
  while (a - 1 >= from && end - a < 14) {
    const prev = t[a - 1];
    // ("Mayor Tom Hale and Health and Wellness Minister Ann Lee said": an office's first field and its
    // "and" are the office's, no joint of names, so the names may still be joined before it)
    if (prev.lower === 'and' && a - 2 >= from && portfolioBeforeAnd(t, a - 2, a - 1, end + 1)) {
      a -= 2;
      continue;
    }
    // "…,” Ana Ruiz and Bo Lind said": two names joined, once
    // (not a portfolio's last fields: "Energy, Mines and Resources Minister NAME said")
    if (prev.lower === 'and' && !coordinated && isNameWord(t[a]) && a - 2 >= from && isNameWord(t[a - 2]) && !listedField(t, a - 2) && !(a - 3 >= from && listedFieldLength(t, a - 3) === 2)) {
      coordinated = true;
      a--;
      continue;
    }
    // "Teachers, nurses and doctors said": people named by plural nouns in a list speak together
    // ("Hotels, restaurants and outfitters in Tofino say": bodies in the plural too, and the list
    // placed after its last item)
    // ("Banks, credit unions and insurers in Canada say", "Hotels, restaurants and ski resorts in
    // Whistler say": an item may have one noun before its plural, in a list of three or more)
    const lastFrom = listedInPlural(t[a]) ? listItemFrom(t, a, from) : a;
    if (t[lastFrom - 1]?.lower === 'and' && !coordinated && (a === end || placingAfter(t, a)) && listedInPlural(t[a]) && lastFrom - 2 >= from && listedInPlural(t[lastFrom - 2])) {
      const items = [listItemFrom(t, lastFrom - 2, from)];
      let first = items[0];
      while (first - 2 >= from && t[first - 1].text === ',' && listedInPlural(t[first - 2]) && end - first < 14) items.push((first = listItemFrom(t, first - 2, from)));
      const modified = lastFrom < a || items.some((k, i) => k < (i === 0 ? lastFrom - 2 : items[i - 1] - 2));
      // (two items, the last one's noun alone: as before, "union members and leaders say")
      if (modified && items.length === 1 && lastFrom === a) {
        coordinated = true;
        a -= 2;
        continue;
      }
      // (nor a list inside a longer coordination: "Groups representing colleges and universities, local
      // governments and smaller nonprofits expressed" is the groups')
      const nested = t[first - 1]?.lower === 'and' || t[first - 1]?.lower === 'or';
      if ((!modified || items.length > 1) && !(modified && nested)) {
        coordinated = true;
        // ("Unlike teachers, nurses and doctors said", "Asked about teachers, …": the first item is a
        // preposition's or a verb's object, so the list begins after its comma)
        const before = t[first - 1];
        // ("Owners of hotels, restaurants and bars in Tofino say": people in the plural whose "of" or
        // "at" the list follows are who speak, the whole phrase theirs)
        if ((before?.lower === 'of' || before?.lower === 'at') && first - 2 >= from && peopleInPlural(t[first - 2]) && (first - 2 === from || t[first - 3].type !== 'word')) {
          a = first - 2;
          break;
        }
        a = items.length > 1 && before?.type === 'word' && ((!before.cap && !DETERMINERS.has(before.lower) && !isModifierWord(before)) || LIST_OPENERS_CUT.has(before.lower) || /ed$/.test(before.lower)) ? items[items.length - 2] : first;
        continue;
      }
    }
    // ("Fishermen and tribal governments said", "Prospectors and junior exploration companies say":
    // people in the plural, then bodies in the plural with their modifiers, opening the phrase, speak
    // together; "Residents and local officials said" stays two, see lead62)
    if (a === end && !coordinated && pluralBodies(last)) {
      let m = a;
      while (m - 1 > from && end - m < 3 && groupModifier(t[m - 1])) m--;
      if (m < a && t[m - 1].lower === 'and' && m - 2 >= from && peopleInPlural(t[m - 2]) && opensRole(t, m - 3, from)) {
        coordinated = true;
        a = m - 2;
        continue;
      }
    }
    // "…,” co-founder and CEO Ravi Anand said": a company's offices joined before one name are his role
    if (prev.lower === 'and' && !coordinated && a - 2 >= from && JOINED_OFFICES.has(t[a - 2].lower) && officeBeforeName(t, a, end)) {
      coordinated = true;
      a -= 2;
      continue;
    }
    // "The ride-hailing and delivery company said": two trades joined before one body's noun (an
    // adjective's shape first, so "the union and management" stay two)
    if (a === end && a - 4 >= from && t[a - 2].lower === 'and' && descriptionKinds(last.lower) && prev.type === 'word' && !prev.cap && TRADE_SHAPE.test(t[a - 3].lower) && !t[a - 3].cap && DETERMINERS.has(t[a - 4].lower)) {
      a -= 4;
      break;
    }
    // "The city's water and waste department said", "the parks and recreation department": two
    // services a public body gives, joined before its noun, after an article or its owner's possessive
    // ("The Winnipeg water and waste department", "the roads and bridges division in Brandon": or a
    // place's name after the article; the place after the noun)
    if ((a === end || placingAfter(t, a)) && a - 4 >= from && t[a - 2].lower === 'and' && descriptionKinds(t[a].lower) && PUBLIC_FIELDS.has(prev.lower) && PUBLIC_FIELDS.has(t[a - 3].lower) && (DETERMINERS.has(t[a - 4].lower) || t[a - 4].possessive || (t[a - 4].cap && a - 5 >= from && DETERMINERS.has(t[a - 5].lower)))) {
      a -= 3;
      continue;
    }
    // ("…, tribal and federal officials said": two modifiers joined before one plural people noun,
    // opening the phrase, are one group; "residents and local officials" stay two)
    if (a === end && !coordinated && a - 3 >= from && t[a - 2].lower === 'and' && peopleInPlural(last) && groupModifier(prev) && (groupModifier(t[a - 3]) || (a - 3 === from && sentenceCasedModifier(t[a - 3]))) && opensRole(t, a - 4, from)) {
      coordinated = true;
      a -= 3;
      continue;
    }
    // "…,” Unifor Local 444 president Gord Lafleur said", "FEMA Region 8 Administrator Lucinda
    // Farrow said": a union local's or a public body's numbered unit's number is its name's
    if (/^\d+$/.test(prev.text) && a - 2 >= from && t[a - 2].cap && NUMBERED_UNITS.has(t[a - 2].lower)) {
      a--;
      continue;
    }
    if (prev.type !== 'word') {
      // "the mayor of Compton–Stanstead said": an en dash glued between two capitalised names joins
      // one name (a riding's, a double town's), as a hyphen does
      if (prev.text === '–' && a - 2 >= from && prev.start === t[a - 2].end && t[a].start === prev.end && t[a].cap && isNameWord(t[a]) && t[a - 2].type === 'word' && t[a - 2].cap && isNameWord(t[a - 2])) {
        a -= 2;
        continue;
      }
      // "The Canadian Home Builders’ Association – Calgary Region said": a body's chapter set off by
      // a spaced dash after the body's head is part of its name, no place that speaks
      if ((prev.text === '–' || prev.text === '—') && a - 2 >= from && prev.start > t[a - 2].end && t[a].start > prev.end && t[a].cap && isNameWord(t[a]) && t[a - 2].type === 'word' && t[a - 2].cap && ORG_HEADS.has(t[a - 2].lower) && end - a < 4 && chapterWords(t, a, end)) {
        a -= 2;
        continue;
      }
      // "…,” coach Ben "CleanX" Bance said": a nickname in marks inside the name, the phrase going on before it
      const given = prev.type === 'punct' ? nicknameBefore(t, a - 1, from) : -1;
      if (given >= 0) {
        a = given;
        continue;
      }
      // "the pilots' union": a plural possessive, its apostrophe a token of its own
      if (isPluralApostrophe(t, a - 1) && a - 2 > from) {
        a -= 2;
        continue;
      }
      // "…,” the Smiths Falls, Ont., native said": a town and its province or state between commas
      // before the people noun that ends the phrase, read on over the town's name
      const placed = prev.text === ',' && a === end && isPeopleNoun(t[a]) ? townStateComma(t, a - 1, from) : -1;
      if (placed >= 0) {
        a = placed;
        continue;
      }
      // "Hospitals in Toronto, Ottawa and Montreal said": the names listed before the joined pair
      // belong to it when people or bodies are placed by the whole list
      const listed = coordinated && prev.text === ',' && isNameWord(t[a]) ? placedListStart(t, a, from) : -1;
      if (listed >= 0) {
        a = listed;
        continue;
      }
      // "The Santa Clara, California-based chipmaker said": a town, its comma and its state's "-based"
      const town = prev.text === ',' ? basedTownStart(t, a, from) : -1;
      if (town >= 0) a = town;
      break;
    }
    // "…,” Economy Minister Ana de la Vega said": a surname's lower-case particles between capitalised
    // name words go on with the name, and so with the title before it
    const particled = particlesBefore(t, a, from);
    if (particled >= 0) {
      a = particled;
      continue;
    }
    // "…,” Republican state Sen. Ben Toews said": a lower-case level of government before a title is the office's
    if (levelBeforeTitle(t, a - 1, end + 1)) {
      a--;
      continue;
    }
    // "Organizers of the push to boycott Trump's speech said": the phrase read so far is an
    // infinitive's object; people of the noun the infinitive modifies speak
    if (!prev.cap && a - 4 >= from && end - a < 5 && t[a - 2].lower === 'to' && t[a - 3].type === 'word' && !t[a - 3].cap && (t[a - 4].lower === 'the' || t[a - 4].lower === 'a') && !CUE_FORMS.has(t[a - 3].lower) && ofOwner(t, a - 4, from)) {
      a -= 4;
      continue;
    }
    if (DETERMINERS.has(prev.lower) && prev.lower !== 'that') {
      a--;
      // "majorities of farmers in three provinces": the determiner of a place after the share
      const share = shareBefore(t, a, from);
      if (share >= 0) {
        a = share;
        continue;
      }
      // "A source close to the talks between the union and the government said": the pair is the talks', not the source
      const between = t[a - 1]?.lower === 'and' ? betweenBefore(t, a - 2, from) : -1;
      if (between >= 0) {
        a = between;
        continue;
      }
      // "delegates at the hall"
      const placed = placedPeople(t, a, from);
      if (placed >= 0) {
        a = placed;
        continue;
      }
      if (ofOwner(t, a, from)) continue;
      // "…,” Belgium and the United States said": a name joined to the determiner's name, once
      if (!coordinated && prev.lower === 'the' && t[a - 1]?.lower === 'and' && isNameWord(t[a + 1]) && a - 2 >= from && isNameWord(t[a - 2])) {
        coordinated = true;
        a--;
        continue;
      }
      break;
    }
    // "Residents of nearby Ballina said": nearness before a place's name is part of the phrase
    if (NEAR_PLACE.has(prev.lower) && t[a].cap) {
      a--;
      continue;
    }
    if (prev.possessive && !prev.cap && prev.lower !== 'america’s' && prev.lower !== "america's") {
      a--;
      continue;
    }
    // "a personal assistant to | a city councillor"
    if ((prev.lower === 'to' && a - 2 >= from && ROLES_TO.has(t[a - 2].lower)) || ownedDocumentTo(t, a, from)) {
      a--;
      continue;
    }
    // ("Tenants at a building on rue Saint-Hubert said": a street's French word and particle are part of the phrase)
    const street = !prev.cap && t[a].cap ? frenchStreetStart(t, a) : -1;
    if (street >= 0) {
      a = street;
      continue;
    }
    // "Chief Petty Officer 1st Class Lena Ward said": a rank's class in figures is part of the rank
    if (t[a].text === 'Class' && RANK_CLASSES.has(prev.text) && a - 2 >= from && t[a - 2].cap) {
      a--;
      continue;
    }
    // ("“…,” 1st Lt. Ana Ruiz said": a rank's ordinal in figures before the rank is part of it)
    if (RANK_CLASSES.has(prev.text) && titleAt(t, a - 1, end + 1) > 1) {
      a--;
      continue;
    }
    // "Staff Sgt. Karen Obi of 43 Division said": a unit's number is part of its name after "of"
    if (/^\d{1,3}$/.test(prev.text) && t[a].cap && a - 2 >= from && t[a - 2].lower === 'of') {
      a--;
      continue;
    }
    if (prev.lower === 'of' || prev.lower === 'for') {
      if (a - 2 >= from && ownsOfPhrase(t[a - 2])) {
        a--;
        continue;
      }
      // "…, a group of senior doctors has said": a collective of people, read whole (as "senior doctors" is)
      if (prev.lower === 'of' && a - 3 >= from && COLLECTIVES.has(t[a - 2].lower) && (t[a - 3].lower === 'a' || t[a - 3].lower === 'an') && isPeopleNoun(last)) {
        a -= 3;
        break;
      }
      // "Dorothy Winters, 81, of Oakville said": the age between commas, then the name
      if (prev.lower === 'of' && a - 5 >= from && t[a - 2].text === ',' && /^\d{1,3}$/.test(t[a - 3].text) && t[a - 4].text === ',' && isNameWord(t[a - 5])) {
        a -= 4;
        continue;
      }
      // "The returning officer for the riding of Compton said", "the police chief in the town of
      // Hollis said": the name after "the (federal) riding of" is a place in the phrase of the person
      // whose office it is, read on to that person (not "The State of Israel said", owned by no one)
      const place = prev.lower === 'of' ? placeOfOwned(t, a - 2, from) : -1;
      if (place >= 0) {
        a = place;
        continue;
      }
      // "A ski hill north of Collingwood says": a compass word and its "of" place what stands before them
      const placed = prev.lower === 'of' && a - 2 >= from && DIRECTION_WORDS.has(t[a - 2].lower) && t[a].cap ? placedPeople(t, a, from) : -1;
      if (placed >= 0) {
        a = placed;
        continue;
      }
      break;
    }
    // "the poll by Gallup found", "a study by researchers at Otago": a document and who made it
    if (prev.lower === 'by' && a - 2 >= from && !t[a - 2].cap && DOCUMENT_NOUNS.has(t[a - 2].lower)) {
      a--;
      continue;
    }
    // "A post circulating widely on Facebook claims": the document is the subject, not its platform
    const posted = ON_PLATFORM.has(prev.lower) && t[a].cap ? placedDocument(t, a - 1, from) : -1;
    if (posted >= 0) {
      a = posted;
      break;
    }
    if ((prev.lower === 'in' || prev.lower === 'at') && a - 2 >= from && EVENT_NOUNS.has(t[a - 2].lower)) {
      a--;
      continue;
    }
    // "Judge Patricia Holloway in Alexandria found": a full name, then where its bearer is (a place
    // of one or two capitalised words); the person is the subject
    if (prev.lower === 'in' && end - a <= 1 && t[a].cap && t[end].cap && fullNameEndsAt(t, a - 2, from)) return npBackward(t, a - 2, from);
    // "officials in Beijing", "farmers in northern Bangladesh": people and where they are
    const placed = placedPeople(t, !prev.cap && DIRECTION_WORDS.has(prev.lower) && t[a].cap ? a - 1 : a, from);
    if (placed >= 0) {
      a = placed;
      continue;
    }
    // poll subjects: "six in 10", "majorities of Democrats in five states", "55 percent of voters"
    const share = shareBefore(t, a, from);
    if (share >= 0) {
      a = share;
      continue;
    }
    // "the defending champion said", "the NDP housing critic said": an -ing word before the people
    // noun that ends the phrase modifies it, after a determiner, a name or another modifier (not
    // after people, whose participle it is: "staff members suggesting someone should …")
    const beforeIng = t[a - 2];
    // ("the chief operating officer": "chief" before it is the office's, no people it is said of;
    // the noun may stand before its holder's name, "chief operating officer Dale Rourke")
    if (!prev.cap && (a === end || t[a + 1].cap) && a - 2 >= from && prev.lower.endsWith('ing') && isPeopleNoun(t[a]) && (DETERMINERS.has(beforeIng.lower) || (beforeIng.type === 'word' && beforeIng.cap) || (isModifierWord(beforeIng) && (!isPeopleNoun(beforeIng) || beforeIng.lower === 'chief')))) {
      a--;
      continue;
    }
    // ("“…,” managing director Colleen Haverford told staff": opening the phrase after the quotation, the
    // -ing word before an office's noun and its holder's name is the office's, "presiding judge" too)
    if (!prev.cap && a - 1 >= from && (a - 1 === from || t[a - 2].type === 'close' || t[a - 2].type === 'ambiguous') && a < end && t[a + 1].cap && prev.lower.endsWith('ing') && ROLE_NOUNS.has(t[a].lower)) {
      a--;
      continue;
    }
    // "…,” director of education Clayton La Touche said": an office's field between "of" and its
    // holder's name is the office's, whatever its word's shape ("transport", "schools")
    if (!prev.cap && t[a].cap && a - 3 >= from && t[a - 2].lower === 'of' && ROLE_NOUNS.has(t[a - 3].lower) && !DETERMINERS.has(prev.lower) && !STOP_BACKWARD.has(prev.lower) && !CUE_FORMS.has(prev.lower)) {
      a--;
      continue;
    }
    // "the state legislature": a verb form that is a modifier after a determiner
    // ("Owners of the recalled fryers said", "Families of the reported victims said": a verb's past
    // form after a determiner, before the noun, is its adjective)
    const modifier = (isNounish(prev) && a - 2 >= from && DETERMINERS.has(t[a - 2].lower)) || nounCueBeforeGroup(t, a - 1, a, end) || nounCueBeforeBody(t, a - 1, a, end, from) || pastFormModifier(t, a - 1, from);
    // ("fire chief Jo Ng said": a verb that needs its particle is a noun before a people noun)
    // ("“…,” label president Dana Ruiz said", "brand manager Ali Reza said": a verb's base form
    // opening the phrase, before a people noun and a name, is a noun too)
    if (!prev.cap && !modifier && baseNounBeforeRole(t, a, from)) {
      a--;
      continue;
    }
    // ("“…,” a credit union spokesperson said", "a think tank spokesperson said": a cue's base form that
    // makes a compound with the noun after it is that compound's first noun, no verb)
    if (!prev.cap && a < end && CUE_FORMS.get(prev.lower)?.form === 'base' && cueCompound(t, a - 1)) {
      a--;
      continue;
    }
    // (the compound whole before a people noun: "a think tank spokesperson")
    if (!prev.cap && a === end && a - 2 >= from && isPeopleNoun(t[a]) && !t[a - 2].cap && CUE_FORMS.get(t[a - 2].lower)?.form === 'base' && cueCompound(t, a - 2)) {
      a -= 2;
      continue;
    }
    if (!prev.cap && (STOP_BACKWARD.has(prev.lower) || (CUE_FORMS.has(prev.lower) && !modifier && !(particleCueForm(prev.lower) && isPeopleNoun(t[a]))))) break;
    // "While Clinton claimed …": a subordinator capitalised only because it opens the sentence
    if (prev.cap && a - 1 === from && (STOP_BACKWARD.has(prev.lower) || CLAUSE_BREAK.has(prev.lower))) break;
    if (!prev.cap && !isNounish(prev) && !isPeopleNoun(prev)) {
      // "a move supporters say will …": "a" determines no plural, and the noun after it is the object of the clause before
      if (a === end && a - 2 >= from && singularBeforePlural(t[a - 2], prev, last)) break;
      // "county engineer Ravi Mehta", "local fishermen": modifiers of a people noun that starts the phrase
      // (three before a role that a name follows: "“…,” tribal council fisheries adviser Ernie Victor said")
      if (isPeopleNoun(t[a]) && end - a < 6) {
        const reach = a < end && t[end].cap ? 4 : 3;
        let b = a - 1;
        // ("“…,” registered nurse Lupe Ortiz said": a participle right before the role's noun is its kind)
        while (b > a - reach && b >= from && (isModifierWord(t[b]) || nounCueBeforeGroup(t, b, a, end) || (b === a - 1 && a < end && t[end].cap && kindParticiple(t[b])))) b--;
        // "Parks Canada incident commander Landon Shepherd": a body's name before the modifiers of a
        // role that a name follows, read on (not "Ida Brun met volunteers", a verb and its object)
        if (b >= from && b < a - 1 && a < end && t[end].cap && !hasFiniteVerb(t, b + 1, a) && t[b].type === 'word' && t[b].cap && isNameWord(t[b]) && !STOP_BACKWARD.has(t[b].lower)) {
          a = b + 1;
          continue;
        }
        // ("Alberta's chief medical officer said": the office's holder by whose it is, as after "the")
        if (b >= from && b < a - 1 && t[b].possessive && t[b].type === 'word') {
          a = b;
          continue;
        }
        if (b < from || t[b].text === ',' || t[b].text === '—' || t[b].type === 'close' || t[b].type === 'ambiguous' || DETERMINERS.has(t[b].lower)) {
          a = b < from ? from : DETERMINERS.has(t[b].lower) ? b : b + 1;
          // "several paramedics at | the county hospital"
          const placed = placedPeople(t, a, from);
          if (placed < 0) break;
          a = placed;
          continue;
        }
      }
      // "the state-owned oil company", "the embattled Austin-based carmaker": up to three modifiers between a determiner and a body's noun
      const bodyDeterminer = end - a < 3 && !last.cap && descriptionKinds(last.lower) ? determinerOfModifiers(t, a - 1, from) : -1;
      if (bodyDeterminer >= 0) {
        a = bodyDeterminer;
        // ("Workers at | the Suncor base plant said": the people placed there)
        const placed = placedPeople(t, a, from);
        if (placed >= 0) {
          a = placed;
          continue;
        }
        // "the head of | the river authority": the person whose body it is
        if (ofOwner(t, a, from)) continue;
        break;
      }
      // "a school spokesman": any modifier between a determiner and the head; "officials with | the county health department"
      if (a - 2 >= from && DETERMINERS.has(t[a - 2].lower) && t[a - 2].lower !== 'that' && end - a < 3) {
        a -= 2;
        const placed = placedPeople(t, a, from);
        if (placed >= 0) {
          a = placed;
          continue;
        }
        // ("An official at one of the sanctioned firms said": the share of the phrase, as with no modifier)
        const share = shareBefore(t, a, from);
        if (share >= 0) {
          a = share;
          continue;
        }
        if (ofOwner(t, a, from)) continue;
      }
      // "…, top black lawmakers said": up to two modifiers of a people noun after a clause boundary
      // (or of bodies in the plural: "Canadian environmental groups said"); three of people in the
      // plural, as after a clause's opening word ("Bristol Bay sockeye fishermen say", "after state
      // wildlife officials said", "Commercial elver licence holders said"), none of them a pronoun
      // ("but she suspects") nor a word in -s before another ("the income trends Democratic
      // politicians point to")
      else if (end - a < 2 && (isPeopleNoun(last) || pluralBodies(last))) {
        const group = a === end && isPeopleNoun(last) && peopleInPlural(last);
        let b = a - 1;
        while (b > a - (group ? 4 : 3) && b >= from && (isModifierWord(t[b]) || isNameWord(t[b]) || (group && isNounish(t[b]))) && !(group && (CLAUSE_BREAK.has(t[b].lower) || SOURCE_PRONOUNS.has(t[b].lower) || (b < a - 1 && /[^s]s$/.test(t[b].lower))))) b--;
        const opening = group && b >= from && CLAUSE_BREAK.has(t[b].lower);
        if (b < from || t[b].text === ',' || t[b].text === '—' || DETERMINERS.has(t[b].lower) || opening) a = b < from ? from : DETERMINERS.has(t[b].lower) ? b : b + 1;
        // "a personal assistant to | a Leicester city councillor"
        if (a === b && ofOwner(t, a, from)) continue;
      }
      // "“…,” mediator Ann Lee said", "“…,” secretary-treasurer Ian Baxter said": a person's noun
      // the lists lack (its ending tells one), maybe after one modifier, between the clause's start and a name is the name's role
      else if (t[a].cap && isNameWord(t[a]) && end - a < 4 && PERSON_ENDING.test(prev.lower) && opensRole(t, a - 2, from)) {
        a = a - 2 >= from && t[a - 2].type === 'word' && isModifierWord(t[a - 2]) ? a - 2 : a - 1;
        // "The coach of distance runner Joshua Cheptegei said", "the coach of | middle-distance runner …":
        // the role's modifier after the "of" of the person whose role it is
        if (ofOwner(t, a, from)) continue;
        const owned = modifiedAfterOwner(t, a, from);
        if (owned >= 0) {
          a = owned;
          continue;
        }
      }
      // "…,” regional carrier Skyward Air said": the noun of a body's trade, and its modifiers, before its name
      else if (isNameWord(t[a]) && descriptionKinds(prev.lower)) {
        let b = a - 2;
        while (b > a - 4 && b >= from && isModifierWord(t[b])) b--;
        if (b < from || t[b].text === ',' || t[b].text === '—' || t[b].type === 'close' || t[b].type === 'ambiguous') a = b + 1;
      } else {
        // ("Owners of corner stores say": a modifier right after the "of" of people in the plural, with
        // no determiner; not a number, "the Senate for eight years")
        if (a - 3 >= from && t[a - 2].lower === 'of' && peopleNoun(t[a - 3].lower) === 'plural' && !/^\d/.test(prev.text) && !NUMBER_WORDS.has(prev.lower) && ofOwner(t, a - 1, from)) {
          a--;
          continue;
        }
        // "Sgt. Amir Khan of the major crimes unit said": a body's phrase of up to four lower-case words after a person's "of"
        // ("Residents of a Sarasota apartment complex said": a place's name among them modifies the noun after it)
        let b = a - 1;
        while (b > a - 4 && b >= from && t[b].type === 'word' && (!t[b].cap || !t[b + 1].cap) && !STOP_BACKWARD.has(t[b].lower) && !CUE_FORMS.has(t[b].lower) && !DETERMINERS.has(t[b].lower)) b--;
        if (b >= from && (t[b].lower === 'the' || t[b].lower === 'a' || t[b].lower === 'an') && ofOwner(t, b, from)) {
          a = b;
          continue;
        }
        // ("Workers at the Suncor base plant said", "Workers at Suncor's base plant said": people
        // placed there, the place determined by an article or an owner's possessive; the place's head
        // a noun: "operatives in the four early nominating | states: …" is no phrase of people)
        const article = b >= from && (t[b].lower === 'the' || t[b].lower === 'a' || t[b].lower === 'an');
        const owner = b + 1 < a && t[b + 1].possessive && t[b + 1].cap;
        const determined = article && !/(?:ing|ed|ly)$/.test(last.lower) ? b : owner ? b + 1 : -1;
        const placed = determined >= 0 ? placedPeople(t, determined, from) : -1;
        if (placed >= 0) {
          a = placed;
          continue;
        }

        // "The mother of slain teenager Jordan Davis said"
        const owned = modifiedAfterOwner(t, a, from);
        if (owned >= 0) {
          a = owned;
          continue;
        }
      }
      break;
    }
    a--;
  }
  // "officials who spoke with The Huffington Post said": people before a relative clause without
  // commas; "The union representing 3,000 workers rejected": a body before its participle (two
  // deep at most: "Lee told reporters that Lee told reporters that …" was a recursion per clause
  // back to the sentence's start, quadratic, and past the stack in a long sentence)
  for (let j = a - 1; j > from && a - j <= 20 && depth < RELATIVES_DEEP; j--) {
    const x = t[j];
    if (x.type !== 'word') break;
    // "Residents who live nearby said": the people noun capitalised as the sentence's first word is
    // the subject (as after "Residents who packed the gallery", see subjectBefore)
    if ((WHO.test(x.lower) || x.lower === 'that') && j - 1 === from && t[j - 1].cap && peopleNoun(t[j - 1].lower) !== null) return { from, to: from + 1 };
    // "Residents of a building owned by Westgate Properties say", "Tenants at two towers managed by
    // Apex Rentals say": people placed by a thing a body owns or runs speak, never that body
    if (OWNING_PARTICIPLES.has(x.lower) && t[j + 1]?.lower === 'by' && !t[j - 1].cap && t[j - 1].type === 'word') {
      const np = npBackward(t, j - 1, from, depth + 1);
      if (np && np.from + 2 < j && (isPeopleNoun(t[np.from]) || (t[np.from].cap && peopleNoun(t[np.from].lower) !== null)) && PLACING_PREPOSITIONS.has(t[np.from + 1].lower)) return { from: np.from, to: end + 1 };
    }
    // "Chief Ann Roe of a nation that partners with one of the farms said": a name with its "of"
    // phrase before a relative clause on the "of" phrase's noun speaks, not the clause's object
    // (a noun before the pronoun, not a preposition before a determiner: "One of the authors of that report, NAME, said")
    if ((WHO.test(x.lower) || x.lower === 'that') && t[j - 1].type === 'word' && !t[j - 1].cap && !STOP_BACKWARD.has(t[j - 1].lower)) {
      const np = npBackward(t, j - 1, from, depth + 1);
      if (np && namedBeforeOf(t, np.from, j - 1)) return { from: np.from, to: end + 1 };
    }
    if (((WHO.test(x.lower) || x.lower === 'that') && isPeopleNoun(t[j - 1])) || (BODY_PARTICIPLES.has(x.lower) && !t[j - 1].cap && !!descriptionKinds(t[j - 1].lower))) {
      const np = npBackward(t, j - 1, from, depth + 1);
      if (np) return { from: np.from, to: end + 1 };
      break;
    }
  }
  // "When asked …", "As reported …": a subordinator capitalised only because it opens the sentence
  if (a === end && end === from && (STOP_BACKWARD.has(last.lower) || CLAUSE_BREAK.has(last.lower) || ADJUNCT_START.has(last.lower))) return null;
  // "Ukraine's air force said", "the city's transit authority said": a body's head word after a
  // possessive and up to two modifiers (the owner's; see resolution's linked sources)
  // ("… to Ted Cruz's campaign who has long …": "who" is a person's, not the body's)
  if (a === end && !last.cap && (ORG_HEADS.has(last.lower) || !!descriptionKinds(last.lower)) && t[end + 1]?.lower !== 'who') {
    let b = end - 1;
    while (b > end - 3 && b >= from && t[b].type === 'word' && !t[b].cap && !t[b].possessive && !STOP_BACKWARD.has(t[b].lower) && !CUE_FORMS.has(t[b].lower)) b--;
    if (b >= from && t[b].type === 'word' && t[b].possessive) return { from: !t[b].cap && b - 1 >= from && DETERMINERS.has(t[b - 1].lower) ? b - 1 : b, to: end + 1 };
  }
  // "“…,” one of them said", "some of those said": members of the people named before
  if (a === end && (last.lower === 'them' || last.lower === 'those') && end - 2 >= from && t[end - 1].lower === 'of' && MEMBER_WORDS.has(t[end - 2].lower) && (end - 2 === from || t[end - 3].type !== 'word')) return { from: end - 2, to: end + 1 };
  // A lower-case word alone is no subject ("the war said"): it needs a name, a role or a group word.
  const singular = last.lower.endsWith('s') ? last.lower.slice(0, -1) : last.lower;
  const ok =
    namesSomeone(t, a, end) ||
    (a === end && monthOrModalSurname(t, end, from)) ||
    (end - a > 1 && /^\d+$/.test(last.text) && t[end - 1].lower === 'in') ||
    ROLE_NOUNS.has(last.lower) ||
    GROUP_NOUNS.has(last.lower) ||
    DOCUMENT_NOUNS.has(last.lower) ||
    DOCUMENT_NOUNS.has(singular) ||
    GOVERNMENT_NOUNS.has(last.lower) ||
    EVENT_NOUNS.has(last.lower) ||
    PEOPLE_WORDS.has(last.lower) ||
    isPeopleNoun(last) ||
    // "“…,” one freight forwarder said": an agent's noun the lists lack after "a" or "one" opening the clause (see agentShaped)
    (ONE_OF.has(t[a].lower) && end - a <= 3 && agentShaped(last) && (a === from || t[a - 1].type !== 'word')) ||
    // "“…,” one said", "…, another added": a number word alone as the subject, after a quotation, a comma or a dash
    (a === end && LONE_COUNTED_SUBJECTS.has(last.lower) && (a === from || t[a - 1].type !== 'word')) ||
    // "…,” the 23-year-old said": a person told by age (resolved as a pronoun would be), with any
    // noun the age modifies ("the 27-year-old right-hander", "the 31-year-old netminder")
    (end > a && t[a].lower === 'the' && (AGED.test(last.lower) || (end - 1 > a && AGED.test(t[end - 1].lower) && ageHead(last)))) ||
    // "…, the city said", "the province said": a description of a body, as "the company" is
    // (opening its clause: "cities in the nation have endorsed" is the cities')
    // ("…, the companies said", "the two companies said", "both banks said": bodies together, as a group)
    // (or a subordinator's clause: "after the foundation called the book …")
    (end > a && DETERMINERS.has(t[a].lower) && !!(descriptionKinds(last.lower) ?? descriptionKinds(singularOf(last.lower))) && (a === from || t[a - 1].type !== 'word' || CLAUSE_SUBORDINATORS.has(t[a - 1].lower))) ||
    (end > a && (NUMBER_WORDS.has(t[end - 1].lower) || t[end - 1].lower === 'both') && !!descriptionKinds(singularOf(last.lower)) && !COUNTED_PLACES.has(singularOf(last.lower))) ||
    // "“…,” the museum said", "…, the orchestra said": an institution's noun, which resolution finds
    // at the end of a body's name ("Royal Ontario Museum"), after a quotation or a comma
    (end - a === 1 && t[a].lower === 'the' && INSTITUTION_NOUNS.has(last.lower) && (a === from || t[a - 1].type !== 'word')) ||
    // "“…,” the weather service said": a public service by its work, which resolution finds at the
    // end of a body's name ("National Weather Service"), after a quotation or a comma
    (end - a === 2 && t[a].lower === 'the' && last.lower === 'service' && t[end - 1].type === 'word' && !t[end - 1].cap && !STOP_BACKWARD.has(t[end - 1].lower) && (a === from || t[a - 1].type !== 'word'));
  return ok ? { from: a, to: end + 1 } : null;
}


/**
 * A lower-case noun right after an age that the lists do not know, of an agent's ending: the
 * person the age tells ("the 27-year-old right-hander", "the 31-year-old netminder"; not "the
 * 52-year-old law", "the 60-year-old facility", nor a verb, "the 27-year-old had said").
 */
export function ageHead(x: Token): boolean {
  if (x.type !== 'word' || x.cap) return false;
  // (a position that is another word too is a player's after an age: "the 27-year-old centre said")
  return TEAM_POSITIONS.has(x.lower) || (/^[a-z][a-z-]*(?:er|or|ist|man|woman|ian|ee)$/.test(x.lower) && !STOP_BACKWARD.has(x.lower) && !CUE_FORMS.has(x.lower) && !DOCUMENT_NOUNS.has(x.lower) && !descriptionKinds(x.lower));
}
/** Services a public body gives, in lower case before its noun ("water and waste department", "parks and recreation department"). */
const PUBLIC_FIELDS = new Set(['water', 'waste', 'wastewater', 'sewer', 'sewage', 'stormwater', 'drainage', 'parks', 'recreation', 'roads', 'bridges', 'streets', 'sanitation', 'fire', 'rescue', 'emergency', 'transit', 'transportation', 'works', 'planning', 'engineering', 'housing', 'health', 'safety', 'culture', 'heritage', 'utilities', 'facilities', 'licensing', 'bylaw']);
/** A trade's modifier by its shape: "ride-hailing", "mining", "industrial", "electric". */
const TRADE_SHAPE = /^[a-z]+-[a-z]+$|[a-z]{3}(?:ing|al|ic)$/;

/** Words that open a clause whose subject follows at once: "after the foundation said", "because the company said". */
const CLAUSE_SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'until', 'once', 'if', 'though', 'although', 'unless', 'whereas', 'and', 'but', 'that']);

/** Number words that speak alone: one of the people the text just named ("“…,” one said"). */
const LONE_COUNTED_SUBJECTS = new Set(['one', 'another', 'two', 'three', 'several']);


/** Places counted are where people are ("insiders in the next two states — … — said"), no bodies speaking together. */
const COUNTED_PLACES = new Set(['state', 'city', 'province', 'country', 'nation', 'town', 'county', 'region', 'territory', 'village']);


/** Whether phrase [from, to) opens on a name of two capitalised words or more, "of" after it: "Chief Ann Roe of a nation". */
function namedBeforeOf(t: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && t[k].type === 'word' && t[k].cap) k++;
  return k - from >= 2 && k < to && t[k].lower === 'of';
}

/** How many subjects with a relative clause one subject may be read back through ("officials who met residents who …"). */
const RELATIVES_DEEP = 2;
/** Participles by which a body owns or runs a place people are placed by ("a building owned by …"). */
const OWNING_PARTICIPLES = new Set(['owned', 'managed', 'operated', 'run', 'leased']);
/** Prepositions that place people ("Residents of", "Tenants at", "Families in"). */
const PLACING_PREPOSITIONS = new Set(['of', 'at', 'in']);


/** Quantifiers that float after the subject they quantify: "they both said". */
const FLOATING = new Set(['both', 'all', 'each']);

/** Prepositions that place a document on a medium: "on Facebook", "across TikTok", "via X". */
export const ON_PLATFORM = new Set(['on', 'across', 'via']);

/**
 * Where the phrase of a document placed on a medium opens, the preposition at `on` ("A post
 * circulating widely on …", "A video by Ana Ruiz on …"): the determiner before the document's
 * noun, over at most eight words and no mark; -1 when no document opens the phrase there.
 */
function placedDocument(t: Token[], on: number, from: number): number {
  for (let i = on - 1; i >= from && on - i <= 8 && t[i].type === 'word'; i--) {
    if (t[i].cap || !DOCUMENT_NOUNS.has(t[i].lower)) continue;
    let d = i - 1;
    while (d >= from && i - d <= 3 && t[d].type === 'word' && !t[d].cap && !DETERMINERS.has(t[d].lower)) d--;
    return d >= from && t[d].type === 'word' && DETERMINERS.has(t[d].lower) ? d : -1;
  }
  return -1;
}

/** Whether the word at `k`, a verb's past form, stands after a determiner (from `from` on): the adjective of the noun after it ("the recalled fryers"). */
function pastFormModifier(t: Token[], k: number, from: number): boolean {
  const before = t[k - 1];
  return CUE_FORMS.get(t[k].lower)?.form === 'ed' && k - 1 >= from && before.type === 'word' && DETERMINERS.has(before.lower) && before.lower !== 'that';
}

/** Where a name's capitalised word at `a` goes back to over the lower-case particles before it ("Ana | de la | Vega"): the capitalised name word before them, or -1. */
function particlesBefore(t: Token[], a: number, from: number): number {
  if (!t[a].cap || !isNameWord(t[a])) return -1;
  let p = a;
  while (p - 1 >= from && a - p < 3 && t[p - 1].type === 'word' && !t[p - 1].cap && NAME_PARTICLES.has(t[p - 1].lower)) p--;
  return p < a && p - 1 >= from && t[p - 1].type === 'word' && t[p - 1].cap && isNameWord(t[p - 1]) ? p - 1 : -1;
}
