/**
 * Part of stage 2 of attribution (see ./cueDetection): whether an occurrence of a cue word is
 * used in a speech sense in its clause, rather than as a noun, a passive or a participle that
 * modifies a noun ("a summit expected to …"), a manner ("responded by saying"), an object that
 * makes no speech act ("raised taxes", "recalled the goaltender from …") or an attitude without
 * a clause.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, NEGATED_AUXILIARIES, VERB_FILLERS, type CueInfo } from '../cues';
import { GROUP_NOUNS, ROLE_NOUNS, US_STATES } from '../gazetteer';
import { isGroupHead } from '../lexicon/people';
import { descriptionKinds } from '../lexicon/organisations';
import { isNameWord } from '../names';
import { baseLower, type Sentence, type Token } from '../text';
import { npBackward } from './sourceBefore';
import { IRREGULAR_PASTS, relativeHead } from './relativeClauses';
import { readOut } from './readStatement';
import { seenDocumentEndsAt } from './seenDocument';
import { QUOTE_MARKS } from '../nicknames';
import { allTold, attributiveParticiple, cueCompound, baseFormNoun, modifiedSpeechNoun, sittingName, circumstanceOfCue, knownThing, clauseOrQuotationAt, compoundHead, namingParticiple, documentOfSpeech, documentBeforeAddressees, nounBeforeVerb, PUBLISHED, sourceTerms, hearsayInfinitive } from './cueSenses';
import { ADJUNCT_START, AUXILIARIES, citedClauseAfter, citingAsideClose, DETERMINERS, hasFiniteVerb, infinitiveAt, isLyAdverb, isModifierWord, isPeopleNoun, MODALS, NUMBER_WORDS, PERSON_PRONOUNS, skipParenthetical, STOP_BACKWARD, SUBJECT_PRONOUNS } from './words';
import { CURRENCY } from './clauseOpening';
import { afterDocument, courtHeard, documentByName, hearingHeld, judicialSubject, rulingAfterContent } from './documentCues';
import { peopleInPlural } from './sourcePlaces';

/** Forms of "go" before "on to" ("Macklem went on to say that …"): the speaker carries on speaking. */
const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone']);
/** Whether the cue at `i` follows "went on to" ("went on to say", "goes on to note"): a finite report, no infinitive of intent. */
/** Whether "to" and a lower-case word stand in tokens [from, to): an infinitive after an object ("troops to withdraw"). */
function infinitiveWithin(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (t[j].lower === 'to' && t[j + 1].type === 'word' && !t[j + 1].cap && !/^\d/.test(t[j + 1].text)) return true;
  return false;
}
/** Whether "said" at `i` is in an opening "That said,", "That being said,", "With that said," or "Having said that,". */
function discourseSaid(t: Token[], s: Sentence, i: number): boolean {
  const at = (k: number, w: string): boolean => k >= s.from && t[k]?.lower === w;
  if (at(i - 1, 'that') && t[i + 1]?.text === ',') return i - 1 === s.from || (i - 2 === s.from && at(i - 2, 'with'));
  if (at(i - 1, 'being') && at(i - 2, 'that') && i - 2 === s.from) return t[i + 1]?.text === ',';
  return at(i - 1, 'having') && i - 1 === s.from && t[i + 1]?.lower === 'that' && t[i + 2]?.text === ',';
}
/** Verbs of saying that report speech after "went on to" whatever follows them ("went on to describe the plan as …"). */
const WENT_ON_SAYING = new Set(['say', 'add', 'note', 'explain', 'tell', 'describe', 'call', 'warn', 'ask', 'write', 'argue', 'insist', 'suggest', 'criticize', 'criticise', 'praise', 'attack', 'slam', 'accuse', 'blame', 'urge', 'question', 'compare', 'mock', 'thank', 'defend', 'dismiss', 'reject', 'deny', 'admit', 'acknowledge', 'predict', 'promise', 'vow', 'pledge', 'recall', 'quote', 'cite', 'mention', 'dispute', 'express', 'reference', 'outline', 'detail', 'lament', 'declare', 'assert', 'announce', 'emphasize', 'stress', 'highlight', 'condemn', 'denounce', 'challenge', 'concede', 'contend', 'complain', 'joke', 'boast', 'brag', 'tout', 'muse', 'wonder', 'rebut', 'refute', 'counter']);

// (i >= 3 first: a read before the list's start deoptimised its callers, out of bounds)
export const wentOnTo = (t: Token[], i: number): boolean => i >= 3 && t[i - 1].lower === 'to' && t[i - 2].lower === 'on' && GO_FORMS.has(t[i - 3].lower);

/** Attitude verbs whose object alone is the stance: "endorsed Trump", "opposes the deal". */
const STANCE_VERBS = new Set(['endorse', 'support', 'oppose']);
/** Verbs whose progressive form still reports speech: "is saying that", "was claiming". */
const PROGRESSIVE_CUES = new Set(['say', 'tell', 'write', 'claim', 'argue', 'insist', 'suggest', 'warn', 'call', 'ask', 'accuse', 'urge', 'promise', 'vow', 'predict', 'demand', 'tweet']);
/**
 * Whether words from token `from` (past a particle "on") are an object of up to six words, then "to"
 * and a verb: "anyone with information to call", "residents to stay home". Not "to the …", whom
 * something is said to.
 */
function objectThenInfinitive(t: Token[], from: number, to: number): boolean {
  const start = t[from]?.lower === 'on' ? from + 1 : from;
  for (let j = start + 1; j < Math.min(to - 1, start + 7); j++) {
    if (t[j].type !== 'word') return false;
    if (t[j].lower === 'to') return t[j + 1].type === 'word' && !t[j + 1].cap && !DETERMINERS.has(t[j + 1].lower);
  }
  return false;
}

/** Cues whose object is whom the words are to: "was telling her own crowd that …". */
const TOLD = new Set(['tell', 'warn', 'promise']);
const TOLD_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/**
 * Whether words from token `from` are an object of up to five words ending in people or a pronoun
 * for them, then "that": "her own crowd that", "reporters that" (not "the story that her father told").
 */
function objectThenThat(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to - 1, from + 5); j++) {
    if (t[j].type !== 'word') return false;
    if (t[j + 1].lower === 'that') return isPeopleNoun(t[j]) || TOLD_PRONOUNS.has(t[j].lower);
  }
  return false;
}

/** Whether word `i` follows "according to" and up to four words of its phrase, no mark between. */
function insideAccordingTo(t: Token[], from: number, i: number): boolean {
  for (let j = i - 1; j > from && i - j <= 5; j--) {
    if (t[j].type !== 'word') return false;
    if (t[j].lower === 'to' && t[j - 1].lower === 'according') return true;
  }
  return false;
}

/**
 * Whether the participle at `i` is "citing" or "quoting" set off between a speech cue's comma and
 * the ", that" of its clause ("Reuters reported, citing two sources, that …", "KCNA said on
 * Monday, quoting the ministry, that …"): an aside naming where the cue's words come from, no cue
 * of its own; the cue before it reports the clause.
 */
function citedAside(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  if (info.form !== 'ing' || (info.lemma !== 'cite' && info.lemma !== 'quote') || t[i - 1]?.text !== ',') return false;
  let cueBefore = false;
  for (let j = i - 2; j >= s.from && i - j <= 4 && t[j].type === 'word' && !cueBefore; j--) cueBefore = CUE_FORMS.get(t[j].lower)?.cls === 'speech';
  const close = citingAsideClose(t, i + 1, s.to);
  const after = close > 0 ? t[close + 1] : undefined;
  // ("Officials said Tuesday, quoting the mayor, “We will rebuild.”": the cue's quotation after the aside)
  if (cueBefore && after && (after.lower === 'that' || after.type === 'open')) return true;
  if (!after || after.type !== 'word') return false;
  // (an aside that holds a clause of saying of its own, "citing a report that said costs doubled,", is read as before)
  for (let j = i + 1; j + 1 < close; j++) {
    const inner = CUE_FORMS.get(t[j + 1].lower);
    if (RELATIVES.has(t[j].lower) && inner?.cls === 'speech' && (inner.form === 'ed' || inner.form === 's')) return false;
  }
  // ("The agency, citing a report, said that …": set off between the subject and its finite cue)
  const finiteCue = CUE_FORMS.get(after.lower);
  if (!cueBefore) return finiteCue?.cls === 'speech' && (finiteCue.form === 'ed' || finiteCue.form === 's');
  // ("Police said, citing witnesses, that the man fled", "Bloomberg reported, citing people familiar
  // with the matter, the company is …": the cue's clause after the aside, with "that" or without;
  // not a list the participle cites, "said, citing low growth, unemployment and inequality")
  return citedClauseAfter(t, close + 1, s.to);
}

