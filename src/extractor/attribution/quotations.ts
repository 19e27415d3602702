/**
 * Part of stage 5 of attribution (see ./content): quotations whose attribution lies outside their
 * own sentence, settled once a paragraph is read. A quotation over several paragraphs whose cue
 * comes only in the last ("…,” she said.), a whole-sentence quotation whose speaker is named in
 * the next sentence (“…” Board president NAME said …), and a press release's signature line.
 */
import type { LocalActor } from '../actors';
import { classifyRun } from '../names';
import { DOCUMENT_NOUNS } from '../cues';
import { GROUP_NOUNS, ROLE_NOUNS, TITLES } from '../gazetteer';
import { peopleNoun } from '../lexicon/people';
import type { Paragraph, QuoteMarks, Token } from '../text';
import type { Span } from '../types';
import { trimEnd } from './contentQuote';
import { hasFiniteVerb } from './words';
import { introducedInterviewee } from './interviewee';
import { lowerBound } from '../sorted';
import type { ArticleState, LocalQuote } from './state';

/** A paragraph's quotation that opens it and runs on past its end, with no cue of its own yet. */
export interface OpenQuotation {
  start: number;
  end: number;
  /** The index in `st.quotes` of the continuation that took it from an earlier speaker, or -1. */
  index: number;
  /** Its opening mark: the paragraphs of one quotation open with the same one. */
  mark: string;
}

/**
 * After paragraph `p`, the `pi`th (whose quotes start at `firstQuote` of `st.quotes`): a quotation over
 * several paragraphs, each opening with a mark and only the last closing, takes the cue of the
 * paragraph that closes it ("…,” she said.), the nearest one, over an earlier speaker it was
 * carried on from. `open` holds the paragraphs' quotations still waiting for it (updated here).
 */
export function quotationAcrossParagraphs(st: ArticleState, pi: number, p: Paragraph, firstQuote: number, open: OpenQuotation[]): void {
  const opening = p.quotes.length ? p.quotes[0] : undefined;
  if (open.length) {
    const same = !!opening && opening.open === 0 && p.tokens[0].text === open[0].mark;
    const own = same ? coveringQuote(st, firstQuote, opening.start) : -1;
    const q = own >= 0 ? st.quotes[own] : undefined;
    if (q && !q.continuation && q.cue) {
      for (const o of open) giveAttribution(st, o, q);
      open.length = 0;
      return;
    }
    if (same && opening.close < 0 && p.quotes.length === 1 && open.length < 8) {
      open.push({ start: opening.start, end: trimEnd(st.text, opening.start, opening.end), index: own, mark: open[0].mark });
      return;
    }
    open.length = 0;
  }
  // a paragraph that is one quotation left open, not taken by a cue of its own nor handed on by a
  // lead-in or an attributed quotation the paragraph before left open
  const handed = st.leadIn?.para === pi - 1 || st.carry?.para === pi - 1;
  if (opening && opening.open === 0 && opening.close < 0 && p.quotes.length === 1 && !handed) {
    const own = coveringQuote(st, firstQuote, opening.start);
    if (own < 0 || st.quotes[own].continuation) open.push({ start: opening.start, end: trimEnd(st.text, opening.start, opening.end), index: own, mark: p.tokens[0].text });
  }
}

/** The index of the quote from `from` on in `st.quotes` that covers `offset`, or -1. */
function coveringQuote(st: ArticleState, from: number, offset: number): number {
  for (let i = from; i < st.quotes.length; i++) if (st.quotes[i].start <= offset && st.quotes[i].end >= offset) return i;
  return -1;
}

/** The quotation `o` as a continuation of `q`'s attribution (a new quote object: quotes keep one shape). */
function giveAttribution(st: ArticleState, o: OpenQuotation, q: LocalQuote): void {
  const quote = continuationOf(st, o.start, o.end, q.speaker, q.speakerMention, q.cue);
  if (o.index >= 0) st.quotes[o.index] = quote;
  else st.quotes.push(quote);
}

