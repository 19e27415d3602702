/**
 * A body's name with its acronym in brackets right after it ("All Progressives Congress (APC)",
 * "Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)",
 * "Alternative for Germany (AfD)"): where the name starts, so that the run finder (./nameRuns)
 * takes it whole, though it opens with a word that opens sentences ("All") or is cut by a comma,
 * and the classifier (./names) makes it one organisation; the acronym becomes its alias where the
 * organisation is registered (attribution/mentions).
 */
import { genderOfFirstName } from './gender';
import { knownLength } from './knownNames';
import { ORG_HEADS } from './gazetteer';
import type { Token } from './text';

/** Lower-case words inside a body's name that its acronym skips ("Centre for Development and Enterprise"). */
const JOINING = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'del', 'y', 'et', '&']);
/** A law's or a treaty's last word: its name with its letters names no body. */
const LAW_WORDS = new Set(['act', 'code', 'bill', 'amendment', 'charter', 'treaty', 'accord', 'statute', 'constitution', 'law']);
/** The most words a name before its acronym is read back over. */
const MAX_WORDS = 12;

/** The acronym in brackets at `end` ("(APC)", "(AfD)"): its text, or '' when none. */
export function bracketedAcronym(tokens: Token[], end: number): string {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return '';
  const w = tokens[end + 1].text;
  // (three characters or more, two capitals at least, letters only: "(D)", "(R-Texas)", "(Pty)" are none)
  if (w.length < 3 || w.length > 10 || !/^[A-Z][A-Za-z]+$/.test(w)) return '';
  let capitals = 0;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) <= 90) capitals++;
  return capitals >= 2 ? w : '';
}

/**
 * Where the name the acronym in brackets at `end` abbreviates starts, reading back from `end`
 * no further than `from`: the acronym's capitals are the initials of the capitalised words before
 * it, joining words and commas aside ("All Progressives Congress (APC)"); or, for a name translated
 * from another language, its letters are as many as the words, the first one the first word's
 * initial ("Alternative for Germany (AfD)"). -1 when neither, when the name is a country's or a
 * place's the lists know ("United Arab Emirates (UAE)") or a law's, or when it opens with a given name and
 * has no body's head word (a person's initials).
 */
export function acronymNameStart(tokens: Token[], from: number, end: number): number {
  const acronym = bracketedAcronym(tokens, end);
  if (!acronym) return -1;
  const capitals = acronym.replace(/[a-z]/g, '');
  let need = capitals.length - 1;
  let start = -1;
  let words = 0;
  for (let k = end - 1; k >= from && words < MAX_WORDS && need >= 0; k--) {
    const t = tokens[k];
    if (t.type !== 'word' && t.text !== ',' && t.text !== '&') break;
    if (t.text === ',' || JOINING.has(t.text)) continue;
    if (!t.cap || t.text === 'The') break;
    words++;
    // ("Trans-Pacific Partnership (TPP)": each capitalised part of a hyphenated word gives a letter)
    const parts = t.text.split('-');
    let p = parts.length - 1;
    for (; p >= 0 && need >= 0; p--) {
      if (!/^\p{Lu}/u.test(parts[p])) continue;
      if (parts[p][0] !== capitals[need]) break;
      need--;
    }
    if (p >= 0 && /^\p{Lu}/u.test(parts[p] ?? '')) break;
    start = k;
  }
  if (need >= 0) start = translatedStart(tokens, from, end, acronym);
  // ("Affordable Care Act (ACA)": a law's name and its letters, no body)
  if (start < 0 || start === end || LAW_WORDS.has(tokens[end - 1].lower)) return -1;
  const known = knownLength(tokens, start, end);
  if (known && known.n === end - start && known.kind !== 'organization') return -1;
  if (genderOfFirstName(tokens[start].base) !== null && !anyHead(tokens, start, end)) return -1;
  return start;
}

/** "Alternative for Germany (AfD)": as many words as the acronym has letters, the first capitalised with its first letter, none but joining words in lower case. */
function translatedStart(tokens: Token[], from: number, end: number, acronym: string): number {
  const start = end - acronym.length;
  if (start < from || tokens[start].text[0] !== acronym[0] || !tokens[start].cap || tokens[start].text === 'The' || !tokens[end - 1].cap) return -1;
  for (let k = start; k < end; k++) if (tokens[k].type !== 'word' || !(tokens[k].cap || JOINING.has(tokens[k].text))) return -1;
  return start;
}

/** Whether a body's head word ("Congress", "Party", "Commission") stands among [from, to). */
function anyHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.has(tokens[k].lower)) return true;
  return false;
}