/** Words that open a relative clause: "citing a report that said …". */
const RELATIVES = new Set(['that', 'which', 'who']);

/** Participles that attribute whatever follows them: "…, saying …", "…, adding …". */
const PARTICIPLE_CUES = new Set(['say', 'add', 'tell', 'write', 'note', 'argue', 'claim', 'insist', 'warn', 'explain', 'cite', 'refer', 'call', 'ask', 'urge', 'describe']);
/** Thinking verbs that take a bare clause: "Trump thinks the wall …". */
const COGNITIVE = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'expect', 'know', 'worry', 'doubt', 'suspect', 'assume', 'figure', 'reckon', 'guess', 'wish']);

/** Irregular past forms of a price's or figure's moves: "the Treasury note rose", "the index fell". */
const MOVED = new Set(['rose', 'fell', 'sank', 'slid', 'grew', 'shrank', 'stood', 'held', 'hit', 'swung']);

/** Whether token `k` is a lower-case verb right after "that", "which" or "who": no pronoun, no noun for people. */
function relativeVerbBefore(t: Token[], k: number, from: number): boolean {
  const w = t[k];
  return k - 1 >= from && RELATIVE_OPENERS.has(t[k - 1].lower) && w.type === 'word' && !w.cap && !w.possessive && !isPeopleNoun(w) && !OBJECT_PRONOUNS.has(w.lower) && !PERSON_PRONOUNS.has(w.lower) && !INDEFINITE_PRONOUN.test(w.lower);
}
const RELATIVE_OPENERS = new Set(['that', 'which', 'who']);
/** "everyone", "nobody", "someone": a relative clause's subject, never its verb. */
const INDEFINITE_PRONOUN = /^(?:every|no|some|any)(?:one|body)$/;

/** Prepositions and quantifiers that open a noun phrase, never stand before a verb: "in hopes that", "each states voting". */
const NOUN_OPENERS = new Set(['in', 'of', 'for', 'with', 'by', 'from', 'on', 'at', 'into', 'about', 'each', 'every', 'any', 'no', 'such']);

/** Prepositions that take a noun phrase or a clause with its subject, never a bare verb: "after question period". */
const PREPOSITIONS_ONLY = new Set(['after', 'before', 'during', 'following', 'until', 'amid', 'despite', 'without', 'through', 'over', 'under']);

/** Words an object of the verb "attacks" opens with: a name, a determiner, a pronoun or a possessive ("attacks Clinton", "attacks the plan", "attacks her", "attacks rival's record"). */
function attackedObject(next: Token | undefined): boolean {
  return !!next && next.type === 'word' && (next.cap || next.possessive || DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower));
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'his', 'their', 'its', 'our', 'my', 'your', 'you']);

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
/** Speech verbs whose form in -s is a common plural noun too ("claims", "reports", "calls", "demands"). */
const NOUN_PLURAL_CUES = new Set(['claim', 'report', 'call', 'demand']);
/** Whether `next`, after a plural noun, is its own verb: a lower-case word that opens no object or clause ("pile", "identify"; not "and", whose words may be what is reported). */
function clauseOfNoun(next: Token | undefined): boolean {
  return !!next && next.type === 'word' && !next.cap && !DETERMINERS.has(next.lower) && !CONJUNCTIONS.has(next.lower) && !SUBJECT_PRONOUNS.has(baseLower(next)) && !OBJECT_PRONOUNS.has(next.lower) && next.lower !== 'that' && next.lower !== 'on' && next.lower !== 'for' && !/^\d/.test(next.text);
}
/** Whether `x` is a lower-case modifier that names no one who speaks: neither people, nor a body, nor a document ("insurance", "news", "conference", "false"). */
function thingModifier(x: Token): boolean {
  return isModifierWord(x) && !x.possessive && !isPeopleNoun(x) && !isGroupHead(x.lower) && !GROUP_NOUNS.has(x.lower) && !ROLE_NOUNS.has(x.lower) && !descriptionKinds(x.lower) && !DOCUMENT_NOUNS.has(x.lower) && !SUBJECT_PRONOUNS.has(x.lower);
}

/** Filters verb forms that are no attribution here: "the say", "was criticized", "to say". */
/** Verbs of saying whose negation says nothing: "did not say", "never told". */
const DENIED_SAYING = new Set(['say', 'tell', 'state', 'claim', 'add', 'write', 'announce', 'suggest']);

/**
 * Whether the verb of saying at token `i` (sentence `s`) is denied by a negation among the
 * auxiliaries and adverbs before it: "did not say", "has never said", "wouldn't say". Its content
 * is then no one's words (a trust matter: as a quote it reads as the opposite of what was said),
 * and no cue inside it speaks either ("has never said that she opposes the levy").
 */
export function deniedSaying(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  if (info.cls !== 'speech' || !DENIED_SAYING.has(info.lemma)) return false;
  for (let k = i - 1; k >= s.from && i - k <= 4 && t[k].type === 'word' && VERB_FILLERS.has(t[k].lower); k--) {
    if (t[k].lower === 'not' || t[k].lower === 'never' || t[k].lower === 'n’t' || t[k].lower === "n't" || NEGATED_AUXILIARIES.has(t[k].lower)) return true;
  }
  return false;
}

/**
 * Whether the capitalised modal at `k`, right before the cue at `i`, is a name: a modal takes only
 * a base form, so "“…,” May said", "May says" and "Will told" name the speaker (Theresa May, Rachel Will).
 */
export function modalAsName(t: Token[], k: number, i: number, info: CueInfo): boolean {
  return k === i - 1 && t[k].cap && info.form !== 'base' && MODAL_FILLERS.has(t[k].lower);
}

