/**
 * Part of stage 2 of attribution (see ./cueDetection): senses of a cue word that report no
 * speech though the word is a cue's — a source's terms ("who requested anonymity"), a meeting
 * ("spoke by phone with …"), a compound noun ("think tank"), a document's participle, a
 * rendering in another language, a plural noun, a judgement of a thing — and the topic after
 * "spoke to X about".
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS, type CueInfo } from '../cues';
import { judgedThing } from './cueObjects';
import { DAYS_AND_MONTHS, ROLE_NOUNS } from '../gazetteer';
import { isGroupHead, peopleNoun } from '../lexicon/people';
import { QUESTION_OPENERS } from './withheldSpeech';
import type { Sentence, Token } from '../text';
import { ADJUNCT_START, ARTICLES, AUXILIARIES, CLAUSE_BREAK, DETERMINERS, hasAuxiliary, hasFiniteVerb, headlineObjectEnd, isLyAdverb, isPeopleNoun, isPluralApostrophe, MODALS, NUMBER_WORDS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS } from './words';

/** Relative words that may be a clause's subject: "… who said". */
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);
/** Words that open a time phrase after "to": "spoke to this week about" (a relative clause's "to" with no one after it). */
const TIME_DETERMINERS = new Set(['this', 'last', 'next']);

/** Pronouns of no one in particular that may be a clause's subject: "I think nobody said …". */
const INDEFINITE_SUBJECTS = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'none', 'one', 'each', 'both', 'all', 'many', 'most', 'few', 'some', 'others']);

/**
 * "the Resolution Foundation think tank said", "the parents' support group says": a base form right
 * before a lower-case noun and a speech verb in -ed (or "says") modifies that noun (a compound, the
 * verb's subject); not before people who speak ("they say officials said", "I think nobody said").
 */
export function compoundHead(t: Token[], i: number): boolean {
  const noun = t[i + 1];
  const verb = t[i + 2];
  if (!noun || !verb || noun.type !== 'word' || verb.type !== 'word' || noun.cap || verb.cap) return false;
  // (people named in the plural right before are the base form's subject, no compound's first noun:
  // "Restaurant owners say fees charged by the apps are too high")
  // (or placed by a preposition: "Restaurant owners in Calgary say fees charged by …")
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const subject = t[j];
    if (subject.type !== 'word') break;
    if (!subject.possessive && peopleNoun(subject.lower) === 'plural' && (j === i - 1 || PLACING.has(t[j + 1].lower))) return false;
  }
  // (a verb in -ed, or "says": a word in -s after a noun may be a plural noun, "attack changes states made")
  const cue = CUE_FORMS.get(verb.lower);
  if (!cue || cue.cls !== 'speech' || (cue.form !== 'ed' && verb.lower !== 'says')) return false;
  const w = noun.lower;
  return !CUE_FORMS.has(w) && !DETERMINERS.has(w) && !PERSON_PRONOUNS.has(w) && !SUBJECT_PRONOUNS.has(w) && !RELATIVE_WORDS.has(w) && !INDEFINITE_SUBJECTS.has(w) && !NUMBER_WORDS.has(w) && !VERB_FILLERS.has(w) && !STOP_BACKWARD.has(w) && !ADJUNCT_START.has(w) && !isLyAdverb(noun) && !isPeopleNoun(noun) && !isGroupHead(w);
}

/** Nouns that make a compound noun with a cue's base form before them ("think tank", "talk show", "call centre", "report card"). */
const CUE_COMPOUNDS = new Map<string, Set<string>>([
  ['think', new Set(['tank', 'tanks'])],
  ['talk', new Set(['show', 'shows', 'radio'])],
  ['call', new Set(['centre', 'center', 'centres', 'centers', 'sign'])],
  ['report', new Set(['card', 'cards'])],
  ['question', new Set(['mark', 'marks'])],
  // ("the Ottawa credit union Rideau Valley Savings", "a credit card", "credit rating")
  ['credit', new Set(['union', 'unions', 'card', 'cards', 'rating', 'ratings', 'score', 'scores', 'bureau', 'agency'])],
]);
/** Whether the cue's word at `i` is the first noun of such a compound ("the Ottawa think tank"). */
export function cueCompound(t: Token[], i: number): boolean {
  const next = t[i + 1]?.lower ?? '';
  if (!CUE_COMPOUNDS.get(t[i].lower)?.has(next)) return false;
  // (a plural after people or a pronoun is the verb's clause: "Many economists think tanks of oil will run dry")
  const prev = t[i - 1];
  return !(next.endsWith('s') && prev?.type === 'word' && (isPeopleNoun(prev) || SUBJECT_PRONOUNS.has(prev.lower)));
}

