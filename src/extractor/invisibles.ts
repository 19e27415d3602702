/**
 * Characters a reader never sees, taken out before the extractor reads an article: text copied
 * from web pages carries soft hyphens ("Stolten\u00ADberg"), zero-width spaces and joiners, and
 * direction marks around names, inside words where the reader sees one word. Read as they are,
 * they cut "Jane Ro\u00ADberts" into "Jane Ro" and lose the quote she gives.
 */

/**
 * Format characters (Unicode general category Cf) that draw nothing: the soft hyphen, the Arabic
 * letter mark, the zero-width space, non-joiner and joiner, the left-to-right and right-to-left
 * marks, the directional embeddings and overrides, the word joiner and invisible operators, the
 * directional isolates, and the zero-width no-break space (a BOM inside the text). Code points
 * from the Unicode Character Database (UnicodeData.txt, category Cf).
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/** An article's text without its invisible characters, and the way back to the file's offsets. */
export interface Visible {
  /** The text without them: the file's own string when it has none. */
  text: string;
  /**
   * The file's UTF-16 offset of `text`'s offset `offset`: the position of the character there
   * (of the file's end for `text.length`), so a span that ends before invisible characters keeps
   * them, and one that starts after them does not.
   */
  toFile(offset: number): number;
  /** Whether any character was taken out (else `toFile` is the identity). */
  removed: boolean;
}

const identity = (offset: number): number => offset;

/** `text` as a reader sees it (see Visible); linear in its length. */
export function visibleText(text: string): Visible {
  if (!INVISIBLE.test(text)) return { text, toFile: identity, removed: false };
  // per run of taken-out characters: the copy's offset where it stood, and how many were taken out up to it
  const at: number[] = [];
  const taken: number[] = [];
  let count = 0;
  const copy = text.replace(INVISIBLES, (_, offset: number) => {
    const here = offset - count;
    if (at.length && at[at.length - 1] === here) taken[taken.length - 1]++;
    else {
      at.push(here);
      taken.push((taken.length ? taken[taken.length - 1] : 0) + 1);
    }
    count++;
    return '';
  });
  return { text: copy, toFile: (offset) => offset + takenUpTo(at, taken, offset), removed: true };
}

/** How many characters were taken out before the copy's offset `offset` reaches the file: those of every run at or before it. */
function takenUpTo(at: number[], taken: number[], offset: number): number {
  let lo = 0;
  let hi = at.length;
  // the first run after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo ? taken[lo - 1] : 0;
}
