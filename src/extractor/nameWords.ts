/**
 * Name words: which capitalised tokens can be words of a personal name (not a month, an adverb, a
 * gerund), which lone words can be a person known by one name, and which months are given names.
 * The run finder and the classifier in names.ts build on these.
 */
import { baseLower, type Token } from './text';
import { PARTY_LETTERS_PATTERN, tokenize } from './tokenizer';
import { brandWord } from './nameChecks';
import { COMMON_CAPITALISED, countryByDemonym, DAYS_AND_MONTHS, GROUP_NOUNS, NON_NAME_WORDS, ORG_HEADS, PARTY_WORDS } from './gazetteer';
import { vietnameseNameAt } from './vietnameseNames';
import { genderOfFirstName } from './gender';
import { isCommonWord } from './commonWords';
import { PATRONYM_PARTICLES } from './nameForms';

export const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word';

const MIXED_DIGITS = /\p{N}.*[\p{Ll}\p{M}]|[\p{Ll}\p{M}].*\p{N}/u;

/**
 * Whether a word holds a digit and a small letter or a mark, in either order (MIXED_DIGITS).
 * Decided by one scan of the code units when they are ASCII, Latin letters (U+00C0 to U+024F but
 * × and ÷: "Müller", "Erdoğan"), combining diacritics (U+0300 to U+036F, all marks) or the
 * apostrophe and hyphen of General Punctuation, where the only digits are 0-9; the pattern is
 * asked only about a word with another character, or with a digit and a letter of U+0100 to
 * U+024F that may be small. Most runs then never compile it (a Unicode pattern: about a
 * millisecond of compiling).
 */
export function mixedDigits(w: string): boolean {
  let digit = false;
  let small = false;
  let maySmall = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) small = true;
    else if (c >= 0x100 && c <= 0x24f) maySmall = true;
    else if (c >= 128 && !(c >= 0xc0 && c <= 0xde && c !== 0xd7) && c !== 0x2019 && c !== 0x2010) return MIXED_DIGITS.test(w);
  }
  return digit && (small || (maySmall && MIXED_DIGITS.test(w)));
}

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Ahmed bin Salman", "Ahmed ag Moussa" (Tuareg "son of"), "Jose dela Cruz" (Filipino). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'dela', 'delos', 'da', 'del', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'ag', ...PATRONYM_PARTICLES]);

/**
 * An Arabic surname with its article or kinship word hyphened on in lower case ("al-Burhan",
 * "el-Sisi", "bin-Laden"): a name word, though it opens with no capital. (The run scan opens no
 * run at one, "al-Qaeda said": it only carries a name on, "Bashar al-Assad".)
 */
export function articleSurname(t: Token): boolean {
  const w = t.text;
  // (none is shorter than "al-Xy"; no read past the word's end either, which V8 deoptimises on)
  if (w.length < 5) return false;
  // the first hyphen at the third or fourth code unit: one before it leaves a prefix no article is
  // (every word not capitalised asks: two reads of code units, not a search of the word)
  const dash = w.charCodeAt(2) === 0x2d ? 2 : w.charCodeAt(3) === 0x2d ? 3 : -1;
  return dash > 0 && ARTICLE_PREFIXES.has(w.slice(0, dash)) && w.length > dash + 2 && /^\p{Lu}\p{Ll}/u.test(w.slice(dash + 1));
}
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'ag', 'an', 'ar', 'as', 'at', 'az', 'ash', 'ud', 'ul', 'bin', 'ibn', 'abu']);

/**
 * Words in capitals that name no organisation: a common noun's abbreviation ("TV", "PAC" in "a super
 * PAC") and a newspaper's section labels ("ABSTRACT.", "LETTERS.", "CORRECTION:").
 */