export function plausibleCue(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  let k = i - 1;
  // the auxiliaries and adverbs before the verb: a passive ("was criticized") or a modal ("would say")
  let passive = false;
  let modal = false;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]) || (t[k].cap && t[k].lower.endsWith('ly'))) && !modalAsName(t, k, i, info)) {
    passive ||= PASSIVE_AUXILIARIES.has(t[k].lower);
    modal ||= MODAL_FILLERS.has(t[k].lower);
    k--;
  }
  const prev = k >= s.from ? t[k] : undefined;
  // "recalled goaltender Nate Brennan from the Marlies", "recalling its ambassador from Paris": sent back for, not remembered
  if (info.lemma === 'recall' && (calledBackFrom(t, i + 1, s.to) || productRecall(t, s, i + 1) || recalledGoods(t, k, i, s))) return false;
  if (allTold(t, s, i, k) || attributiveParticiple(t, s, i, info)) return false;
  // "The number of confirmed measles cases rose …", "a rise in reported thefts": a past form right
  // after a preposition is a participle modifying the noun after it (a preposition takes no verb)
  if (info.form === 'ed' && k === i - 1 && prev?.type === 'word' && ADJECTIVE_PREPOSITIONS.has(prev.lower) && t[i + 1]?.type === 'word' && !t[i + 1].cap && !DETERMINERS.has(t[i + 1].lower)) return false;
  // "answered calls for her resignation": a form in -s right after a verb in the past is that verb's object, a noun
  if (info.form === 's' && k === i - 1 && prev?.type === 'word' && !prev.cap && CUE_FORMS.get(prev.lower)?.form === 'ed') return false;
  // ("said, asking not to be identified because …": the terms, as a participle too)
  if (sourceTerms(t, i, info)) return false;
  if (citedAside(t, s, i, info)) return false;
  if (hearsayInfinitive(t, i, info)) return false;
  // "Not all experts agree that the plan works": a subject that denies itself the view holds none
  // (a judgement still reports one: PolNeAR counts "Not everyone finds that pitch compelling")
  if (i - s.from <= 6 && t[s.from].lower === 'not' && NOT_ALL.has(t[s.from + 1]?.lower ?? '') && SHARED_VIEWS.has(info.lemma)) return false;
  // "U.S. jobs report shows hiring slowed", "The census report said": a base form right before a
  // finite verb of saying or showing is the noun that verb's subject ends in
  if (info.form === 'base' && finiteReportingVerb(t[i + 1])) return false;
  // "According to the staff report, …": a cue's form inside the phrase "according to" opens is its noun
  if (info.form === 'base' && insideAccordingTo(t, s.from, i)) return false;
  // "founder of the Winnipeg label Prairie Fire Records": a base form after a preposition's "the" and
  // one singular name, before a name, is the noun that name modifies; a plural subject there would
  // be a verb's ("leaders of the Greens call for …"), so would a body's capitals ("the NDP call"),
  // and one before lower-case words ("Democrats in the Senate say the bill …")
  if (info.form === 'base' && nounAfterPlacedName(t, i)) return false;
  if (info.form === 'ing') {
    // "…, raising the prospect of a strike": raising is speech only with a speech object ("raising fresh questions")
    if (info.lemma === 'raise' && !raisedObject(t, i + 1, s.to)) return false;
    const next = t[i + 1];
    const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || CLAUSE_OPENING_WORDS.has(next.lower));
    // "is saying the …", "is confirming that …": a progressive reports speech when a clause follows
    // ("Police are asking anyone with information to call …", "is calling on residents to …": whom
    // the words are to and what they are to do, as "urged residents to stay home" reports it)
    if (passive) return (PROGRESSIVE_CUES.has(info.lemma) && (clauseNext || objectThenInfinitive(t, i + 1, s.to) || (TOLD.has(info.lemma) && objectThenThat(t, i + 1, s.to)))) || (info.cls === 'speech' && !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':'));
    // ("…, about 200 protesters congregated in downtown Washington, holding signs and chanting “…”":
    // a crowd's participle hangs off a clause of where it gathered, whose subject reads back to no one sure)
    if (info.lemma === 'chant' || (info.needsQuotation && !besideQuotation(t, s, i))) return false;
    // "issued a statement saying …", "posted a message urging …": the document's participle
    if (info.cls === 'speech' && afterDocument(t, i, s.from)) return true;
    const participle = !!prev && (prev.text === ',' || PARTICIPLE_OPENERS.has(prev.lower) || prev.type === 'close' || byManner(t, k, s.from));
    // ("praised the town as “my home,” recalling summer visits": right after a quotation and its comma the speaker goes on speaking)
    const afterQuotation = k === i - 1 && ((prev?.type === 'close' && t[k - 1]?.text === ',') || (prev?.text === ',' && t[k - 1]?.type === 'close'));
    return participle && (PARTICIPLE_CUES.has(info.lemma) || clauseNext || (afterQuotation && info.cls === 'speech') || (info.lemma === 'accuse' && quotedInObject(t, i, s.to) && !textBeforeComma(t, k, s.from)));
  }
  // ("The post, by Dr. Amit Rao, read in full:" and the quotation in the next paragraph)
  if (info.needsQuotation && !besideQuotation(t, s, i) && !(info.lemma === 'read' && t[s.to - 1]?.text === ':' && readOut(t, s, i))) return false;
  if (info.lemma === 'read' && !readOut(t, s, i)) return false;
  if (info.lemma === 'hear' && (!courtHeard(t, k, s.from) || hearingHeld(t, i + 1))) return false;
  // "the exchange continued for several minutes": going on for a time or until something is no
  // speech (PolNeAR counts "continued his attacks on …", "continued campaigning")
  if (info.lemma === 'continue' && t[i + 1]?.type === 'word' && ADJUNCT_START.has(t[i + 1].lower) && t[i + 1].lower !== 'to' && !besideQuotation(t, s, i)) return false;
  // "glaciers would continue to shrink": going on doing what no cue names is no speech ("continued
  // to insist that …" is reported by "insist")
  if (info.lemma === 'continue' && t[i + 1]?.lower === 'to' && t[i + 2]?.type === 'word' && !CUE_FORMS.has(t[i + 2].lower) && !besideQuotation(t, s, i)) return false;
  if (passive && (info.form === 'ed' || info.form === 'en')) return false;
  if (namingParticiple(t, i, k, info)) return false;
  if (circumstanceOfCue(t, k, s.from)) return false;
  // "a summit expected to be dominated by trade", "the bill intended to curb …": a participle
  // after a thing's noun is a passive that modifies it; no one in it expects anything
  if (passiveAfterThing(t, i, k, info) || intentInAside(t, s, i, info) || passiveJoined(t, i, s, info)) return false;
  // ("…, Global Affairs Canada said, a move Moscow vowed to answer.": the move is what is vowed, no words)
  if (summingClause(t, s, i, k)) return false;
  // "said in a video message posted just after 3 p.m.": a participle that tells where the speech's document went, no one posting
  // ("said in a bulletin to members posted late Wednesday that …": the same after the document's addressees)
  if (PUBLISHED.has(info.lemma) && info.form === 'ed' && prev && k === i - 1 && !clauseOrQuotationAt(t[i + 1]) && (documentOfSpeech(t, k, s.from) || documentOfSpeech(t, Math.max(documentBeforeAddressees(t, k, s.from), s.from), s.from))) return false;
  // "In a statement posted online, the union said …": the document's participle, where a clause after its comma reports the words
  if (PUBLISHED.has(info.lemma) && info.form === 'ed' && prev && k === i - 1 && DOCUMENT_NOUNS.has(t[k].lower) && speechAfterComma(t, i + 1, s.to)) return false;
  // "the divide highlighted by the report": a participle with its agent after it modifies the noun before
  if ((info.form === 'ed' || info.form === 'en') && t[i + 1]?.lower === 'by' && !MEDIA_AFTER_BY.has(t[i + 2]?.lower ?? '') && info.lemma !== 'say' && info.lemma !== 'tell') return false;
  // ("She went on to claim gold", "went on to order new lane ropes": after "went on to" only a verb
  // of saying, or one a clause or quotation follows, reports speech)
  if ((prev?.lower === 'to' && !(wentOnTo(t, i) && (WENT_ON_SAYING.has(info.lemma) || clauseOrQuotationAt(t[i + 1])))) || prev?.lower === 'the' || prev?.lower === 'a') return false;
  return plausibleCueSense(t, s, i, info, k, prev, modal);
}

/**
 * plausibleCue's later tests, of the word before the cue (`prev`, at `k`, before the auxiliaries
 * and adverbs; `modal` when one of them was a modal) and of the senses some cues have besides
 * speech: a function of its own, so that a branch here first taken late deoptimises and recompiles
 * these lines only, and each half is marked hot sooner (V8 waits longer the larger a function is).
 */