/** Prepositions that place people before their verb: "owners in Calgary say". */
const PLACING = new Set(['in', 'at', 'across', 'from', 'near', 'around', 'throughout']);

/** Nouns after which a cue word is the first noun of a sitting's name: "question period", "question time". */
const SITTING_NOUNS = new Set(['period', 'time']);
/** Whether the cue word at `i` names a legislature's sitting with the noun after it ("during question period that …"), no verb. */
export function sittingName(t: Token[], i: number): boolean {
  return t[i].lower === 'question' && SITTING_NOUNS.has(t[i + 1]?.lower ?? '');
}

/** Adjectives of a speech or a statement ("his closing remarks", "during public comments"). */
export const SPEECH_MODIFIERS = new Set(['brief', 'closing', 'opening', 'final', 'prepared', 'written', 'recorded', 'televised', 'earlier', 'previous', 'initial', 'separate', 'lengthy', 'short', 'formal', 'candid', 'controversial', 'public', 'private', 'new', 'recent', 'latest', 'own', 'angry', 'blunt', 'harsh']);
/** Prepositions whose phrase a noun ends, never a clause's subject: "during public comments that". */
export const PHRASE_PREPOSITIONS = new Set(['during', 'amid', 'throughout', 'despite', 'in', 'at', 'of', 'with', 'from', 'on']);

/**
 * Whether the form in -s at token `i` follows one or two of a speech's modifiers that a
 * determiner ("his closing remarks") or a preposition ("during public comments") opens: the
 * plural noun. "The public" with its article is a subject ("the public comments" stays a verb
 * only there: a collective alone after its article).
 */
export function modifiedSpeechNoun(t: Token[], i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && i - j <= 2 && t[j].type === 'word' && !t[j].cap && SPEECH_MODIFIERS.has(t[j].lower)) j--;
  if (j === i - 1 || j < from || t[j].type !== 'word') return false;
  const opener = t[j].lower;
  if (PHRASE_PREPOSITIONS.has(opener)) return true;
  return DETERMINERS.has(opener) && opener !== 'that' && !(j === i - 2 && t[i - 1].lower === 'public');
}

/** Possessive determiners: a base form right after one is a noun ("Her answer comes …", "their counter"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Collective nouns that take an article as a subject ("the public say"): bare, they modify the word after them ("public comment"). */
const ARTICLE_COLLECTIVES = new Set(['public', 'military', 'press', 'community', 'crowd', 'audience', 'jury', 'electorate', 'congregation', 'crew', 'workforce']);
/** Plurals without an -s that take a verb's base form: "the data suggest". */
const LATIN_PLURALS = new Set(['data', 'media', 'criteria', 'phenomena', 'bacteria']);
/** Auxiliaries and modals: after a base form they are its subject's verb, a noun's ("the Orlando attack should be …"). */
const VERBS_AFTER_NOUN = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/**
 * Whether the cue word's base form at token `i`, right after the word before it (no auxiliary or
 * adverb between), is a noun: after a possessive determiner ("Her answer comes in a long
 * stream"; not with its clause, "their fear that …"), after a collective that takes an article
 * used without one, at the sentence's start or after a preposition ("during public comment"),
 * after an article, or a plural possessive, and a singular modifier ("analysts' average
 * estimate of …"; not a pronoun, "that they ridicule"), or after an article and one singular
 * name with what follows nouns after it ("the Ontario counter sitting on the four-foot"; a plural
 * name takes the base form as its verb, "the Liberals counter that …", and so may a name that
 * ends a post-modifier, "Opponents of … into the U.S. cite concerns").
 */
