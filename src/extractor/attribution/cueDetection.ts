/**
 * Stage 2 of attribution: which words are cues (speech, report and attitude verbs, "according
 * to", "made it clear", "In a new poll …,") and whether this occurrence is used in a speech sense
 * rather than as a noun, a passive or an arrangement.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, particleRequired, particlesFor, VERB_FILLERS, type CueInfo } from '../cues';
import { DAYS_AND_MONTHS, GROUP_NOUNS, ROLE_NOUNS } from '../gazetteer';
import { isGroupHead } from '../lexicon/people';
import { isNameWord } from '../names';
import { baseLower, type Sentence, type Token } from '../text';
import { npBackward } from './sourceBefore';
import { readOut } from './readStatement';
import { npForward } from './sourceAfter';
import { skipTimeForward } from './timeAfterCue';
import type { AnalyzeOptions, Np } from './state';
import { seenDocumentEndsAt } from './seenDocument';
import { baseFormNoun, circumstanceOfCue, knownThing, clauseOrQuotationAt, compoundHead, namingParticiple, documentOfSpeech, judgedObject, nounBeforeVerb, PUBLISHED, renderingAt, sourceTerms, spokenTopic } from './cueSenses';
import { ADJUNCT_START, AUXILIARIES, DETERMINERS, hasFiniteVerb, infinitiveAt, isLyAdverb, isPeopleNoun, NUMBER_WORDS, PERSON_PRONOUNS, skipParenthetical, STOP_BACKWARD, TIME_WORDS } from './words';

/** Attitude verbs whose object alone is the stance: "endorsed Trump", "opposes the deal". */
const STANCE_VERBS = new Set(['endorse', 'support', 'oppose']);
/** Studies that report findings in their own right: "In a new poll, …". */
const STUDY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'report', 'census']);
const MAKE = new Set(['made', 'makes', 'make', 'making']);
const MAKE_CLEAR: CueInfo = { lemma: 'make clear', cls: 'speech', form: 'ed', takesObject: false };
const PUT = new Set(['put', 'puts', 'putting']);
const PUT_IT_TO: CueInfo = { lemma: 'put it to', cls: 'speech', form: 'ed', takesObject: false };
/** Verbs whose progressive form still reports speech: "is saying that", "was claiming". */
const PROGRESSIVE_CUES = new Set(['say', 'tell', 'write', 'claim', 'argue', 'insist', 'suggest', 'warn', 'call', 'ask', 'accuse', 'urge', 'promise', 'vow', 'predict', 'demand', 'tweet']);
/** Participles that attribute whatever follows them: "…, saying …", "…, adding …". */
const PARTICIPLE_CUES = new Set(['say', 'add', 'tell', 'write', 'note', 'argue', 'claim', 'insist', 'warn', 'explain', 'cite', 'refer', 'call', 'ask', 'urge', 'describe']);
/** Thinking verbs that take a bare clause: "Trump thinks the wall …". */
const COGNITIVE = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'expect', 'know', 'worry', 'doubt', 'suspect', 'assume', 'figure', 'reckon', 'guess', 'wish']);

/** A cue found in a sentence, with where its subject and its clause lie. */
export interface Cue {
  index: number;
  /** null for "according to". */
  info: CueInfo | null;
  /** Token after the cue and its particle. */
  end: number;
  /** Last token before the cue once auxiliaries, adverbs and time words are skipped. */
  subjectEnd: number;
  /** A participle or a coordinated verb: it shares the subject of the clause before. */
  joined: boolean;
  /** Where that joined clause begins (its comma or "and"). */
  clauseStart: number;
  /** The cue's own subject follows a coordinator ("…, and he said …"): its clause starts at `clauseStart`. */
  coordinated: boolean;
  /** Set once the cue is used (-1 before): later cues inside its content are part of it. */
  consumedUntil: number;
  /** For "In a poll …, CONTENT": the comma that ends the source phrase; -1 for other cues. */
  phraseEnd: number;
  /** The noun phrase ending at `subjectEnd`, once looked for (undefined before; see ./source `subjectBefore`). */
  subjectPhrase: Np | null | undefined;
  /** The subject before an appositive ending at `subjectEnd`, once looked for (undefined before; see ./source `subjectAppositive`). */
  subjectAppositive: Np | null | undefined;
  /** Set when the cue is "according to" a document a newsroom saw (./seenDocument): its quote gives way to one inside it. */
  seenDocument: boolean;
}

/** A cue as one object shape, every field set here (shapes that differ make V8 recompile the stages that read cues). */
function newCue(index: number, info: CueInfo | null, end: number, subjectEnd: number, joined: boolean, clauseStart: number, phraseEnd = -1): Cue {
  return { index, info, end, subjectEnd, joined, clauseStart, coordinated: false, consumedUntil: -1, phraseEnd, subjectPhrase: undefined, subjectAppositive: undefined, seenDocument: false };
}

/**
 * The cues of sentence `s` outside quotations, in text order. `inQuote` marks the paragraph's
 * tokens inside quotation marks; attitude verbs are left out when `options.attitudes` is false.
 */
