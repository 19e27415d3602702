/**
 * Part of stage 3 of attribution (see ./content): a quotation introduced by a colon after a named
 * person and a few words that are no speech verb ("Montreal coach Martin St. Louis was more
 * blunt: “That's on us.”", "Mayor Ana Ruiz put it simply: “…”"). The colon is the cue: the
 * quotation is that person's. A handle on a social network speaks as a person ("Another user,
 * @inkandpixels, wrote: “…”"), and the next of a series of posts is its author's again ("A
 * second post followed minutes later: “…”"). "Her answer: “…”": the one whose answer it is speaks.
 */
import type { LocalActor, LocalMention } from '../actors';
import { CUE_FORMS, DOCUMENT_NOUNS } from '../cues';
import { peopleNoun } from '../lexicon/people';
import { firstQuoteFrom, type Paragraph, type QuoteMarks, type Sentence, type Token } from '../text';
import { resolvePersonPronoun } from './anaphora';
import { sentenceIndex } from './antecedents';
import { verbOfOwnSubject } from './clauseAfterCue';
import { trimEnd } from './contentQuote';
import type { ArticleState, LocalQuote } from './state';
import { AFFILIATION_PREPOSITIONS, hasFiniteVerb, RELATIVE_PRONOUNS, STOP_BACKWARD } from './words';

/** Words at most between the person's name and the colon: a short predicate, not a clause of its own. */
const LEAD_IN_WORDS = 8;
/** Verbs by which a person shows words that are not theirs: "read the sign: “…”", "held a placard: “…”". */
const SHOWING = new Set(['read', 'reads', 'held', 'holds', 'showed', 'shows', 'displayed', 'wore', 'carried', 'pointed', 'quoted', 'cited', 'recited']);

/** Who speaks before the colon: a person's mention, a handle (its actor made once the quote is), or the author of a series of posts. */
interface ColonSubject {
  /** Tokens of the speaker's mention. */
  from: number;
  mentionTo: number;
  /** Where the predicate starts. */
  to: number;
  actor: LocalActor | null;
  /** The predicate may show the document's words ("The second post read: “…”"). */
  document: boolean;
  /** A list's entry: the name and a description of them run to the colon ("Rep. Cleo Fields, a Democrat who won …: “…”"). */
  described?: boolean;
}
/** Marks that open a list's entry: "— Halloran: “…”", "• Mayor Ana Ruiz: “…”". */
const LIST_MARKS = new Set(['—', '–', '-', '•', '*']);
/** Most words of a role before the name in a list's entry "ROLE NAME: “…”". */
const ENTRY_ROLE_WORDS = 5;
/** Most words of the description in a list's entry "NAME, DESCRIPTION: “…”". */
const ENTRY_DESCRIPTION_WORDS = 16;

/**
 * The quote of sentence `s` (paragraph `pi`) whose quotation opens right after a colon, when the
 * words before the colon are a person's name (with a role before it) or a handle, and a short
 * predicate with no punctuation and no other name; null otherwise. Only for a sentence where no
 * cue made a quote.
 */
