/**
 * Text structure: tokens with offsets, paragraphs (lines), noise and heading lines, quotation-mark
 * spans, and sentence units that never split a quotation.
 */
import { wireDateline } from './publishedDate';
import { pairQuotes, quoteMask, splitSentences } from './sentences';

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

const ABBREVIATIONS = new Set(
  ('mr|mrs|ms|dr|prof|sen|rep|gov|lt|col|gen|maj|adm|capt|sgt|st|jr|sr|inc|corp|co|ltd|no|vs|etc|jan|feb|mar|apr|jun|jul|' +
    'aug|sep|sept|oct|nov|dec|rev|hon|gov|pres|supt|dept|univ|assn|bros|ft|mt|ave|blvd|approx|est|fig|al|u.s|u.k|d.c|u.n|e.u|' +
    // ranks: "Cpl. Janelle Fortier", "Const. Mary Poole"
    'cpl|pte|pvt|cst|const|det|insp|cmdr|cdr|brig|spc|' +
    // titles of councils, clergy and lawyers, and plurals of titles: "Cllr. Ben Ash", "Fr. Tom Roe", "Sens. Ana Ruiz and Bo Lind"
    'cllr|cr|coun|ald|atty|asst|msgr|fr|rt|ste|sens|reps|drs|profs|govs')
    .split('|'),
);

/** The longest abbreviation: a longer word before a full stop ends a sentence without a look-up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether a word before a full stop keeps it: an abbreviation ("Gov.") or initials ("J", "U.S"); `lower` is the word in lower case. */
function takesStop(word: string, lower: string): boolean {
  // initials are one letter, or begin with a letter (one code unit or two) and a dot
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  if ((word.length === 1 || second === 0x2e || (second >= 0xdc00 && second <= 0xdfff)) && INITIALS.test(word)) return true;
  // lower case makes no word shorter
  if (word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(lower)) return true;
  // ranks joined by a hyphen: "Det.-Sgt.", "Staff-Sgt."
  const hyphen = lower.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const after = lower.slice(hyphen + 1);
  if (after.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(after)) return true;
  // a party and its state: "Rand Paul, R-Ky., said" (the state's stop ends no sentence)
  return STATE_ABBREVIATIONS.has(after) && PARTY_LETTERS.has(lower.slice(0, hyphen));
}

/**
 * The states' abbreviations that US news writes with one full stop, in AP style ("Calif.", "Pa.";
 * the two-letter ones, "N.Y.", are initials): kept only after a party's letter, since "Miss.",
 * "Ill." and "Wash." are words that end sentences too.
 */
const STATE_ABBREVIATIONS = new Set(
  'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|vt|va|wash|wis|wyo'.split('|'),
);
/** What a party label opens with before its hyphen ("R-Ohio", "D-Calif.", "I-Vt.", "Ind-Maine"), as a pattern's alternatives: the tokenizer's and the names' one list. */
export const PARTY_LETTERS_PATTERN = 'R|D|I|Ind|Rep|Dem';
const PARTY_LETTERS = new Set(PARTY_LETTERS_PATTERN.toLowerCase().split('|'));

/**
 * Whether a number follows offset `i` after spaces: "No. 10", "no. 4 seed" keep their stop, while
 * "urged members to vote no. Mr. Pike said" ends a sentence.
 */
function numberAfter(text: string, i: number, to: number): boolean {
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  const c = i < to ? text.charCodeAt(i) : 0;
  return (c >= 0x30 && c <= 0x39) || c === 0x23;
}

/**
 * Given names written short with a full stop ("Ma. Teresa", Filipino María; "Md." and "Mohd."
 * Muhammad; "Wm." William): as written, with a capital.
 */
const GIVEN_ABBREVIATIONS = new Set(['Ma', 'Md', 'Mohd', 'Muhd', 'Jos', 'Wm', 'Chas', 'Thos', 'Jas', 'Geo']);

/**
 * Whether the word text[i, end), before a full stop, is a given name written short that keeps it:
 * a capitalised word follows, and no capitalised word comes right before. "Ma" and "Md", a
 * surname and a state too, need a surname after that word ("Ma. Teresa Villanueva", "Ma. Luisa de
 * la Paz") and "Md." no comma before ("Jack Ma. Alibaba …", "Baltimore, Md. The …" end sentences).
 */