function continuationOf(st: ArticleState, start: number, end: number, speaker: LocalActor | null, mention: Span | null, cue: Span | null): LocalQuote {
  return { start, end, text: st.text.slice(start, end), kind: 'direct', speaker, speakerMention: mention, cue, continuation: true, pieces: undefined, cueClass: 'speech' };
}

/**
 * After paragraph `p`: a sentence that is one whole quotation no cue took, right before a sentence
 * whose speech cue made a quote (“We cannot heat empty rooms.” Board president NAME said …), is
 * that speaker's. Never the subject of mere narration: only a quote made by a speech cue counts.
 */
export function quotationBeforeCue(st: ArticleState, p: Paragraph, firstQuote: number): void {
  const made = st.quotes.length;
  if (made === firstQuote || p.sentences.length < 2) return;
  // made at the first candidate: the paragraph's quotes by start, and per sentence the quote a speech cue in it made
  let found: ParagraphQuotes | undefined;
  let qi = 0;
  for (let si = 0; si + 1 < p.sentences.length; si++) {
    const s = p.sentences[si];
    while (qi < p.quotes.length && p.quotes[qi].open < s.from) qi++;
    const qm: QuoteMarks | undefined = p.quotes[qi];
    if (!qm || qm.open !== s.from || qm.close < 0 || qm.close < s.to - 2 || qm.close >= s.to) continue;
    found ??= paragraphQuotes(st, p, firstQuote, made);
    const at = lowerBound((i) => found!.starts[i], qm.start + 1, 0, found.starts.length);
    if (at > 0 && found.maxEnd[at - 1] >= qm.start) continue;
    const q = found.bySentence[si + 1];
    // “Is the plan final?” Mayor NAME said it was not: a question before another's answer is not
    // the answerer's, unless the cue asks it
    const question = p.tokens[qm.close - 1]?.text === '?' && !/^ask/i.test(q?.cue?.text ?? '');
    if (q && !question) st.quotes.push(continuationOf(st, qm.start, trimEnd(st.text, qm.start, qm.end), q.speaker, q.speakerMention, q.cue));
  }
}

/** A paragraph's quotes: their starts in order with the running maximum of their ends, and per sentence the first quote a speech cue in it made. */
interface ParagraphQuotes {
  starts: number[];
  maxEnd: number[];
  bySentence: Array<LocalQuote | undefined>;
}

/** The quotes st.quotes[from, to) of paragraph `p` as ParagraphQuotes: sorted once, then binary searches (no scan per sentence). */
function paragraphQuotes(st: ArticleState, p: Paragraph, from: number, to: number): ParagraphQuotes {
  const quotes = st.quotes.slice(from, to);
  const bySentence: Array<LocalQuote | undefined> = new Array<LocalQuote | undefined>(p.sentences.length).fill(undefined);
  for (const c of quotes) {
    if (c.continuation || !c.cue || c.cueClass !== 'speech') continue;
    const cue = c.cue;
    const si = lowerBound((i) => p.sentences[i].end, cue.end, 0, p.sentences.length);
    if (si < p.sentences.length && p.sentences[si].start <= cue.start && !bySentence[si]) bySentence[si] = c;
  }
  quotes.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnd: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    starts.push(quotes[i].start);
    maxEnd.push(Math.max(quotes[i].end, i ? maxEnd[i - 1] : -1));
  }
  return { starts, maxEnd, bySentence };
}

/** Dashes before a press release's signature. */
const DASHES = new Set(['—', '–', '-', '―']);
/** Lower-case words a signature's title may hold: "Director of Operations", "Head of Sales and Marketing". */
const SIGNATURE_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'at', '&']);
/** A plural possessive's apostrophe, a token of its own ("the Nurses' Union"). */
const APOSTROPHES = new Set(["'", '’']);

/**
 * A press release's signature on the line after paragraph `pi`, which is one quotation: "— Roald
 * Stenvik, Chief Executive, Varmer Chemicals", "– Ines Marr". The signer (a person of the article,
 * or a new one) is handed that quotation as a lead-in hands the next paragraph's (see
 * addContinuations in ./contentQuote).
 */