export function findCues(t: Token[], s: Sentence, inQuote: Uint8Array, options: AnalyzeOptions, headline = false): Cue[] {
  const cues: Cue[] = [];
  // one look-up per word; the rest is in cueAt and phraseCueAt, so this loop stays small and quickly optimised
  for (let i = s.from; i < s.to; i++) {
    const tok = t[i];
    if (tok.type !== 'word' || inQuote[i]) continue;
    // a capital inside a sentence is a name, not a verb (no look-up then), but in a headline's
    // title case a speech verb in -s or -ed counts ("Mayor Says …", "Critics Slammed …")
    if (tok.cap && i !== s.from && !headline) continue;
    if (!mayStartCue(tok.lower)) continue;
    const info = CUE_FORMS.get(tok.lower);
    if (info) i = cueAt(t, s, i, info, options, cues);
    else if (PHRASE_STARTS.has(tok.lower) && (i === s.from || tok.lower !== 'in') && (!tok.cap || i === s.from)) i = phraseCueAt(t, s, i, cues);
  }
  return cues;
}

/**
 * The cue of a phrase that word `i` of sentence `s` starts ("In a poll …,", "according to", "made
 * it clear"), if any, appended to `cues`; returns the last token the cue takes (`i` itself when
 * there is none), where the search goes on after.
 */
function phraseCueAt(t: Token[], s: Sentence, i: number, cues: Cue[]): number {
  const tok = t[i];
  // "In a poll released Monday, 50 percent …": the poll is the source
  if (i === s.from && tok.lower === 'in') {
    const comma = studyPhraseEnd(t, s, i + 1);
    if (comma > 0) {
      cues.push(newCue(i, null, i + 1, i - 1, false, i, comma));
      return comma;
    }
  }
  if (tok.lower === 'according' && t[i + 1]?.lower === 'to' && !renderingAt(t, i + 2, s.to)) {
    const joined = t[i - 1]?.text === ',';
    cues.push(newCue(i, null, i + 2, i - 1, joined, joined ? i - 1 : i));
    return i + 1;
  }
  // "made it clear that …": a speech act in three words
  if (MAKE.has(tok.lower) && (t[i + 1]?.lower === 'clear' || (t[i + 1]?.lower === 'it' && t[i + 2]?.lower === 'clear'))) {
    const end = t[i + 1].lower === 'clear' ? i + 2 : i + 3;
    if (t[end]?.lower !== 'that' && t[end]?.text !== ':') return i;
    let k = i - 1;
    while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) k--;
    cues.push(newCue(i, MAKE_CLEAR, end, k, t[k]?.lower === 'and', t[k]?.lower === 'and' ? k : i));
    return end - 1;
  }
  // "put it to her that …", "put it to the minister that …": a question or a charge made to someone
  if (PUT.has(tok.lower) && t[i + 1]?.lower === 'it' && t[i + 2]?.lower === 'to') {
    let end = i + 3;
    while (end < s.to && end - i < 9 && t[end].type === 'word' && t[end].lower !== 'that') end++;
    if (t[end]?.lower !== 'that' || end === i + 3) return i;
    let k = i - 1;
    while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) k--;
    cues.push(newCue(i, PUT_IT_TO, end, k, t[k]?.lower === 'and', t[k]?.lower === 'and' ? k : i));
    return end - 1;
  }
  return i;
}

/**
 * The cue of the verb form at word `i` of sentence `s` (`info` its lexicon entry), if it is used
 * as one here, appended to `cues`; returns the last token the cue takes (`i`).
 */