export function baseFormNoun(t: Token[], i: number, from: number): boolean {
  const prev = t[i - 1];
  const next = t[i + 1];
  if (!prev || i - 1 < from || prev.type !== 'word') return false;
  if (POSSESSIVE_DETERMINERS.has(prev.lower)) return next?.lower !== 'that';
  // ("the inspector general's report that found …": after a possessive, a noun whose relative
  // clause follows; "Clinton's claim that there have been …" is PolNeAR's nominal cue and stays)
  if (prev.possessive && next?.lower === 'that' && t[i + 2]?.type === 'word' && !t[i + 2].cap && (/[^e]ed$/.test(t[i + 2].lower) || hasAuxiliary(t, i + 2, i + 3))) return true;
  // "Riders on the route say the cut …", "and some say they …": the noun "say" takes no object, so a determiner or a
  // subject after it opens the verb's clause ("have the final say in …" keeps the noun)
  if (t[i].lower === 'say' && next?.type === 'word' && (DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower))) return false;
  // ("Residents across the city say rents are high": a bare noun and its finite verb after it are the verb's clause too)
  if (t[i].lower === 'say' && next?.type === 'word' && !next.cap && hasAuxiliary(t, i + 2, i + 3)) return false;
  const before = i - 2 >= from ? t[i - 2] : undefined;
  if (ARTICLE_COLLECTIVES.has(prev.lower)) return !before || (before.type === 'word' && !before.cap && (STOP_BACKWARD.has(before.lower) || ADJUNCT_START.has(before.lower)));
  if (prev.lower.endsWith('s') || clauseOrQuotationAt(next)) return false;
  if (prev.cap) {
    // (a name of several words: "the San Bernardino attack,")
    let a = i - 2;
    while (a > from && i - a < 5 && t[a].cap) a--;
    if (a < from || !ARTICLES.has(t[a].lower)) return false;
    return !next || (next.type !== 'word' ? next.type === 'punct' : next.lower.endsWith('ing') || VERBS_AFTER_NOUN.has(next.lower));
  }
  if (!before || !(ARTICLES.has(before.lower) || isPluralApostrophe(t, i - 2))) return false;
  return !prev.lower.endsWith('ing') && !SUBJECT_PRONOUNS.has(prev.lower) && !RELATIVE_WORDS.has(prev.lower) && !INDEFINITE_SUBJECTS.has(prev.lower) && !isGroupHead(prev.lower) && !isPeopleNoun(prev) && !LATIN_PLURALS.has(prev.lower);
}

/**
 * Where the cue of a form of "speak" at token `i` without its particle right after it ends: after
 * adverbs and its particle ("spoke emotionally of …"), or after the words before "about" (the
 * person spoken to, the means, the place: "spoke to CNN about the subject", "speaks more
 * frequently in public about …"; PolNeAR's gold counts the topic as content, as after "spoke
 * about"); at once before a colon or a quotation. -1 otherwise: "spoke by phone with the
 * chairperson", "spoke at a rally" are meetings and events, not reported speech.
 */
export function spokenTopic(t: Token[], s: Sentence, i: number): number {
  let j = i + 1;
  while (j < s.to && (isLyAdverb(t[j]) || t[j].lower === 'instead')) j++;
  const next = t[j];
  if (!next) return -1;
  if (next.lower === 'of' || next.lower === 'about') return j + 1;
  if (j === i + 1 && (next.text === ':' || next.type === 'open' || next.type === 'ambiguous')) return j;
  // ("experts I spoke to this week about …": "to" with no one after it ends a relative clause)
  const after = t[j + 1]?.lower ?? '';
  if ((next.lower === 'to' || next.lower === 'with') && (TIME_WORDS.has(after) || DAYS_AND_MONTHS.has(after) || TIME_DETERMINERS.has(after))) return -1;
  for (let k = j; k < Math.min(s.to - 1, j + 14); k++) {
    const x = t[k];
    // ("spoke for about 30 minutes": a quantity, no topic)
    if (x.lower === 'about') return /^\d/.test(t[k + 1].text) || NUMBER_WORDS.has(t[k + 1].lower) ? -1 : k + 1;
    if (x.type !== 'word' || CUE_FORMS.has(x.lower) || x.lower === 'that' || CLAUSE_BREAK.has(x.lower) || RELATIVE_PRONOUNS.has(x.lower)) return -1;
  }
  return -1;
}

/** Participles of "asked not to be named": the terms an anonymous source sets. */
const ANONYMITY = new Set(['named', 'identified', 'quoted', 'cited']);

/** Verbs of handing over a name: "declined to give her name". */
const NAME_GIVING = new Set(['give', 'provide', 'disclose', 'share', 'release', 'reveal', 'offer', 'state']);
/** What an anonymous source keeps back: "her name", "their identities". */
const IDENTITY_NOUNS = new Set(['name', 'names', 'identity', 'identities', 'surname', 'surnames']);

/** Participles of a name kept back: "that their names be withheld". */
const WITHHELD = new Set(['withheld', 'kept', 'omitted', 'changed']);

/** Whether token `k` opens "her name", "his full name", "their identities": a possessive, at most one modifier, an identity noun. */
function ownIdentityAt(t: Token[], k: number): boolean {
  if (!POSSESSIVE_DETERMINERS.has(t[k]?.lower ?? '')) return false;
  return IDENTITY_NOUNS.has(t[k + 1]?.lower ?? '') || (t[k + 1]?.type === 'word' && IDENTITY_NOUNS.has(t[k + 2]?.lower ?? ''));
}