export function signedParagraph(st: ArticleState, pi: number): void {
  const p = st.paragraphs[pi];
  const next = st.paragraphs[pi + 1];
  const q = p.quotes[0];
  if (!next || p.quotes.length !== 1 || q.close < 0 || q.close < p.tokens.length - 2) return;
  const t = next.tokens;
  // "Bill Clinton." alone under the quotation: the signature without its dash, a person the article names
  const bare = DASHES.has(t[0]?.text ?? '') ? undefined : st.mentionAt[pi + 1][0];
  if (bare) {
    if (bare.actor.kind === 'person' && (bare.to === t.length || (bare.to === t.length - 1 && t[bare.to].text === '.'))) st.leadIn = { para: pi - 1, attribution: { speaker: bare.actor, mention: st.span(bare.start, bare.end), cue: st.span(bare.start, bare.end), para: pi, sentence: st.sentenceSerial + 1 } };
    return;
  }
  // "--Name": a double hyphen for a dash
  const first = t.length > 1 && t[0].text === '-' && t[1].text === '-' ? 2 : 1;
  if (t.length < first + 1 || t.length > 20 || !DASHES.has(t[0].text) || t[first].type !== 'word' || !t[first].cap) return;
  let nameEnd = first;
  while (nameEnd < t.length && t[nameEnd].type === 'word') nameEnd++;
  // a news roundup's tag line describes the signer after a comma in lower case ("— Janet
  // Hazelton, president of the nurses' union"), a description with no verb of its own
  const described = t[nameEnd]?.text === ',' && !hasFiniteVerb(t, nameEnd, t.length, true);
  for (let j = nameEnd; j < t.length; j++) {
    const x = t[j];
    if (x.type === 'word' ? !x.cap && !SIGNATURE_CONNECTORS.has(x.lower) && !described : x.text !== ',' && x.text !== '.' && !(described && APOSTROPHES.has(x.text))) return;
  }
  let signer: LocalActor | undefined;
  let span: Span | undefined;
  const known = st.mentionAt[pi + 1][first];
  if (known?.actor.kind === 'person') {
    signer = known.actor;
    span = st.span(known.start, known.end);
  } else {
    const person = classifyRun(t, first, nameEnd, st.text).find((e) => e.type === 'person' || e.type === 'single');
    if (!person) return;
    signer = person.type === 'person' ? st.table.get('person', person.name) : uniquePerson(st, person.name);
    if (!signer) return;
    span = st.span(person.start, person.end);
    // a heading line gets its mentions of known actors later (mentionHeadings); other lines here
    if (next.kind !== 'heading') st.addMention(signer, pi + 1, person.from, person.to, person.start, person.end);
  }
  st.leadIn = { para: pi - 1, attribution: { speaker: signer, mention: span, cue: st.span(t[0].start, t[first - 1].end), para: pi, sentence: st.sentenceSerial + 1 } };
}

/** The one person of the article with this name word, if exactly one. */
function uniquePerson(st: ArticleState, word: string): LocalActor | undefined {
  const persons = st.table.personsWithToken(word, 2);
  return persons.length === 1 ? persons[0] : undefined;
}

/** Labels of an interviewer's question in a Q&A layout: "Q:", "Question:", a broadcast's "HOST:", a press conference's "REPORTER:". */
const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'host', 'reporter']);
/** Labels of an answer that name no one: "A:", "Answer:". */
const ANSWER_LABELS = new Set(['a', 'answer']);
/** Per article, the person "A:" answers are (see interviewLayout). */
const interviewees = new WeakMap<ArticleState, LocalActor>();
/** What a paragraph of a Q&A layout is: an interviewer's question or an answer (see interviewLayout). */
export const enum InterviewPart {
  None = 0,
  Question = 1,
  Answer = 2,
  /** An answer's paragraph with no label of its own, between the labelled answer and the next label. */
  Continued = 3,
}

