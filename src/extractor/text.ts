/**
 * Text structure: tokens with offsets, paragraphs (lines), noise and heading lines, quotation-mark
 * spans, and sentence units that never split a quotation. `layout`, the extractor's first step,
 * cuts an article into lines, classifies each (./lineKinds), tokenizes it (./tokenizer), leaves
 * credits and datelines out, and pairs quotation marks and splits sentences (./sentences).
 */
import { wireDateline } from './publishedDate';
import { pairQuotes, quoteMask, splitSentences } from './sentences';
import { met, MET_PAREN, MET_QUOTE, tokenize } from './tokenizer';
import { classifyLine, LineSet, NOISE_LINE } from './lineKinds';
import { lowerBound } from './sorted';
import { frontMatter, type FrontMatter } from './frontMatter';
import { MARKUP_TAG_SOURCE } from './markupTag';

export { firstQuoteFrom, pairQuotes, quoteMask, splitSentences } from './sentences';

export type TokenType = 'word' | 'punct' | 'open' | 'close' | 'ambiguous';

export interface Token {
  text: string;
  start: number;
  end: number;
  type: TokenType;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Ends in ’s / 's; `base` is the word without it. */
  possessive: boolean;
  base: string;
}

/** The word without its possessive, in lower case: "Stoltenberg’s" -> "stoltenberg", "she’s" -> "she". */
export const baseLower = (t: Token): string => (t.base === t.text ? t.lower : t.base.toLowerCase());

export type LineKind = 'body' | 'heading' | 'noise';

export interface Paragraph {
  start: number;
  end: number;
  kind: LineKind;
  tokens: Token[];
  /** Quotation spans in this paragraph, as token indices of the marks. */
  quotes: QuoteMarks[];
  /** 1 for each token inside a quotation. */
  inQuote: Uint8Array;
  sentences: Sentence[];
}

export interface QuoteMarks {
  open: number;
  /** Token index of the closing mark, or -1 when the quotation runs to the paragraph's end. */
  close: number;
  /** Character offsets of the content, without the marks. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Token index range [from, to) within the paragraph. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** A wire dateline may open one of the first paragraphs (after a headline and a date line). */
const DATELINE_PARAGRAPHS = 4;
const DATE_LINE = /^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b\s*/i;
const CREDIT = /\((?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg)\b[^()\n]{0,80}\)|\((?:Photo|Image)[^()\n]{0,80}\)/g;

export interface Layout {
  paragraphs: Paragraph[];
  /** Date given by the front matter or a "date YYYY-MM-DD" line, if any. */
  dateLine: string | null;
  /** A Markdown article's front matter (./frontMatter), which no paragraph holds. */
  frontMatter: FrontMatter | null;
  /** The first wire dateline's span ("LYNCHBURG, Va. (AP) —"), which no paragraph holds; its places are read by ./datelinePlaces. */
  dateline: { start: number; end: number } | null;
}

/**
 * Cuts the text into line paragraphs. A Markdown front matter, photo credits, a leading date line and a wire
 * dateline are left out of the token stream (so they produce nothing) without moving any offsets.
 */
export function layout(text: string): Layout {
  const paragraphs: Paragraph[] = [];
  const seen = new LineSet();
  // (a quick test first: most articles open with no "---" line)
  const front = text.charCodeAt(0) === 0x2d ? frontMatter(text) : null;
  let dateLine: string | null = front?.date ?? null;
  let dateline: Layout['dateline'] = null;
  let pos = front ? front.end : 0;
  // the next \n and \r at or after pos, each searched for again only once passed (most texts have no \r: one search)
  let lf = -1;
  let cr = -1;
  // the next "<" at or after a line's scan, searched for again only once passed
  let lt = -1;
  while (pos <= text.length) {
    // a line ends at \n, \r\n or a lone \r (old Mac files): an unclosed quotation never runs past it
    if (lf < pos) lf = nextOrEnd(text, '\n', pos);
    if (cr < pos) cr = nextOrEnd(text, '\r', pos);
    const nl = Math.min(lf, cr);
    let start = pos;
    const end = nl;
    // (nl is the text's length after the last line: no read past the end, which V8 deoptimises on)
    const next = nl < text.length && text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    if (paragraphs.length === 0 && dateLine === null) {
      const m = DATE_LINE.exec(text.slice(start, end));
      if (m) {
        dateLine = m[1];
        start += m[0].length;
      }
    }
    // a wire dateline ("LONDON, 30 October 2024 (Reuters) -") is no part of the first sentence
    if (paragraphs.length < DATELINE_PARAGRAPHS) {
      const length = wireDateline(text.slice(start, end))?.length ?? 0;
      if (length && !dateline) dateline = { start, end: start + length };
      start += length;
    }
    // a Markdown heading's marker ("## ") is markup: no part of the heading's text or mentions
    const marker = start < end && mayOpenMarker(text.charCodeAt(start)) ? MARKDOWN_HEADING.exec(text.slice(start, end)) : null;
    if (marker) start += marker[0].length;
    // a markup tag is no text: a block's ("<tweet tweet-id=…>", "</tweet>", "<br/>") is read as a
    // line break, an inline one's ("<a href=…>", "</em>") as a space; its words name no one and cue
    // nothing, and the text around it keeps its offsets
    let from = start;
    let inline: number[] | undefined;
    for (let scan = start; ; ) {
      if (lt < scan) lt = nextOrEnd(text, '<', scan);
      if (lt >= end) break;
      MARKUP_TAG.lastIndex = lt;
      const tag = MARKUP_TAG.exec(text);
      const after = tag ? lt + tag[0].length : lt + 1;
      if (tag && after <= end) {
        // (a block tag inside a sentence, "… in 2024. Then <img src=x> happened", breaks nothing:
        // the line before it would be cut off as a heading of its own and lose its names)
        if (INLINE_TAGS.has(tag[1].toLowerCase()) || midSentence(text, from, lt)) (inline ??= []).push(lt, after);
        else {
          pushLine(text, from, lt, seen, !!marker, paragraphs, inline);
          from = after;
          inline = undefined;
        }
      }
      scan = after;
    }
    pushLine(text, from, end, seen, !!marker, paragraphs, inline);
    pos = next;
  }
  // a short first line above body text is the headline; above another heading it is a section label
  const first = paragraphs[0];
  if (first?.kind === 'noise' && paragraphs.find((p, i) => i > 0 && p.kind !== 'noise')?.kind === 'body' && shortHeadline(text.slice(first.start, first.end))) {
    const tokens = maskCredits(text, first.start, first.end, tokenize(text, first.start, first.end));
    const quotes = pairQuotes(tokens, first.end);
    const inQuote = quoteMask(tokens, quotes);
    paragraphs[0] = { start: first.start, end: first.end, kind: 'heading', tokens, quotes, inQuote, sentences: tokens.length ? splitSentences(tokens, inQuote, text) : [] };
  }
  return { paragraphs, dateLine, frontMatter: front, dateline };
}

/** Whether text[from, at) ends inside a sentence: words before `at` and no closing mark or stop last. */
function midSentence(text: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= from && !SENTENCE_END.test(text[k]);
}
/** What may end a sentence or a block before a tag: a stop, a closing quotation mark, a colon, a tag's own ">". */
const SENTENCE_END = /[.!?:;"”’'>)\]]/;

/** A markup tag opening, closing or empty (its name in group 1), its attributes bounded and on one line. */
const MARKUP_TAG = new RegExp(MARKUP_TAG_SOURCE, 'y');
/** Tags inside a sentence's flow (a link, emphasis): a space, not a line break. */
const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'i', 'b', 'u', 's', 'small', 'sup', 'sub', 'font', 'abbr', 'cite', 'q', 'mark', 'time', 'del', 'ins']);

