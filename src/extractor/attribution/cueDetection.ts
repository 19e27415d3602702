/**
 * Stage 2 of attribution: which words are cues (speech, report and attitude verbs, "according
 * to", "made it clear", "In a new poll …,") and whether this occurrence is used in a speech sense
 * rather than as a noun, a passive or an arrangement. The words that may start a cue are in
 * ./cueStarts, the speech-sense checks in ./plausibleCue, cues of documents and courts in ./documentCues.
 */
import { CUE_FORMS, particleRequired, particlesFor, VERB_FILLERS, type CueInfo } from '../cues';
import { type Sentence, type Token } from '../text';
import { npBackward } from './sourceBefore';
import { npForward } from './sourceAfter';
import { skipTimeForward } from './timeAfterCue';
import type { AnalyzeOptions, Np } from './state';
import { compoundHead, cueCompound, judgedObject, renderingAt, spokenTopic } from './cueSenses';
import { ARTICLES, isLyAdverb, isPeopleNoun, PERSON_DETERMINERS, skipParenthetical } from './words';
import { MAKE, mayStartCue, PHRASE_STARTS, PUT } from './cueStarts';
import { afterDocument, documentNounBefore, documentPhrase, documentVerbSubject, skipTimeBackward, studyPhraseEnd } from './documentCues';
import { byManner, HEADLINE_FORMS, modalAsName, PARTICIPLE_OPENERS, PASSIVE_AUXILIARIES, plausibleCue, wentOnTo } from './plausibleCue';

const MAKE_CLEAR: CueInfo = { lemma: 'make clear', cls: 'speech', form: 'ed', takesObject: false };
const PUT_IT_TO: CueInfo = { lemma: 'put it to', cls: 'speech', form: 'ed', takesObject: false };

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
  /** Set when the cue's quote is a named owner's claim it takes up ("rejected Rita Moss's claim that …"): the cue's subject, not the owner, goes on speaking in the sentence. */
  ownedClaim: boolean;
}