/**
 * An interview set out as questions and answers ("Q: …" / "Vance: …"): per paragraph of `st`,
 * whether it is the interviewer's question, an answer labelled with the name of a person of the
 * article, or neither; null when the article has no such layout. A person's label counts only on
 * two paragraphs or more ("Sanders: Win in a walk." once, a list's heading, is no answer); "A:"
 * labels, two or more beside a question, are the answers of the person the introduction names most.
 */
export function interviewLayout(st: ArticleState): Uint8Array | null {
  // made only once a label is seen: most articles have none
  let parts: Uint8Array | null = null;
  let answers: Map<LocalActor, number[]> | null = null;
  let unnamed: number[] | null = null;
  let questions = 0;
  let capitals: Map<string, number[]> | null = null;
  for (let pi = 0; pi < st.paragraphs.length; pi++) {
    const p = st.paragraphs[pi];
    const heading = p.kind === 'heading';
    if (p.kind !== 'body' && !heading) continue;
    const colon = labelColon(p);
    const dotted = colon < 0 ? dottedLabel(p) : '';
    if (colon < 0 && !dotted) continue;
    // (a question set in bold reads as a heading, "**Q: Why did you run?**": there only a question's label counts)
    if (heading && dotted !== 'q.' && !(colon === 1 && QUESTION_LABELS.has(p.tokens[0].lower))) continue;
    parts ??= new Uint8Array(st.paragraphs.length);
    answers ??= new Map<LocalActor, number[]>();
    if (dotted === 'q.') {
      parts[pi] = InterviewPart.Question;
      questions++;
      continue;
    }
    if (dotted === 'a.') {
      (unnamed ??= []).push(pi);
      continue;
    }
    if (colon === 1 && QUESTION_LABELS.has(p.tokens[0].lower)) {
      parts[pi] = InterviewPart.Question;
      questions++;
      continue;
    }
    if (colon === 1 && ANSWER_LABELS.has(p.tokens[0].lower)) {
      (unnamed ??= []).push(pi);
      continue;
    }
    const m = st.mentionAt[pi][colon - 1];
    // ("MARJORIE MICHEL: …": a name in capitals the names layer leaves alone, as it does a section's label)
    if (!m) {
      const name = capitalsLabel(p.tokens, colon);
      const list = name ? (capitals ??= new Map()).get(name) : undefined;
      if (list) list.push(pi);
      else if (name) capitals!.set(name, [pi]);
      continue;
    }
    // (the name may follow a title: a broadcast transcript's "MAYOR ORTIZ:")
    if (m.actor.kind !== 'person' || m.to !== colon || !titlesOnly(p.tokens, m.from)) continue;
    const list = answers.get(m.actor) ?? [];
    list.push(pi);
    answers.set(m.actor, list);
  }
  if (!parts || !answers) return null;
  // a name in capitals that labels two paragraphs or more is a speaker's: the person of that name, made if none is
  // ("AMRITA SANDHU: …" once, then "SANDHU: …": the full name's label joins the answers its surname labels)
  if (capitals) {
    for (const [name, list] of capitals) {
      const lower = name.toLowerCase();
      for (const [actor, labelled] of answers) {
        if (actor.name.toLowerCase() !== lower) continue;
        labelledPerson(st, name, list);
        labelled.push(...list);
        capitals.delete(name);
        break;
      }
    }
    for (const [name, list] of capitals) if (list.length >= 2) answers.set(labelledPerson(st, name, list), list);
  }
  let found = false;
  // "Q: …" / "A: …": the answers are the interviewee's, the person the introduction presents as
  // such; with none found they are read as any paragraph is (never the last person quoted's)
  const interviewee = unnamed && unnamed.length >= 2 && questions >= 1 ? introducedInterviewee(st, Math.min(unnamed[0], parts.indexOf(InterviewPart.Question))) : null;
  if (interviewee && unnamed) {
    found = true;
    interviewees.set(st, interviewee);
    for (const pi of unnamed) parts[pi] = InterviewPart.Answer;
  }
  let most: LocalActor | null = null;
  for (const [actor, list] of answers) {
    if (list.length < 2) continue;
    found = true;
    for (const pi of list) parts[pi] = InterviewPart.Answer;
    if (!most || list.length > answers.get(most)!.length) most = actor;
  }
  // in a transcript of named answers, a name's one answer is one too ("DR. THERESA TAM: …" once), and
  // "A:" answers are the one who answers most by name, when the introduction names no one interviewed
  if (found) for (const list of answers.values()) if (list.length === 1) parts[list[0]] = InterviewPart.Answer;
  if (found && most && unnamed && !interviewee && questions >= 1) {
    interviewees.set(st, most);
    for (const pi of unnamed) parts[pi] = InterviewPart.Answer;
  }
  if (found) continuedAnswers(st, parts);
  // without answers a "Q:" paragraph is read as any other
  return found ? parts : null;
}