function plausibleCueSense(t: Token[], s: Sentence, i: number, info: CueInfo, k: number, prev: Token | undefined, modal: boolean): boolean {
  // "Editor’s note:", "the mayor’s statement": a noun after a possessive (not "she’s said"); with
  // its clause it is still an attribution ("Trump’s claim that …")
  // ("Sainsbury's said", "Macy's announced": a name in the possessive before a verb that is never a noun is a shop's name)
  if (prev?.possessive && !SOURCE_CONTRACTIONS.has(baseLower(prev)) && t[i + 1]?.lower !== 'that' && !(prev.cap && NEVER_NOUNS.has(t[i].lower))) return false;
  // "the mayor's late-night posts", "Trump's Latest Remarks": a plural noun after a possessive and
  // an adjective (not "the mayor's spokesman says": a noun that names who speaks); with its clause
  // or infinitive it is still an attribution ("Trump's fiery vows to scrap the deal")
  const owner = t[i - 2];
  if (info.form === 's' && owner?.possessive && !SOURCE_CONTRACTIONS.has(baseLower(owner)) && adjectiveShaped(t[i - 1]) && t[i + 1]?.lower !== 'that' && t[i + 1]?.lower !== 'to') return false;
  // "a journalist intent on getting answers", "families demanding answers": a plural right after a verb of getting in -ing is its object
  if (info.form === 's' && prev && k === i - 1 && GETTING.has(prev.lower)) return false;
  // "Republican state senator": a base form after a name modifies the role noun after it (not a
  // verb no noun is named by: "Police say residents should …", "Officials urge drivers to …")
  const following = t[i + 1];
  if (info.form === 'base' && !NEVER_MODIFIERS.has(info.lemma) && prev && isNameWord(prev) && following?.type === 'word' && !following.cap && (ROLE_NOUNS.has(following.lower) || GROUP_NOUNS.has(following.lower))) return false;
  // "Russian state television reported", "the Greek state news agency", "Minnesota state delegate":
  // "state" after a name and before a lower-case word modifies the noun after it (the verb takes
  // "that", a quotation or a colon: "The Greens state that …"), and before a capitalised word too
  // ("South Carolina state Reps. Ana Ruiz", "California state Senate candidate")
  if (info.lemma === 'state' && info.form === 'base' && prev && isNameWord(prev) && following?.type === 'word' && following.lower !== 'that') return false;
  // "Rust Belt states that have suffered", "Rust Belt states underscored", "Rust Belt states
  // Indiana and Ohio": "states" after a name is the plural noun, unless "that" opens a clause
  // (no relative's verb at once), a colon, a comma or a quotation follows ("Ohio states that it …")
  if (info.lemma === 'state' && info.form === 's' && prev && isNameWord(prev) && following && following.type === 'word' && !(following.lower === 'that' && !relativeVerb(t[i + 2])) && following.lower !== 'in') return false;
  // ("Judge blocks state abortion ban", "sued state officials": before a bare noun, the verb would
  // take a determiner, a pronoun, a clause or an adverb: "state the facts", "state it", "state clearly")
  if (info.lemma === 'state' && info.form === 'base' && following?.type === 'word' && !following.cap && !DETERMINERS.has(following.lower) && !STATED_OBJECTS.has(following.lower) && !isLyAdverb(following)) return false;
  // "raised concerns over …", "raised China as a challenge": raising is speech only with such an
  // object, or as a characterisation ("X as Y")
  if (info.lemma === 'raise' && !(following && RAISED.has(following.lower)) && !asWithin(t, i + 2, i + 5)) return false;
  // ("who first raised concerns in 2021": concerns with no topic nor content after them report no words)
  if (info.lemma === 'raise' && following && RAISED.has(following.lower) && !raisedTopicAfter(t, i + 2, s.to)) return false;
  // "the rules that govern …", "a ruling that …": only "ruled" is surely the verb
  if (info.lemma === 'rule' && info.form !== 'ed') return false;
  // ("a group which calls itself the Valley Defenders": a name a body gives itself, no words said;
  // a person's "calls himself a democratic socialist" is a self-description, an attribution)
  const named = t[i + 2]?.lower === 'the' ? t[i + 3] : t[i + 2];
  if (info.lemma === 'call' && (following?.lower === 'itself' || (following?.lower === 'themselves' && named?.type === 'word' && named.cap))) return false;
  // "ruled that out", "ruled that country for decades": "that" is no clause's without a verb after it
  // ("CONTENT, the Federal Court ruled on Monday.": a court's ruling after its content reports it too)
  const ruling = info.lemma === 'rule' && rulingAfterContent(t, i, s);
  if (info.lemma === 'rule' && (t[i + 1]?.lower !== 'that' || !hasFiniteVerb(t, i + 3, Math.min(s.to, i + 24))) && !ruling) return false;
  // "let BC Ferries order six new vessels", "ordered 40 buses": a purchase counted, no command (one
  // has its infinitive: "ordered 500 troops to withdraw")
  if (info.lemma === 'order' && following && (NUMBER_WORDS.has(following.lower) || /^\d/.test(following.text)) && !infinitiveWithin(t, i + 2, Math.min(s.to, i + 8))) return false;
  // "Canada pledges $120 million for …", "promised $5 million to the fund": a sum given, no words reported
  if (MONEY_GIVING.has(info.lemma) && following && CURRENCY.has(following.text) && /^\d/.test(t[i + 2]?.text ?? '')) return false;
  // "That said, the plan has support", "Having said that, …", "With that said,": a discourse marker, no one speaking
  if (info.lemma === 'say' && info.form === 'ed' && discourseSaid(t, s, i)) return false;
  // "pleaded guilty", "pleads not guilty": a plea, not a statement
  if (info.lemma === 'plead' && following && PLEAS.has(following.lower)) return false;
  // "said the law regulated conduct, and that states “have broad latitude …”": after "and that" a
  // second content clause opens, whose subject the plural noun is (a relative "that" follows a noun)
  if (info.form === 's' && prev?.lower === 'that' && k === i - 1 && k > 0 && CONJOINED_CONTENT.has(t[k - 1].lower)) return false;
  // "five states", "his remarks", "these reports", "in hopes that", "each states": a plural noun, not a verb
  // ("Hydro One says …", "Channel One says": a capitalised number inside a sentence ends a name;
  // "A mother of three says …": "says" is no plural noun)
  const nameEnd = (!!prev && prev.cap && k > s.from && t[k - 1]?.type === 'word' && t[k - 1].cap) || t[i].lower === 'says';
  if (info.form === 's' && prev && prev.lower !== 'that' && !nameEnd && (DETERMINERS.has(prev.lower) || NOUN_OPENERS.has(prev.lower) || NUMBER_WORDS.has(prev.lower) || /^\d+$/.test(prev.text))) return false;
  // "told the board during public comments that …", "in his closing remarks that …": after a
  // speech's modifiers that a determiner or a preposition opens, a plural noun; "question period" a sitting
  if ((info.form === 's' && modifiedSpeechNoun(t, i, s.from)) || sittingName(t, i)) return false;
  // "four corruption charges involving 2.8 million ringgit", "claims relating to …": a participle that
  // modifies a noun after the form in -s, no object or clause a verb would take
  if (info.form === 's' && NOUN_MODIFIERS.has(following?.lower ?? '')) return false;
  // "he charged into the fray", "charged towards the goal": a rush, no charge laid
  if (info.lemma === 'charge' && MOTION_PARTICLES.has(following?.lower ?? '') && !besideQuotation(t, s, i)) return false;
  // "agents that handle (customer-service) calls for banks": after a relative clause's own verb, a
  // plural noun, its object ("the rule that staff calls unfair", "that he calls" keep their subject)
  if (info.form === 's' && prev && relativeVerbBefore(t, prev.lower.includes('-') ? k - 1 : k, s.from)) return false;
  // "the Paris terror attacks test …", "the Brussels attacks would …": "attacks" with no object after it is the plural noun
  if (info.lemma === 'attack' && info.form === 's' && !attackedObject(t[i + 1])) return false;
  // ("Crop insurance claims pile up", "conference calls and meetings", "Turkish news reports identify"):
  // a noun's plural in -s right after a lower-case word that names no one who speaks (no people,
  // body or document noun, no pronoun) is that compound's head, no verb
  // (with its own verb after it: "claims he's …", "calls the plan …" still report)
  if (info.form === 's' && NOUN_PLURAL_CUES.has(info.lemma) && prev && k === i - 1 && thingModifier(prev) && clauseOfNoun(t[i + 1])) return false;
  if ((info.cls === 'attitude' || info.cls === 'report') && !ruling && !plausibleAttitude(t, i, info, prev)) return false;
  // ("Speaking to reporters after question period, she …", "during question time", "for comment"):
  // a base form right after a preposition is a noun; no verb stands there (after "whose" too: "A veteran whose claim sat for years said")
  if (info.form === 'base' && prev && k === i - 1 && (NOUN_OPENERS.has(prev.lower) || PREPOSITIONS_ONLY.has(prev.lower) || prev.lower === 'whose')) return false;
  // ("a Democrat from Washington state, posted …", "upstate New York state"): "state" after a US
  // state's name (Washington, the city's name too, is no state of US_STATES) is the noun that names it, no verb
  if (info.lemma === 'state' && info.form === 'base' && prev && k === i - 1 && prev.cap && (prev.lower === 'washington' || US_STATES.has(prev.lower) || US_STATES.has(`${t[k - 1]?.lower ?? ''} ${prev.lower}`))) return false;
  // ("Economists at the Ottawa think tank said", "a fellow at the Washington think tank Brookings"):
  // a base form before the noun it makes a compound with is that compound's first noun, whatever follows
  if (info.form === 'base' && cueCompound(t, i)) return false;
  if (info.form === 'base' && (compoundHead(t, i) || (k === i - 1 && !info.needsQuotation && baseFormNoun(t, i, s.from)))) return false;
  // ("“…,” she read.": beside a quotation a manner verb's base form is as often its past, "read")
  if (info.form === 'base' && !info.needsQuotation) {
    const next = t[i + 1];
    const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || next.text === ',' || (next.type === 'word' && !ADJUNCT_START.has(next.lower) && !STOP_BACKWARD.has(next.lower)));
    if (k === i - 1 && wentOnTo(t, i)) return true;
    // ("Drivers, however, say they …": the subject stands before an aside between commas)
    if (prev?.text === ',' && !modal) {
      const subject = skipParenthetical(t, k, s.from);
      if (subject < k && subject >= s.from) {
        k = subject;
        prev = t[subject];
      }
    }
    if (modal || !prev) return modal;
    // "Another tweet came", "an answer came": right after such an article, a noun
    if (prev.lower === 'another' || prev.lower === 'an') return false;
    // "according to a staff report", "in a council statement": after "a" and a singular noun, a noun
    // (and after a noun in -s that "a" makes one thing: "on an earnings call", "a sales pitch")
    if (ONE_ARTICLES.has(t[k - 1]?.lower ?? '') && !PLURAL_COLLECTIVES.has(prev.lower)) return false;
    // ("the family say", not "of public comment": a collective with its determiner)
    const collective = PLURAL_COLLECTIVES.has(prev.lower) && !!t[k - 1] && (DETERMINERS.has(t[k - 1].lower) || !!t[k - 1].possessive);
    // ("the 10-year Treasury note jumped 14 basis points": after a name, a past form at once is the
    // noun's own verb, no clause without its subject)
    const nounsVerb = !!next && next.type === 'word' && !next.cap && (/[^e]ed$/.test(next.lower) || MOVED.has(next.lower));
    // ("…, and some say they will sell": a quantity standing for people, with a clause after it; not "some say in the plan")
    if ((QUANTITY_SUBJECTS.has(prev.lower) && clauseNext) || PLURAL_SUBJECTS.has(prev.lower) || GROUP_NOUNS.has(prev.lower) || isGroupHead(prev.lower) || collective || (prev.lower.endsWith('s') && !prev.cap) || ((isNameWord(prev) || /^\d/.test(prev.text)) && clauseNext && !nounsVerb)) return true;
    // "The committee heard the minister say that …": the bare infinitive after the object of a verb of hearing
    if (clauseNext && heardObjectBefore(t, k, s.from)) return true;
    // ("Farmers whose fields were buried say", "Residents who spoke to the mayor say": a plural
    // people noun opening the sentence, whose relative clause ends at the verb)
    const relative = clauseNext ? relativeHead(t, s.from, i) : null;
    if (relative && (isGroupHead(t[relative.to - 1].lower) || isPeopleNoun(t[relative.to - 1]))) return true;
    // "People living near the quarry say": a plural people noun with its post-modifier
    // ("Economists at the Ottawa think tank say": read back from before a compound whose first noun is a cue's form)
    const compound = k - 1 > s.from && cueCompound(t, k - 1);
    const np = prev.type === 'word' && !prev.cap ? npBackward(t, compound ? k - 2 : k, s.from) : null;
    return !!np && np.to - np.from > 2 && t.slice(np.from, np.to - 1).some((x) => isGroupHead(x.lower));
  }
  return true;
}