/** A cue as one object shape, every field set here (shapes that differ make V8 recompile the stages that read cues). */
function newCue(index: number, info: CueInfo | null, end: number, subjectEnd: number, joined: boolean, clauseStart: number, phraseEnd = -1): Cue {
  return { index, info, end, subjectEnd, joined, clauseStart, coordinated: false, consumedUntil: -1, phraseEnd, subjectPhrase: undefined, subjectAppositive: undefined, seenDocument: false, ownedClaim: false };
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
  // "In the words of Mayor Christa Lowry, CONTENT", "As Dale put it, CONTENT": the speaker in a phrase that opens the sentence
  if (i === s.from) {
    const source = wordsOfPhrase(t, s, i);
    if (source) {
      cues.push(newCue(i, null, source.from, i - 1, false, i, source.to));
      return source.to;
    }
  }
  if (tok.lower === 'according' && t[i + 1]?.lower === 'to' && !renderingAt(t, i + 2, s.to)) {
    // (", according to" or ",” according to": the comma may stand inside the quotation's closing mark)
    const closed = (t[i - 1]?.type === 'close' || t[i - 1]?.type === 'ambiguous') && t[i - 2]?.text === ',';
    const joined = t[i - 1]?.text === ',' || closed;
    cues.push(newCue(i, null, i + 2, i - 1, joined, joined && !closed ? i - 1 : i));
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
 * The speaker's phrase of "In the words of NP, …" or "As NP put it, …" opening sentence `s` at
 * token `i`: `from` its first word, `to` the comma before the content ("put" for "As NP put it,",
 * see attributeSentence); null when the phrase is another ("In the words of the song," names no
 * one: a capitalised word or a people noun must be in it) or no content of three words follows.
 */
function wordsOfPhrase(t: Token[], s: Sentence, i: number): Np | null {
  const words = t[i].lower === 'in' && t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'words' && t[i + 3]?.lower === 'of';
  if (!words && t[i].lower !== 'as') return null;
  const from = words ? i + 4 : i + 1;
  let person = false;
  for (let j = from; j < s.to && j - from < SPEAKER_PHRASE_WORDS; j++) {
    const w = t[j];
    const put = !words && j > from && w.lower === 'put' && t[j + 1]?.lower === 'it' && putItComma(t, j, s.to) >= 0;
    const end = put ? putItComma(t, j, s.to) : words && j > from && w.text === ',' ? j : -1;
    if (end >= 0) return person && s.to - end > 3 ? { from, to: j } : null;
    if (w.type !== 'word') return null;
    if ((w.cap && j > i) || isPeopleNoun(w) || (!words && (w.lower === 'he' || w.lower === 'she'))) person = true;
  }
  return null;
}
/** The most words an adjunct after "put it" holds: "As NP put it to a Senate committee in 2023, …". */
const PUT_IT_ADJUNCT_WORDS = 8;
/** What a speaker "put it in": "in an interview", "in a statement". */
const PUT_IT_IN = new Set(['interview', 'statement', 'speech', 'letter', 'post', 'email', 'column', 'testimony', 'memoir', 'podcast', 'op-ed']);
/** What "put it to" does rather than whom it tells: "put it to a vote", "to the test", "to use", "to rest". */
const PUT_TO_ACTS = new Set(['vote', 'test', 'use', 'rest', 'bed', 'work', 'sea', 'music', 'referendum', 'ballot']);

/**
 * The comma that ends "put it," (`j` the token of "put"), past an adjunct of audience, medium or
 * time ("put it to a Senate committee in 2023,", "put it in an interview,", "put it on Monday,");
 * -1 when none ("they put it in storage, …" puts a thing away).
 */
export function putItComma(t: Token[], j: number, to: number): number {
  const k = j + 2;
  if (t[k]?.text === ',') return k;
  const next = t[k + 1];
  // ("put it to a vote", "put it to the test", "put it to use": an idiom of doing, no audience)
  const audience = t[k]?.lower === 'to' && !!next && (PERSON_DETERMINERS.has(next.lower) || next.cap || isPeopleNoun(next)) && !PUT_TO_ACTS.has(t[PERSON_DETERMINERS.has(next.lower) ? k + 2 : k + 1]?.lower ?? '');
  const medium = t[k]?.lower === 'in' && !!next && PERSON_DETERMINERS.has(next.lower) && (PUT_IT_IN.has(t[k + 2]?.lower ?? '') || PUT_IT_IN.has(t[k + 3]?.lower ?? ''));
  const time = !audience && !medium ? skipTimeForward(t, k, to) : k;
  if (time > k) return t[time]?.text === ',' ? time : -1;
  if (!audience && !medium) return -1;
  for (let x = k + 1; x < to && x - k <= PUT_IT_ADJUNCT_WORDS; x++) {
    if (t[x].text === ',') return x;
    if (t[x].type !== 'word') return -1;
  }
  return -1;
}

/** The most words a speaker's phrase of "In the words of …," or "As … put it," holds. */
const SPEAKER_PHRASE_WORDS = 8;

/**
 * The cue of the verb form at word `i` of sentence `s` (`info` its lexicon entry), if it is used
 * as one here, appended to `cues`; returns the last token the cue takes (`i`).
 */
function cueAt(t: Token[], s: Sentence, i: number, info: CueInfo, options: AnalyzeOptions, cues: Cue[]): number {
  // in a headline's title case only a speech verb in -s or -ed counts
  if (t[i].cap && i !== s.from && !(info.cls === 'speech' && HEADLINE_FORMS.has(info.form))) return i;
  if (info.cls === 'attitude' && options.attitudes === false) return i;
  // speech only: "defended the decision", "welcomed the agreement" judge a thing, no words reported
  // (the default keeps them: PolNeAR's gold counts such objects as content, 266 times in 303 on
  // its development set in session 38; without them its F1 falls from 68.2 to 67.2%)
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
  // ", with police saying no arrests were made": the participle's own subject, after "with"
  const withSubject = info.form === 'ing' && info.cls === 'speech' ? absoluteWith(t, s.from, i) : -1;
  if (withSubject >= 0) {
    // (", with Trump repeatedly calling …": the adverb is the participle's)
    let to = i;
    while (to - 1 > withSubject && isLyAdverb(t[to - 1])) to--;
    const cue = newCue(i, info, end, to - 1, false, i);
    cue.subjectPhrase = { from: withSubject, to };
    cues.push(cue);
    return i;
  }
  if (!plausibleCue(t, s, i, info)) return i;
  // ("Macklem went on to say …": the subject stands before "went on to")
  let k = wentOnTo(t, i) ? i - 4 : i - 1;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k])) && !modalAsName(t, k, i, info)) k--;
  k = skipTimeBackward(t, k, s.from);
  k = skipParenthetical(t, k, s.from);
  const before = t[k];
  // "… and told", "declined to comment, but told …", "welcomed the plan but said …": a second verb of the same subject
  // ("She smiled, then added: …": a second verb after ", then")
  const joinedByAnd = !!before && (before.lower === 'and' || (before.lower === 'but' && ((k > 0 && t[k - 1].text === ',') || (info.cls === 'speech' && info.form !== 'base' && info.form !== 'ing'))) || (before.text === ',' && t[k + 1]?.lower === 'then' && info.cls === 'speech' && info.form === 'ed'));
  // "they issued a statement calling on …": the subject of the verb that made the document
  const document = info.form === 'ing' && afterDocument(t, i, s.from) ? documentVerbSubject(t, i, s.from) : -1;
  if (document >= 0) {
    const cue = newCue(i, info, end, document, false, i);
    // (the document itself, when its subject made none: "responded to a statement saying …")
    if (document === documentNounBefore(t, i, s.from)) cue.subjectPhrase = documentPhrase(t, document, s.from);
    cues.push(cue);
    return i;
  }
  const setOff = !!before && (before.text === ',' || before.type === 'close' || PARTICIPLE_OPENERS.has(before.lower) || byManner(t, k, s.from));
  const participle = info.form === 'ing' && (setOff || afterDocument(t, i, s.from));
  const joined = joinedByAnd || participle;
  // ("said the state would join a lawsuit challenging it": a document's participle not set off
  // modifies its noun, which stays in the clause said before it)
  const clauseStart = joined ? (t[k - 1]?.text === ',' && joinedByAnd ? k - 1 : participle && !setOff ? i : k) : i;
  const cue = newCue(i, info, end, k, joined, clauseStart);
  // "the Resolution Foundation think tank said": the compound (see compoundHead, cueCompound) ends the subject, with the phrase before it
  if (k === i - 1 && k - 1 > s.from && !t[k - 1].cap && CUE_FORMS.get(t[k - 1].lower)?.form === 'base' && (compoundHead(t, k - 1) || cueCompound(t, k - 1))) {
    // (its determiner only where a comma or the sentence's start stands before it: "…, the credit
    // union said"; "Independents in the state assembly said" reads on)
    const article = ARTICLES.has(t[k - 2].lower) && (k - 2 === s.from || t[k - 3].type !== 'word');
    const before = article ? null : npBackward(t, k - 2, s.from);
    cue.subjectPhrase = { from: article ? k - 2 : before ? before.from : k - 1, to: k + 1 };
  }
  cues.push(cue);
  return i;
}