/**
 * Lays out the line [start, end) as a paragraph (`marked` as a heading by its markup) unless it
 * is blank; `inline` holds the [start, end) pairs of inline tags in it, whose tokens are left out.
 */
function pushLine(text: string, start: number, end: number, seen: LineSet, marked: boolean, paragraphs: Paragraph[], inline?: number[]): void {
  const line = inline ? blankTags(text, start, end, inline) : text.slice(start, end);
  if (!line.trim()) return;
  const kind = classifyLine(line, seen, marked);
  const all = kind === 'noise' ? [] : inline ? outsideTags(tokenize(text, start, end), inline) : tokenize(text, start, end);
  // Markdown's emphasis ("**Q:** …", "__A:__ …") is markup too: its marks are no punctuation of the sentence
  const tokens = line.includes('*') || line.includes('_') ? all.filter((t) => !emphasisMark(text, t)) : all;
  // (what tokenize met among all of the line's tokens holds for the ones credits leave)
  const marks = kind === 'noise' ? 0 : met;
  const masked = marks & MET_PAREN ? maskCredits(text, start, end, tokens) : tokens;
  const quotes = kind !== 'noise' ? pairQuotes(masked, end, (marks & MET_QUOTE) !== 0) : [];
  const inQuote = quoteMask(masked, quotes);
  paragraphs.push({ start, end, kind, tokens: masked, quotes, inQuote, sentences: masked.length ? splitSentences(masked, inQuote, text) : [] });
}