/** Verbs in -ing whose object a noun after them is: "getting answers", "seeking comments", "awaiting reports". */
const GETTING = new Set(['getting', 'seeking', 'demanding', 'wanting', 'needing', 'giving', 'providing', 'offering', 'receiving', 'finding', 'having', 'awaiting', 'reading', 'writing', 'answering', 'fielding']);

/** Verbs of perceiving whose object a bare infinitive follows: "heard the minister say", "watched her tell". */
const PERCEIVING = new Set(['heard', 'hear', 'hears', 'hearing', 'overheard', 'watched', 'saw']);

/** Whether a verb of perceiving comes within six words back from token `k` (the infinitive's subject's last word), no mark or function word between ("hear it during the court term that …" is no object's). */
function heardObjectBefore(t: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && k - j <= 6 && t[j].type === 'word'; j--) {
    if (PERCEIVING.has(t[j].lower)) return true;
    if (STOP_BACKWARD.has(t[j].lower)) return false;
  }
  return false;
}

/** Whether a comma comes within a few words from token `from` and a speech verb in -ed or -s in the active after it, before `to`. */
function speechAfterComma(t: Token[], from: number, to: number): boolean {
  let j = from;
  while (j < to && j - from < 6 && t[j].type === 'word') j++;
  if (t[j]?.text !== ',') return false;
  for (j++; j < to; j++) {
    const cue = t[j].type === 'word' && !t[j].cap ? CUE_FORMS.get(t[j].lower) : undefined;
    // (not a passive: "the pier was said to be safe" leaves the document the source)
    if (cue && cue.cls === 'speech' && (cue.form === 'ed' || cue.form === 's') && !PASSIVE_AUXILIARIES.has(t[j - 1].lower)) return true;
  }
  return false;
}

/** Verbs of committing money as well as of speech: with a sum for object they report no words. */
const MONEY_GIVING = new Set(['pledge', 'promise', 'commit', 'offer', 'vow']);

/** Participles that follow a noun and modify it ("charges involving …", "claims relating to …"), never the object or clause of a verb in -s. */
const NOUN_MODIFIERS = new Set(['involving', 'relating', 'related', 'stemming', 'arising', 'linked', 'tied', 'connected', 'filed', 'lodged', 'laid', 'brought', 'pending']);

/** Words of direction after "charged" in its sense of rushing ("charged into the fray", "charged down the wing"). */
const MOTION_PARTICLES = new Set(['into', 'toward', 'towards', 'ahead', 'through', 'forward', 'onto', 'across', 'past', 'down', 'up', 'out', 'off']);

/** Adjectives of a thing said or posted: "new", "recent", "own". */
const ADJECTIVES = new Set(['new', 'recent', 'latest', 'own', 'early', 'late', 'frequent', 'many', 'several', 'few', 'public', 'private', 'online', 'angry', 'blunt', 'harsh']);

/**
 * Whether `x` has an adjective's shape rather than a noun's that names people: a compound with a
 * hyphen ("late-night", not "co-founder"), an ending of adjectives or participles ("latest",
 * "repeated", "political", "offensive"), or one of ADJECTIVES. In any case, for title-case headlines.
 */
function adjectiveShaped(x: Token | undefined): boolean {
  if (!x || x.type !== 'word' || x.possessive) return false;
  const w = x.lower;
  // ("Moncton's mayor-elect says": an office about to be held, its role noun before "-elect")
  const role = w.replace(/-(?:elect|designate)$/, '');
  const head = role.slice(role.lastIndexOf('-') + 1);
  if (ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || isGroupHead(head)) return false;
  return w.includes('-') || ADJECTIVES.has(w) || /(?:est|[^e]ed|al|ive|ous|ic|ful|ary)$/.test(w);
}

/** Articles of one thing: a base form after "a" and a noun is a noun ("a staff report"), for "a staff say" is no clause. */
const ONE_ARTICLES = new Set(['a', 'an', 'each', 'every']);

/** Prepositions whose object a name after "the" is ("of the Winnipeg label", "at the Toronto studio"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'by', 'on', 'in', 'to']);

/** Whether token `i` follows "PREPOSITION the NAME", the name one title-case word not in the plural. */
function nounAfterPlacedName(t: Token[], i: number): boolean {
  const name = t[i - 1];
  if (!name || name.type !== 'word' || !name.cap || name.possessive || name.lower.endsWith('s') || name.text === name.text.toUpperCase()) return false;
  return t[i - 2]?.lower === 'the' && OBJECT_PREPOSITIONS.has(t[i - 3]?.lower ?? '') && isNameWord(t[i + 1]);
}

