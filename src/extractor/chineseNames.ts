/**
 * Chinese personal names in pinyin whose family name is an English word that opens sentences:
 * "He" ("He Yadong", "He Lifeng", "He Jiankui"). "He" then a capitalised given name of one or two
 * pinyin syllables, no English word, is one name; "He said", "He Told Reporters" stay the pronoun.
 * (The syllables: standard Mandarin pinyin without tones.)
 */
import { isCommonWord } from './commonWords';
import type { Token } from './text';

/** Family names that are English words opening sentences. */
const FAMILY = new Set(['He']);

/** One toneless pinyin syllable: an initial (or none), then a final. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)';
/** A given name of one or two syllables, capitalised as written ("Yadong", "Jun"). */
const GIVEN_NAME = new RegExp(`^(?:${SYLLABLE}){1,2}$`);

/** Whether tokens `i`, `i + 1` are such a family name and a pinyin given name, before `to`. */
export function chineseNameAt(tokens: Token[], i: number, to: number): boolean {
  const given = tokens[i + 1];
  return i + 1 < to && FAMILY.has(tokens[i].text) && given.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(given.text) && GIVEN_NAME.test(given.lower) && !isCommonWord(given.lower);
}