function cueAt(t: Token[], s: Sentence, i: number, info: CueInfo, options: AnalyzeOptions, cues: Cue[]): number {
  // in a headline's title case only a speech verb in -s or -ed counts
  if (t[i].cap && i !== s.from && !(info.cls === 'speech' && HEADLINE_FORMS.has(info.form))) return i;
  if (info.cls === 'attitude' && options.attitudes === false) return i;
  // speech only: "defended the decision", "welcomed the agreement" judge a thing, no words reported
  // (the default keeps them: PolNeAR's gold counts such objects as content, 80 times in 89)
  if (options.attitudes === false && judgedObject(t, s, i, info)) return i;
  if (info.lemma === 'quote') {
    const quotedAs = quotedAsSaying(t, s, i, info, cues);
    if (quotedAs >= 0) return quotedAs;
  }
  let end = i + 1;
  const particles = particlesFor(info.lemma);
  if (particles.length && t[end] && particles.includes(t[end].lower)) end++;
  else if (particleRequired(info.lemma)) return i;
  else if (info.lemma === 'speak') {
    end = spokenTopic(t, s, i);
    if (end < 0) return i;
  }
  const agent = passiveAgent(t, s, i, info);
  if (agent) {
    cues.push(agent);
    return i;
  }
  if (!plausibleCue(t, s, i, info)) return i;
  let k = i - 1;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) k--;
  k = skipTimeBackward(t, k, s.from);
  k = skipParenthetical(t, k, s.from);
  const before = t[k];
  // "… and told", "declined to comment, but told …", "welcomed the plan but said …": a second verb of the same subject
  // ("She smiled, then added: …": a second verb after ", then")
  const joinedByAnd = !!before && (before.lower === 'and' || (before.lower === 'but' && (t[k - 1]?.text === ',' || (info.cls === 'speech' && info.form !== 'base' && info.form !== 'ing'))) || (before.text === ',' && t[k + 1]?.lower === 'then' && info.cls === 'speech' && info.form === 'ed'));
  // "they issued a statement calling on …": the subject of the verb that made the document
  const document = info.form === 'ing' && afterDocument(t, i, s.from) ? documentVerbSubject(t, i, s.from) : -1;
  if (document >= 0) {
    cues.push(newCue(i, info, end, document, false, i));
    return i;
  }
  const participle = info.form === 'ing' && ((!!before && (before.text === ',' || before.type === 'close' || PARTICIPLE_OPENERS.has(before.lower) || byManner(t, k, s.from))) || afterDocument(t, i, s.from));
  const joined = joinedByAnd || participle;
  const clauseStart = joined ? (t[k - 1]?.text === ',' && joinedByAnd ? k - 1 : k) : i;
  const cue = newCue(i, info, end, k, joined, clauseStart);
  // "the Resolution Foundation think tank said": the compound (see compoundHead) ends the subject, with the phrase before it
  if (k === i - 1 && k - 1 > s.from && !t[k - 1].cap && CUE_FORMS.get(t[k - 1].lower)?.form === 'base' && compoundHead(t, k - 1)) {
    const before = npBackward(t, k - 2, s.from);
    cue.subjectPhrase = { from: before ? before.from : k - 1, to: k + 1 };
  }
  cues.push(cue);
  return i;
}

/** Words between "quoted" and "as saying": the one quoted and who quoted them ("quoted Deputy Foreign Minister Sergei Ryabkov as saying", "was quoted by state media as saying"). */
const QUOTED_AS_REACH = 10;

/**
 * "Interfax quoted Ryabkov as saying …", "Wang was quoted by state media as saying …": the one
 * quoted is the source, not the medium that quotes them; a cue at the participle, its subject
 * the phrase before "as" (active) or before "was quoted" (passive), appended to `cues`. Returns
 * the participle's index, or -1 when word `i` ("quoted") opens no such phrase.
 */
function quotedAsSaying(t: Token[], s: Sentence, i: number, info: CueInfo, cues: Cue[]): number {
  if (info.form !== 'ed' && info.form !== 's' && info.form !== 'en') return -1;
  let as = i + 1;
  while (as < s.to && as - i <= QUOTED_AS_REACH && t[as].lower !== 'as' && (t[as].type === 'word' || t[as].text === '.' || t[as].text === '-')) as++;
  const verb = t[as + 1];
  const said = t[as]?.lower === 'as' && verb?.type === 'word' ? CUE_FORMS.get(verb.lower) : undefined;
  if (!said || said.form !== 'ing' || said.cls !== 'speech') return -1;
  let k = i - 1;
  let passive = false;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) passive ||= PASSIVE_AUXILIARIES.has(t[k--].lower);
  // active: the one quoted stands between the verb and "as"; passive: before "was quoted"
  const subjectEnd = passive ? k : as - 1;
  if (!passive && (as === i + 1 || t[i + 1].lower === 'by')) return -1;
  const cue = newCue(as + 1, said, as + 2, subjectEnd, false, as + 1);
  // "quoted him as saying": an object pronoun, no subject phrase read back would take
  if (!passive && as === i + 2 && (t[i + 1].lower === 'him' || t[i + 1].lower === 'her')) cue.subjectPhrase = { from: i + 1, to: i + 2 };
  cues.push(cue);
  return as + 1;
}

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

/** Words an object of the verb "attacks" opens with: a name, a determiner, a pronoun or a possessive ("attacks Clinton", "attacks the plan", "attacks her", "attacks rival's record"). */
function attackedObject(next: Token | undefined): boolean {
  return !!next && next.type === 'word' && (next.cap || next.possessive || DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower));
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'his', 'their', 'its', 'our', 'my', 'your', 'you']);

