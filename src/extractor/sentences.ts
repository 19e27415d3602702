/**
 * Quotations and sentences within one paragraph: pairing quotation marks (double, and British
 * single marks), which tokens stand inside a quotation, and sentence units that never split one.
 */
import { CUE_FORMS } from './cues';
import { DAYS_AND_MONTHS, HEADLINE_BREAKS, ROLE_NOUNS, TITLES } from './gazetteer';
import { peopleNoun } from './lexicon/people';
import type { QuoteMarks, Sentence, Token } from './text';
import { genderOfFirstName } from './gender';

const DIGIT_FIRST = /^\p{N}/u;

const isSingleOpen = (t: Token): boolean => t.type === 'punct' && (t.text === '‘' || t.text === "'");
const isSingleClose = (t: Token): boolean => t.type === 'punct' && (t.text === '’' || t.text === "'");
const isMark = (t: Token): boolean => t.type === 'open' || t.type === 'close' || t.type === 'ambiguous';

/**
 * British style quotes with single marks (‘We are ready,’ he said) where a paragraph has no
 * double marks: an opening mark stands before a word; the closing one is attached to the word or
 * punctuation before it, preferably after a comma or full stop, and never the apostrophe of a
 * plural possessive ("the leaders’ plans").
 */
function markSingleQuotes(tokens: Token[]): void {
  if (!tokens.some(isSingleOpen) || tokens.some(isMark)) return;
  // For each position, the next closing mark of each strength and the next opening ‘ (which
  // ends the search): one pass from the end, so a paragraph of many marks stays linear.
  const n = tokens.length;
  const nextStrong = new Int32Array(n + 1).fill(-1);
  const nextWeak = new Int32Array(n + 1).fill(-1);
  const nextOpen = new Int32Array(n + 1).fill(-1);
  for (let j = n - 1; j >= 1; j--) {
    nextStrong[j] = nextStrong[j + 1];
    nextWeak[j] = nextWeak[j + 1];
    nextOpen[j] = tokens[j].text === '‘' ? j : nextOpen[j + 1];
    const c = tokens[j];
    const before = tokens[j - 1];
    if (!isSingleClose(c) || before.end !== c.start) continue;
    const after = tokens[j + 1];
    if (after && after.start === c.end && after.type === 'word') continue;
    // a mark after a closing punctuation closes for sure; after a plural it may be a possessive
    if (before.type === 'punct' && /^[,.!?…]$/.test(before.text)) nextStrong[j] = j;
    else if (!(before.type === 'word' && /s$/i.test(before.text))) nextWeak[j] = j;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!isSingleOpen(t) || !next || next.start !== t.end || next.type !== 'word') continue;
    const detachedBefore = i === 0 || tokens[i - 1].end < t.start || '([—–'.includes(tokens[i - 1].text);
    if (!detachedBefore || i + 2 > n) continue;
    const limit = nextOpen[i + 2] < 0 ? n : nextOpen[i + 2];
    const strong = nextStrong[i + 2];
    const weak = nextWeak[i + 2];
    const close = strong >= 0 && strong < limit ? strong : weak >= 0 && weak < limit ? weak : -1;
    if (close < 0) continue;
    t.type = 'open';
    tokens[close].type = 'close';
    i = close;
  }
}

/**
 * A nickname's marks inside a name (`captain Ben "CleanX" Bance told reporters`, `Gilberto "Durinho"
 * Burns`) quote nobody: they become punctuation, so that a quotation on either side of the name
 * pairs with its own marks and the name stays one cue's subject. The name's run (./nameRuns) reads
 * the marks by their text, not their type. Only after a given name the lists know.
 */