/**
 * "who requested anonymity", "asked for anonymity", "who did not wish to be named", "asked not to
 * be identified", "spoke on (the) condition of anonymity", "spoke on the condition that they not be
 * named", "asked that her name not be used", "declined to give his name": the terms a source sets
 * for speaking, not what they said; and "declined to be drawn", a refusal to speak (withheld speech
 * reports nothing). The cue at `i` (`info`) is followed by them.
 */
export function sourceTerms(t: Token[], i: number, info: CueInfo): boolean {
  const a = t[i + 1]?.lower;
  if (a === 'anonymity' || (a === 'for' && t[i + 2]?.lower === 'anonymity')) return true;
  // ("asked that her name not be used", "requested that their names be withheld"; not "contending that his name should not appear")
  if (a === 'that' && ownIdentityAt(t, i + 2)) {
    const k = t[i + 3]?.type === 'word' && IDENTITY_NOUNS.has(t[i + 3].lower) ? i + 4 : i + 5;
    return (t[k]?.lower === 'not' && t[k + 1]?.lower === 'be') || (t[k]?.lower === 'be' && WITHHELD.has(t[k + 1]?.lower ?? ''));
  }
  const j = a === 'not' ? i + 2 : i + 1;
  if (t[j]?.lower === 'to' && NAME_GIVING.has(t[j + 1]?.lower ?? '') && ownIdentityAt(t, j + 2)) return true;
  if (t[j]?.lower === 'to' && t[j + 1]?.lower === 'be') {
    const participle = t[j + 2]?.lower ?? '';
    return ANONYMITY.has(participle) || (participle === 'drawn' && (info.lemma === 'decline' || info.lemma === 'refuse'));
  }
  // (only a verb of speaking with no content of its own: "said on condition of anonymity that …" reports)
  if (info.lemma !== 'speak' || a !== 'on') return false;
  const c = t[i + 2]?.lower === 'the' ? t[i + 3] : t[i + 2];
  return c?.lower === 'condition' || c?.lower === 'conditions';
}

/** Nouns of words rendered in another language: "according to a translation", whose source is whoever spoke. */
const RENDERINGS = new Set(['translation', 'translations', 'interpreter', 'interpreters', 'translator', 'translators', 'interpretation', 'transcription']);

/**
 * "…,” he said, according to a translation provided by the company": after "according to" at
 * token `from`, a rendering of the words (a determiner, up to two modifiers, its noun) is no
 * source of its own: the words are the speaker's, told in another language.
 */
export function renderingAt(t: Token[], from: number, to: number): boolean {
  let j = from;
  if (j < to && DETERMINERS.has(t[j].lower)) j++;
  for (const last = j + 3; j < to && j < last && t[j].type === 'word'; j++) if (RENDERINGS.has(t[j].lower)) return true;
  return false;
}

/** Verbs that put a document out: in -ed right after the document's noun they are its participle. */
export const PUBLISHED = new Set(['post', 'tweet']);
/**
 * Whether token `k` is the noun of a document in a speech verb's adjunct: "said in an emergency
 * video message", "wrote on a blog". (A document that opens the sentence speaks for its author:
 * "In a Twitter message posted in December, the account …" stays an attribution.)
 */
export function documentOfSpeech(t: Token[], k: number, from: number): boolean {
  if (t[k].cap || !DOCUMENT_NOUNS.has(t[k].lower)) return false;
  for (let j = k - 1; j > from && k - j <= 5 && t[j].type === 'word'; j--) {
    if (!MEDIUM_PREPOSITIONS.has(t[j].lower)) continue;
    const cue = CUE_FORMS.get(t[j - 1].lower);
    return !!cue && cue.cls === 'speech' && cue.form !== 'base';
  }
  return false;
}
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'through']);

/**
 * The document's noun before its addressees that end at token `k` ("a bulletin to members", "a
 * memo to all staff", "an email to its employees": "to" and up to three words in lower case after
 * the noun), or -1: "said in a bulletin to members posted Wednesday that …" posts the bulletin,
 * no member posts anything.
 */
export function documentBeforeAddressees(t: Token[], k: number, from: number): number {
  for (let j = k; j > from && k - j < 3; j--) {
    if (t[j].type !== 'word' || t[j].cap || t[j].lower === 'to') return -1;
    if (t[j - 1].lower === 'to') return j - 2 > from && DOCUMENT_NOUNS.has(t[j - 2].lower) ? j - 2 : -1;
  }
  return -1;
}

