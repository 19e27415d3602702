/**
 * The tokenizer, the first step of layout (./text) for each line: words with their offsets, lower
 * case and possessive, abbreviations and initials keeping their full stop ("Gov.", "U.S.", "R-Ky."),
 * quotation marks typed by their side, and other marks. ASCII words take a fast scan and are
 * shared through a table of words met before; what the last line met (a "(", a quotation mark)
 * tells layout which passes it may skip.
 */
import type { Token, TokenType } from './text';
import { TITLES } from './gazetteer';

const ABBREVIATIONS = new Set(
  ('mr|mrs|ms|dr|prof|sen|rep|gov|lt|col|gen|maj|adm|capt|sgt|st|jr|sr|inc|corp|co|ltd|no|vs|etc|jan|feb|mar|apr|jun|jul|' +
    'aug|sep|sept|oct|nov|dec|rev|hon|gov|pres|supt|dept|univ|assn|bros|ft|mt|ave|blvd|approx|est|fig|al|u.s|u.k|d.c|u.n|e.u|' +
    // ranks: "Cpl. Janelle Fortier", "Const. Mary Poole"
    'cpl|pte|pvt|cst|const|det|insp|cmdr|cdr|brig|spc|' +
    // and as the US services and the Canadian artillery and corps write theirs: "Pfc. Ana Ruiz", "Tech. Sgt. Jo Park", "Bdr. Ty Roe"
    'pfc|tech|ens|mcpl|bdr|mbdr|tpr|gnr|spr|cfn|rfn|' +
    // titles of councils, clergy and lawyers, and plurals of titles: "Cllr. Ben Ash", "Fr. Tom Roe", "Sens. Ana Ruiz and Bo Lind"
    // (and Quebec's courtesy titles, "Mme. Julie Roy", "Mlle. Ann Roy")
    'cllr|cr|coun|ald|atty|asst|msgr|fr|rt|ste|sens|reps|drs|profs|govs|mses|messrs|mme|mlle|' +
    // a retired officer's mark: "Maj. (Ret.) Jane Doe"
    'ret')
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
  // (each one a capital and at most four code units: most sentences' last words are neither, and
  // are not cut from the text to be looked up)
  if (end - i > 4 || !isAsciiUpper(text.charCodeAt(i))) return false;
  const word = text.slice(i, end);
  if (!GIVEN_ABBREVIATIONS.has(word)) return false;
  const ambiguous = word === 'Ma' || word === 'Md';
  let b = i - 1;
  while (b >= 0 && text.charCodeAt(b) === 0x20) b--;
  if (b >= 0 && text.charCodeAt(b) === 0x2c && word === 'Md') return false;
  let w = b;
  // ("Police Colonel Ma. Theresa Gonzaga": a title before it is no surname's capital)
  if (w >= 0 && text[w] === '.') w--;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  if (w <= b && UPPER_FIRST.test(text[w]) && !TITLES.has(text.slice(w, b + 1).toLowerCase())) return false;
  const after = text.slice(end + 1, Math.min(to, end + 40));
  // (a nickname in quotation marks may stand before the surname: "Ma. Theresa “Tess” Gonzaga")
  return ambiguous ? /^ \p{Lu}\p{Ll}+ (?:["“][^"”]{1,20}["”] )?(?:\p{Lu}|(?:de|da|del|dela|van|von|bin|al) )/u.test(after) : /^ \p{Lu}\p{Ll}/u.test(after);
}

/** Whether the last scanAsciiWord met an upper-case letter: a word without one is its own lower case. */
let scannedUpper = false;
/** A hash (FNV-1a) of the code units the last scanAsciiWord read. */
let scannedHash = 0;

/** End of the ASCII letters and digits from i, across ’ ' - joining two such runs. */
function scanAsciiWord(text: string, i: number, to: number): number {
  let j = i;
  // (the offset basis as an int32, as Math.imul leaves h: 0x811c9dc5 itself is over 2^31, a
  // double, and a word with no ASCII letter kept it, deoptimising wordToken's slot arithmetic)
  let h = 0x811c9dc5 | 0;
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
  // (a letter beyond ASCII after the joiner too: "Marie-Ève", "O'Éire" are one word, as WORD reads them)
  if ((after === 0x27 || after === 0x2019 || after === 0x2d) && end + 1 < to && (isAsciiAlnum(text.charCodeAt(end + 1)) || text.charCodeAt(end + 1) >= 128)) return false;
  // ("Cal/OSHA": a slash before a capital may join a body's letters, as WORD reads them)
  if (after === 0x2f && end + 1 < to && isAsciiUpper(text.charCodeAt(end + 1))) return false;
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

// (a party's letter and a state's initials are one word: "D-N.Y.", "R-W.Va."; so is an amount after
// its currency's letters, "R1.2 billion", "Sh1.5", "K2.5": no sentence ends at its decimal point;
// and a state's short name and a body's letters after a slash, "Cal/OSHA", "Cal/EPA": one agency's name, not
// two bodies' names, "Washington Post/ABC News")
const WORD = new RegExp(`(?:${PARTY_LETTERS_PATTERN})-(?:\\p{Lu}\\p{Ll}?\\.){2,}|(?:\\p{L}\\.){2,}|\\p{Lu}\\p{Ll}?\\p{N}+(?:[.,]\\p{N}+)+(?:\\p{L}+)?|\\p{N}+(?:[.,:]\\p{N}+)*(?:\\p{L}+)?|\\p{Lu}\\p{Ll}{1,2}\\/\\p{Lu}{2,}(?![\\p{L}\\p{N}])|[\\p{L}\\p{M}\\p{N}]+(?:[’'\\-‐&][\\p{L}\\p{M}\\p{N}]+)*`, 'uy');
const SPACE = /\s/u;
/** A particle in lower case joined to the capitalised rest of a surname: "deVries", "diNapoli", "vanHollen", Acadian "d'Entremont". */
const CAMEL_SURNAME = /^(?:de|di|da|du|del|della|la|le|van|von|mac|d['’])\p{Lu}\p{Ll}/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
export const UPPER_FIRST = /^\p{Lu}/u;

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
export let met = 0;
export const MET_PAREN = 1;
export const MET_QUOTE = 2;

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
    const clitic = end > i && mayBeClitic(text, i, token.end) ? cliticAt(token) : 0;
    if (clitic > 0) tokens.push(...splitClitic(token, clitic));
    else tokens.push(token);
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
  // ("said Maj.-Gen. Ana Roy", "Det.-Sgt.": a rank's abbreviation joined by a hyphen to another is one title, as Canadian papers write it)
  if (text.charCodeAt(end - 1) === 0x2e && text.charCodeAt(end) === 0x2d && JOINED_RANK_FIRSTS.has(lower)) {
    const joined = joinedRankEnd(text, end + 1, to);
    if (joined > 0) {
      end = joined;
      word = text.slice(i, end);
      lower = word.toLowerCase();
    }
  }
  // ("B.C.'s premier", "the U.S.’s envoy": the possessive of initials or an abbreviation is the word's, as "Ontario's" is)
  if (text.charCodeAt(end - 1) === 0x2e && end + 2 <= to && (text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 115 && (end + 2 === to || !isAsciiAlnum(text.charCodeAt(end + 2)))) {
    word += text.slice(end, end + 2);
    end += 2;
    lower = word.toLowerCase();
  }
  const last = text.charCodeAt(end - 1);
  const apostrophe = end - i > 2 ? text.charCodeAt(end - 2) : 0;
  const possessive = (last === 115 || last === 83) && (apostrophe === 0x2019 || apostrophe === 0x27);
  const base = possessive ? word.slice(0, -2) : last === 0x2019 || last === 0x27 ? word.slice(0, -1) : word;
  const first = text.charCodeAt(i);
  // ("deVries", "deGrasse": a surname that joins its particle in lower case counts as capitalised;
  // only a word with a capital inside, which plainLower rules out, is tested)
  const cap = first < 128 ? (first >= 65 && first <= 90) || (!plainLower && first >= 97 && CAMEL_SURNAME.test(word)) : UPPER_FIRST.test(word);
  // ("The WHO warned", "the WHO said": in a line of lower-case words the acronym is a body's name, not
  // the relative pronoun every later stage takes "who" for; in a line of capitals it stays a word)
  if (lower === 'who' && word === 'WHO' && lowerCaseNear(text, i, end, to)) lower = word;
  return { text: word, start: i, end, type: 'word', lower, cap, possessive, base };
}

/** How far either side of an all-capital word lowerCaseNear looks, in code units: a few words. */
const CASE_CONTEXT = 24;

/** Whether a lower-case ASCII letter lies within CASE_CONTEXT code units of text[i, end), inside the line [.., to). */
function lowerCaseNear(text: string, i: number, end: number, to: number): boolean {
  // (back to the line's start only: a lower-case paragraph above makes no body of "WHO" in a
  // subhead in capitals, "WHO QUALIFIES", "WHO IS ELIGIBLE")
  for (let k = i - 1; k >= Math.max(0, i - CASE_CONTEXT); k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c >= 97 && c <= 122) return true;
  }
  for (let k = end; k < Math.min(to, end + CASE_CONTEXT); k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Ranks' abbreviations, with their stop, that Canadian papers join by a hyphen to the next ("Lt.-Col.", "Maj.-Gen.", "Det.-Sgt."). */
const JOINED_RANK_FIRSTS = new Set(['lt.', 'maj.', 'brig.', 'det.', 'staff.', 'sgt.', 'cpl.', 'vice.', 'rear.']);

/** The end of a capitalised abbreviation and its stop starting at `j` ("Gen." in "Maj.-Gen."), or -1. */
function joinedRankEnd(text: string, j: number, to: number): number {
  const first = text.charCodeAt(j);
  if (!(first >= 65 && first <= 90)) return -1;
  let k = j + 1;
  while (k < to && k - j <= LONGEST_ABBREVIATION && isAsciiLetter(text.charCodeAt(k))) k++;
  return k < to && text.charCodeAt(k) === 0x2e && ABBREVIATIONS.has(text.slice(j, k).toLowerCase()) ? k + 1 : -1;
}
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A subject pronoun and its contracted auxiliary in one word: "They’ve", "I’d", "we'll", "you’re", "I’m". */
const PRONOUN_CLITIC = /^(?:i|we|you|they|he|she|it)['’](?:ve|d|ll|re|m)$/;

/**
 * Where a subject pronoun's contracted auxiliary starts in a word token ("They’ve" → 4), or 0.
 * Split as two words, the pronoun is a subject like any other ("They’ve said …" reads as "They have
 * said …"), and never the last word of a name ("other than Jim Eastland I’ve presided").
 */
function cliticAt(t: Token): number {
  const n = t.lower.length;
  if (n < 3 || n > 7) return 0;
  const c = t.lower.charCodeAt(n - 2);
  const d = t.lower.charCodeAt(n - 3);
  if (c !== 0x2019 && c !== 0x27 && d !== 0x2019 && d !== 0x27) return 0;
  return PRONOUN_CLITIC.test(t.lower) ? Math.max(t.lower.indexOf('’'), t.lower.indexOf("'")) : 0;
}

/**
 * Whether the word token text[i, end) may hold a pronoun's clitic (see cliticAt), read from the
 * text's code units: 3 to 7 of them, an apostrophe second or third from the end. A clitic's word
 * is ASCII letters and an apostrophe, its lower case as long as it, so no clitic fails this; the
 * rest of the words are spared the reads of their lower-case strings, of many kinds.
 */
function mayBeClitic(text: string, i: number, end: number): boolean {
  const n = end - i;
  if (n < 3 || n > 7) return false;
  const c = text.charCodeAt(end - 2);
  const d = text.charCodeAt(end - 3);
  return c === 0x2019 || c === 0x27 || d === 0x2019 || d === 0x27;
}

/** The pronoun and the auxiliary of a word split at `k` (see cliticAt): two word tokens. */
function splitClitic(t: Token, k: number): Token[] {
  const pronoun = t.text.slice(0, k);
  const aux = t.text.slice(k);
  return [
    { text: pronoun, start: t.start, end: t.start + k, type: 'word', lower: t.lower.slice(0, k), cap: t.cap, possessive: false, base: pronoun },
    { text: aux, start: t.start + k, end: t.end, type: 'word', lower: t.lower.slice(k), cap: false, possessive: false, base: aux },
  ];
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