const GENERIC_CAPITALS = new Set([
  'TV', 'PAC', 'PACS', 'CEO', 'CFO', 'DNA', 'GDP', 'ID', 'IQ', 'PC', 'OK', 'AM', 'PM', 'ATM',
  'FAQ', 'ABSTRACT', 'LETTERS', 'CORRECTION', 'CLARIFICATION', 'UPDATE', 'UPDATED', 'EXCLUSIVE',
  'BREAKING', 'WATCH', 'VIDEO', 'PHOTOS', 'BYLINE', 'PREVIOUSLY', 'EMAIL',
  // things and measures named by their letters: "an EV", "the SUV market", "CCTV footage", "a Q&A", "EBITDA rose"
  'EV', 'EVS', 'SUV', 'SUVS', 'ATV', 'HGV', 'CCTV', 'GPS', 'MRI', 'ICU', 'PPE', 'IVF', 'LED', 'PDF', 'Q&A', 'EBITDA', 'AI',
  // fuels, funds and goods by their letters ("the LNG supplier", "an ETF provider", "a VPN app", "CBD products")
  'LNG', 'LPG', 'CNG', 'ETF', 'ETFS', 'VPN', 'VPNS', 'HVAC', 'CBD', 'GMO', 'GMOS', 'RV', 'RVS', 'VR',
  // a hospital's emergency room and a layoff notice's law ("ER wait times", "a WARN notice")
  'ER', 'WARN',
  // a family doctor ("GP services", "her GP"), a share sale and a tax ("the IPO", "VAT rose")
  'GP', 'IPO', 'VAT',
  // a vice president, an office and no body ("a VP pick", "choice for VP"; "VP Mike Pence" keeps his name)
  'VP',
  // diseases by their letters ("a long COVID clinic", "HIV rates", "RSV season")
  'COVID', 'SARS', 'MERS', 'HIV', 'AIDS', 'RSV', 'HPV', 'PTSD', 'ADHD', 'ALS', 'COPD',
]);

/** An acronym of two to eight capitals or digits ("NATO", "G7"), not a common noun in capitals ("TV", "ABSTRACT"). */
export function isAcronym(t: Token): boolean {
  // /^[A-Z][A-Z0-9&]{1,7}$/ with two capitals or a capital before a digit, by one scan of the
  // code units: every capitalised run of one word asks, and most words fail at their second letter
  const w = t.base;
  const n = w.length;
  if (n < 2 || n > 8 || !isCapitalCode(w.charCodeAt(0))) return false;
  let capitals = 1;
  let capitalDigit = false;
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if (isCapitalCode(c)) capitals++;
    else if (c >= 48 && c <= 57) capitalDigit ||= isCapitalCode(w.charCodeAt(i - 1));
    else if (c !== 0x26) return false;
  }
  return (capitals >= 2 || capitalDigit) && !GENERIC_CAPITALS.has(w);
}
const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;

/** A code of one capital and digits ("N2", a road; "R900", an amount in rand; "A10", a page), no name's word. */
export const isCodeWord = (t: Token): boolean => CODE.test(t.base);
// (a fiscal year is one too: "FY27 estimates", "in FY2026")
const CODE = /^(?:[A-Z]|FY)\d+$/;

/** Adverbs in -ly that open sentences ("Luckily", "Separately", "Early"); names in -ly are not this shape ("Kelly", "Reilly", "Emily" is listed). */
const ADVERB_LY = /(?:ally|[^m]ily|ously|fully|ably|ibly|ively|ently|antly|edly|ingly|ately|lessly|ctly|ntly|rtly|stly|ghtly|[dkwpsn]ly|rly)$/;
const NAMES_LIKE_ADVERBS = new Set(['kimberly', 'beverly', 'waverly', 'everly', 'charly', 'cecily', 'manly', 'barkly', 'shapely', 'priestly', 'bradly', 'hadly', 'dudly']);

const GERUND = /(?:ating|izing|ising|ifying)$/;

/** A party and state label, as one token: "R-Calif.", "D-N.Y.", "I-Vt.", "R-Ohio". */
const PARTY_LABEL = new RegExp(`^(?:${PARTY_LETTERS_PATTERN})-[A-Z][A-Za-z.]{1,12}$`);

/** Whether a word is a party and state label ("Rand Paul, R-Ky., said"): no name, and no speaker. */
export function isPartyLabel(text: string): boolean {
  // (none is shorter than "R-Ky"; no read past the word's end either, which V8 deoptimises on)
  if (text.length < 4) return false;
  const hyphen = text.charCodeAt(1) === 0x2d ? 1 : text.charCodeAt(3) === 0x2d ? 3 : -1;
  return hyphen > 0 && PARTY_LABEL.test(text);
}

/** A number from 21 to 99 in words: "twenty-seven". */
const TENS_AND_UNITS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;