/** Subjects in lower case other than the personal pronouns: "they expected to …", "we intended to …". */
const SUBJECT_WORDS = new Set(['they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
/** Verbs of intent whose participle after a thing's noun is passive: "a summit expected to …", "a law intended to …". */
const PASSIVE_ATTITUDES = new Set(['expect', 'intend', 'plan']);

/**
 * "a two-day summit expected to be dominated by trade", "the bill intended to curb …": a verb of
 * intent in -ed (token `i`) with "to" after it, right after the singular noun of a thing that
 * opens with a determiner (at most one word between: token `k` is the noun). The noun expects
 * nothing: the participle is a passive that modifies it.
 */
function passiveAfterThing(t: Token[], i: number, k: number, info: CueInfo): boolean {
  if (!PASSIVE_ATTITUDES.has(info.lemma) || info.form !== 'ed' || k !== i - 1 || t[i + 1]?.lower !== 'to') return false;
  const noun = t[k];
  if (!noun || noun.type !== 'word' || noun.cap || noun.possessive || noun.lower.endsWith('s') || isPeopleNoun(noun) || GROUP_NOUNS.has(noun.lower) || ROLE_NOUNS.has(noun.lower) || SUBJECT_WORDS.has(noun.lower) || PERSON_PRONOUNS.has(noun.lower)) return false;
  const before = t[k - 1];
  const twoBefore = t[k - 2];
  return !!before && before.type === 'word' && (DETERMINERS.has(before.lower) || (!before.cap && !!twoBefore && DETERMINERS.has(twoBefore.lower)));
}

/**
 * "The man was arrested and charged": a participle of a verb whose object is a person (token `i`,
 * `info`) joined by "and" to another after a form of "be" shares its passive; no one charges,
 * orders or warns there.
 */
function passiveJoined(t: Token[], i: number, s: Sentence, info: CueInfo): boolean {
  if (i - 3 < s.from || t[i - 1].lower !== 'and' || info.form !== 'ed' || !PASSIVE_OBJECTS.has(info.lemma)) return false;
  const other = t[i - 2];
  if (other.type !== 'word' || other.cap || !other.lower.endsWith('ed')) return false;
  // (an adverb may stand between: "was quickly arrested and charged")
  const aux = t[i - 3].type === 'word' && t[i - 3].lower.endsWith('ly') && i - 4 >= s.from ? t[i - 4] : t[i - 3];
  return PASSIVE_AUXILIARIES.has(aux.lower) || GET_PASSIVE.has(aux.lower);
}
/** "got charged": the passive with "get". */
const GET_PASSIVE = new Set(['got', 'get', 'gets']);
/** Verbs of speech whose object is a person, whose passive news joins to another ("arrested and charged", "fined and ordered", "stopped and questioned"); "was elected and promised" stays speech. */
const PASSIVE_OBJECTS = new Set(['charge', 'accuse', 'order', 'warn', 'advise', 'caution', 'cite', 'urge', 'ask', 'tell', 'instruct', 'direct', 'question', 'blame', 'criticize', 'criticise', 'reprimand']);

/** The plain cues that end an aside's subject: "ORG, one of the firms expected to bid, said …". */
const ASIDE_END_CUES = new Set(['said', 'says', 'told']);

/**
 * "Harbour Wind, one of the companies expected to bid on the lease, said …": a verb of intent in
 * -ed (token `i`) with "to" after it, whose infinitive runs to a comma right before "said" in
 * sentence `s`, is a participle inside an aside on the subject (people nouns included); the
 * sentence's cue is the "said" after it.
 */
function intentInAside(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  if (!PASSIVE_ATTITUDES.has(info.lemma) || info.form !== 'ed' || t[i + 1]?.lower !== 'to' || t[i - 1]?.type !== 'word') return false;
  for (let j = i + 2; j < s.to - 1; j++) {
    if (t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') return false;
    if (t[j].text === ',') return ASIDE_END_CUES.has(t[j + 1].lower);
  }
  return false;
}

export const HEADLINE_FORMS = new Set(['s', 'ed']);
/** Words before an -ing form that make it a participle of the clause before: "…, saying", "and adding", "while noting". */
export const PARTICIPLE_OPENERS = new Set(['and', 'while', 'before', 'after', 'when', '—']);

/**
 * "opened by asking X whether …", "responded by saying …", "followed up by noting …": "by" at
 * token `k` right after a verb in -ed (or its particle "up") makes the speech participle after
 * it the manner of that verb, a clause of the same subject; not inside reported speech ("said
 * that Ode had erred by calling …": a "that" or a quotation mark before it in the sentence).
 */
export function byManner(t: Token[], k: number, from: number): boolean {
  const verb = t[k - 1];
  if (t[k]?.lower !== 'by' || !verb || verb.type !== 'word' || verb.cap || !(/[^e]ed$/.test(verb.lower) || verb.lower === 'up')) return false;
  for (let j = k - 2; j >= from && k - j < 30; j--) if (t[j].lower === 'that' || t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') return false;
  return true;
}
/** Auxiliaries before a past participle that make it passive: "was criticized". */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Modals and "do" before a base form: "would say", "did not say". */
const MODAL_FILLERS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** Words after an -ing form that open its clause: "saying it …", "arguing the …". */
const CLAUSE_OPENING_WORDS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the']);
/** Plural subjects of a base form: "they say". */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'who']);
/** Quantities that stand for people as a base form's subject: "some say", "many argue". */
const QUANTITY_SUBJECTS = new Set(['some', 'many', 'most', 'few', 'several', 'both', 'all']);

/** Whether `w` opens a relative clause's predicate right after "that": an auxiliary or a past form ("that have suffered", "that voted"). */
const relativeVerb = (w: Token | undefined): boolean => !!w && w.type === 'word' && !w.cap && (AUXILIARIES.has(w.lower) || /[a-z]ed$/.test(w.lower));

/** What "state" as a verb takes that is no noun: "state it", "state what", "state my case". */
const STATED_OBJECTS = new Set(['it', 'them', 'what', 'how', 'why', 'whether', 'when', 'where', 'my', 'your', 'so', 'plainly', 'otherwise', 'as', 'for']);
/** How a statement was made, after "said by": "told by phone" is still a cue. */
const MEDIA_AFTER_BY = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videoconference', 'video-link', 'letter', 'mail', 'fax', 'satellite', 'twitter', 'tweet', 'radio', 'way']);
/** Collective nouns that take a plural verb: "the family say", "the team argue". */
const PLURAL_COLLECTIVES = new Set(['family', 'team', 'committee', 'council', 'board', 'couple', 'panel', 'union', 'jury', 'government', 'party', 'club', 'band', 'public']);

/** Verbs of speech in the past that no noun is spelt like. */
const NEVER_NOUNS = new Set(['said', 'told', 'announced', 'warned', 'confirmed', 'added']);
/** Cues whose base form is no noun, so never modifies the one after it ("state senator", "protest leaders", "talk show host" do). */
const NEVER_MODIFIERS = new Set(['say', 'tell', 'warn', 'urge', 'ask', 'insist', 'argue', 'believe', 'think']);
/** Pronouns whose contraction looks possessive: "she’s said", "it’s claimed". */
const SOURCE_CONTRACTIONS = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'everyone', 'nobody', 'someone']);
/** Objects that make "raise" a speech act. */
const RAISED = new Set(['concerns', 'concern', 'questions', 'doubts', 'objections', 'fears', 'alarm', 'worries', 'complaints', 'criticism']);
/** Objects after "raising" that make it a speech act besides those of RAISED: "raising the question of …". */
const RAISED_TOPICS = new Set(['question', 'issue', 'issues', 'matter', 'subject', 'example', 'point', 'points', 'spectre', 'specter', 'hackles']);

/** Prepositions after which a cue's past form is an adjective: "of confirmed cases", "in reported thefts". */
const ADJECTIVE_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'among', 'from']);
/** Words after raised concerns that open what they are about or say ("concerns about the cost", "questions over", "fears that …"). */
const RAISED_TOPIC_OPENERS = new Set(['about', 'over', 'that', 'regarding', 'whether', 'as', 'of']);

/**
 * Whether a topic or content follows raised concerns ending before token `from`: an opener
 * (RAISED_TOPIC_OPENERS) among the next eight words, "on" at once ("concerns on the deal", not
 * "at the meeting on Monday"), or a colon or quotation mark at once.
 */
function raisedTopicAfter(t: Token[], from: number, to: number): boolean {
  const first = t[from];
  if (!first || from >= to) return false;
  if (first.type !== 'word') return first.text === ':' || QUOTE_MARKS.has(first.text);
  if (first.lower === 'on') return true;
  for (let j = from; j < to && j < from + 8 && t[j].type === 'word'; j++) if (RAISED_TOPIC_OPENERS.has(t[j].lower)) return true;
  return false;
}

/** Whether a speech object ("concerns", "the issue", "fresh questions") comes within three words from token `from`, before `to`. */
function raisedObject(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 3); j++) {
    const w = baseLower(t[j]);
    if (RAISED.has(w) || RAISED_TOPICS.has(w)) return true;
    if (t[j].type !== 'word') return false;
  }
  return false;
}

/**
 * Whether the words from token `from` are an object and "from" a place or body ("goaltender Nate
 * Brennan from the Marlies"), within six words and no comma or clause word: a recall of someone
 * or something, not a memory ("recalled how …", "recalled her days as …").
 */
function calledBackFrom(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 7); j++) {
    const x = t[j];
    if (x.type !== 'word' || RECALL_CLAUSE.has(x.lower)) return false;
    if (x.lower === 'from') return j > from && !!t[j + 1] && (t[j + 1].cap || DETERMINERS.has(t[j + 1].lower));
  }
  return false;
}
/**
 * Whether the object after "recalled" (from token `j`, sentence `s`) is what a maker takes back:
 * "recalled its Cozy Incline sleeper", "recalled 200,000 vehicles", "recalled about 1.2 million
 * units" (a body's "its", "it" or "them" alone, or a count); "recalled her first day" and "recalled the night" stay
 * memories, and so does any sentence with a quotation ("The nurse recalled its early days: “…”").
 */
