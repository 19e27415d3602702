/**
 * Part of name spans (see ./nameRuns): a nickname in quotation marks or brackets inside a person's name
 * (`Margaret "Peggy" Holloway-Reyes`, `Rawiri "Rocket" Tane`, `Rajinder (Raj) Thiessen`), over which the name goes on to
 * its surname; a headline's quoted word is none.
 */
import { type Token } from './text';
import { COMMON_CAPITALISED, HEADLINE_BREAKS } from './gazetteer';
import { isAcronym, isNameWord, isWord, NAME_PARTICLES } from './nameWords';
import { titleAt } from './runTitles';

export const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', "''"]);

/**
 * Whether a nickname in marks after a given name the lists lack (`Rawiri "Rocket" Tane`) is one:
 * the titles before that word alone in the run, no capitalised word before the run, and a surname
 * of one or two words after it, particles aside, then no name word (no headline's words:
 * "Republican ‘Unity’ Meeting Scheduled For Next Week", "Ready To Go ‘Girl’ Crazy").
 */
export function unknownGivenNickname(tokens: Token[], start: number, end: number, close: number, to: number): boolean {
  if (COMMON_CAPITALISED.has(tokens[end - 1].lower) || titleAt(tokens, start, end - 1) !== end - 1 - start) return false;
  if (start > 0 && isWord(tokens[start - 1]) && tokens[start - 1].cap) return false;
  let k = close;
  while (k < to && isWord(tokens[k]) && !tokens[k].cap && NAME_PARTICLES.has(tokens[k].lower)) k++;
  const surname = k;
  while (k < to && isNameWord(tokens[k]) && tokens[k].cap) k++;
  return k - surname <= 2 && !(k < to && isNameWord(tokens[k]));
}

/** The most words a nickname in quotation marks holds ("El Contador Mayor"). */
const MAX_NICKNAME_WORDS = 3;

/**
 * Where the surname goes on after a nickname in quotation marks opening at token i inside a name
 * (`Margaret "Peggy" Holloway-Reyes`, `Ernesto "El Contador Mayor" Ruiz`, `Corazon "Cora" dela
 * Cruz`): one to three name words, the marks hugging them, then a name word or particles and one;
 * -1 when none.
 */
export function nicknameEnd(tokens: Token[], i: number, to: number): number {
  // (or one word in brackets, no acronym: `Rajinder (Raj) Thiessen`, as Canadian papers write it)
  const bracket = tokens[i].text === '(';
  if (!(bracket || QUOTE_MARKS.has(tokens[i].text)) || i + 1 >= to || tokens[i].end !== tokens[i + 1].start || (i > 0 && tokens[i - 1].end === tokens[i].start)) return -1;
  if (bracket && (i + 2 >= to || tokens[i + 2].text !== ')' || !isNameWord(tokens[i + 1]) || isAcronym(tokens[i + 1]))) return -1;
  let k = i + 1;
  while (k < to && k - i <= MAX_NICKNAME_WORDS && isNameWord(tokens[k])) k++;
  if (k === i + 1 || k >= to || !(bracket ? tokens[k].text === ')' : QUOTE_MARKS.has(tokens[k].text)) || tokens[k].start !== tokens[k - 1].end) return -1;
  let n = k + 1;
  while (n < to && isWord(tokens[n]) && !tokens[n].cap && NAME_PARTICLES.has(tokens[n].lower)) n++;
  return n < to && isNameWord(tokens[n]) && !COMMON_CAPITALISED.has(tokens[n].lower) && !HEADLINE_BREAKS.has(tokens[n].lower) ? k + 1 : -1;
}