export function colonQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalQuote | null {
  const t = p.tokens;
  const qi = firstQuoteFrom(p.quotes, s.from);
  const qm = qi < p.quotes.length ? p.quotes[qi] : undefined;
  if (!qm || qm.open >= s.to || (qm.open < s.from + 2 && qm.open !== s.from)) return null;
  const colon = qm.open - 1;
  if (qm.open === s.from) return mannerQuotation(st, pi, p, s, qm);
  if (t[colon].text !== ':' || p.inQuote[colon]) return null;
  const answer = answerQuotation(st, pi, s, qm, colon) ?? resumedQuotation(st, pi, s, qm, colon);
  if (answer) return answer;
  const subject = seriesDocument(st, pi, t, s.from, colon) ?? colonSubject(st, pi, s, t, s.from, colon);
  if (!subject) return null;
  // then a short predicate of words only: "was more blunt", "put it simply", "had a message for
  // them"; not one that shows a thing's words ("read the sign:"), unless the subject is that thing
  let words = 0;
  const at = st.mentionAt[pi];
  for (let k = subject.to; k < colon; k++) {
    // ("spoke as the crowd chanted:": the quotation is the clause's subject's)
    if (t[k].type !== 'word' || at[k] || t[k].cap || (k > subject.to && verbOfOwnSubject(t, k))) return null;
    words++;
  }
  // "Mr Weston: “Retention payments, chair.”": a line that opens with a person's name and a colon is a transcript's, the words theirs
  // (a title the mention leaves out may open it: "Mr", "Dr")
  // (the line is that one quotation: not two speakers' turns on one line, "Ode: “…” Lind: “…”")
  // (or a list's entry, after its dash and with a description of the person: "— Dubois, in her statement: “…”",
  // "House Speaker Mike Johnson, a Louisiana Republican: “…”", the line's one quotation ending it)
  // ("Conservative energy critic Mark Halvorsen: “…”": a list's entry whose role stands before the name)
  const lineQuotation = qm.close >= t.length - 2;
  const entry = lineQuotation && (subject.described === true || (subject.from <= ENTRY_ROLE_WORDS && t.slice(0, subject.from).every((x) => x.type === 'word' && !CUE_FORMS.has(x.lower))));
  const transcript =
    words === 0 && (subject.from <= 2 || entry) && subject.actor?.kind === 'person' && s.from === 0 && p.quotes.length === 1 && t.slice(0, subject.from).every((x, k) => (x.type === 'word' && (x.cap || entry)) || (k === 0 && LIST_MARKS.has(x.text)));
  if ((words === 0 && !transcript) || words > LEAD_IN_WORDS || (!subject.document && SHOWING.has(t[subject.to].lower))) return null;
  // (checked before a handle makes its actor)
  if (trimEnd(st.text, qm.start, qm.end) <= qm.start) return null;
  const speaker = subject.actor ?? handleActor(st, pi, t, subject.from, subject.mentionTo);
  const named = subject.document ? undefined : at[subject.from];
  return quotationAfterColon(st, qm, speaker, named ? st.span(named.start, named.end) : st.span(t[subject.from].start, t[subject.mentionTo - 1].end), t[colon]);
}

/** The direct quotation `qm` after a colon (token `colon`), `speaker`'s through `mention`; null when it holds nothing. */
function quotationAfterColon(st: ArticleState, qm: QuoteMarks, speaker: LocalActor, mention: LocalQuote['speakerMention'], colon: Token): LocalQuote | null {
  const end = trimEnd(st.text, qm.start, qm.end);
  if (end <= qm.start) return null;
  return {
    start: qm.start,
    end,
    text: '',
    kind: 'direct',
    speaker,
    speakerMention: mention,
    cue: st.span(colon.start, colon.end),
    continuation: false,
    pieces: undefined,
    cueClass: 'speech',
  };
}

/**
 * The person before the colon: the first person mentioned, with only the words of a noun phrase
 * before it, he or she opening the clause (`s` given: the sentence being read), or a handle; the
 * predicate starts after it, or after an appositive set off by commas.
 */