/** Whether `x` opens a clause or a quotation after a verb: "that", a colon, a quotation mark. */
export function clauseOrQuotationAt(x: Token | undefined): boolean {
  return !!x && (x.lower === 'that' || x.text === ':' || x.type === 'open' || x.type === 'ambiguous');
}

/**
 * "defended the decision", "mocked the government, which …", "dismissed the minister's figures":
 * a verb of judgement (see judgedThing) whose object, up to a comma, a clause or an infinitive,
 * holds no verb, with no quotation after it in the sentence ("dismissed the report as “nonsense”"
 * and "rejected claims that he lied" report words).
 */
export function judgedObject(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  const first = t[i + 1];
  if (!first || first.type !== 'word' || first.lower === 'that') return false;
  for (let j = i + 1; j < s.to; j++) if (t[j].type === 'open' || t[j].type === 'ambiguous' || t[j].text === ':') return false;
  let end = headlineObjectEnd(t, i + 1, s.to);
  for (let j = i + 1; j < end; j++) if (t[j].text === ',') end = j;
  // (strict: a noun in -s is no verb there, "the minister's figures")
  return end > i + 1 && judgedThing(t, info.lemma, i + 1, end, true);
}

/** Whether `next`, after an attitude verb's form in -s, is a verb of its own ("figures showed", "figures show"): that form is a plural noun then. */
export function nounBeforeVerb(next: Token | undefined): boolean {
  const cue = next?.type === 'word' ? CUE_FORMS.get(next.lower) : undefined;
  return !!cue && cue.cls !== 'attitude' && (cue.form === 'ed' || (cue.lemma === 'show' && cue.form !== 'ing'));
}

/** Object pronouns after "know" that may open a clause as its subject ("knows it is wrong") or be its object ("knows it well"). */
const KNOWN_PRONOUNS = new Set(['it', 'them', 'him']);
/** Words that open a noun phrase "know" may take as its object: "knows every bolt", "knows the playbook". */
// (not "all": "I know all about X" tells what one knows of)
const KNOWN_THING_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'some', 'many', 'several', 'both', 'most', 'few']);

/**
 * "He knows every bolt in the tower", "She knows the playbook better than anyone": "know" with a
 * noun phrase for object and no verb of a clause after it (to the next mark, at most twelve words)
 * is acquaintance, no view reported ("knows the plan will fail" reports one).
 */
export function knownThing(t: Token[], i: number, info: CueInfo): boolean {
  const next = t[i + 1];
  if (info.lemma !== 'know' || next?.type !== 'word' || next.lower === 'that') return false;
  // "knows it before he sees it", "knew them from school": an object pronoun with no verb after it
  // ("knows it is wrong": the pronoun is a clause's subject)
  if (KNOWN_PRONOUNS.has(next.lower)) return !(t[i + 2]?.type === 'word' && hasFiniteVerb(t, i + 2, i + 3));
  if (!KNOWN_THING_OPENERS.has(next.lower)) return false;
  let end = i + 2;
  while (end < t.length && end - i <= 12 && t[end].type === 'word') end++;
  return !hasFiniteVerb(t, i + 2, end);
}

/** People one employs, besides the role nouns: "dismissed two staff", "dismissed the players". */
const EMPLOYED = new Set(['staff', 'employee', 'employees', 'worker', 'workers', 'player', 'players', 'officers', 'officials', 'teacher', 'teachers', 'nurse', 'nurses', 'coach']);
/** What opens a dismissed person before the role: "its", "the", "head coach", "two". */
const BEFORE_ROLE = new Set(['the', 'its', 'his', 'her', 'their', 'a', 'an', 'head', 'assistant', 'deputy', 'chief', 'general', 'interim', 'two', 'three', 'several', 'all']);

/**
 * "dismissed head coach Tite", "dismissed its chief executive", "dismissed two staff": after
 * "dismiss", an object from token `k` (before `end`) naming a person by role or employment is a
 * firing, no words ("dismissed the claims", "dismissed Smith's figures" still report a judgement).
 */
export function dismissedPerson(t: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && j < k + 3 && t[j].type === 'word' && !t[j].cap && BEFORE_ROLE.has(t[j].lower) && !ROLE_NOUNS.has(t[j].lower)) j++;
  const noun = t[j];
  if (j >= end || noun?.type !== 'word' || noun.possessive) return false;
  if (ROLE_NOUNS.has(noun.lower) || EMPLOYED.has(noun.lower)) return !t[j + 1]?.possessive && !(t[j + 1]?.lower === 'of' && t[j + 2]?.lower !== 'the');
  return false;
}

