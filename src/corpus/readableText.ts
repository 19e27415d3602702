/**
 * An article's text as a reader sees it, read in place of the file's: characters that draw
 * nothing taken out, and HTML character references decoded. Text copied from web pages carries
 * soft hyphens ("Stolten\u00ADberg"), zero-width spaces and joiners and direction marks inside
 * words where the reader sees one word, and an article saved from a page's source writes its
 * quotation marks as "&ldquo;" or "&#8220;". Read as they are, "Jane Ro\u00ADberts" is cut into
 * "Jane Ro" and "&ldquo;We won,&rdquo; she said" is no quotation.
 */
import { decodeHTMLStrict } from 'entities';

/**
 * Format characters (Unicode general category Cf) that draw nothing: the soft hyphen, the Arabic
 * letter mark, the zero-width space, non-joiner and joiner, the left-to-right and right-to-left
 * marks, the directional embeddings and overrides, the word joiner and invisible operators, the
 * directional isolates, the deprecated format controls (U+206A–206F), the zero-width no-break
 * space (a BOM inside the text), the interlinear annotation marks (U+FFF9–FFFB), the Mongolian
 * vowel separator and the tag characters (U+E0000–E007F, which spell hidden text). Code points
 * from the Unicode Character Database (UnicodeData.txt, category Cf).
 */
export const INVISIBLE = '(?:[\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB]|\\uDB40[\\uDC00-\\uDC7F])';
/** An HTML character reference with its semicolon: decimal, hexadecimal or named (HTML's longest name has 31 characters). */
const REFERENCE = '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});';
/** A soft hyphen that ends a line before the word's rest on the next ("Stolten‹SHY›⏎berg"): the word is one, the break with it taken out. */
const SOFT_BREAK = '\\u00AD[ \\t]*\\r?\\n[ \\t]*(?=[^\\s])';
const UNREADABLE = new RegExp(`${SOFT_BREAK}|${INVISIBLE}|${REFERENCE}`);
/** What a reference may decode to that is itself invisible ("&shy;", "&#8203;", "&lrm;"): taken out as the character is. */
const ONLY_INVISIBLE = new RegExp(`^${INVISIBLE}+$`);
const UNREADABLES = new RegExp(UNREADABLE.source, 'g');

/** An article's text as a reader sees it, and the way back to the file's offsets. */
export interface Readable {
  /** The text read: the file's own string when nothing was changed. */
  text: string;
  /**
   * The file's UTF-16 offset of `text`'s offset `offset`: the position of the character there (of
   * the file's end for `text.length`; of a reference's "&" for what it decodes to), so a span that
   * ends before invisible characters keeps them, and one that starts after them does not.
   */
  toFile(offset: number): number;
  /** Whether anything was changed (else `toFile` is the identity). */
  changed: boolean;
}

const identity = (offset: number): number => offset;

/** `text` as a reader sees it (see Readable); linear in its length. */
export function readableText(text: string): Readable {
  if (!UNREADABLE.test(text)) return { text, toFile: identity, changed: false };
  // per shortening: the copy's offset just after what replaced it, and how many code units the copy has lost up to there
  const at: number[] = [];
  const lost: number[] = [];
  let total = 0;
  const copy = text.replace(UNREADABLES, (found: string, offset: number) => {
    // an unknown name ("&bogus;") is left as it is
    let read = found.charCodeAt(0) === 0x26 ? decodeHTMLStrict(found) : '';
    if (ONLY_INVISIBLE.test(read)) read = '';
    if (read.length >= found.length) return found;
    const here = offset - total + read.length;
    total += found.length - read.length;
    if (at.length && at[at.length - 1] === here) lost[lost.length - 1] = total;
    else {
      at.push(here);
      lost.push(total);
    }
    return read;
  });
  if (!total) return { text, toFile: identity, changed: false };
  return { text: copy, toFile: (offset) => offset + lostUpTo(at, lost, offset), changed: true };
}

/** What the copy lost before its offset `offset` reaches the file: the count at the last shortening at or before it. */
function lostUpTo(at: number[], lost: number[], offset: number): number {
  let lo = 0;
  let hi = at.length;
  // the first shortening after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo ? lost[lo - 1] : 0;
}