function colonSubject(st: ArticleState, pi: number, s: Sentence | null, t: Token[], from: number, colon: number): ColonSubject | null {
  // ("Montreal coach …", "The Slate technology columnist …", "As Professor …"; not "The list of
  // guests for Mayor Ana Ruiz was long:")
  const at = st.mentionAt[pi];
  // ("— Halloran: “…”": a list's dash opens the entry)
  const listed = from === 0 && s !== null && LIST_MARKS.has(t[0].text);
  let j = listed ? 1 : openingParticipleEnd(t, from, colon);
  if (t[j].lower === 'as') j++;
  let pronoun = isHeOrShe(t[j]) ? j : -1;
  while (j < colon && at[j]?.actor.kind !== 'person' && t[j].type === 'word' && (t[j].cap || (!STOP_BACKWARD.has(t[j].lower) && t[j].lower !== 'of'))) j++;
  // "The institute's director, Dr. Samuel Ortega, put it bluntly:", "Another user, @inkandpixels,
  // wrote:": the name in an appositive after the noun phrase (a title may stand before the name: "Dr.")
  let comma = -1;
  if (t[j].text === ',' && j > from) {
    comma = j++;
    while (j < colon && !at[j] && t[j].cap && j - comma <= 3) j++;
  }
  if (comma === j - 1 && isHeOrShe(t[j])) pronoun = j;
  // "He had one more line for fans: “…”", "A few hours later, he added a shorter post: “…”": he or
  // she opening the clause (after an opening phrase's comma at most) is whom the pronoun refers to,
  // in sentence `s`, the one being read
  if (s && pronoun >= 0) {
    const actor = resolvePersonPronoun(st, pi, s, pronoun, t[pronoun].lower);
    return actor ? { from: pronoun, mentionTo: pronoun + 1, to: pronoun + 1, actor, document: false } : null;
  }
  const handle = handleEnd(t, j, colon);
  let m = handle < 0 ? at[j] : undefined;
  // (the name set off by commas after the noun it names: the predicate may follow its closing comma)
  let appositive = false;
  if (handle < 0 && (!m || m.actor.kind !== 'person')) return null;
  let nameEnd = handle > 0 ? handle : m!.to;
  if (comma >= 0 && t[nameEnd]?.text !== ',') return null;
  // ("— Halloran's critics: “…”", "Lee's lawyer:": people a possessive name owns speak, not its
  // owner; "Kwan's colleague, Mary Todorow, put it more bluntly:": the one named after the noun does)
  if (handle < 0 && t[nameEnd - 1].possessive && t[nameEnd]?.type === 'word' && peopleNoun(t[nameEnd].lower) !== null) {
    const owned = comma < 0 ? ownedPersonNamed(st, pi, t, nameEnd + 1, colon) : undefined;
    if (!owned || owned.actor === m!.actor) return null;
    [m, nameEnd, appositive] = [owned, owned.to, t[owned.from - 1]?.text === ',' || t[owned.from - 2]?.text === ','];
  }
  // the predicate, after the name or after an appositive set off by commas ("Ortega, the
  // institute's director, put it …"; in the form above, after the name's closing comma)
  let predicate = nameEnd;
  // ("Gord Whitehead of Unifor Local 114 was blunt:": the body or place the person is of comes before the predicate)
  if (handle < 0 && AFFILIATION_PREPOSITIONS.has(t[predicate]?.lower ?? '')) {
    const k = t[predicate + 1]?.lower === 'the' ? predicate + 2 : predicate + 1;
    const of = at[k];
    if (of && of.from === k && of.actor.kind !== 'person' && of.to < colon) predicate = of.to;
  }
  if (t[predicate].text === ',') {
    predicate++;
    // ("Janai Nelson, president of the NAACP Legal Defense Fund: “…”": a list's entry, the name opening the line and described up to the colon)
    const entry = comma < 0 && !appositive && s !== null && s.from === 0 && m !== undefined && (m.from <= 3 || listed) && described(t, predicate, colon);
    if (entry && m) return { from: m.from, mentionTo: nameEnd, to: colon, actor: m.actor, document: false, described: true };
    // (a name in apposition may have its own: "Kwan's colleague, Mary Todorow, a policy analyst, put it …")
    let k = predicate;
    while (k < colon && t[k].text !== ',' && k - nameEnd <= LEAD_IN_WORDS) k++;
    if (t[k]?.text === ',') predicate = k + 1;
    else if (comma < 0 && !appositive) return null;
  }
  if (listed && predicate === colon) return { from: m ? m.from : j, mentionTo: nameEnd, to: predicate, actor: m ? m.actor : null, document: false, described: true };
  return { from: m ? m.from : j, mentionTo: nameEnd, to: predicate, actor: m ? m.actor : null, document: false };
}

/**
 * The person named right after a possessive's people noun, at token `k` (a title's capitalised
 * words before the name), in apposition set off by commas or not: "Kwan's colleague, Mary
 * Todorow, …", "Kwan's colleague Mary Todorow put it …"; undefined when no person is named there.
 */
function ownedPersonNamed(st: ArticleState, pi: number, t: Token[], k: number, colon: number): LocalMention | undefined {
  const set = t[k]?.text === ',';
  let j = set ? k + 1 : k;
  while (j < colon && !st.mentionAt[pi][j] && t[j].type === 'word' && t[j].cap && j - k <= 3) j++;
  const m = j < colon ? st.mentionAt[pi][j] : undefined;
  return m?.actor.kind === 'person' && (!set || t[m.to]?.text === ',') ? m : undefined;
}

/**
 * Whether tokens [from, colon) are a description of a person and no clause: words and commas only,
 * at most ENTRY_DESCRIPTION_WORDS words, with no finite verb before a relative pronoun ("a Democrat
 * who won …" is one; "and the premier both signed the letter" is a clause of its own).
 */
function described(t: Token[], from: number, colon: number): boolean {
  if (colon - from > ENTRY_DESCRIPTION_WORDS + 3) return false;
  let words = 0;
  let relative = colon;
  for (let k = from; k < colon; k++) {
    if (t[k].type === 'word') words++;
    else if (t[k].text !== ',' && t[k].text !== '-' && t[k].text !== '.') return false;
    if (relative === colon && RELATIVE_PRONOUNS.has(t[k].lower)) relative = k;
  }
  return words >= 1 && words <= ENTRY_DESCRIPTION_WORDS && !hasFiniteVerb(t, from, relative, true);
}

const isHeOrShe = (w: Token): boolean => w.lower === 'he' || w.lower === 'she';

