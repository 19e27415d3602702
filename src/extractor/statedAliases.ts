/**
 * Other names an article states for a body right after its name: "the Islamic State group, also
 * known as ISIS or ISIL,", "Islamic State, or ISIS,". The text says the names are one body's, so
 * they are its aliases, though the letters are no initials of its words (brackets, "(CSIS)", are
 * read where the body is registered, attribution/mentions).
 */
import type { Token } from './text';

/** Nouns for a body written in lower case between its name and the other names ("the Islamic State group, also known as …"). */
const BODY_NOUNS = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'network', 'party', 'faction', 'coalition', 'alliance']);
/** What follows a name inside a list of names. */
const LIST_GOES_ON = new Set([',', 'or', 'and']);
/** The most names a stated list is read over ("also known as ISIS, ISIL and Daesh"). */
const MAX_NAMES = 4;

/**
 * The other names stated for the body whose name ends at token `end` (`name`, its surface): after
 * "also known as", "known as", "a.k.a." or "aka" (after a comma or a bracket), one-word names,
 * capitalised, joined by commas, "or" and "and"; after ", or" one acronym that opens with the
 * name's first letter and ends its phrase ("Islamic State, or ISIS,"; "Hamas, or ISIS, …" offers a
 * choice). Empty when none.
 */
export function statedAliases(tokens: Token[], end: number, name: string): string[] {
  let k = end;
  if (tokens[k]?.type === 'word' && BODY_NOUNS.has(tokens[k].text)) k++;
  const mark = tokens[k]?.text;
  if (mark !== ',' && mark !== '(') return [];
  k++;
  if (tokens[k]?.lower === 'or' && mark === ',') {
    const acronym = tokens[k + 1];
    const after = tokens[k + 2];
    const ends = !after || after.text === ',' || after.text === '.' || after.text === ')';
    return acronym && ends && /^[A-Z][A-Z0-9]{1,7}$/.test(acronym.text) && acronym.text[0] === name[0] ? [acronym.text] : [];
  }
  if (tokens[k]?.lower === 'also') k++;
  if (tokens[k]?.lower === 'known' && tokens[k + 1]?.lower === 'as') k += 2;
  else if (tokens[k]?.lower === 'a.k.a.' || tokens[k]?.lower === 'aka') k++;
  else return [];
  const names: string[] = [];
  for (; names.length < MAX_NAMES; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || !/^\p{Lu}[\p{L}\d-]+$/u.test(t.base)) break;
    // one word each: a name of several words after "known as" is a run of its own, left unread
    const next = tokens[k + 1];
    if (next?.type === 'word' && next.cap) return names;
    names.push(t.base);
    // (a comma goes on to a name that a comma, "or" or "and" follows in turn: "ISIS or ISIL, Trump said" ends at ISIL)
    if (next?.text === ',' && tokens[k + 2]?.type === 'word' && tokens[k + 2].cap && LIST_GOES_ON.has(tokens[k + 3]?.lower ?? '')) k++;
    else if (next?.lower === 'or' || next?.lower === 'and') k++;
    else break;
  }
  return names;
}