function givenNameAbbreviation(text: string, i: number, end: number, to: number): boolean {
  const word = end - i <= 4 ? text.slice(i, end) : '';
  if (!GIVEN_ABBREVIATIONS.has(word)) return false;
  const ambiguous = word === 'Ma' || word === 'Md';
  let b = i - 1;
  while (b >= 0 && text.charCodeAt(b) === 0x20) b--;
  if (b >= 0 && text.charCodeAt(b) === 0x2c && word === 'Md') return false;
  let w = b;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  if (w <= b && UPPER_FIRST.test(text[w])) return false;
  const after = text.slice(end + 1, Math.min(to, end + 40));
  return ambiguous ? /^ \p{Lu}\p{Ll}+ (?:\p{Lu}|(?:de|da|del|dela|van|von|bin|al) )/u.test(after) : /^ \p{Lu}\p{Ll}/u.test(after);
}

/** Whether the last scanAsciiWord met an upper-case letter: a word without one is its own lower case. */
let scannedUpper = false;
/** A hash (FNV-1a) of the code units the last scanAsciiWord read. */
let scannedHash = 0;

/** End of the ASCII letters and digits from i, across ’ ' - joining two such runs. */
function scanAsciiWord(text: string, i: number, to: number): number {
  let j = i;
  let h = 0x811c9dc5;
  scannedUpper = false;
  for (;;) {
    while (j < to) {
      const c = text.charCodeAt(j);
      if (!isAsciiAlnum(c)) break;
      if (c <= 90 && c >= 65) scannedUpper = true;
      h = Math.imul(h ^ c, 0x01000193);
      j++;
    }
    if (j === i || j + 1 >= to) break;
    const c = text.charCodeAt(j);
    if ((c === 0x2019 || c === 0x27 || c === 0x2d || c === 0x2010) && isAsciiAlnum(text.charCodeAt(j + 1))) {
      h = Math.imul(h ^ c, 0x01000193);
      j++;
      continue;
    }
    break;
  }
  scannedHash = h;
  return j;
}

/**
 * Words met before, with their lower case: a table of slots chosen by the scan's hash, each
 * holding the last word that fell there. A word met again is that string, not a new one: no
 * copy, no lower-casing, and the hash the look-ups of later stages compute is kept in it. Words
 * of 12 code units at most (V8 copies those when slicing; a longer one would be a slice that
 * keeps its article's text alive).
 */
const WORD_SLOTS = 1 << 16;
const SHARED_WORD_LENGTH = 12;
const slotWord: string[] = new Array<string>(WORD_SLOTS).fill('');
const slotLower: string[] = new Array<string>(WORD_SLOTS).fill('');
/**
 * Each slot's word as its length and code units: compared with the text without a property read
 * of the slot's string (strings of many kinds pass there, which makes such a read megamorphic).
 */
const slotLength = new Int32Array(WORD_SLOTS);
const slotUnits = new Uint16Array(WORD_SLOTS * SHARED_WORD_LENGTH);

/** Whether text[i, end) is the word in `slot`. */
function inSlot(text: string, i: number, end: number, slot: number): boolean {
  if (slotLength[slot] !== end - i) return false;
  const at = slot * SHARED_WORD_LENGTH - i;
  for (let k = i; k < end; k++) if (text.charCodeAt(k) !== slotUnits[at + k]) return false;
  return true;
}

/** Files text[i, end) (`word`) and its lower case in `slot`. */
function fill(text: string, i: number, end: number, slot: number, word: string, lower: string): void {
  slotWord[slot] = word;
  slotLower[slot] = lower;
  slotLength[slot] = end - i;
  const at = slot * SHARED_WORD_LENGTH - i;
  for (let k = i; k < end; k++) slotUnits[at + k] = text.charCodeAt(k);
}