function unmarkNicknames(tokens: Token[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    const t = tokens[i];
    const given = tokens[i - 1];
    if (!isMark(t) || given.type !== 'word' || !given.cap || given.end === t.start || tokens[i + 1].start !== t.end) continue;
    // one to three capitalised words hugged by the marks, then the surname (a capitalised word)
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && tokens[k].type === 'word' && tokens[k].cap) k++;
    const close = tokens[k];
    const surname = tokens[k + 1];
    if (k === i + 1 || !close || !isMark(close) || close.start !== tokens[k - 1].end || !surname || surname.type !== 'word' || !surname.cap || surname.start === close.end) continue;
    // (the given name opens the name, after a title at most: a headline's "Calls Hillary Clinton ‘A Disgrace’ Over" holds none)
    const before = tokens[i - 2];
    if (genderOfFirstName(given.base) === null || HEADLINE_BREAKS.has(surname.lower) || (before?.type === 'word' && before.cap && !TITLES.has(before.lower))) continue;
    t.type = 'punct';
    close.type = 'punct';
    i = k;
  }
}

/**
 * Pairs quotation marks within one paragraph; an unclosed mark runs to the paragraph's end only.
 * `mayQuote` false: the caller knows no token is a quotation mark or a lone ' or ‘ (none to pair).
 */
export function pairQuotes(tokens: Token[], paragraphEnd: number, mayQuote = true): QuoteMarks[] {
  // (the one list of every paragraph's quotations made here: V8 keeps one element kind for them)
  const spans: QuoteMarks[] = [];
  if (!mayQuote) return spans;
  markSingleQuotes(tokens);
  unmarkNicknames(tokens);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // „German“: the low opening mark is closed by the high one that opens in English
    if (open >= 0 && t.text === '“' && tokens[open].text === '„') t.type = 'close';
    if (t.type === 'open' || (t.type === 'ambiguous' && open < 0)) {
      open = i;
    } else if ((t.type === 'close' || t.type === 'ambiguous') && open >= 0) {
      if (i > open + 1) spans.push({ open, close: i, start: tokens[open].end, end: t.start });
      open = -1;
    }
  }
  if (open >= 0 && open < tokens.length - 1) {
    spans.push({ open, close: -1, start: tokens[open].end, end: Math.min(tokens[tokens.length - 1].end, paragraphEnd) });
  }
  return spans;
}

/** The index of the first quotation in `quotes` (sorted, as `pairQuotes` makes them) that opens at or after token `from`. */
export function firstQuoteFrom(quotes: QuoteMarks[], from: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which tokens stand inside a quotation. */
export function quoteMask(tokens: Token[], quotes: QuoteMarks[]): Uint8Array {
  const inQuote = new Uint8Array(tokens.length);
  for (const q of quotes) {
    const last = q.close < 0 ? tokens.length - 1 : q.close - 1;
    for (let i = q.open + 1; i <= last; i++) inQuote[i] = 1;
  }
  return inQuote;
}

/** Whether a token's text is one full stop, ?, ! or … (a test on its one code unit: every punct token is checked). */
const isStopText = (text: string): boolean => {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
};
const isTerminal = (t: Token | undefined): boolean => !!t && t.type === 'punct' && isStopText(t.text);

/** Pronouns that are a reporting clause's subject: “….” He said. */
const REPORTING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'one', 'who']);

/** Verbs of saying whose object is the clause said, never a person told: "said", "added". */
const SAYING = new Set(['said', 'says', 'say', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns']);
/** Determiners that open a clause's subject after a verb of saying: "said the timing …". */
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that open a clause after a cue: "said it was not", "said that …". */
const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'that', 'there']);

/**
 * Whether the words from token `from` are only a reporting clause that closes the quotation
 * before them: “….” Ana Ruiz said. A cue followed by at most three words and a stop.
 */