/** Whether a paragraph opens as the article's narration of the one answering, no answer's words: "She smiled and looked away.", "He paused." */
const narratedGesture = (t: Token[]): boolean => (t[0]?.lower === 'she' || t[0]?.lower === 'he') && t[1]?.type === 'word' && /[^e]ed$|^(?:took|shook|sat|stood|went)$/.test(t[1].lower);

/**
 * "MAYOR ORTEGA: Good morning. … ¶ We have asked the district … ¶ REPORTER: …": body paragraphs
 * with no label and no quotation marks after an answer go on with it when a labelled paragraph
 * follows them (those after the last label are the article's own narration); marked Continued.
 */
function continuedAnswers(st: ArticleState, parts: Uint8Array): void {
  let run: number[] = [];
  let inAnswer = false;
  for (let pi = 0; pi < st.paragraphs.length; pi++) {
    const p = st.paragraphs[pi];
    if (parts[pi] !== InterviewPart.None) {
      for (const k of run) parts[k] = InterviewPart.Continued;
      run = [];
      inAnswer = parts[pi] === InterviewPart.Answer;
    } else if (p.kind === 'body' && inAnswer && !p.quotes.length && labelColon(p) < 0 && !narratedGesture(p.tokens)) run.push(pi);
    else if (p.kind === 'body') {
      inAnswer = false;
      run = [];
    }
  }
}

/**
 * A paragraph that goes on with the answer before it (see continuedAnswers): its words are the
 * speaker of `answer`, the quote of the paragraph before, a direct quote that continues it;
 * null when there is no such answer.
 */
export function continuedAnswer(st: ArticleState, pi: number, answer: LocalQuote | undefined): LocalQuote | null {
  const t = st.paragraphs[pi].tokens;
  if (!answer?.speaker || !t.length) return null;
  const start = t[0].start;
  const end = trimEnd(st.text, start, t[t.length - 1].end);
  // every field written out in LocalQuote's order: a spread copy is an object of another shape,
  // and the first interview's continued answer deoptimised every stage that had read quotes
  return {
    start, end, text: st.text.slice(start, end), kind: answer.kind, speaker: answer.speaker, speakerMention: answer.speakerMention,
    cue: answer.cue, continuation: true, pieces: undefined, cueClass: answer.cueClass,
  };
}

/** Whether the tokens before `end` are all titles ("Mayor", "Dr."), none at all included. */
/**
 * The name a label in capitals gives before token `colon`, past its titles ("DR. THERESA TAM:",
 * "MARJORIE MICHEL:"), in Title Case ("Marjorie Michel"); '' when the label is no name of two or
 * three words in capitals.
 */
function capitalsLabel(t: Token[], colon: number): string {
  let from = 0;
  while (from < colon && (TITLES.has(t[from].lower) || TITLES.has(t[from].lower.replace(/\.$/, '')))) from++;
  if (colon - from < 2 || colon - from > 3) return '';
  for (let j = from; j < colon; j++) if (t[j].type !== 'word' || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(t[j].text) || GROUP_NOUNS.has(t[j].lower) || ROLE_NOUNS.has(t[j].lower)) return '';
  return t.slice(from, colon).map((w) => w.text[0] + w.text.slice(1).toLowerCase()).join(' ');
}