/** Whether a plain ASCII run [i, end) is a whole word, or the full pattern must decide ("don't", "U.S.", "3.2"). */
function plainWordEnds(text: string, i: number, end: number, to: number): boolean {
  if (end === i) return false;
  const after = end < to ? text.charCodeAt(end) : 32;
  if ((after >= 128 && after !== 0x2019 && after !== 0x201d && after !== 0x201c && after !== 0x2014 && after !== 0x2013 && after !== 0xa0) || after === 0x26) return false;
  if ((after === 0x27 || after === 0x2019 || after === 0x2d) && end + 1 < to && isAsciiAlnum(text.charCodeAt(end + 1))) return false;
  const lastIsDigit = isDigitCode(text.charCodeAt(end - 1));
  if ((after === 0x2c || after === 0x3a || after === 0x2e) && lastIsDigit) return false;
  if (after !== 0x2e) return true;
  // "D-N.Y.", "R-W.Va.": a hyphen and one capital before the stop may open a state's initials (WORD reads them)
  if (end - i >= 3 && text.charCodeAt(end - 2) === 0x2d && isAsciiUpper(text.charCodeAt(end - 1)) && end + 1 < to && isAsciiUpper(text.charCodeAt(end + 1))) return false;
  return end - i !== 1;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

// (a party's letter and a state's initials are one word: "D-N.Y.", "R-W.Va.")
const WORD = new RegExp(`(?:${PARTY_LETTERS_PATTERN})-(?:\\p{Lu}\\p{Ll}?\\.){2,}|(?:\\p{L}\\.){2,}|\\p{N}+(?:[.,:]\\p{N}+)*(?:\\p{L}+)?|[\\p{L}\\p{M}\\p{N}]+(?:[’'\\-‐&][\\p{L}\\p{M}\\p{N}]+)*`, 'uy');
const SPACE = /\s/u;
/** A particle in lower case joined to the capitalised rest of a surname: "deVries", "diNapoli", "vanHollen". */
const CAMEL_SURNAME = /^(?:de|di|da|du|del|della|la|le|van|von|mac)\p{Lu}\p{Ll}/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LONG_WORD = /^\p{L}{4,}/u;

function classifyStraightQuote(text: string, at: number, width = 1): TokenType {
  const before = at > 0 ? text[at - 1] : ' ';
  const after = at + width < text.length ? text[at + width] : ' ';
  const openBefore = SPACE.test(before) || '([{—–-'.includes(before);
  const spaceAfter = SPACE.test(after) || after === undefined;
  if (openBefore && !spaceAfter) return 'open';
  if (!openBefore && (spaceAfter || /[.,;:!?)\]—–-]/.test(after))) return 'close';
  return 'ambiguous';
}

/**
 * What the last tokenize met, as bits: a "(" (which a photo credit opens), and a quotation mark
 * or a lone ' or ‘ (which may be one). Lines without them skip the passes that look for them.
 */
let met = 0;
const MET_PAREN = 1;
const MET_QUOTE = 2;

/** Tokenises text[from, to). Words keep internal dots, hyphens and apostrophes; abbreviations keep their dot. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  met = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || (code > 127 && SPACE.test(text[i]))) {
      i++;
      continue;
    }
    const end = mayStartWord(code) ? wordEnd(text, i, to) : -1;
    const token = end > i ? wordToken(text, i, end, to) : punctToken(text, i, to, code);
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}

/**
 * Whether a word may start at this code unit: an ASCII letter or digit, or a character beyond
 * ASCII outside the General Punctuation block (dashes, curly quotes, ellipsis: no letter, mark or
 * number there). Punctuation is most tokens that are not words, and is spared the word pattern.
 */
const mayStartWord = (c: number): boolean => (c > 127 ? c < 0x2000 || c > 0x206f : isAsciiAlnum(c));

/** Whether the last wordEnd took the fast path and met no upper-case letter: the word is its own lower case. */
let plainLower = false;
/** Whether the last wordEnd took the fast path: `scannedHash` is the word's. */
let plainWord = false;

/** The end of the word at i, or -1: an ASCII word ("don’t", "Secretary-General") by a scan, anything else (accents, initials, decimals) by the full pattern. */
function wordEnd(text: string, i: number, to: number): number {
  const plainEnd = scanAsciiWord(text, i, to);
  if (plainWordEnds(text, i, plainEnd, to)) {
    plainLower = !scannedUpper;
    plainWord = true;
    return plainEnd;
  }
  plainLower = false;
  plainWord = false;
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m && m.index === i ? Math.min(i + m[0].length, to) : -1;
}