/** Whether token `t` is a mark of Markdown's emphasis: an asterisk, or an underscore not inside a word (as in a handle, "@fan_22"). */
function emphasisMark(text: string, t: Token): boolean {
  if (t.type !== 'punct') return false;
  if (t.text === '*') return true;
  return t.text === '_' && !(WORD_CHAR.test(text[t.start - 1] ?? '') && WORD_CHAR.test(text[t.end] ?? ''));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `#` to `######` and a space: a Markdown (ATX) heading's marker, after any indent. */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/;
/** Whether a line starting with this code unit may have a heading marker: "#", or the indent before one. */
const mayOpenMarker = (c: number): boolean => c === 0x23 || c === 32 || c === 9;
/** Fewest and most words of a headline read from its position alone. */
const HEADLINE_WORDS = [2, 20] as const;

/**
 * Whether the article's first line, too short to read as a heading by its words ("Mayor raises
 * taxes"), is its headline: its position says so when body text follows (the caller checks) and
 * the line has no final full stop, in any case but all capitals (teasers). A section label of one
 * word ("Politics"), a byline, a date or page number (digits) and breadcrumbs ("News | World")
 * are not headlines.
 */
function shortHeadline(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/);
  if (words.length < HEADLINE_WORDS[0] || words.length >= HEADLINE_WORDS[1]) return false;
  if (trimmed.endsWith('.') || NOISE_LINE.test(trimmed) || /^by\s/i.test(trimmed) || /[\p{N}|»›>\/]/u.test(trimmed)) return false;
  return /\p{Ll}/u.test(trimmed) && words.filter((w) => /\p{L}/u.test(w)).length >= HEADLINE_WORDS[0];
}

/** The index of `ch` in `text` from `from`, or the text's length when there is none. */
function nextOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** The line [start, end) with its tags (sorted [start, end) pairs) as spaces. */
function blankTags(text: string, start: number, end: number, tags: number[]): string {
  let line = '';
  let at = start;
  for (let k = 0; k < tags.length; k += 2) {
    line += text.slice(at, tags[k]) + ' '.repeat(tags[k + 1] - tags[k]);
    at = tags[k + 1];
  }
  return line + text.slice(at, end);
}

/** The tokens outside the sorted tag spans `tags` ([start, end) pairs), both in text order. */
function outsideTags(tokens: Token[], tags: number[]): Token[] {
  let k = 0;
  return tokens.filter((t) => {
    while (k < tags.length && tags[k + 1] <= t.start) k += 2;
    return k >= tags.length || t.end <= tags[k];
  });
}

function maskCredits(text: string, start: number, end: number, tokens: Token[]): Token[] {
  // look for "(" within the line only: a search to the end of the text per line is quadratic
  // (an index loop: this runs over every token of every line, mostly before V8 optimises it, where
  // for-of makes an iterator result per token)
  let paren = false;
  for (let i = 0; i < tokens.length && !paren; i++) paren = tokens[i].text === '(';
  if (!paren) return tokens;
  const line = text.slice(start, end);
  CREDIT.lastIndex = 0;
  const cuts: Array<[number, number]> = [];
  for (let m = CREDIT.exec(line); m; m = CREDIT.exec(line)) cuts.push([start + m.index, start + m.index + m[0].length]);
  if (!cuts.length) return tokens;
  // the cuts are in order and apart (one regex's matches): only the last one opening at or before
  // a token can hold it, found by binary search (every cut tried per token was quadratic in a line
  // of thousands of "PARIS (AP) —" datelines: 256 KB took 1.2 s)
  const opening = (i: number): number => cuts[i][0];
  return tokens.filter((t) => {
    const k = lowerBound(opening, t.start + 1, 0, cuts.length) - 1;
    return k < 0 || t.end > cuts[k][1];
  });
}

/**
 * Lines that take the text layer's rarer branches (an abbreviation before a number, initials
 * after a party's letter, a quotation signed after a dash, British quotation marks, a stop before
 * a small letter …), laid out a few times at load. V8 optimises the tokenizer, the line
 * classifier and the sentence splitter within the first article, and threw that code away and
 * compiled it again at the first line that took a branch not taken before (no type feedback
 * there); taken here first, none is. With nameWords.ts's words: -76 M instructions over 100 dev
 * articles (4.58 G); the lines cost far less at load.
 */
const WARM_UP = [
  'Mayor Ana Ruiz Raises Taxes',
  // the dateline's date month first: day first ("30 October 2024") compiles chrono's day-first
  // pattern, which few texts need (-84 M instructions over 100 dev articles)
  'LONDON, October 30, 2024 (Reuters) - Gov. Ma. Teresa Villanueva, R-Ky., and Sen. Bo Lind, D-N.Y., said No. 5 was “ready.” He left.',
  '“We are ready.” Ana Ruiz said. “Go,” she said. "Yes," he said. „Gut“ e.g. in the U.S. The deVries family’s José and the leaders’ 3.2 \'\'plans\'\' (Photo: AP) end. and 5. • more',
  '‘We are ready,’ he said. ‘Yes’ said the leaders’ aides.',
  '"A lone mark and " a mark between spaces (a note',
  '“It is done.” — Ines Marr',
  '– Ines Marr',
  'THE BIG TEASER HEADLINE IN CAPITALS',
  'Read more',
  'Mayor Ana Ruiz Raises Taxes',
  '## A Heading Of Some Words',
  'a line of many small words that runs on without any final mark at all here',
].join('\n');
for (let k = 0; k < 4; k++) layout(WARM_UP);