/** A capitalised word that can belong to a name (not a month, not a number, not an adverb in -ly, not a gerund, not a party label). */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || (!t.cap && !articleSurname(t))) return false;
  if (isPartyLabel(t.text)) return false;
  // digits among small letters or accents are no name ("GÃ1", a mis-decoded "Gülen" cut at its "¼")
  if (mixedDigits(t.text)) return false;
  // a word cut at a mis-decoded letter ("PeÃ" of "PeÃ±a"): UTF-8 read as Latin-1 leaves Ã or Â
  // last, composed or as A and a combining tilde or circumflex
  const lastCode = t.text.charCodeAt(t.text.length - 1);
  if (t.text.length > 1 && (lastCode === 0xc3 || lastCode === 0xc2 || ((lastCode === 0x303 || lastCode === 0x302) && t.text.charCodeAt(t.text.length - 2) === 0x41))) return false;
  // (an adverb the word list knows: "Ledgerly", "Calendly" are brands)
  if (t.lower.length > 5 && t.lower.endsWith('ly') && ADVERB_LY.test(t.lower) && !NAMES_LIKE_ADVERBS.has(t.lower) && isCommonWord(t.lower)) return false;
  // gerunds that open headlines and sentences ("Debating Clinton's character"); "Keating" is shorter
  if (t.lower.length >= 8 && t.lower.endsWith('ing') && GERUND.test(t.lower)) return false;
  // the auxiliaries' participles open clauses ("Having announced that …", "Being Held Up")
  if (t.lower === 'having' || t.lower === 'being') return false;
  // a number in words opening a sentence ("Twenty-seven people were hurt")
  if (t.lower.length >= 9 && t.lower.length <= 13 && TENS_AND_UNITS.test(t.lower)) return false;
  return !DAYS_AND_MONTHS.has(t.lower) && (t.base === t.text || !DAYS_AND_MONTHS.has(baseLower(t)));
}

/** Capitalised words that are no name: the pronoun, conjunctions and an adverb a book's or a show's title capitalises. */
const NO_NAME_WORDS = new Set(['I', 'And', 'Or', 'Nor', 'But', 'Yet', 'Now']);

/** Whether a word is a common noun in capitals ("TV", "CEO", "VP"), no name's and no body's. */
export function commonCapitals(t: Token): boolean {
  return GENERIC_CAPITALS.has(t.base);
}

/**
 * Whether a word names no one even alone after a title, where any other word would be a surname:
 * "As Secretary I championed …", "his show Consumer Advocate TV", "Listen, Liberal Or, Whatever
 * Happened …": the pronoun "I", a conjunction, or a common noun in capitals ("TV", "VP").
 */
export function namesNoOne(t: Token): boolean {
  return NO_NAME_WORDS.has(t.base) || commonCapitals(t);
}

/** A transcript's labels before a question or an answer. */
const TRANSCRIPT_LABELS = new Set(['question', 'answer', 'interviewer']);

/**
 * A lone capitalised word that can be a person known by one name: not a party label
 * ("Republican"), a demonym ("Americans"), a plural people noun ("Landlords said"), a common
 * sentence opener ("Another") or an organisation's head word ("Police", "Polls").
 */
export function isLoneName(t: Token | undefined): boolean {
  if (!t || !isNameWord(t)) return false;
  // ("Q: How many …?", "Question: …": a transcript's labels; no one in the news is known by one letter)
  if (t.base.length === 1 || TRANSCRIPT_LABELS.has(t.lower)) return false;
  const w = baseLower(t);
  const singular = w.replace(/s$/, '');
  if (PARTY_WORDS.has(w) || GROUP_NOUNS.has(w) || COMMON_CAPITALISED.has(w) || NON_NAME_WORDS.has(w) || NON_NAME_WORDS.has(singular)) return false;
  if ((ORG_HEADS.has(w) && !isAcronym(t)) || GENERIC_CAPITALS.has(t.base)) return false;
  // ("HuffPollster:", "FactCheck": a brand's glued word is a column's or a body's, no one's name)
  if (brandWord(t.base)) return false;
  return !countryByDemonym.has(w) && !countryByDemonym.has(singular);
}

/** Months (and "Jan", "Jun", "Dec", months' short forms) that are also given names ("Ms. May Tan", "April Mellody", "Jan Brewer", "Jun Takeda"). */
export const MONTH_NAMES = new Set(['april', 'may', 'june', 'jan', 'jun', 'dec']);
/** Words before a month that make it a date ("in May", "since June", "last April"). */
const DATE_LEAD = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'during', 'of', 'last', 'next', 'this',
  'early', 'late', 'mid', 'before', 'after', 'from', 'to', 'and', 'or', 'each', 'every', 'that',
]);