/** The word token of text[i, end), with the stop of an abbreviation or initial after it. */
function wordToken(text: string, i: number, end: number, to: number): Token {
  let word: string;
  let lower: string;
  const slot = scannedHash & (WORD_SLOTS - 1);
  const shared = plainWord && end - i <= SHARED_WORD_LENGTH;
  if (shared && inSlot(text, i, end, slot)) {
    word = slotWord[slot];
    lower = slotLower[slot];
  } else {
    word = text.slice(i, end);
    // (V8 lower-cases a string with any character beyond Latin-1 through ICU, even an ASCII word:
    // once per word, and none for a word the scan found in lower case already)
    lower = plainLower ? word : word.toLowerCase();
    if (shared) fill(text, i, end, slot, word, lower);
  }
  // (the word is text[i, end): its code units are read from the text, not from strings of many
  // kinds, which the shared words make them, where V8's property reads turn megamorphic)
  if (end < to && text.charCodeAt(end) === 0x2e && text.charCodeAt(end - 1) !== 0x2e && (takesStop(word, lower) ? lower !== 'no' || numberAfter(text, end + 1, to) : givenNameAbbreviation(text, i, end, to))) {
    end++;
    word += '.';
    lower = plainLower ? word : word.toLowerCase();
  }
  const last = text.charCodeAt(end - 1);
  const apostrophe = end - i > 2 ? text.charCodeAt(end - 2) : 0;
  const possessive = (last === 115 || last === 83) && (apostrophe === 0x2019 || apostrophe === 0x27);
  const base = possessive ? word.slice(0, -2) : last === 0x2019 || last === 0x27 ? word.slice(0, -1) : word;
  const first = text.charCodeAt(i);
  // ("deVries", "deGrasse": a surname that joins its particle in lower case counts as capitalised;
  // only a word with a capital inside, which plainLower rules out, is tested)
  const cap = first < 128 ? (first >= 65 && first <= 90) || (!plainLower && first >= 97 && CAMEL_SURNAME.test(word)) : UPPER_FIRST.test(word);
  return { text: word, start: i, end, type: 'word', lower, cap, possessive, base };
}

/** The punctuation token at i: a quotation mark (typed by its side) or another mark. */
function punctToken(text: string, i: number, to: number, code: number): Token {
  // two apostrophes stand for a double quotation mark in some wire copy: ''like this''
  if (code === 0x27 && i + 1 < to && text.charCodeAt(i + 1) === 0x27) {
    met |= MET_QUOTE;
    return { text: "''", start: i, end: i + 2, type: classifyStraightQuote(text, i, 2), lower: "''", cap: false, possessive: false, base: "''" };
  }
  const ch = text[i];
  let type: TokenType = 'punct';
  if (ch === '“' || ch === '„' || ch === '«') type = 'open';
  else if (ch === '”' || ch === '»') type = 'close';
  else if (ch === '"') type = classifyStraightQuote(text, i);
  if (type !== 'punct' || code === 0x27 || code === 0x2018) met |= MET_QUOTE;
  else if (code === 0x28) met |= MET_PAREN;
  const len = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return { text: len === 1 ? ch : text.slice(i, i + len), start: i, end: i + len, type, lower: ch, cap: false, possessive: false, base: ch };
}

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
class LineSet implements LinesSeen {
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

const NOISE_LINE = new RegExp(
  '^(?:click here|leave a (?:comment|reply)|source link|translate\\b|scroll to top|share (?:this|on)|read more|related\\b|' +
    'advertisement|sign up|subscribe|follow us|your email address|credit:|photo:|image:|copyright|all rights reserved|' +
    'non[- ]paywall source|recent features|trending|most popular|comments?\\b|print\\b|email\\b|tags?:|filed under|' +
    'this article|continue reading|skip to)',
  'i',
);

/** Marks a sentence can end with: a line ending otherwise is a heading or noise. */
const TERMINAL_MARKS = '.!?:;"”’)]…';

const SIGNATURE_LINE = /^(?:[—–―]|--?)\s*\p{Lu}/u;
const SIGNED_QUOTATION = /^["“„«].*[.!?,]["”“»]\s*[—–―-]\s*\p{Lu}[^"“”]{0,80}$/u;

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
    if (lower + upper >= 12 && upper / (lower + upper) > 0.7) return 'noise';
  }
  // “…” —Name: a quotation signed after a dash is body text, though it ends in a name
  const terminal = TERMINAL_MARKS.includes(trimmed[trimmed.length - 1]) || SIGNED_QUOTATION.test(trimmed);
  if (!terminal) {
    const words = trimmed.split(/\s+/);
    // "– Ines Marr": a press release's signature under a quotation, which names its speaker
    if (words.length < 4) return SIGNATURE_LINE.test(trimmed) ? 'heading' : 'noise';
    const long = words.filter((w) => LONG_WORD.test(w));
    const capitalised = long.filter((w) => UPPER_FIRST.test(w));
    if (long.length === 0 || capitalised.length / long.length >= 0.6 || words.length < 12) return 'heading';
  }
  return 'body';
}