function productRecall(t: Token[], s: Sentence, j: number): boolean {
  const x = t[j];
  if (!x || x.type !== 'word') return false;
  let k = j;
  while (k < j + 2 && t[k]?.type === 'word' && RECALL_COUNT_LEADS.has(t[k].lower)) k++;
  // (a year is a memory's: "recalled 1998 as the hardest year")
  // ("…, which recalled it on Nov. 9": "it" or "them" alone is the goods named before, no words remembered)
  const goods = x.lower === 'its' || ((x.lower === 'it' || x.lower === 'them') && recallEnds(t, s, j + 1)) || (!!t[k] && /^\d[\d,.]*$/.test(t[k].text) && !/^(?:1[89]|20)\d\d$/.test(t[k].text));
  if (!goods) return false;
  // (the sentence is read for quotation marks only once the object looks like goods)
  for (let q = s.from; q < s.to; q++) if (t[q].type === 'open' || t[q].type === 'close' || t[q].type === 'ambiguous') return false;
  return true;
}
/**
 * "the recalled fryers", "bought recalled cans", "kept selling recalled formula": "recalled" at `i`
 * right after a determiner or another verb (`k`, past the auxiliaries) and before a noun in lower
 * case is the goods' adjective; no one remembers ("He recalled the night", "Residents recalled
 * fires" keep their subject).
 */
function recalledGoods(t: Token[], k: number, i: number, s: Sentence): boolean {
  const prev = k >= s.from ? t[k] : undefined;
  const next = t[i + 1];
  if (t[i].lower !== 'recalled' || k !== i - 1 || !prev || prev.type !== 'word' || prev.cap || !next || next.type !== 'word' || next.cap) return false;
  if (DETERMINERS.has(next.lower) || RECALL_CLAUSE.has(next.lower) || PERSON_PRONOUNS.has(next.lower)) return false;
  return (DETERMINERS.has(prev.lower) && prev.lower !== 'that') || prev.lower.endsWith('ing') || IRREGULAR_PASTS.has(prev.lower);
}
/** Words before a count of recalled goods: "about 1,200", "more than 300,000". */
const RECALL_COUNT_LEADS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'than', 'approximately']);

/**
 * Whether the recall's object ends before token `j` (sentence `s`): the sentence or its clause ends, or
 * a time's or a place's adjunct follows ("recalled it on Nov. 9", "recalled them in March", "recalled it
 * last week"); a clause, a participle or a manner goes on with a memory ("recalled it was snowing",
 * "recalled them saying …", "recalled it fondly", "recalled it well: …").
 */
function recallEnds(t: Token[], s: Sentence, j: number): boolean {
  const x = t[j];
  if (j >= s.to || !x) return true;
  if (x.type !== 'word') return x.text === ',' || x.text === '.' || x.text === ';';
  return RECALL_ADJUNCTS.has(x.lower);
}
/** Words opening a time's or a place's adjunct after a recall's "it" or "them". */
const RECALL_ADJUNCTS = new Set(['on', 'in', 'at', 'after', 'before', 'last', 'this', 'earlier', 'from', 'over', 'because', 'due', 'following', 'amid', 'voluntarily', 'and', 'across', 'nationwide', 'worldwide', 'until', 'since', 'by']);
/** Words after "recalled" that open what was remembered. */
const RECALL_CLAUSE = new Set(['how', 'that', 'what', 'when', 'where', 'why', 'who', 'being', 'having', 'seeing', 'hearing', 'as']);

/** Words after "plead" that make it a plea in court. */
const PLEAS = new Set(['guilty', 'not', 'innocent', 'no']);
/** Conjunctions before "that" that join a second content clause to the first: "…, and that states …". */
const CONJOINED_CONTENT = new Set(['and', 'but', 'or']);

/**
 * Whether the cue at `i` stands beside a quotation: right after its closing mark (“…,” sighed X),
 * after a subject that follows one (“…,” X sighed), or before an opening mark (X sighed: “…”).
 */
function besideQuotation(t: Token[], s: Sentence, i: number): boolean {
  const isOpen = (x: Token | undefined): boolean => !!x && (x.type === 'open' || x.type === 'ambiguous');
  // (past how much is quoted: "said, in part, “…”", "reads, in part: “…”", "read in full: “…”")
  let j = i + 1;
  if (t[j]?.text === ',' && t[j + 1]?.lower === 'in') j++;
  if (t[j]?.lower === 'in' && (t[j + 1]?.lower === 'part' || t[j + 1]?.lower === 'full')) j += 2;
  else j = i + 1;
  if (isOpen(t[j]) || ((t[j]?.text === ',' || t[j]?.text === ':') && isOpen(t[j + 1]))) return true;
  let k = i - 1;
  while (k >= s.from && i - k <= 7 && t[k].type === 'word') k--;
  return k >= s.from && (t[k].type === 'close' || t[k].type === 'ambiguous');
}

/**
 * "…, accusing Tom Hale of “lying to voters”", "opened by accusing her rival of “…”": an accusing
 * participle whose object (a few words, then the accusation's "of") leads into an opening quotation
 * mark reports the words quoted (not "attacking Trump for “…”" after a sentence whose speaker it
 * would inherit: the verbs of blame already have their own ways).
 */
function quotedInObject(t: Token[], i: number, to: number): boolean {
  for (let j = i + 1; j < Math.min(to, i + 7); j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'ambiguous') return j > i + 2 && t[j - 1].lower === 'of';
    if (x.type !== 'word') return false;
  }
  return false;
}

/** Nouns of a text that can accuse someone, beside the documents: "a column, accusing him of “…”". */
const ACCUSING_TEXTS = new Set(['column', 'flyer', 'pamphlet', 'leaflet', 'mailer', 'meme', 'comment', 'reply', 'thread']);

/**
 * "sued the paper over a column, accusing him of “…”", "responding to a post on X, accusing her of
 * “…”": a text's noun in the few words before the comma at `k` (before a participle) is what the
 * participle describes, whose words are no one's the clause names (not "took aim at her rival, accusing").
 */
function textBeforeComma(t: Token[], k: number, from: number): boolean {
  if (t[k]?.text !== ',') return false;
  for (let j = k - 1; j >= from && j >= k - 4 && t[j].type === 'word'; j--) {
    if (!t[j].cap && (DOCUMENT_NOUNS.has(t[j].lower) || ACCUSING_TEXTS.has(t[j].lower))) return true;
  }
  return false;
}

/** Words from token `from` within which an auxiliary or a modal shows a clause's verb ("believe rates | will"). */
const CLAUSE_VERB_REACH = 5;

/** Whether an auxiliary or a modal is among the words from token `from` (CLAUSE_VERB_REACH at most, no mark between). */
function auxiliaryNear(t: Token[], from: number): boolean {
  for (let j = from; j < t.length && j - from < CLAUSE_VERB_REACH && t[j].type === 'word'; j++) if (AUXILIARIES.has(t[j].lower) || MODALS.has(t[j].lower)) return true;
  return false;
}

/** Words that make the clause they open a supposition or a question, no one's view ("If investors think …", "Do voters believe …?"). */
const SUPPOSING_OR_ASKING = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once', 'until', 'lest', 'do', 'does', 'did', 'why', 'how', 'what', 'can', 'could', 'will', 'would', 'should', 'are', 'is']);

/** Whether a word of SUPPOSING_OR_ASKING is among the three words before the subject's noun at token `noun` (no mark between): "If many investors think …". */
function supposedOrAsked(t: Token[], noun: number): boolean {
  for (let j = noun - 1; j >= 0 && noun - j <= 3 && t[j].type === 'word'; j--) if (SUPPOSING_OR_ASKING.has(t[j].lower)) return true;
  return false;
}

