/**
 * Part of stage 2 of attribution (see ./cueDetection): which words may start a cue — the words
 * that open a cue phrase ("according to", "made it clear", "put it") and a filter by letters and
 * length that findCues runs before it looks a word up among the cue words.
 */
import { CUE_FORMS } from '../cues';

export const MAKE = new Set(['made', 'makes', 'make', 'making']);
export const PUT = new Set(['put', 'puts', 'putting']);
/** Words that start a cue of several words other than a verb form (see phraseCueAt). */
export const PHRASE_STARTS = new Set(['in', 'as', 'according', ...MAKE, ...PUT]);

/**
 * A filter before the look-up of a word among the cue words (most words are none, and a Map
 * look-up of a string costs several times a scan of its letters): per pair of first letters a-z,
 * the bit of each last letter and the range of lengths that cue words have. It passes every cue
 * word; a word with other characters in those places is always looked up.
 */
const CUE_LAST_LETTERS = new Uint32Array(26 * 26);
const CUE_MIN_LENGTH = new Uint8Array(26 * 26).fill(255);
const CUE_MAX_LENGTH = new Uint8Array(26 * 26);
const CUE_WORDS = [...CUE_FORMS.keys(), ...PHRASE_STARTS];
const SHORTEST_CUE_WORD = CUE_WORDS.reduce((n, w) => Math.min(n, w.length), Infinity);
for (const w of CUE_WORDS) {
  const k = letterPair(w);
  const z = w.charCodeAt(w.length - 1) - 97;
  // a word with other characters there is looked up anyway: nothing to note
  if (k < 0 || !(z >= 0 && z < 26)) continue;
  CUE_LAST_LETTERS[k] |= 1 << z;
  CUE_MIN_LENGTH[k] = Math.min(CUE_MIN_LENGTH[k], w.length);
  CUE_MAX_LENGTH[k] = Math.max(CUE_MAX_LENGTH[k], Math.min(w.length, 255));
}

/** The index of a word's first two letters when both are a-z (0 to 675), else -1. */
function letterPair(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/**
 * False only for a lower-case word that is surely no cue word nor the start of a cue phrase (see
 * CUE_LAST_LETTERS): findCues looks up only the words it passes.
 */
export function mayStartCue(w: string): boolean {
  const n = w.length;
  if (n < SHORTEST_CUE_WORD) return false;
  const k = letterPair(w);
  const z = w.charCodeAt(n - 1) - 97;
  if (k < 0 || !(z >= 0 && z < 26)) return true;
  return n >= CUE_MIN_LENGTH[k] && (n <= CUE_MAX_LENGTH[k] || CUE_MAX_LENGTH[k] === 255) && ((CUE_LAST_LETTERS[k] >>> z) & 1) === 1;
}
