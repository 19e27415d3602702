/**
 * Line classification, read by layout (./text) before a line is tokenized: a line is body text, a
 * heading (which only mentions actors the body knows) or noise (boilerplate, all-capital teasers,
 * a line met again in the article), which produces nothing.
 */
import type { LineKind, Token } from './text';
import { UPPER_FIRST } from './tokenizer';

/** The lines of an article met so far (a Set of strings will do): a line met again is noise. */
export interface LinesSeen {
  has(line: string): boolean;
  add(line: string): unknown;
}

/**
 * Lines met, filed by a fingerprint of a few code units and the length: a new line is told apart
 * without hashing it whole, as a Set of the lines would (every paragraph is asked about). A
 * fingerprint shared by many lines ("Q0000001x said …", "Q0000002x said …") gets a Set of its own,
 * so that such a file is not compared line by line with every line before (quadratic).
 */
export class LineSet implements LinesSeen {
  private readonly byPrint = new Map<number, string[] | Set<string>>();

  has(line: string): boolean {
    const lines = this.byPrint.get(fingerprint(line));
    if (lines === undefined) return false;
    return Array.isArray(lines) ? lines.includes(line) : lines.has(line);
  }

  add(line: string): void {
    const print = fingerprint(line);
    const lines = this.byPrint.get(print);
    if (lines === undefined) this.byPrint.set(print, [line]);
    else if (!Array.isArray(lines)) lines.add(line);
    else if (lines.length < LINES_PER_PRINT) lines.push(line);
    else this.byPrint.set(print, new Set(lines).add(line));
  }
}

/** How many lines one fingerprint keeps in a list before they go into a Set. */
const LINES_PER_PRINT = 8;

/** A small integer from a line's length and its first, middle and last code units. */
function fingerprint(line: string): number {
  const n = line.length;
  if (n === 0) return 0;
  return (n * 0x9e5 + line.charCodeAt(0) * 0x3d + line.charCodeAt(n >> 1) * 7 + line.charCodeAt(n - 1)) & 0x3fffffff;
}

// (a boundary after "subscribe": "Subscribers reached Tuesday were disappointed." opens a paragraph of the story)
export const NOISE_LINE = new RegExp(
  '^(?:click here|leave a (?:comment|reply)|source link|translate\\b|scroll to top|share (?:this|on)|read more|related\\b|' +
    'advertisement|sign up|subscribe\\b|follow us|your email address|credit:|photo:|image:|copyright|all rights reserved|' +
    'non[- ]paywall source|recent features|trending|most popular|comments?\\b|print\\b|email\\b|tags?:|filed under|' +
    'this article|continue reading|skip to)',
  'i',
);

/** Marks a sentence can end with: a line ending otherwise is a heading or noise. */
const TERMINAL_MARKS = '.!?:;"”’)]…';

const SIGNATURE_LINE = /^(?:[—–―]|--?)\s*\p{Lu}/u;
const SIGNED_QUOTATION = /^["“„«].*[.!?,]["”“»]\s*[—–―-]\s*\p{Lu}[^"“”]{0,80}$/u;

const LONG_WORD = /^\p{L}{4,}/u;
/**
 * Classifies one line: noise produces nothing, a heading only mentions of known actors. A line
 * `marked` as a heading by its markup (Markdown `#`) is one unless it is boilerplate or repeated.
 */
export function classifyLine(line: string, seen: LinesSeen, marked = false): LineKind {
  const trimmed = line.trim();
  if (!trimmed) return 'noise';
  if (NOISE_LINE.test(trimmed)) return 'noise';
  if (seen.has(trimmed)) return 'noise';
  seen.add(trimmed);
  if (marked) return 'heading';
  // all-caps teasers are short; a long line is never one, so its letters need no count
  if (trimmed.length < 300) {
    let lower = 0;
    let upper = 0;
    const n = trimmed.length;
    for (let i = 0; i < n; i++) {
      const c = trimmed.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        lower++;
        // the capitals can no longer pass 70% even if every character left is one: stop counting
        if (3 * (upper + n - 1 - i) <= 7 * lower) break;
      } else if (c >= 65 && c <= 90) upper++;
    }
    if (lower + upper >= 12 && 10 * upper > 7 * (lower + upper)) return 'noise';
  }
  // “…” —Name: a quotation signed after a dash is body text, though it ends in a name
  const terminal = TERMINAL_MARKS.includes(trimmed[trimmed.length - 1]) || SIGNED_QUOTATION.test(trimmed);
  if (!terminal) {
    const words = trimmed.split(/\s+/);
    // "– Ines Marr": a press release's signature under a quotation, which names its speaker
    if (words.length < 4) return SIGNATURE_LINE.test(trimmed) ? 'heading' : 'noise';
    const long = words.filter((w) => LONG_WORD.test(w));
    const capitalised = long.filter((w) => UPPER_FIRST.test(w));
    // (60% and 70% above in integers: V8 compiled a division for the whole ratios of the first lines and deoptimised at a fraction)
    if (long.length === 0 || 5 * capitalised.length >= 3 * long.length || words.length < 12) return 'heading';
  }
  return 'body';
}

/** Whether most longer words of a line are capitalised, as in a headline (the article's first line, which may end in a full stop). */
export function titleCase(t: Token[]): boolean {
  let long = 0;
  let cap = 0;
  for (const x of t) {
    if (x.type !== 'word' || x.text.length < 4) continue;
    long++;
    if (x.cap) cap++;
  }
  return long >= 2 && cap / long >= 0.6;
}

/** Longer words that Title Case styles leave in lower case. */
const TITLE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'upon', 'after', 'about', 'amid']);
/** The most tokens of a subhead or headline line read as Title Case. */
const TITLE_LINE_TOKENS = 40;

/**
 * Whether a line is set in Title Case (a headline ending in a full stop, a subhead, a list item's
 * headline): short, and every longer word capitalised but a few function words; below the
 * `first` line, a small word capitalised too, which a line of names alone (a caption, a credit)
 * lacks. Capitals there prove no name, so its names are the ones the body or the lexicon confirms.
 */
export function titleCaseLine(t: Token[], first = false): boolean {
  if (t.length > TITLE_LINE_TOKENS) return false;
  let long = 0;
  let small = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.type !== 'word') continue;
    // a capitalised small word inside the line marks Title Case; a line of names alone (a caption, a credit) has none
    if (i > 0 && x.cap && TITLE_SMALL_WORDS.has(x.lower) && t[i - 1].type === 'word') small = true;
    // ("2016", "'16": no word of letters)
    if (x.text.length < 4 || !LONG_WORD.test(x.text)) continue;
    if (!x.cap && !TITLE_LOWER.has(x.lower)) return false;
    long++;
  }
  return (first || small) && long >= 3;
}

/** Small words that Title Case capitalises and no name is made of. */
const TITLE_SMALL_WORDS = new Set(['the', 'of', 'on', 'to', 'in', 'for', 'and', 'is', 'a', 'an', 'at', 'by', 'as', 'with', 'from', 'will', 'be', 'are', 'was', 'his', 'her', 'its', 'it', 'if', 'but', 'not', 'over', 'after', 'about', 'says', 'said', 'tells', 'calls', 'has', 'have', 'who', 'what', 'why', 'how', 'can', 'just', 'into', 'out', 'up', 'off', 'than']);