function bareReportingClause(tokens: Token[], from: number, narrated: boolean): boolean {
  for (let j = from; j < tokens.length && j - from < 12; j++) {
    const t = tokens[j];
    if (t.type !== 'word') return false;
    if (t.cap || !CUE_FORMS.has(t.lower)) continue;
    // "Her votes say otherwise.": a subject that is no name, pronoun or person's noun reports no quotation
    const subject = j > from ? tokens[j - 1] : undefined;
    if (subject && !subject.cap && !REPORTING_PRONOUNS.has(subject.lower) && !ROLE_NOUNS.has(subject.lower) && peopleNoun(subject.lower) === null) return false;
    // ("Lund read the clause aloud.": "read" reports a quotation only when nothing is read after it)
    if (t.lower === 'read' && tokens[j + 1]?.type === 'word' && tokens[j + 1].lower !== 'aloud') return false;
    // "… said it was not.": a clause of its own after the cue, no bare reporting clause
    if (CLAUSE_SUBJECTS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.type === 'word') return false;
    // ("… Claudia Chender said the timing, two weeks before …, was": a determiner after a saying verb
    // with its subject opens the clause said, where "told the committee," is the verb's object)
    if (subject && SAYING.has(t.lower) && CLAUSE_DETERMINERS.has(tokens[j + 1]?.lower ?? '')) return false;
    let k = j + 1;
    while (k < tokens.length && k - j <= 4 && tokens[k].type === 'word') k++;
    if (k - j > 4) return false;
    // ('Ann Lee said, “We will rebuild.” Tom Hale said, “We will help.”': after a quotation that
    // narration opened, a cue with its comma before a quotation of its own reports that one)
    const next = tokens[k + 1];
    if (narrated && tokens[k]?.text === ',' && next && (next.type === 'open' || next.type === 'ambiguous')) return false;
    return k === tokens.length || /^[.!?…,;]$/.test(tokens[k].text);
  }
  return false;
}

/** Whether a quotation opens at token `i` with a capitalised word: a new sentence after one that a quotation closed. */
function quotedSentenceAt(tokens: Token[], inQuote: Uint8Array, i: number): boolean {
  const mark = tokens[i];
  const first = tokens[i + 1];
  return !!first && (mark.type === 'open' || (mark.type === 'ambiguous' && !!inQuote[i + 1])) && first.type === 'word' && first.cap;
}

/**
 * Splits a paragraph into sentences, never inside a quotation. A quotation that ends a sentence
 * (.” ?” !”) ends it when the next word starts a new one, unless that is only its reporting
 * clause (“….” Ana Ruiz said.). `text` is the article's, which the tokens' offsets index.
 */
export function splitSentences(tokens: Token[], inQuote: Uint8Array, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.type === 'close' || t.type === 'ambiguous') && !inQuote[i] && i > 0 && inQuote[i - 1] && isTerminal(tokens[i - 1])) {
      let end = i + 1;
      while (end < tokens.length && tokens[end].text === ')') end++;
      // (no read past the array: V8 deoptimises a function the first time one is out of bounds)
      const next = end < tokens.length ? tokens[end] : undefined;
      // (or a quotation that opens with a capital after narration: 'called it “a disgrace.” “We will
      // fight it,” she added.'; a quotation after a quotation, “It is a disgrace.” “We will fight
      // it,” said X, is one speaker's, the cue after them both)
      const narrated = tokens[from].type !== 'open' && tokens[from].type !== 'ambiguous';
      if (next && ((next.type === 'word' && next.cap && !bareReportingClause(tokens, end, narrated)) || (narrated && quotedSentenceAt(tokens, inQuote, end)))) {
        sentences.push(makeSentence(tokens, from, end));
        from = end;
        i = end - 1;
      }
      continue;
    }
    // "according to the U.N. The agency …": an abbreviation that keeps its stop may end a sentence too
    // (the stop read from the article's text, which a word token's text is a slice of: the word's
    // own string is one of the tokenizer's shared words, scattered in memory, read for every word)
    if (t.type === 'word' && !inQuote[i] && text.charCodeAt(t.end - 1) === 0x2e && endsSentenceAt(tokens, i)) {
      sentences.push(makeSentence(tokens, from, i + 1));
      from = i + 1;
      continue;
    }
    if (t.type !== 'punct' || !isStopText(t.text) || inQuote[i]) continue;
    let end = i + 1;
    while (end < tokens.length && (tokens[end].type === 'close' || tokens[end].text === ')' || (tokens[end].type === 'ambiguous' && !inQuote[end]))) end++;
    const next = end < tokens.length ? tokens[end] : undefined;
    if (!next || next.cap || next.type === 'open' || next.type === 'ambiguous' || DIGIT_FIRST.test(next.text) || next.text === '•') {
      sentences.push(makeSentence(tokens, from, end));
      from = end;
      i = end - 1;
    }
  }
  if (from < tokens.length) sentences.push(makeSentence(tokens, from, tokens.length));
  return sentences;
}