/** Filters verb forms that are no attribution here: "the say", "was criticized", "to say". */
function plausibleCue(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
  let k = i - 1;
  // the auxiliaries and adverbs before the verb: a passive ("was criticized") or a modal ("would say")
  let passive = false;
  let modal = false;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]) || (t[k].cap && t[k].lower.endsWith('ly')))) {
    passive ||= PASSIVE_AUXILIARIES.has(t[k].lower);
    modal ||= MODAL_FILLERS.has(t[k].lower);
    k--;
  }
  const prev = k >= s.from ? t[k] : undefined;
  // "recalled goaltender Nate Brennan from the Marlies", "recalling its ambassador from Paris": sent back for, not remembered
  if (info.lemma === 'recall' && calledBackFrom(t, i + 1, s.to)) return false;
  // ("said, asking not to be identified because …": the terms, as a participle too)
  if (sourceTerms(t, i, info)) return false;
  if (info.form === 'ing') {
    // "…, raising the prospect of a strike": raising is speech only with a speech object ("raising fresh questions")
    if (info.lemma === 'raise' && !raisedObject(t, i + 1, s.to)) return false;
    const next = t[i + 1];
    const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || CLAUSE_OPENING_WORDS.has(next.lower));
    // "is saying the …", "is confirming that …": a progressive reports speech when a clause follows
    if (passive) return (PROGRESSIVE_CUES.has(info.lemma) && clauseNext) || (info.cls === 'speech' && !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':'));
    if (info.needsQuotation && !besideQuotation(t, s, i)) return false;
    // "issued a statement saying …", "posted a message urging …": the document's participle
    if (info.cls === 'speech' && afterDocument(t, i, s.from)) return true;
    const participle = !!prev && (prev.text === ',' || PARTICIPLE_OPENERS.has(prev.lower) || prev.type === 'close' || byManner(t, k, s.from));
    return participle && (PARTICIPLE_CUES.has(info.lemma) || clauseNext);
  }
  if (info.needsQuotation && !besideQuotation(t, s, i)) return false;
  if (info.lemma === 'read' && !readOut(t, s, i)) return false;
  if (info.lemma === 'hear' && !courtHeard(t, k, s.from)) return false;
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
  if (passiveAfterThing(t, i, k, info)) return false;
  // "said in a video message posted just after 3 p.m.": a participle that tells where the speech's document went, no one posting
  if (PUBLISHED.has(info.lemma) && info.form === 'ed' && prev && k === i - 1 && !clauseOrQuotationAt(t[i + 1]) && documentOfSpeech(t, k, s.from)) return false;
  // "In a statement posted online, the union said …": the document's participle, where a clause after its comma reports the words
  if (PUBLISHED.has(info.lemma) && info.form === 'ed' && prev && k === i - 1 && DOCUMENT_NOUNS.has(t[k].lower) && speechAfterComma(t, i + 1, s.to)) return false;
  // "the divide highlighted by the report": a participle with its agent after it modifies the noun before
  if ((info.form === 'ed' || info.form === 'en') && t[i + 1]?.lower === 'by' && !MEDIA_AFTER_BY.has(t[i + 2]?.lower ?? '') && info.lemma !== 'say' && info.lemma !== 'tell') return false;
  if (prev?.lower === 'to' || prev?.lower === 'the' || prev?.lower === 'a') return false;
  // "Editor’s note:", "the mayor’s statement": a noun after a possessive (not "she’s said"); with
  // its clause it is still an attribution ("Trump’s claim that …")
  // ("Sainsbury's said", "Macy's announced": a name in the possessive before a verb that is never a noun is a shop's name)
  if (prev?.possessive && !SOURCE_CONTRACTIONS.has(baseLower(prev)) && t[i + 1]?.lower !== 'that' && !(prev.cap && NEVER_NOUNS.has(t[i].lower))) return false;
  // "the mayor's late-night posts", "Trump's Latest Remarks": a plural noun after a possessive and
  // an adjective (not "the mayor's spokesman says": a noun that names who speaks); with its clause
  // or infinitive it is still an attribution ("Trump's fiery vows to scrap the deal")
  const owner = t[i - 2];
  if (info.form === 's' && owner?.possessive && !SOURCE_CONTRACTIONS.has(baseLower(owner)) && adjectiveShaped(t[i - 1]) && t[i + 1]?.lower !== 'that' && t[i + 1]?.lower !== 'to') return false;
  // "Republican state senator": a base form after a name modifies the role noun after it
  const following = t[i + 1];
  if (info.form === 'base' && prev && isNameWord(prev) && following?.type === 'word' && !following.cap && (ROLE_NOUNS.has(following.lower) || GROUP_NOUNS.has(following.lower))) return false;
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
  // "the rules that govern …", "a ruling that …": only "ruled" is surely the verb
  if (info.lemma === 'rule' && info.form !== 'ed') return false;
  // "ruled that out", "ruled that country for decades": "that" is no clause's without a verb after it
  // ("CONTENT, the Federal Court ruled on Monday.": a court's ruling after its content reports it too)
  const ruling = info.lemma === 'rule' && rulingAfterContent(t, i, s);
  if (info.lemma === 'rule' && (t[i + 1]?.lower !== 'that' || !hasFiniteVerb(t, i + 3, Math.min(s.to, i + 24))) && !ruling) return false;
  // "pleaded guilty", "pleads not guilty": a plea, not a statement
  if (info.lemma === 'plead' && following && PLEAS.has(following.lower)) return false;
  // "five states", "his remarks", "these reports", "in hopes that", "each states": a plural noun, not a verb
  if (info.form === 's' && prev && prev.lower !== 'that' && (DETERMINERS.has(prev.lower) || NOUN_OPENERS.has(prev.lower) || NUMBER_WORDS.has(prev.lower) || /^\d+$/.test(prev.text))) return false;
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
  if ((info.cls === 'attitude' || info.cls === 'report') && !ruling && !plausibleAttitude(t, i, info, prev)) return false;
  if (info.form === 'base' && (compoundHead(t, i) || (k === i - 1 && !info.needsQuotation && baseFormNoun(t, i, s.from)))) return false;
  // ("“…,” she read.": beside a quotation a manner verb's base form is as often its past, "read")
  if (info.form === 'base' && !info.needsQuotation) {
    const next = t[i + 1];
    const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || next.text === ',' || (next.type === 'word' && !ADJUNCT_START.has(next.lower) && !STOP_BACKWARD.has(next.lower)));
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
    if (PLURAL_SUBJECTS.has(prev.lower) || GROUP_NOUNS.has(prev.lower) || isGroupHead(prev.lower) || collective || (prev.lower.endsWith('s') && !prev.cap) || ((isNameWord(prev) || /^\d/.test(prev.text)) && clauseNext && !nounsVerb)) return true;
    // "People living near the quarry say": a plural people noun with its post-modifier
    const np = prev.type === 'word' && !prev.cap ? npBackward(t, k, s.from) : null;
    return !!np && np.to - np.from > 2 && t.slice(np.from, np.to - 1).some((x) => isGroupHead(x.lower));
  }
  return true;
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