/** The person named `name` (see capitalsLabel), found or made, with a mention over each of the `paragraphs`' labels. */
function labelledPerson(st: ArticleState, name: string, paragraphs: number[]): LocalActor {
  const actor = st.table.find('person', name) ?? st.table.get('person', name);
  for (const pi of paragraphs) {
    const t = st.paragraphs[pi].tokens;
    const colon = labelColon(st.paragraphs[pi]);
    const from = colon - name.split(' ').length;
    st.addMention(actor, pi, from, colon, t[from].start, t[colon - 1].end);
  }
  return actor;
}

function titlesOnly(t: Token[], end: number): boolean {
  for (let j = 0; j < end; j++) if (!TITLES.has(t[j].lower) && !TITLES.has(t[j].lower.replace(/\.$/, ''))) return false;
  return true;
}

/**
 * The colon after a paragraph's label of one to three capitalised words, with two words or more
 * after it (not a tally: "Clinton: 1,769.") or a one-word question ("HOST: When?"); -1 when it has none.
 */
function labelColon(p: Paragraph): number {
  const t = p.tokens;
  for (let j = 0; j < Math.min(t.length, 4); j++) {
    if (t[j].text === ':') return j > 0 && (wordsAfter(t, j + 1) >= 2 || shortQuestion(t, j + 1)) ? j : -1;
    if (t[j].type !== 'word' || !t[j].cap) return -1;
  }
  return -1;
}

/**
 * "Q. How long have you coached?" / "A. Thirty years.": a label written with a stop (one token,
 * as an initial is), with two words or more after it: 'q.' or 'a.'; '' for none.
 */
function dottedLabel(p: Paragraph): string {
  const first = p.tokens[0];
  return first && (first.text === 'Q.' || first.text === 'A.') && (wordsAfter(p.tokens, 1) >= 2 || shortQuestion(p.tokens, 1)) ? first.lower : '';
}

/** Whether the tokens from `from` are one word and a question mark: an interviewer's "When?", "Why?". */
function shortQuestion(t: Token[], from: number): boolean {
  return t.length - from === 2 && t[from].type === 'word' && /\p{L}/u.test(t[from].text) && t[from + 1].text === '?';
}

/** How many words with letters tokens from `from` on hold, counted up to 2. */
function wordsAfter(t: Token[], from: number): number {
  let n = 0;
  for (let j = from; j < t.length && n < 2; j++) if (t[j].type === 'word' && /\p{L}/u.test(t[j].text)) n++;
  return n;
}

/**
 * An answer of a Q&A layout, paragraph `pi` ("Vance: In 1994. I was counting …"): the rest of the
 * paragraph after its label is the labelled person's own words, a direct quote (as inside
 * quotation marks, cues within it report nothing of their own).
 */
export function interviewAnswer(st: ArticleState, pi: number): LocalQuote | null {
  const p = st.paragraphs[pi];
  // ("A. Thirty years.": the label's stop is its delimiter, the label token itself)
  const colon = dottedLabel(p) === 'a.' ? 0 : labelColon(p);
  const m = colon > 0 ? st.mentionAt[pi][colon - 1] : undefined;
  // an "A:" answer is the interviewee's, with no mention of its own (its label names no one); with
  // no interviewee named the answer is left to the other readings ("A: Union leader Dana Moore said
  // a vote would be held" is hers), never given to the last person quoted
  const unnamed = (colon === 1 && ANSWER_LABELS.has(p.tokens[0].lower)) || colon === 0;
  const speaker = m?.actor ?? (unnamed ? interviewees.get(st) : undefined);
  if (!speaker) return null;
  const t = p.tokens;
  const start = t[colon + 1].start;
  const end = trimEnd(st.text, start, t[t.length - 1].end);
  return {
    start, end, text: st.text.slice(start, end), kind: 'direct', speaker, speakerMention: m ? st.span(m.start, m.end) : null,
    cue: st.span(t[colon].start, t[colon].end), continuation: false, pieces: undefined, cueClass: 'speech',
  };
}

