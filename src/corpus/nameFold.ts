/**
 * The one fold of names and of what is typed to find them: lower case, accents dropped, and the
 * Latin letters Unicode gives no decomposition spelled with their base letters ("Sørensen" →
 * "sorensen", "Łukasz" → "lukasz", "Æsa" → "aesa", "Straße" → "strasse"). The speaker search,
 * Ctrl+T, `about:` and the Corpus view's filter all match through it, so a name found one way is
 * found every way. (Search's own fold, searchLower in ./searchTerms.ts, keeps every length: it folds
 * only the stroked letters of its STROKED table, one letter each.)
 */

/** Lower-case letters with no canonical decomposition, and how they are spelled without their mark. */
export const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ƚ: 'l',
  ƀ: 'b',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
const ASCII = /^[\x00-\x7f]*$/;

/** `text` lower-cased, accents dropped and the letters of UNDECOMPOSED spelled out. */
export function foldName(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]);
}

/**
 * `text` spelled with plain Latin letters, its capitals kept ("Mette Sørensen" → "Mette Sorensen",
 * "Æsa" → "Aesa", "Straße" → "Strasse"): what a name is shown with where the workbench matches
 * typed letters one for one (Ctrl+T's list).
 */
export function plainName(text: string): string {
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (c) => {
      const lower = c.toLowerCase();
      const to = UNDECOMPOSED[lower];
      if (!to) return c;
      return lower === c ? to : c === 'ẞ' ? 'SS' : to[0].toUpperCase() + to.slice(1);
    });
}