/** Participles that follow a noun and modify it ("charges involving …", "claims relating to …"), never the object or clause of a verb in -s. */
const NOUN_MODIFIERS = new Set(['involving', 'relating', 'related', 'stemming', 'arising', 'linked', 'tied', 'connected', 'filed', 'lodged', 'laid', 'brought', 'pending']);

/** Words of direction after "charged" in its sense of rushing ("charged into the fray", "charged down the wing"). */
const MOTION_PARTICLES = new Set(['into', 'toward', 'towards', 'ahead', 'through', 'forward', 'onto', 'across', 'past', 'down', 'up', 'out', 'off']);

/** Words after a passive cue's agent that open what was asked, charged or urged: "accused by MPs of …", "asked by X whether …". */
const AFTER_AGENT = new Set(['of', 'for', 'about', 'over', 'whether', 'if', 'to', 'that']);
const TOPIC_PREPOSITIONS = new Set(['of', 'for', 'about', 'over']);

/**
 * "was accused by MPs on Wednesday of “rewarding failure”", "was asked by Conservative MP Sarah
 * Dyke about a fine", "Asked by prosecutor NAME whether …,": a speech verb in the passive with its
 * agent after "by" is the agent's; what follows the agent is the content. The cue's subject phrase
 * is set to the agent (read forward), its end after the agent and the adjuncts of time; null when
 * the form is no such passive.
 */
function passiveAgent(t: Token[], s: Sentence, i: number, info: CueInfo): Cue | null {
  if (info.cls !== 'speech' || (info.form !== 'ed' && info.form !== 'en') || !info.takesObject || t[i + 1]?.lower !== 'by') return null;
  let k = i - 1;
  let passive = i === s.from;
  for (; k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k])); k--) if (PASSIVE_AUXILIARIES.has(t[k].lower)) passive = true;
  if (!passive) return null;
  const np = npForward(t, i + 2, s.to);
  if (!np || !(t[np.to - 1].cap || isPeopleNoun(t[np.to - 1]))) return null;
  const end = skipTimeForward(t, np.to, s.to);
  if (!AFTER_AGENT.has(t[end]?.lower ?? '')) return null;
  // (the content starts after "of", "for", "over", "about"; "whether", "if", "to", "that" are its own)
  const from = TOPIC_PREPOSITIONS.has(t[end].lower) ? end + 1 : end;
  const cue = newCue(i, info, from, i + 1, false, i);
  cue.subjectPhrase = np;
  return cue;
}

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
  const head = w.slice(w.lastIndexOf('-') + 1);
  if (ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || isGroupHead(head)) return false;
  return w.includes('-') || ADJECTIVES.has(w) || /(?:est|[^e]ed|al|ive|ous|ic|ful|ary)$/.test(w);
}

/** Articles of one thing: a base form after "a" and a noun is a noun ("a staff report"), for "a staff say" is no clause. */
const ONE_ARTICLES = new Set(['a', 'an', 'each', 'every']);

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

const HEADLINE_FORMS = new Set(['s', 'ed']);
/** Words before an -ing form that make it a participle of the clause before: "…, saying", "and adding", "while noting". */
const PARTICIPLE_OPENERS = new Set(['and', 'while', 'before', 'after', 'when', '—']);

/**
 * "opened by asking X whether …", "responded by saying …", "followed up by noting …": "by" at
 * token `k` right after a verb in -ed (or its particle "up") makes the speech participle after
 * it the manner of that verb, a clause of the same subject; not inside reported speech ("said
 * that Ode had erred by calling …": a "that" or a quotation mark before it in the sentence).
 */