/** Words between "quoted" and "as saying": the one quoted and who quoted them ("quoted Deputy Foreign Minister Sergei Ryabkov as saying", "was quoted by state media as saying"). */
const QUOTED_AS_REACH = 10;
/** The reach when an appositive in commas stands between them ("quoted Kim Yo Jong, the powerful sister of leader Kim Jong Un, as saying"). */
const QUOTED_AS_APPOSITIVE_REACH = 18;

/**
 * "Interfax quoted Ryabkov as saying …", "Wang was quoted by state media as saying …": the one
 * quoted is the source, not the medium that quotes them; a cue at the participle, its subject
 * the phrase before "as" (active) or before "was quoted" (passive), appended to `cues`. Returns
 * the participle's index, or -1 when word `i` ("quoted") opens no such phrase.
 */
function quotedAsSaying(t: Token[], s: Sentence, i: number, info: CueInfo, cues: Cue[]): number {
  if (info.form !== 'ed' && info.form !== 's' && info.form !== 'en') return -1;
  let as = i + 1;
  let comma = -1;
  while (as < s.to && as - i <= (comma < 0 ? QUOTED_AS_REACH : QUOTED_AS_APPOSITIVE_REACH) && t[as].lower !== 'as' && (t[as].type === 'word' || t[as].text === '.' || t[as].text === '-' || t[as].text === ',')) {
    if (t[as].text === ',' && comma < 0) comma = as;
    as++;
  }
  const verb = t[as + 1];
  const said = t[as]?.lower === 'as' && verb?.type === 'word' ? CUE_FORMS.get(verb.lower) : undefined;
  if (!said || said.form !== 'ing' || said.cls !== 'speech') return -1;
  let k = i - 1;
  let passive = false;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) passive ||= PASSIVE_AUXILIARIES.has(t[k--].lower);
  // active: the one quoted stands between the verb and "as"; passive: before "was quoted"
  const subjectEnd = passive ? k : as - 1;
  if (!passive && (as === i + 1 || t[i + 1].lower === 'by')) return -1;
  // the one quoted and an appositive in commas: the source is the name before the appositive,
  // never a person the appositive names ("the sister of leader Kim Jong Un")
  if (comma >= 0 && !passive && (comma === i + 1 || t[as - 1].text !== ',')) return -1;
  const cue = newCue(as + 1, said, as + 2, subjectEnd, false, as + 1);
  if (comma >= 0 && !passive) cue.subjectPhrase = { from: i + 1, to: comma };
  // "quoted him as saying": an object pronoun, no subject phrase read back would take
  if (!passive && as === i + 2 && (t[i + 1].lower === 'him' || t[i + 1].lower === 'her')) cue.subjectPhrase = { from: i + 1, to: i + 2 };
  cues.push(cue);
  return as + 1;
}

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

/** Words a "with" phrase's subject never holds: its clause is then no absolute one. */
const NOT_IN_WITH_SUBJECT = new Set(['that', 'which', 'who', 'and', 'or', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

/**
 * Where the subject of an absolute "with" phrase starts when the speech participle at `i` ends it
 * (", with police saying …", ", with press secretary Nora Castellanos telling reporters that …"):
 * "with" after a comma or at `from` (where the sentence opens), then one to six words; -1 otherwise.
 */
export function absoluteWith(t: Token[], from: number, i: number): number {
  for (let j = i - 1; j >= from && i - j <= 7; j--) {
    const x = t[j];
    // (", with Jim VandeHei's giggling children": after a possessive the participle describes a noun)
    if (x.type !== 'word' || NOT_IN_WITH_SUBJECT.has(x.lower) || (j === i - 1 && x.possessive)) return -1;
    if (x.lower === 'with') return j + 1 < i && (j === from || t[j - 1].text === ',') ? j + 1 : -1;
  }
  return -1;
}