/** "support", "show", "find" and the like: only with a clause, after a document, or a thinking verb after a person. */
function plausibleAttitude(t: Token[], i: number, info: CueInfo, prev: Token | undefined): boolean {
  const next = t[i + 1];
  if (next && (next.lower === 'that' || next.type === 'open' || next.text === ':')) return true;
  if (infinitiveAt(t, i + 1, info)) return true;
  // ("agreed with the coalition that the listing was …": the view shared, after with whom)
  if (info.lemma === 'agree' && next?.lower === 'with' && thatAfterWhom(t, i + 2)) return true;
  // "Official figures showed …", "the latest guesses were": a plural noun before its verb, no one figuring
  if (info.form === 's' && nounBeforeVerb(next)) return false;
  // "Christie endorsed Trump", "voters who oppose the wall": a stance toward someone or something named
  if (STANCE_VERBS.has(info.lemma) && next && next.type === 'word' && (next.cap || DETERMINERS.has(next.lower) || ['him', 'her', 'them', 'it'].includes(next.lower))) return true;
  if (info.cls === 'report' && prev && (DOCUMENT_NOUNS.has(prev.lower.replace(/s$/, '')) || seenDocumentEndsAt(t, i) || documentByName(t, i))) return true;
  // "Justice Harpreet Gill found the city had failed …", "the jury found he was …": a court's
  // finding, its clause without "that" (not "police found the man had …": a discovery)
  if ((info.lemma === 'find' || info.lemma === 'conclude' || info.lemma === 'rule') && info.form === 'ed' && judicialSubject(t, i) && clauseFollows(t, i + 1)) return true;
  // "The drug cut deaths by a third, the researchers found.": a report verb that closes the
  // sentence after a comma and its short subject tells what was found, as after a document
  // (not a discovery on the ground: "The house was empty, the police found.", "…, divers found.")
  if (info.cls === 'report' && info.form === 'ed' && next?.text === '.' && closingSubjectAfterComma(t, i) && !(info.lemma === 'find' && FINDERS_ON_THE_GROUND.has(prev?.lower ?? ''))) return true;
  // ("He knows every bolt in the tower": acquaintance with a thing, no view)
  // ("Some economists believe rates will …": people in the plural and in lower case, only with an
  // auxiliary near, the clause's; not "some teachers feel the pressure", "watchers expect Kim to be …")
  return info.cls === 'attitude' && COGNITIVE.has(info.lemma) && !knownThing(t, i, info) && !!prev && (PERSON_PRONOUNS.has(prev.lower) || isNameWord(prev) || ['i', 'we', 'they'].includes(prev.lower) || (peopleInPlural(prev) && auxiliaryNear(t, i + 2) && !supposedOrAsked(t, i - 1))) && !!next && next.type === 'word' && !ADJUNCT_START.has(next.lower) && !(GERUND_TAKERS.has(info.lemma) && gerundObject(t, i + 1));
}

/**
 * "because she feared losing her job", "he worried being seen": a thinking verb whose object is a
 * gerund with its own object (a determiner, a possessive or an object pronoun after the -ing word,
 * or "being" and a participle) fears a thing, and says no clause; not when a finite verb follows
 * within the clause ("fear losing the vote would end it", "fear rising rents will …").
 */
function gerundObject(t: Token[], k: number): boolean {
  const w = t[k];
  if (!w || w.type !== 'word' || w.cap || !/^[a-z]{2,}ing$/.test(w.lower) || ING_NOUNS.has(w.lower)) return false;
  const after = t[k + 1];
  const object = !!after && after.type === 'word' && (DETERMINERS.has(after.lower) || OBJECT_PRONOUNS.has(after.lower) || (w.lower === 'being' && /ed$/.test(after.lower)));
  if (!object) return false;
  for (let j = k + 2; j < Math.min(t.length, k + 2 + GERUND_REACH); j++) {
    if (t[j].type !== 'word') return true;
    if (FINITE_AFTER_GERUND.has(t[j].lower)) return false;
  }
  return true;
}
/**
 * Thinking verbs that take a gerund for their object ("feared losing her job", "worries being
 * seen"); after the others a gerund opens the reported clause as its subject ("believes raising
 * the minimum wage helps workers", "thinks cutting the budget, as the mayor wants, would hurt").
 */
const GERUND_TAKERS = new Set(['fear', 'worry', 'dread']);
/** Words in -ing that are nouns, whose verb a clause may follow: "fear nothing", "feared something was wrong". */
const ING_NOUNS = new Set(['nothing', 'something', 'anything', 'everything', 'thing', 'king', 'morning', 'evening', 'spring', 'ring', 'string', 'wing', 'sibling', 'darling', 'ceiling', 'building', 'funding', 'pricing', 'spending', 'training']);
/** How many words after a gerund's object are read for a verb of its own. */
const GERUND_REACH = 8;
/** Finite verbs that make a gerund the subject of a clause, not the object of the thinking verb. */
const FINITE_AFTER_GERUND = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** People whose finding is a thing come upon, a search's or a patrol's, no study's result: "…, the police found." */
const FINDERS_ON_THE_GROUND = new Set(['police', 'officer', 'officers', 'divers', 'firefighters', 'searchers', 'rescuers', 'crew', 'crews', 'troopers', 'deputies', 'paramedics', 'soldiers', 'troops', 'agents', 'detectives', 'hikers', 'volunteers', 'guards', 'neighbours', 'neighbors', 'residents', 'workers']);

/** Whether a short subject of lower-case words (up to four: "the researchers", "its authors") stands between a comma closing a clause and the cue at token `i`. */
function closingSubjectAfterComma(t: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    if (t[j].text === ',') return j < i - 1 && j > 0 && (t[j - 1].type === 'word' || t[j - 1].text === ')');
    if (t[j].type !== 'word' || t[j].cap || CUE_FORMS.has(t[j].lower)) return false;
  }
  return false;
}

/** Whether "that" follows a short phrase of words from token `k` (whom one agreed with: "the coalition", "Justice Gill"). */
function thatAfterWhom(t: Token[], k: number): boolean {
  for (let j = k; j < t.length && j - k <= 5; j++) {
    if (t[j].type !== 'word' || CUE_FORMS.has(t[j].lower)) return false;
    if (t[j].lower === 'that') return j > k;
  }
  return false;
}

/** Whether a clause opens at token `k`: a short subject (at most five words, no comma) and a finite verb ("the city had failed", "he was"). */
function clauseFollows(t: Token[], k: number): boolean {
  for (let j = k + 1; j < t.length && j - k <= 5; j++) {
    if (t[j].type !== 'word') return false;
    if (AUXILIARIES.has(t[j].lower)) return true;
  }
  return false;
}

/** Whether "as" is among tokens [from, to) ("raised China as a challenge"). */
function asWithin(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < t.length; j++) if (t[j].lower === 'as') return true;
  return false;
}

/** Lemmas whose finite form after a document's noun tells what it says ("report shows", "survey finds"). */
const DOCUMENT_VERBS = new Set(['show', 'find', 'suggest', 'say', 'warn', 'conclude', 'indicate', 'reveal', 'state', 'note', 'estimate', 'predict', 'recommend', 'claim']);

/** Whether `x` is a finite form (in -s or -ed) of a verb a document's findings are told with. */
function finiteReportingVerb(x: Token | undefined): boolean {
  const cue = x?.type === 'word' && !x.cap ? CUE_FORMS.get(x.lower) : undefined;
  return !!cue && (cue.form === 's' || cue.form === 'ed') && DOCUMENT_VERBS.has(cue.lemma);
}

/** Words after a sentence's opening "not" that deny its subject the view ("Not all experts", "Not everyone"). */
const NOT_ALL = new Set(['all', 'every', 'everyone', 'everybody']);
/** Verbs of a view shared or not ("agree", "believe"): the ones a subject with "not all" holds no view with. */
const SHARED_VIEWS = new Set(['agree', 'believe', 'think', 'accept', 'share', 'say']);

/** Nouns that sum up what a sentence told, a clause after them their own: ", a move Moscow condemned". */
const SUMMING_NOUNS = new Set(['move', 'decision', 'step', 'measure', 'action', 'announcement']);

/**
 * Whether the cue at `i` (its subject ending at `k`, before adverbs) closes a clause on a summing
 * noun after a comma, a name or a pronoun its subject, with nothing reported after it but an
 * infinitive's verb (", a move Moscow vowed to answer.", ", a step she promised to reverse."): what
 * is vowed is the move, no words of the sentence before it. Not ", a move Moscow called “illegal”".
 */
function summingClause(t: Token[], s: Sentence, i: number, k: number): boolean {
  let e = i + 1;
  if (t[e]?.lower === 'to' && t[e + 1]?.type === 'word' && !t[e + 1].cap) e += 2;
  if (e < s.to && t[e].text !== '.') return false;
  let j = k;
  if (j >= s.from && PERSON_PRONOUNS.has(t[j].lower)) j--;
  else while (j >= s.from && k - j < 3 && t[j].type === 'word' && t[j].cap && isNameWord(t[j])) j--;
  return j < k && j - 2 >= s.from && SUMMING_NOUNS.has(t[j].lower) && DETERMINERS.has(t[j - 1].lower) && t[j - 2].text === ',';
}