/** Nouns of the charges a plea answers ("14 counts of fraud", "two offences"). */
const CHARGE_NOUNS = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses']);
/** Crimes pleaded to by name, with no determiner: "admitted manslaughter", "denies murder". */
const PLEADED_CRIMES = new Set(['murder', 'manslaughter', 'fraud', 'theft', 'assault', 'burglary', 'robbery', 'arson', 'rape', 'perjury', 'bribery', 'kidnapping', 'harassment', 'stalking', 'embezzlement']);

/** Gerunds that open an offence's legal name: "causing death by dangerous driving", "possessing an offensive weapon", "conspiring to defraud". */
const OFFENCE_GERUNDS = new Set(['causing', 'possessing', 'supplying', 'conspiring', 'inflicting', 'wounding', 'handling', 'importing', 'trafficking']);
/** Kinds of driving that are offences: "admitted dangerous driving". */
const DRIVING_OFFENCES = new Set(['dangerous', 'careless', 'drink', 'drug', 'reckless', 'impaired']);

/** Determiners before the charges a plea answers ("all six offences", "a charge of assault"); not "the", whose charges may be answered in words. */
const PLEA_DETERMINERS = new Set(['all', 'a', 'an', 'both', 'further']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/**
 * "denied 14 counts of fraud", "admitted two offences", "admitted manslaughter": a plea to charges
 * after "deny" or "admit" (`lemma`) from token `k` on, a court's act, not words reported, and so is
 * "maintained his innocence". ("denied the allegations", "admitted he had lied" still report words.)
 */
export function pleaObject(t: Token[], lemma: string, k: number): boolean {
  const first = t[k];
  if (first?.type !== 'word') return false;
  // "has maintained his innocence", "protests her innocence": a stance on the charges, as a plea is
  if ((lemma === 'maintain' || lemma === 'protest') && POSSESSIVES.has(first.lower) && t[k + 1]?.lower === 'innocence') return true;
  if (lemma !== 'deny' && lemma !== 'admit') return false;
  if (PLEADED_CRIMES.has(first.lower)) return true;
  // an offence by its statute's gerund: "admitted causing death by dangerous driving", "denies
  // possessing a firearm", "admitted dangerous driving" ("denied sending the email" still reports words)
  if (OFFENCE_GERUNDS.has(first.lower) || (DRIVING_OFFENCES.has(first.lower) && t[k + 1]?.lower === 'driving')) return true;
  if (!(NUMBER_WORDS.has(first.lower) || /^\d+$/.test(first.text) || PLEA_DETERMINERS.has(first.lower))) return false;
  // ("14 counts", "two further charges", "all six offences", "a charge of assault", "a public order offence")
  for (let j = k + 1; j < t.length && j <= k + 3 && t[j].type === 'word'; j++) if (CHARGE_NOUNS.has(t[j].lower)) return true;
  return false;
}

/** Relative pronouns that open a clause whose subject may be the noun before "called". */
const CLAUSE_RELATIVES = new Set(['that', 'which', 'who', 'whom']);

/**
 * "The feature, called Figma Make, lets …", "The program, called EB-5, allows …", "who chairs a
 * group called Housing Action P.E.I., said …": "called" (token `i`, right after token `k`, a comma
 * or the noun) that gives the noun phrase before it its name, no speech: the phrase opens with a
 * determiner (with no comma, "a" or "an": "the mayor called Smith." is a call), and the name
 * (capitalised words or a quotation) is closed by a comma, a stop or the sentence's end ("He
 * paused, called Smith a liar" goes on, and reports words; "Limbaugh, for one, called ''…''" has
 * no such phrase).
 */
export function namingParticiple(t: Token[], i: number, k: number, info: CueInfo): boolean {
  if (info.lemma !== 'call' || info.form !== 'ed' || k !== i - 1 || k < 1) return false;
  const comma = t[k].text === ',';
  const first = t[i + 1];
  if (!first || !(first.cap || first.type === 'open' || first.type === 'ambiguous')) return false;
  const n = comma ? k - 1 : k;
  const noun = t[n];
  if (!noun || noun.type !== 'word' || noun.cap || noun.possessive || PERSON_PRONOUNS.has(noun.lower) || RELATIVE_PRONOUNS.has(noun.lower)) return false;
  let determiner = false;
  if (comma) for (let j = n - 1; j >= 0 && n - j <= 3 && t[j].type === 'word' && !determiner; j--) determiner = DETERMINERS.has(t[j].lower);
  // (a plural's apostrophe a token of its own: "a tenants' group"; "a system that critics called
  // “free entry”": a relative clause's subject calls it so)
  else for (let j = n - 1; j >= 0 && n - j <= 4 && (t[j].type === 'word' || t[j].text === "'") && !CLAUSE_RELATIVES.has(t[j].lower) && !determiner; j--) determiner = t[j].lower === 'a' || t[j].lower === 'an';
  if (!determiner) return false;
  // past the name: its capitalised words, or its quotation
  let j = i + 1;
  if (first.type === 'open' || first.type === 'ambiguous') {
    for (j++; j < t.length && j - i < 12 && t[j].type !== 'close' && t[j].type !== 'ambiguous'; j++);
    j++;
  } else while (j < t.length && j - i < 8 && t[j].type === 'word' && (t[j].cap || /^\d/.test(t[j].text))) j++;
  const after = t[j];
  return !after || after.text === ',' || after.text === '.' || after.text === ')';
}

/** Subordinators of a clause of time or manner that a speech verb's circumstance opens with: "said, when I asked him". */
const CIRCUMSTANCE_OPENERS = new Set(['when', 'as', 'after', 'before', 'while', 'once', 'until']);
/** Who a speech verb is addressed to, between it and its circumstance: "told me as …". */
const HEARERS = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists']);
/** The writer as a subject: "when I asked him", "as we spoke". */
const WRITER = new Set(['i', 'we']);

/**
 * "“He’s not wrong,” he said, when I repeated it to him. “…”": a cue verb whose subject, the
 * writer (token `k`), opens a clause of time right after another speech verb in -ed or -s and
 * its comma or hearer ("said,", "told me as") is that verb's circumstance, no attribution of its
 * own: the quotation after it goes on with the first speaker. (Another's act there is an
 * attribution: "said when Boyle asked him a question".)
 */
export function circumstanceOfCue(t: Token[], k: number, from: number): boolean {
  if (k - 1 <= from || !WRITER.has(t[k].lower) || !CIRCUMSTANCE_OPENERS.has(t[k - 1].lower)) return false;
  let c = k - 2;
  if (t[c].text === ',') c--;
  if (c > from && HEARERS.has(t[c].lower)) c--;
  const verb = t[c];
  const cue = verb?.type === 'word' && !verb.cap ? CUE_FORMS.get(verb.lower) : undefined;
  return !!cue && cue.cls === 'speech' && (cue.form === 'ed' || cue.form === 's') && !cue.needsQuotation;
}
/** Participles that open a sentence with the question its answer follows: "Asked whether …,". */
const QUESTIONED = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged']);
/** How far into an opening question a cue is looked for. */
const QUESTION_REACH = 30;

/**
 * "Asked whether Webb would testify, DeGuerin said: “…”", "Asked if she would comment, Ruiz
 * said …": a cue (token `i`) inside the question that opens sentence `s`, before the comma that
 * closes it, is what was asked about, no one speaking; the answer's cue comes after the comma.
 */
export function insideOpeningQuestion(t: Token[], s: Sentence, i: number): boolean {
  if (i === s.from || i - s.from > QUESTION_REACH || !QUESTIONED.has(t[s.from].lower)) return false;
  // ("Asked by Rep. Nina Castillo, D-Calif., whether she thought …": the asker's phrase may hold
  // commas and a title's stop of its own; the question runs from its opener, in words)
  let from = s.from + 1;
  if (t[from]?.lower === 'by') while (from < i && !QUESTION_OPENERS.has(t[from].lower)) from++;
  for (let j = from; j < i; j++) if (t[j].text === ',' || t[j].type !== 'word') return false;
  return true;
}

/** Those a place or a host receives: "welcomed 4.3 million visitors", "welcomed a baby girl". */
const GUESTS = new Set(['visitors', 'tourists', 'guests', 'passengers', 'arrivals', 'holidaymakers', 'travellers', 'travelers', 'cruise', 'spectators', 'fans', 'delegates', 'delegations', 'baby', 'babies', 'twins', 'newcomers', 'students', 'pupils']);

/** "welcomed a record 4.3 million visitors", "welcomed more than 300 guests": a guests' noun heads the object's first six words, with no clause after it. */
export function guestsWelcomed(t: Token[], k: number, end: number): boolean {
  // ("Council formally welcomed Tim Cranney as the new fire chief", "welcomed the new members to
  // the club": a person by name, or people, received into a place or an office)
  if (welcomedPerson(t, k, end)) return true;
  for (let j = k; j < end && j < k + 6 && (t[j].type === 'word' || /^\d/.test(t[j].text)) && !t[j].cap; j++) {
    if (GUESTS.has(t[j].lower) || (isGroupHead(t[j].lower) && !t[j].possessive && RECEIVED_INTO.has(t[j + 1]?.lower ?? ''))) return !hasFiniteVerb(t, j + 1, end);
  }
  return false;
}
/** Words after the one welcomed that tell where or as what they were received: "welcomed Ann Lee as …", "… to the board", "… back". */
const RECEIVED_INTO = new Set(['as', 'to', 'into', 'back', 'home', 'aboard', 'onto']);

/** Whether the object at `k` is a full name of two or three capitalised words, then "as", "to", "back" …: a person received, no words. */
function welcomedPerson(t: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && j < k + 3 && t[j].type === 'word' && t[j].cap && !t[j].possessive && /^[A-Z][a-z'’-]+$/.test(t[j].text)) j++;
  return j - k >= 2 && RECEIVED_INTO.has(t[j]?.lower ?? '');
}

/** Verbs whose participle before "to" and an infinitive reports hearsay about its subject: "said to be", "alleged to have", "believed to own". */
const HEARSAY_VERBS = new Set(['say', 'report', 'allege', 'rumour', 'rumor', 'believe', 'think', 'understand', 'know']);
/** Infinitives after such a participle; "said to reporters", "said to him" go on with the one told. */
const HEARSAY_INFINITIVES = new Set(['be', 'have', 'own', 'owe', 'hold', 'control', 'favour', 'favor', 'prefer', 'want', 'plan', 'oppose', 'support', 'remain', 'earn', 'lead', 'run', 'command', 'live', 'suffer', 'wield', 'enjoy', 'number', 'total', 'include', 'represent', 'possess', 'harbour', 'harbor', 'lean']);

/**
 * Whether the participle at `i` reports what others say of its subject, no speech of the
 * subject's: "Devon Marsh, said to be a friend of Brecker's, was a donor", "who is alleged to have
 * taken". A rumour has no speaker, so its sentence gives no quote.
 */
export function hearsayInfinitive(t: Token[], i: number, info: CueInfo): boolean {
  return (info.form === 'ed' || info.form === 'en') && HEARSAY_VERBS.has(info.lemma) && t[i + 1]?.lower === 'to' && HEARSAY_INFINITIVES.has(t[i + 2]?.lower ?? '');
}

/**
 * "All told, the teams combined for 71 shots", "Sixty died, all told.": "all told" is "in all", a
 * sum, no one telling. `k` is the token before the cue past its fillers (-1 for none); the phrase
 * opens its sentence or follows a mark, so "They all told reporters …" keeps its subject.
 */
export function allTold(t: Token[], s: Sentence, i: number, k: number): boolean {
  if (t[i].lower !== 'told' || k !== i - 1 || k < s.from || t[k].lower !== 'all') return false;
  return k === s.from || t[k - 1].type !== 'word';
}

/** Cue verbs whose past participle is also an adjective of a thing: "repeated warnings", "reported cases", "stated goals" (never "said", "told"). */
const ATTRIBUTIVE_PARTICIPLES = new Set(['repeat', 'report', 'claim', 'state', 'announce', 'promise', 'expect', 'estimate', 'project', 'predict', 'propose', 'threaten', 'recommend', 'publish', 'quote', 'cite', 'demand', 'request', 'suggest']);
/** Words that end a clause before a participle used as an adjective: ", repeated violations could …". */
const BEFORE_ATTRIBUTIVE = new Set(['and', 'but', 'or', 'while', 'because', 'if', 'as', 'after', 'before', 'since', 'when', 'where']);

/**
 * "and repeated violations could lead to detention", "Reported cases have doubled": a cue's past
 * participle before a plural noun and an auxiliary is an adjective of that noun, the auxiliary's
 * subject; no one repeats or reports. Only where no subject can stand before it (the sentence's
 * start, a mark, a conjunction): "He repeated warnings were ignored" keeps its speaker.
 */
export function attributiveParticiple(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  if (info.form !== 'ed' || !ATTRIBUTIVE_PARTICIPLES.has(info.lemma)) return false;
  const noun = t[i + 1];
  const aux = t[i + 2];
  if (!noun || !aux || noun.type !== 'word' || noun.cap || !noun.lower.endsWith('s') || noun.lower.endsWith('ss') || aux.type !== 'word') return false;
  if (!AUXILIARIES.has(aux.lower) && !MODALS.has(aux.lower)) return false;
  const prev = i > s.from ? t[i - 1] : undefined;
  return !prev || prev.type !== 'word' || BEFORE_ATTRIBUTIVE.has(prev.lower);
}