/**
 * Whether word `i`, an abbreviation with its full stop, ends its sentence: one that can close a
 * sentence (initials such as "U.S.", "Inc.", "Jr.", not a title such as "Gov.") before a word that
 * opens one and never follows such a word inside a sentence ("The", "He", "But").
 */
function endsSentenceAt(tokens: Token[], i: number): boolean {
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const lower = tokens[i].lower;
  // "… by 7 a.m. “The pipe is …”", "… Holdings Inc. "We …"": a quotation opening on a capital after
  // a clock time or an abbreviation that can close a sentence opens the next one
  if (next && (next.type === 'open' || next.type === 'ambiguous') && tokens[i + 2]?.type === 'word' && tokens[i + 2].cap) {
    return ((lower === 'a.m.' || lower === 'p.m.') && DIGIT_FIRST.test(tokens[i - 1]?.text ?? '')) || CLOSING_ABBREVIATIONS.has(lower);
  }
  if (!next || next.type !== 'word' || !next.cap) return false;
  // "at 3:40 a.m. Crews arrived": a clock time's "a.m." before a capital ends the sentence unless a
  // day, a month or a time zone goes on with it ("6 a.m. Monday", "9 p.m. ET", "8 a.m. Pacific time")
  if ((lower === 'a.m.' || lower === 'p.m.') && DIGIT_FIRST.test(tokens[i - 1]?.text ?? '')) {
    return !DAYS_AND_MONTHS.has(next.lower) && !TIME_ZONES.has(next.lower) && tokens[i + 2]?.lower !== 'time';
  }
  if (!SENTENCE_OPENERS.has(next.lower)) return false;
  return CLOSING_ABBREVIATIONS.has(lower) || MANY_INITIALS.test(lower);
}
/** Time zones written after a clock time: "9 p.m. ET", "10 a.m. Eastern". */
const TIME_ZONES = new Set(['et', 'ct', 'mt', 'pt', 'at', 'nt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ast', 'adt', 'nst', 'ndt', 'hst', 'akst', 'akdt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'newfoundland', 'local']);
/** Abbreviations that may end a sentence: company forms, name suffixes, "etc.". */
const CLOSING_ABBREVIATIONS = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.', 'etc.', 'bros.', 'plc.']);
/** Initials of two letters or more: "u.s.", "u.n.", "d.c.". */
const MANY_INITIALS = /^(?:\p{L}\.){2,}$/u;
/** Words that open a sentence and never follow "U.S." or "Inc." inside one. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'this', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'however', 'meanwhile', 'still', 'yet', 'in', 'asked']);

function makeSentence(tokens: Token[], from: number, to: number): Sentence {
  // (the offsets first: V8 gives every literal of up to four fields one tree of shapes, so a sentence
  // opening with `from` and `to` shared those fields with the token spans ({ from, to }); the first
  // span copied with another start ({ ...np, from }) threw away the optimised code of every reader
  // of sentences, compiled again: -121 M instructions over 100 dev articles)
  return { start: tokens[from].start, end: tokens[to - 1].end, from, to };
}

