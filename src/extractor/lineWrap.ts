/**
 * Hard-wrapped text: plain-text archives, mail and wire copy often break every paragraph into
 * lines of 60–80 characters. The extractor reads a line as a paragraph (an unclosed quotation ends
 * at its line's end, a sentence never spans two), so a wrapped article lost most of its quotes
 * (the seeds folded at 72 columns: 26 quotes found of 91). Such a text is read as a copy with each
 * line break inside a paragraph, and the spaces around it, as one space; `toFile` takes an offset
 * in the copy back to the file's.
 */

/** A line longer than this is no wrapped line: the text is laid out one paragraph per line. */
const LONGEST_WRAPPED = 100;
/** Fewer non-blank lines than this tell too little to call a text wrapped. */
const FEWEST_LINES = 6;

/** A line's extent in the text: [start, end) without its break. */
interface Line {
  start: number;
  /** End of the line's text, trailing spaces left out. */
  end: number;
}

/** A text as the extractor reads it, and the way back to the file's offsets. */
export interface Unwrapped {
  /** The file's text, or its copy with each line break inside a paragraph and the spaces around it as one space (none after a compound's hyphen). */
  text: string;
  /** The file's UTF-16 offset of offset `offset` of `text` (the same offset when nothing was joined). */
  toFile(offset: number): number;
  /** Whether any line break was joined (else `text` is the file's and `toFile` the identity). */
  joined: boolean;
}

/**
 * `text` as the extractor reads it: when it is hard-wrapped, the line breaks inside its paragraphs
 * become spaces. A break is inside a paragraph when the next line starts in lower case, or when
 * the next line's first word would not have fitted on the line before (the wrap width read from
 * the text's own lines). A blank line, an indented line, a list item or a Markdown heading starts a
 * paragraph, and a first line that the next does not continue in lower case stays the headline.
 * The lines before offset `from` (a Markdown front matter's, see ./frontMatter) are neither read
 * nor joined. Linear in the text's length.
 */
export function unwrapLines(text: string, from = 0): Unwrapped {
  const lines = wrappedLines(text, from);
  if (!lines) return { text, toFile: identity, joined: false };
  const width = wrapWidth(lines, text);
  const first = firstNonBlank(lines, text);
  const parts: string[] = [];
  // per join: the copy's offset of its space (half a unit before the next line's first character when
  // it has none), and how many code units the copy has dropped up to it
  const at: number[] = [];
  const dropped: number[] = [];
  let copied = 0;
  let length = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!continues(text, line, next, lines[i + 2], width, i === first)) continue;
    let resume = next.start;
    while (text.charCodeAt(resume) === 32 || text.charCodeAt(resume) === 9) resume++;
    // a compound broken after its hyphen ("a five-|day strike") is read whole, with no space
    const space = hyphenBreak(text, line.end, resume) ? 0 : 1;
    parts.push(text.slice(copied, line.end), space ? ' ' : '');
    length += line.end - copied;
    // (without a space, the join sits just before the next line's first character, which then moves)
    at.push(length - 0.5 * (1 - space));
    length += space;
    dropped.push((dropped.length ? dropped[dropped.length - 1] : 0) + resume - line.end - space);
    copied = resume;
  }
  if (!at.length) return { text, toFile: identity, joined: false };
  parts.push(text.slice(copied));
  return { text: parts.join(''), toFile: (offset) => offset + droppedBefore(at, dropped, offset), joined: true };
}

const identity = (offset: number): number => offset;

/** What the copy dropped before offset `offset`: the count at the last join whose space lies before it. */
function droppedBefore(at: number[], dropped: number[], offset: number): number {
  let lo = 0;
  let hi = at.length;
  // the first join at or after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo ? dropped[lo - 1] : 0;
}

/** The text's lines when it may be hard-wrapped (enough lines, none long), else undefined. */
function wrappedLines(text: string, from: number): Line[] | undefined {
  const lines: Line[] = [];
  let nonBlank = 0;
  for (let pos = from; pos <= text.length; ) {
    let brk = pos;
    while (brk < text.length && text.charCodeAt(brk) !== 10 && text.charCodeAt(brk) !== 13) brk++;
    let end = brk;
    while (end > pos && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    // a long line: this text is laid out one paragraph per line (most articles tell at their first lines)
    if (end - pos > LONGEST_WRAPPED) return undefined;
    const next = brk < text.length && text.charCodeAt(brk) === 13 && text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
    lines.push({ start: pos, end });
    if (end > pos && !isBlank(text, pos, end)) nonBlank++;
    pos = next;
  }
  if (nonBlank < FEWEST_LINES) return undefined;
  // wrapping shows in lines that carry on a sentence in lower case; one-line paragraphs never do
  let carried = 0;
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isBlank(text, lines[i].start, lines[i].end) || isBlank(text, lines[i + 1].start, lines[i + 1].end)) continue;
    pairs++;
    if (startsLower(text, lines[i + 1].start)) carried++;
  }
  return carried >= 2 && 5 * carried >= pairs ? lines : undefined;
}

/** The wrap width: the length that nine in ten non-blank lines do not pass. */
function wrapWidth(lines: Line[], text: string): number {
  const lengths: number[] = [];
  for (const l of lines) if (!isBlank(text, l.start, l.end)) lengths.push(l.end - l.start);
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(0.9 * (lengths.length - 1))];
}

/**
 * Whether `next` carries on `line`'s paragraph in a text wrapped at `width`; `first`: `line` is the
 * text's first non-blank line; `afterNext`: the line after `next`, if any.
 */
function continues(text: string, line: Line, next: Line, afterNext: Line | undefined, width: number, first: boolean): boolean {
  if (isBlank(text, line.start, line.end) || isBlank(text, next.start, next.end)) return false;
  const c = text.charCodeAt(next.start);
  // an indented line opens a paragraph (unless the line before is indented as well: a quoted block)
  if ((c === 32 || c === 9) && !(text.charCodeAt(line.start) === 32 || text.charCodeAt(line.start) === 9)) return false;
  if (opensBlock(text, next)) return false;
  if (startsLower(text, next.start)) return true;
  const fits = line.end - line.start + 1 + firstWordLength(text, next) <= width - Math.max(3, Math.round(width / 10));
  // a first line runs on only as a headline of two lines (a blank line after the second): else the body starts
  return !fits && (!first || afterNext === undefined || isBlank(text, afterNext.start, afterNext.end));
}

/** Whether the line ending at `end` breaks a compound after its hyphen: a letter and "-" before the break, a lower-case letter at `resume`. */
function hyphenBreak(text: string, end: number, resume: number): boolean {
  return end >= 2 && text.charCodeAt(end - 1) === 0x2d && /\p{L}/u.test(text[end - 2]) && startsLower(text, resume);
}

/** A list item ("- ", "* ", "• ", "1. ", "2) ") or a Markdown heading ("# "). */
function opensBlock(text: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return /^(?:[-*•#]+|\d{1,3}[.)])[ \t]/.test(text.slice(i, Math.min(line.end, i + 6)));
}

/** Length of the line's first word, after its indent. */
function firstWordLength(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let j = i;
  while (j < line.end && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) j++;
  return j - i;
}

/** Index of the first line with text. */
function firstNonBlank(lines: Line[], text: string): number {
  return lines.findIndex((l) => !isBlank(text, l.start, l.end));
}

/** Whether the line's first character after any indent is a lower-case letter. */
function startsLower(text: string, start: number): boolean {
  let i = start;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether [start, end) holds only white space. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}