/** A wire dateline may open one of the first paragraphs (after a headline and a date line). */
const DATELINE_PARAGRAPHS = 4;
const DATE_LINE = /^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b\s*/i;
const CREDIT = /\((?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg)[^()\n]{0,80}\)|\((?:Photo|Image)[^()\n]{0,80}\)/g;

export interface Layout {
  paragraphs: Paragraph[];
  /** Date given by a "date YYYY-MM-DD" line, if any. */
  dateLine: string | null;
}

/**
 * Cuts the text into line paragraphs. Photo credits, a leading date line and a wire dateline are left out of the
 * token stream (so they produce nothing) without moving any offsets.
 */
export function layout(text: string): Layout {
  const paragraphs: Paragraph[] = [];
  const seen = new LineSet();
  let dateLine: string | null = null;
  let pos = 0;
  // the next \n and \r at or after pos, each searched for again only once passed (most texts have no \r: one search)
  let lf = -1;
  let cr = -1;
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
    if (paragraphs.length < DATELINE_PARAGRAPHS) start += wireDateline(text.slice(start, end))?.length ?? 0;
    // a Markdown heading's marker ("## ") is markup: no part of the heading's text or mentions
    const marker = start < end && mayOpenMarker(text.charCodeAt(start)) ? MARKDOWN_HEADING.exec(text.slice(start, end)) : null;
    if (marker) start += marker[0].length;
    const line = text.slice(start, end);
    if (line.trim()) {
      const kind = classifyLine(line, seen, !!marker);
      const tokens = kind === 'noise' ? [] : tokenize(text, start, end);
      // (what tokenize met among all of the line's tokens holds for the ones credits leave)
      const marks = kind === 'noise' ? 0 : met;
      const masked = marks & MET_PAREN ? maskCredits(text, start, end, tokens) : tokens;
      const quotes = kind !== 'noise' ? pairQuotes(masked, end, (marks & MET_QUOTE) !== 0) : [];
      const inQuote = quoteMask(masked, quotes);
      paragraphs.push({ start, end, kind, tokens: masked, quotes, inQuote, sentences: masked.length ? splitSentences(masked, inQuote) : [] });
    }
    pos = next;
  }
  // a short first line above body text is the headline; above another heading it is a section label
  const first = paragraphs[0];
  if (first?.kind === 'noise' && paragraphs.find((p, i) => i > 0 && p.kind !== 'noise')?.kind === 'body' && shortHeadline(text.slice(first.start, first.end))) {
    const tokens = maskCredits(text, first.start, first.end, tokenize(text, first.start, first.end));
    const quotes = pairQuotes(tokens, first.end);
    const inQuote = quoteMask(tokens, quotes);
    paragraphs[0] = { start: first.start, end: first.end, kind: 'heading', tokens, quotes, inQuote, sentences: tokens.length ? splitSentences(tokens, inQuote) : [] };
  }
  return { paragraphs, dateLine };
}

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
  return tokens.filter((t) => !cuts.some(([a, b]) => t.start >= a && t.end <= b));
}