/** A month word that is a given name here: after a title ("Ms. May Tan") or before a surname, not after a preposition or a number. */
export function monthAsName(tokens: Token[], i: number, to: number, afterTitle: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t) || !t.cap || !MONTH_NAMES.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!(i + 1 < to && isNameWord(next) && !next.possessive && !/^\d/.test(next.text))) return false;
  if (afterTitle) return true;
  // (no read before the array: V8 deoptimises a function the first time one is out of bounds)
  const prev = i > 0 ? tokens[i - 1] : undefined;
  return !prev || prev.type !== 'word' || (!DATE_LEAD.has(prev.lower) && !/^\d/.test(prev.text));
}

/** Weekdays that are also given names (Nigerian "Monday Okpebholo", "Sunday Dare", "Friday Okoro"). */
const WEEKDAY_NAMES = new Set(['monday', 'friday', 'sunday']);
/** Capitalised words after a weekday that make it a day's or a title's, no given name ("Sunday Times", "Friday Night"). */
const AFTER_WEEKDAY = new Set(['night', 'nights', 'morning', 'evening', 'afternoon', 'times', 'telegraph', 'mail', 'post', 'express', 'herald', 'tribune', 'independent', 'standard', 'mirror', 'observer', 'school', 'service', 'mass', 'prayers', 'prayer', 'football', 'market', 'trading', 'briefing', 'edition', 'show']);

/**
 * A weekday that is a given name here (WEEKDAY_NAMES), before a surname, a capitalised word no
 * list knows as a given name or a common word: after a title ("Governor Monday Okpebholo",
 * `afterTitle`), opening a sentence before a speech verb or a comma ("Sunday Dare said"), or after
 * a verb and before "of" ("declared Monday Okpebholo of the All Progressives Congress"). Not after
 * a date's word ("on Monday Okpebholo said" is a date), nor where the sentence goes on after the
 * surname as a clause ("ruled Monday Smith must pay").
 */