function byManner(t: Token[], k: number, from: number): boolean {
  const verb = t[k - 1];
  if (t[k]?.lower !== 'by' || !verb || verb.type !== 'word' || verb.cap || !(/[^e]ed$/.test(verb.lower) || verb.lower === 'up')) return false;
  for (let j = k - 2; j >= from && k - j < 30; j--) if (t[j].lower === 'that' || t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') return false;
  return true;
}
/** Auxiliaries before a past participle that make it passive: "was criticized". */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Modals and "do" before a base form: "would say", "did not say". */
const MODAL_FILLERS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** Words after an -ing form that open its clause: "saying it …", "arguing the …". */
const CLAUSE_OPENING_WORDS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the']);
/** Plural subjects of a base form: "they say". */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'who']);
/** Words that start a cue of several words other than a verb form (see phraseCueAt). */
const PHRASE_STARTS = new Set(['in', 'according', ...MAKE, ...PUT]);

/** Whether `w` opens a relative clause's predicate right after "that": an auxiliary or a past form ("that have suffered", "that voted"). */
const relativeVerb = (w: Token | undefined): boolean => !!w && w.type === 'word' && !w.cap && (AUXILIARIES.has(w.lower) || /[a-z]ed$/.test(w.lower));

/** What "state" as a verb takes that is no noun: "state it", "state what", "state my case". */
const STATED_OBJECTS = new Set(['it', 'them', 'what', 'how', 'why', 'whether', 'when', 'where', 'my', 'your', 'so', 'plainly', 'otherwise', 'as', 'for']);

/**
 * A filter before the look-up of a word among the cue words (most words are none, and a Map
 * look-up of a string costs several times a scan of its letters): per pair of first letters a-z,
 * the bit of each last letter and the range of lengths that cue words have. It passes every cue
 * word; a word with other characters in those places is always looked up.
 */
const CUE_LAST_LETTERS = new Uint32Array(26 * 26);
const CUE_MIN_LENGTH = new Uint8Array(26 * 26).fill(255);
const CUE_MAX_LENGTH = new Uint8Array(26 * 26);
const CUE_WORDS = [...CUE_FORMS.keys(), ...PHRASE_STARTS];
const SHORTEST_CUE_WORD = CUE_WORDS.reduce((n, w) => Math.min(n, w.length), Infinity);
for (const w of CUE_WORDS) {
  const k = letterPair(w);
  const z = w.charCodeAt(w.length - 1) - 97;
  // a word with other characters there is looked up anyway: nothing to note
  if (k < 0 || !(z >= 0 && z < 26)) continue;
  CUE_LAST_LETTERS[k] |= 1 << z;
  CUE_MIN_LENGTH[k] = Math.min(CUE_MIN_LENGTH[k], w.length);
  CUE_MAX_LENGTH[k] = Math.max(CUE_MAX_LENGTH[k], Math.min(w.length, 255));
}

/** The index of a word's first two letters when both are a-z (0 to 675), else -1. */
function letterPair(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/**
 * False only for a lower-case word that is surely no cue word nor the start of a cue phrase (see
 * CUE_LAST_LETTERS): findCues looks up only the words it passes.
 */
export function mayStartCue(w: string): boolean {
  const n = w.length;
  if (n < SHORTEST_CUE_WORD) return false;
  const k = letterPair(w);
  const z = w.charCodeAt(n - 1) - 97;
  if (k < 0 || !(z >= 0 && z < 26)) return true;
  return n >= CUE_MIN_LENGTH[k] && (n <= CUE_MAX_LENGTH[k] || CUE_MAX_LENGTH[k] === 255) && ((CUE_LAST_LETTERS[k] >>> z) & 1) === 1;
}

/** Words that open a share of respondents: "most voters", "nearly half", "a majority". */
const SHARE_OPENERS = new Set(['most', 'nearly', 'almost', 'about', 'roughly', 'only', 'just', 'half', 'majority', 'more', 'fewer', 'some']);
/** How a statement was made, after "said by": "told by phone" is still a cue. */
const MEDIA_AFTER_BY = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videoconference', 'video-link', 'letter', 'mail', 'fax', 'satellite', 'twitter', 'tweet', 'radio', 'way']);
/** Collective nouns that take a plural verb: "the family say", "the team argue". */
const PLURAL_COLLECTIVES = new Set(['family', 'team', 'committee', 'council', 'board', 'couple', 'panel', 'union', 'jury', 'government', 'party', 'club', 'band', 'public']);

/** Verbs of speech in the past that no noun is spelt like. */
const NEVER_NOUNS = new Set(['said', 'told', 'announced', 'warned', 'confirmed', 'added']);
/** Pronouns whose contraction looks possessive: "she’s said", "it’s claimed". */
const SOURCE_CONTRACTIONS = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'everyone', 'nobody', 'someone']);
/** Objects that make "raise" a speech act. */
const RAISED = new Set(['concerns', 'concern', 'questions', 'doubts', 'objections', 'fears', 'alarm', 'worries', 'complaints', 'criticism']);
/** Objects after "raising" that make it a speech act besides those of RAISED: "raising the question of …". */
const RAISED_TOPICS = new Set(['question', 'issue', 'issues', 'matter', 'subject', 'example', 'point', 'points', 'spectre', 'specter', 'hackles']);

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
/** Words after "recalled" that open what was remembered. */
const RECALL_CLAUSE = new Set(['how', 'that', 'what', 'when', 'where', 'why', 'who', 'being', 'having', 'seeing', 'hearing', 'as']);