/** The most characters of a first line read as the headline though it is set as body text. */
const HEADLINE_CHARS = 200;

/**
 * Whether paragraph `pi` (the article's first line) is set as a sentence-case headline ("Celtic
 * boss praises youngsters after cup win"): one sentence of at most HEADLINE_CHARS characters, no
 * closing full stop, with body text after it. Its verbs of judgement then judge a thing, as a
 * Title Case headline's do.
 */
export function plainHeadline(st: ArticleState, pi: number): boolean {
  const p = st.paragraphs[pi];
  // (an empty line tested, not read at -1: V8 throws away code optimised before any such read)
  if (p.sentences.length !== 1 || p.end - p.start > HEADLINE_CHARS || !p.tokens.length) return false;
  const last = p.tokens[p.tokens.length - 1];
  if (last.text === '.') return false;
  // (a line ending in a quotation is a sentence of quoted speech, unless a label and a colon open it
  // and the quotation ends with no stop: "CF Montréal coach: ‘We have to be braver’")
  if (last.type === 'close' && !(colonWithin(p.tokens, 7) && !STOPS.has(p.tokens[p.tokens.length - 2]?.text ?? '.'))) return false;
  for (let i = pi + 1; i < st.paragraphs.length; i++) if (st.paragraphs[i].kind === 'body') return true;
  return false;
}

/** Whether a colon stands among the first `n` tokens. */
function colonWithin(t: Token[], n: number): boolean {
  for (let j = 0; j < t.length && j < n; j++) if (t[j].text === ':') return true;
  return false;
}
const STOPS = new Set(['.', ',', '!', '?', '…']);

/**
 * A headline is a quote only when it carries a source: drops the quotes of the article's first
 * line `pi`, when it is its headline, that have no speaker and either no source phrase ("BOOM:
 * Trump Just …", a headline in quotation marks alone) or, before a bare colon, a label that names
 * no source ("Stealth Over Health: …", "The One Thing Both Sides Want: …"), where "Poll: …" and
 * "Senate Leader: …" keep theirs.
 */
export function dropSourcelessHeadline(st: ArticleState, pi: number): void {
  const p = st.paragraphs[pi];
  if (!p || (p.kind !== 'heading' && (p.sentences.length !== 1 || p.end - p.start > HEADLINE_CHARS))) return;
  const kept = st.quotes.filter((q) => q.start < p.start || q.start >= p.end || q.speaker !== null || (q.speakerMention !== null && (q.cue?.text !== ':' || sourceLabel(st, q.speakerMention))));
  if (kept.length !== st.quotes.length) st.quotes.splice(0, st.quotes.length, ...kept);
}

/** Labels that tell a story's form before a headline's colon ("Transcript:", "Analysis:"). */
const STORY_FORMS = new Set(['transcript', 'transcripts', 'excerpts', 'explainer', 'analysis', 'live', 'timeline', 'factbox', 'fact', 'review', 'editorial', 'opinion', 'obituary']);

/** Whether a headline's label before its colon ends in a word for a source: a document ("Poll", "Report"), a person's role or a group of people. */
function sourceLabel(st: ArticleState, label: Span): boolean {
  const words = st.text.slice(label.start, label.end).toLowerCase().split(/\s+/);
  const head = words[words.length - 1].replace(/(?:’s|'s)$/, '');
  // ("Transcript: Premier on the ferry contract", "Explainer: …": a label of the story's form, no one's words)
  if (words.length === 1 && STORY_FORMS.has(head)) return false;
  return DOCUMENT_NOUNS.has(head) || ROLE_NOUNS.has(head) || TITLES.has(head) || peopleNoun(head) !== null || GROUP_NOUNS.has(head);
}