export function weekdayAsName(tokens: Token[], i: number, to: number, afterTitle: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t) || !t.cap || !WEEKDAY_NAMES.has(t.lower) || t.text !== t.base || i + 2 >= to + 1) return false;
  const next = tokens[i + 1];
  if (!(i + 1 < to && isWord(next) && isNameWord(next) && /^\p{Lu}\p{Ll}+(?:[’']s)?$/u.test(next.text)) || AFTER_WEEKDAY.has(next.lower) || ORG_HEADS.has(next.lower) || COMMON_CAPITALISED.has(next.lower) || genderOfFirstName(next.base) !== null) return false;
  if (afterTitle) return true;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const after = tokens[i + 2];
  if (!prev || !isWord(prev)) return !!after && (SPEAKER_AFTER.has(after.lower) || after.lower === 'says');
  return !prev.cap && !DATE_LEAD.has(prev.lower) && !/^\d/.test(prev.text) && after?.lower === 'of' && tokens[i + 3]?.lower === 'the';
}

/**
 * "Will" as a given name, not the modal ("actor and director Will Price", "Will Price said"): a
 * capitalised "Will" before a capitalised word no list takes for a common or a body's word, after a
 * lower-case word (a modal is never capitalised inside a body sentence; a title-case headline has a
 * capital before it) or opening a sentence before a speech verb or a comma, as "May Lindgren said".
 */
export function willAsName(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i];
  if (t.text !== 'Will' || i + 1 >= to) return false;
  const next = tokens[i + 1];
  if (!isNameWord(next) || !/^\p{Lu}\p{Ll}+(?:[’']s)?$/u.test(next.text) || COMMON_CAPITALISED.has(next.lower) || ORG_HEADS.has(next.lower)) return false;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev && isWord(prev) && !prev.cap) return true;
  const after = tokens[i + 2];
  return !!after && (SPEAKER_AFTER.has(after.lower) || after.lower === 'says');
}

/**
 * Whether the common word at `i` is the surname of the known given name before it ("Melissa From
 * said", "said Rachel Will.", "George Will reignited his feud"): in running text, where a word in
 * lower case, a speech verb or a mark follows (before `to`); the word elsewhere ("… Melissa From
 * Calgary", "Biden Will Veto" in a Title Case headline) is none.
 */
export function commonWordSurname(tokens: Token[], i: number, to: number): boolean {
  if (i === 0 || !tokens[i].cap || !SURNAME_WORDS.has(tokens[i].lower) || genderOfFirstName(tokens[i - 1].base) === null) return false;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  return !next || SPEAKER_AFTER.has(next.lower) || next.lower === 'says' || next.text === '.' || (isWord(next) && !next.cap);
}
/** Common words that are also surnames ("Melissa From", "Rachel Will", "Thomas More"). */
export const SURNAME_WORDS = new Set(['from', 'will', 'more', 'last', 'good', 'well', 'still', 'sure', 'near', 'best']);

/** Words after a name that make it a speaker ("May Lindgren said", "May Lindgren, who …"). */
export const SPEAKER_AFTER = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'explained', 'noted', 'argued', 'recalled', 'replied', 'insisted', ',']);

/**
 * A month that opens a sentence as a given name ("May Lindgren said …", where "May" is also a
 * sentence-opening verb): a month name, one name word, then a speech verb or a comma.
 */
export function monthOpensName(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i];
  if (!MONTH_NAMES.has(t.lower) || !monthAsName(tokens, i, to, false)) return false;
  const after = i + 2 < tokens.length ? tokens[i + 2] : undefined;
  return !!after && SPEAKER_AFTER.has(after.lower);
}

/**
 * Words that take isNameWord's rarer branches (an adverb in -ly, a gerund, a number in words, a
 * party label, digits among letters), asked about a few times at load: V8 optimises isNameWord
 * (and the run finders it is inlined into) within the first article and compiled them again at
 * the first word that took a branch not taken before; taken here first, none is (see text.ts's
 * WARM_UP).
 */
const WARM_UP_WORDS = 'Luckily Kimberly Debating Keating Having Being Twenty-seven May Monday’s al-Assad R-Ky. GÃ1 PeÃ PeA\u0303 A10 Obama’s i';
for (let k = 0; k < 4; k++) for (const t of tokenize(WARM_UP_WORDS, 0, WARM_UP_WORDS.length)) isNameWord(t);

/** Courtesy titles, which only ever stand before a name. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'mx', 'miss']);

/**
 * Whether the capitalised word at `end` carries the run [start, end) on though it is an English
 * word that ends runs: a Vietnamese given name ("Nguyen Van | An") or a name after a courtesy
 * title ("Mr | An", "Ms | Do").
 */
export function nameOverWord(tokens: Token[], start: number, end: number, to: number): boolean {
  return (end - 2 >= start && vietnameseNameAt(tokens, end - 2, to)) || (COURTESY.has(tokens[end - 1].lower.replace(/\.$/, '')) && tokens[end].cap && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text));
}

/** People a body is for, named in the possessive inside its name. */
const PEOPLE_POSSESSIVES = new Set(['people', 'women', 'children', 'men']);

/**
 * Whether token `i`, after a people's possessive, goes on with a body's name: a body's head there or
 * one word on ("Republican People's | Party", "National People's | Congress", "People's |
 * Liberation Army").
 */
export function peoplesBodyAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i >= 1 && !!tokens[i - 1].possessive && PEOPLE_POSSESSIVES.has(tokens[i - 1].base.toLowerCase()) && (ORG_HEADS.has(tokens[i].lower) || (!!next?.cap && ORG_HEADS.has(next.lower)));
}

/** The words of a retired officer's mark in brackets after a rank ("(Ret.)", "(Ret'd)", "(retired)"). */
const RETIRED = new Set(['ret.', "ret'd", 'ret’d', 'retired', 'rtd']);
/** Where the words after a retired officer's mark start when its bracket opens at `at` ("Maj. (Ret.) Jane Doe"); -1 otherwise. */
export function retiredMarkEnd(t: Token[], at: number): number {
  return t[at]?.text === '(' && RETIRED.has(t[at + 1]?.lower ?? '') && t[at + 2]?.text === ')' ? at + 3 : -1;
}
/** Where a retired officer's mark that closes at `close` opens ("Colonel (Ret'd) Nishika Jardine"); -1 otherwise. */
export function retiredMarkStart(t: Token[], close: number): number {
  return close >= 2 && retiredMarkEnd(t, close - 2) === close + 1 ? close - 2 : -1;
}