/** Words after "plead" that make it a plea in court. */
const PLEAS = new Set(['guilty', 'not', 'innocent', 'no']);

/**
 * Whether the cue at `i` stands beside a quotation: right after its closing mark (“…,” sighed X),
 * after a subject that follows one (“…,” X sighed), or before an opening mark (X sighed: “…”).
 */
function besideQuotation(t: Token[], s: Sentence, i: number): boolean {
  const isOpen = (x: Token | undefined): boolean => !!x && (x.type === 'open' || x.type === 'ambiguous');
  if (isOpen(t[i + 1]) || ((t[i + 1]?.text === ',' || t[i + 1]?.text === ':') && isOpen(t[i + 2]))) return true;
  let k = i - 1;
  while (k >= s.from && i - k <= 7 && t[k].type === 'word') k--;
  return k >= s.from && (t[k].type === 'close' || t[k].type === 'ambiguous');
}

/** "a statement saying", "a letter released Friday urging": a document noun (and time words) before token `i`. */
function afterDocument(t: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && t[k].type === 'word' && (/^\d{1,4}$/.test(t[k].text) || DAYS_AND_MONTHS.has(t[k].lower) || TIME_WORDS.has(t[k].lower) || t[k].lower === 'on')) k--;
  return k >= from && k < i && t[k].type === 'word' && !t[k].cap && DOCUMENT_NOUNS.has(t[k].lower) && k - 1 >= from && t[k - 1].type === 'word';
}

/**
 * "Ortiz issued a statement saying …": from the participle at `i` back over the document noun and
 * its modifiers to the verb that made it, and before that verb's auxiliaries; the token where its
 * subject ends (the document's noun itself after a verb of receiving, see RECEIVING), or -1 when
 * no such verb is there.
 */
function documentVerbSubject(t: Token[], i: number, from: number): number {
  let k = i - 1;
  while (k >= from && t[k].type === 'word' && !DOCUMENT_NOUNS.has(t[k].lower)) k--;
  for (let j = k - 1; j >= from && k - j <= 4; j--) {
    const x = t[j];
    if (x.type !== 'word' || x.cap) return -1;
    // ("received a letter telling her …": the subject of a verb of receiving made no document; the document is the source)
    if (RECEIVING.has(x.lower)) return k;
    if (!/ed$/.test(x.lower) && !DOCUMENT_VERBS.has(x.lower)) continue;
    let e = j - 1;
    while (e >= from && t[e].type === 'word' && (VERB_FILLERS.has(t[e].lower) || isLyAdverb(t[e]))) e--;
    e = skipTimeBackward(t, e, from);
    return e >= from && t[e].type === 'word' ? e : -1;
  }
  return -1;
}
/** Verbs of a document received, found or read: who did so is no author ("received a letter telling her …", "got an email saying …"). */
const RECEIVING = new Set(['received', 'receives', 'receive', 'got', 'gets', 'obtained', 'found', 'finds', 'read', 'reads', 'opened', 'saw', 'sees', 'seen', 'reviewed', 'intercepted']);
/** Irregular verbs that make a document: "wrote a letter", "sent a message", "put out a statement". */
const DOCUMENT_VERBS = new Set(['wrote', 'sent', 'put', 'made', 'gave', 'shared', 'posted', 'issued', 'released', 'published']);

/** "support", "show", "find" and the like: only with a clause, after a document, or a thinking verb after a person. */
function plausibleAttitude(t: Token[], i: number, info: CueInfo, prev: Token | undefined): boolean {
  const next = t[i + 1];
  if (next && (next.lower === 'that' || next.type === 'open' || next.text === ':')) return true;
  if (infinitiveAt(t, i + 1, info)) return true;
  // "Official figures showed …", "the latest guesses were": a plural noun before its verb, no one figuring
  if (info.form === 's' && nounBeforeVerb(next)) return false;
  // "Christie endorsed Trump", "voters who oppose the wall": a stance toward someone or something named
  if (STANCE_VERBS.has(info.lemma) && next && next.type === 'word' && (next.cap || DETERMINERS.has(next.lower) || ['him', 'her', 'them', 'it'].includes(next.lower))) return true;
  if (info.cls === 'report' && prev && (DOCUMENT_NOUNS.has(prev.lower.replace(/s$/, '')) || seenDocumentEndsAt(t, i) || documentByName(t, i))) return true;
  // "Justice Harpreet Gill found the city had failed …", "the jury found he was …": a court's
  // finding, its clause without "that" (not "police found the man had …": a discovery)
  if ((info.lemma === 'find' || info.lemma === 'conclude' || info.lemma === 'rule') && info.form === 'ed' && judicialSubject(t, i) && clauseFollows(t, i + 1)) return true;
  // ("He knows every bolt in the tower": acquaintance with a thing, no view)
  return info.cls === 'attitude' && COGNITIVE.has(info.lemma) && !knownThing(t, i, info) && !!prev && (PERSON_PRONOUNS.has(prev.lower) || isNameWord(prev) || ['i', 'we', 'they'].includes(prev.lower)) && !!next && next.type === 'word' && !ADJUNCT_START.has(next.lower);
}