/** Most tokens of an opening participle's clause: "Asked on radio whether he would negotiate with the nurses,". */
const OPENING_CLAUSE_TOKENS = 14;

/**
 * "Asked whether he would talk, Mr Ode was blunt: “…”", "Pressed on the cuts, …": where the person
 * starts after an opening participle's clause and its comma; `from` when the sentence opens otherwise.
 */
function openingParticipleEnd(t: Token[], from: number, colon: number): number {
  if (!/^[A-Z][a-z]+(?:ed|ing)$/.test(t[from].text)) return from;
  for (let k = from + 1; k < colon && k - from <= OPENING_CLAUSE_TOKENS; k++) {
    if (t[k].text === ',') return k + 1;
    if (t[k].type !== 'word') return from;
  }
  return from;
}

/**
 * "@inkandpixels", "@night_route": an at sign and the words written on to it (with underscores),
 * a handle on a social network, starting at token `j`; the token after it, or -1.
 */
function handleEnd(t: Token[], j: number, to: number): number {
  if (t[j]?.text !== '@') return -1;
  let k = j + 1;
  while (k < to && t[k].start === t[k - 1].end && (t[k].type === 'word' || (t[k].text === '_' && t[k + 1]?.start === t[k].end))) k++;
  return k > j + 1 && t[k - 1].type === 'word' ? k : -1;
}

/** The person a handle (tokens [from, to) of paragraph `pi`) names, with its mention. */
function handleActor(st: ArticleState, pi: number, t: Token[], from: number, to: number): LocalActor {
  const actor = st.table.get('person', st.text.slice(t[from].start, t[to - 1].end));
  st.addMention(actor, pi, from, to, t[from].start, t[to - 1].end);
  return actor;
}

/** Words that make a document the next of a series: "a second post", "another tweet", "a later message". */
const SERIES = new Set(['another', 'second', 'third', 'fourth', 'next', 'later', 'further', 'follow-up', 'final', 'subsequent']);
const SERIES_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** Cues of a post or a message: the one speaker whose next post a series goes on with. */
const POSTING = /^(?:post(?:s|ed)?|tweet(?:s|ed)?|wr(?:ote|ites|itten)|shared?|shares|messaged|texted|replied|responded)$/;

/**
 * "A second post followed minutes later: “…”", "Another tweet read: “…”": a document of a series
 * opening the sentence speaks for whoever spoke last, in this paragraph or the one before, where
 * that was a post ("X posted …: “…”"); after anyone's "said" it is no one's, since the post may
 * be another account's ("Lee said she had reported the account. A second post followed: “…”").
 */
function seriesDocument(st: ArticleState, pi: number, t: Token[], from: number, colon: number): ColonSubject | null {
  const last = st.lastSpeaker;
  if (!last?.speaker || last.para < pi - 1 || !last.cue || !POSTING.test(last.cue.text.toLowerCase())) return null;
  let j = from;
  if (SERIES_DETERMINERS.has(t[j].lower)) j++;
  if (j >= colon || !SERIES.has(t[j].lower)) return null;
  j++;
  if (j >= colon || !DOCUMENT_NOUNS.has(t[j].lower)) return null;
  return { from, mentionTo: j + 1, to: j + 1, actor: last.speaker, document: true };
}

/**
 * Predicates by which a sentence tells how its subject spoke, as a colon would ("Rita Jones was
 * blunt.", "Tran did not mince words."): the quotation that follows with no cue is theirs. Other
 * predicates ("Jones was late.", "Tran runs the diner.") tell nothing of words that follow.
 */
const MANNER = /^(?:(?:was|is|has been|had been) (?:(?:more|even|less|equally|just as|characteristically|typically) )?(?:blunt|blunter|frank|candid|emphatic|defiant|succinct|curt|terse|unequivocal|unapologetic|forthright|matter-of-fact|plain-spoken|outspoken)|(?:did not|didn't|does not|doesn't) mince (?:words|(?:his|her|their) words)|minced no words|put it (?:bluntly|simply|plainly|succinctly|more bluntly|another way|this way))$/;

/**
 * "Councillor Rita Jones was blunt. “This is a disaster.”": a sentence that is a quotation with no
 * cue, right after one (in its paragraph, or ending the paragraph before) whose subject is a
 * named person and whose predicate tells how they spoke (MANNER). The quotation is theirs, the
 * predicate its cue. null otherwise.
 */
function mannerQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence, qm: QuoteMarks): LocalQuote | null {
  // (the quotation is the whole sentence: only its closing marks and a stop after it)
  if (qm.close >= 0 && s.to - qm.close > 2) return null;
  const si = sentenceIndex(p.sentences, s.from);
  let ppi = pi;
  if (si === 0) {
    ppi = pi - 1;
    if (ppi < 0 || st.paragraphs[ppi].kind !== 'body' || !st.paragraphs[ppi].sentences.length) return null;
  }
  const pp = st.paragraphs[ppi];
  const before = si === 0 ? pp.sentences[pp.sentences.length - 1] : p.sentences[si - 1];
  const t = pp.tokens;
  const stop = before.to - 1;
  if (t[stop].text !== '.' || stop - before.from < 3) return null;
  for (let k = before.from; k < stop; k++) if (pp.inQuote[k]) return null;
  const subject = colonSubject(st, ppi, null, t, before.from, stop);
  if (!subject?.actor || subject.to >= stop) return null;
  const predicate = t.slice(subject.to, stop);
  if (predicate.some((w) => w.type !== 'word' || w.cap) || !MANNER.test(predicate.map((w) => w.lower).join(' '))) return null;
  const end = trimEnd(st.text, qm.start, qm.end);
  if (end <= qm.start) return null;
  const named = st.mentionAt[ppi][subject.from]!;
  return {
    start: qm.start,
    end,
    text: '',
    kind: 'direct',
    speaker: subject.actor,
    speakerMention: st.span(named.start, named.end),
    cue: st.span(t[subject.to].start, t[stop - 1].end),
    continuation: false,
    pieces: undefined,
    cueClass: 'speech',
  };
}

/** Words of a lead-in that only tells when the speaker went on ("Then, after a pause:", "And later:"). */
const RESUMING = new Set(['then', 'later', 'finally', 'afterwards', 'again', 'after', 'pause', 'moment', 'beat', 'silence']);
const RESUMING_FILLERS = new Set(['and', 'a', 'long', 'short', 'brief', 'another', 'some']);

/**
 * "“I built that house,” he said quietly. Then, after a pause: “I'll build the next one too.”": a
 * lead-in of time words alone before the colon, no subject of its own, right after a sentence of
 * the same paragraph whose quote had a speaker; the speaker goes on. Null otherwise.
 */
function resumedQuotation(st: ArticleState, pi: number, s: Sentence, qm: QuoteMarks, colon: number): LocalQuote | null {
  const t = st.paragraphs[pi].tokens;
  let timed = false;
  for (let k = s.from; k < colon; k++) {
    if (t[k].text === ',') continue;
    if (t[k].type !== 'word' || !(RESUMING.has(t[k].lower) || RESUMING_FILLERS.has(t[k].lower))) return null;
    timed ||= RESUMING.has(t[k].lower);
  }
  const last = st.lastSpeaker;
  if (!timed || !last?.speaker || last.para !== pi || st.sentenceSerial - last.sentence > 1) return null;
  return quotationAfterColon(st, qm, last.speaker, last.mention, t[colon]);
}

/** Nouns of what someone says back or sends: "Her answer: “…”", "His reply: “…”", "Ode's message: “…”". */
const ANSWER_NOUNS = new Set(['answer', 'reply', 'response', 'retort', 'verdict', 'message', 'advice', 'explanation', 'excuse', 'reaction', 'rejoinder']);

/**
 * "Her answer: “Keep going.”", "Hale's reply: “Not a chance.”": a possessive pronoun or a person's
 * possessive name, then one of ANSWER_NOUNS, as all the sentence holds before its colon and
 * quotation; the possessor speaks. A pronoun is never the one who last asked (the answer is the
 * asked one's). Null otherwise.
 */
function answerQuotation(st: ArticleState, pi: number, s: Sentence, qm: QuoteMarks, colon: number): LocalQuote | null {
  const t = st.paragraphs[pi].tokens;
  const noun = colon - 1;
  if (noun - 1 !== s.from || t[noun].type !== 'word' || !ANSWER_NOUNS.has(t[noun].lower)) return null;
  const owner = t[s.from];
  const named = st.mentionAt[pi][s.from];
  let speaker: LocalActor | null = null;
  if (named?.actor.kind === 'person' && owner.possessive && named.to === s.from + 1) speaker = named.actor;
  else if (owner.lower === 'his' || owner.lower === 'her') {
    const last = st.lastSpeaker;
    const asker = last?.cue && /^ask/i.test(last.cue.text) ? last.speaker : null;
    speaker = resolvePersonPronoun(st, pi, s, s.from, owner.lower === 'his' ? 'he' : 'she', asker);
  }
  if (!speaker) return null;
  return quotationAfterColon(st, qm, speaker, st.span(owner.start, owner.end), t[colon]);
}