/** "the poll by Gallup found", "a survey by Ipsos Mori shows": a document's noun, "by" and a name of at most four words right before the cue at `i`. */
function documentByName(t: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && t[j].type === 'word' && t[j].cap) j--;
  return j < i - 1 && j >= 1 && t[j].lower === 'by' && DOCUMENT_NOUNS.has(t[j - 1].lower);
}

/** Nouns and titles of a court or its judges: "the judge found", "Justice Gill ruled". */
const JUDICIAL = new Set(['judge', 'justice', 'jury', 'court', 'panel', 'tribunal', 'coroner', 'magistrate', 'judges', 'justices']);

/** Whether the subject ending before the cue at `i` is a court's: its noun, or a name within three words after a judge's title ("Justice Harpreet Gill"). */
function judicialSubject(t: Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev || prev.type !== 'word') return false;
  if (JUDICIAL.has(prev.lower)) return true;
  for (let j = i - 2; j >= 0 && i - j <= 4 && isNameWord(t[j + 1]); j--) if (t[j].type === 'word' && (t[j].lower === 'justice' || t[j].lower === 'judge') && t[j].cap) return true;
  return false;
}

/**
 * Whether "ruled" at `i` closes its sentence after a court and a comma ("…, the Federal Court
 * ruled on Monday."): a judicial subject of at most four words after the comma, then only time
 * words (see TIME_LEADS) before the sentence's end.
 */
function rulingAfterContent(t: Token[], i: number, s: Sentence): boolean {
  if (!judicialSubject(t, i)) return false;
  let j = i + 1;
  while (j < s.to && t[j].type === 'word' && (TIME_LEADS.has(t[j].lower) || DAYS_AND_MONTHS.has(t[j].lower) || TIME_WORDS.has(t[j].lower))) j++;
  if (j < s.to && t[j].text !== '.') return false;
  for (let k = i - 1; k > s.from && i - k <= 5; k--) if (t[k].text === ',') return true;
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

/**
 * "In a new poll by X, CONTENT", "In the latest survey, CONTENT": where a sentence opens with a
 * study as its frame, the comma that ends it; -1 when the phrase is no study or the rest has a
 * cue of its own ("In a statement, the senator said …").
 */
function studyPhraseEnd(t: Token[], s: Sentence, from: number): number {
  let comma = -1;
  let study = false;
  for (let j = from; j < Math.min(s.to, from + 14); j++) {
    if (t[j].text === ',') {
      comma = j;
      break;
    }
    if (t[j].type !== 'word' && t[j].text !== '/' && t[j].text !== '-') return -1;
    if (STUDY_NOUNS.has(t[j].lower)) study = true;
  }
  if (!study || comma < 0 || s.to - comma < 5) return -1;
  // "In a poll …, 38 percent of voters said …": the respondents' answers are the study's finding too
  const share = t[comma + 1];
  if (share && (/^\d/.test(share.text) || NUMBER_WORDS.has(share.lower) || SHARE_OPENERS.has(share.lower))) return comma;
  for (let j = comma + 1; j < s.to; j++) if (t[j].type === 'word' && CUE_FORMS.has(t[j].lower) && !t[j].cap) return -1;
  return comma;
}

/** Whether "as" is among tokens [from, to) ("raised China as a challenge"). */
function asWithin(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < t.length; j++) if (t[j].lower === 'as') return true;
  return false;
}

/** Words that lead a time phrase: "on Monday", "last week", "this morning". */
const TIME_LEADS = new Set(['on', 'last', 'this']);

/** Steps back over time words between a subject and its verb ("…, on Monday accused"). */
function skipTimeBackward(t: Token[], k: number, from: number): number {
  // "Lin Jian, …, on Monday accused": time words between subject and verb
  let j = k;
  while (j >= from && t[j].type === 'word' && (DAYS_AND_MONTHS.has(t[j].lower) || TIME_WORDS.has(t[j].lower) || TIME_LEADS.has(t[j].lower))) j--;
  return j;
}

/** Bodies that hear evidence: "the court heard that …", "a jury at the Old Bailey has heard", "the inquest heard". */
const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'tribunal', 'inquiry', 'hearing', 'trial', 'magistrates', 'coroner', 'committee', 'panel', 'commission']);

/**
 * Whether the subject before "heard" (its last word at token `k`, reading back at most seven
 * words, no mark between) is a body that hears evidence: what it heard is someone's testimony,
 * reported without its speaker; any other "heard" ("residents heard gunshots") is no cue.
 */
function courtHeard(t: Token[], k: number, from: number): boolean {
  for (let j = k; j >= from && k - j < 7; j--) {
    if (t[j].type !== 'word') return false;
    if (HEARING_BODIES.has(t[j].lower)) return true;
  }
  return false;
}
