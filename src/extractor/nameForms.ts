/**
 * Name forms of one person: which words of a personal name identify the person, so that
 * "Donald J. Trump" and "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton",
 * "Joseph R. Biden Jr." and "Joe Biden", "Ana Lucía de la Vega" and "de la Vega" are found to be
 * one person, within an article (the actor table) and across articles (the corpus registry merges
 * local actors by their key).
 */
import { isVietnameseName } from './vietnameseNames';
import { memoised } from './memo';
import { genderOfFirstName } from './gender';

/**
 * Common English nicknames and the given name they stand for. A short hand-kept table: no npm
 * package of nickname data was on the list of packages available. Only nicknames that stand for
 * one given name are here ("Chris", "Alex", "Sam", "Pat" are left out: each is a man's and a
 * woman's name, and two different people must never be merged). Sources: common usage, e.g. the
 * English Wikipedia "List of English given names" diminutives.
 */
const NICKNAMES = new Map<string, string>(Object.entries({
  joe: 'joseph', joey: 'joseph', bill: 'william', billy: 'william', will: 'william', willie: 'william',
  bob: 'robert', bobby: 'robert', rob: 'robert', robbie: 'robert', jim: 'james', jimmy: 'james', jamie: 'james',
  mike: 'michael', mick: 'michael', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard', ricky: 'richard',
  rich: 'richard', dan: 'daniel', danny: 'daniel', dave: 'david', davey: 'david', steve: 'stephen', steven: 'stephen',
  tony: 'anthony', ben: 'benjamin', matt: 'matthew', nick: 'nicholas', jeff: 'jeffrey', greg: 'gregory',
  tim: 'timothy', ron: 'ronald', ronnie: 'ronald', don: 'donald', ken: 'kenneth', kenny: 'kenneth', larry: 'lawrence',
  jerry: 'gerald', chuck: 'charles', charlie: 'charles', hank: 'henry', ed: 'edward', eddie: 'edward', ted: 'edward',
  andy: 'andrew', pete: 'peter', fred: 'frederick', freddy: 'frederick', freddie: 'frederick',
  johnny: 'john', jon: 'jonathan', bernie: 'bernard', newt: 'newton', wally: 'walter', walt: 'walter',
  liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth', betty: 'elizabeth', kate: 'katherine', kathy: 'katherine',
  katie: 'katherine', cathy: 'catherine', sue: 'susan', suzy: 'susan', peggy: 'margaret', meg: 'margaret',
  maggie: 'margaret', becky: 'rebecca', jenny: 'jennifer', jen: 'jennifer', debbie: 'deborah', deb: 'deborah',
  cindy: 'cynthia', patty: 'patricia', patsy: 'patricia', vicky: 'victoria', mandy: 'amanda',
}));

/** Generational suffixes: "Jr.", "Sr.", "III". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Particles that begin a surname ("de la Vega", "van den Berg", "von der Leyen", "bin Salman"; Filipino "dela Cruz", "delos Santos"). */
/** Irish surnames' particles, always written with a capital: "Ciarán Ó Dálaigh", "Áine Ní Bhriain". */
const IRISH_PARTICLES = ['ó', 'ní', 'uí'];
/**
 * Irish patronyms that are given names too ("Nic Cage", "Mac Jones"): a particle inside a name
 * ("Niamh Nic Giolla Phádraig"), and opening one only before two more words or a lenited word
 * ("Ms Nic Giolla Phádraig", "Nic Dhonncha").
 */
const GAELIC_PATRONYMS = ['nic', 'mhic', 'mac'];
/** Welsh "son of" and "daughter of" ("Mabon ap Gwynfor", "Rhys ab Owen", "Nest ferch Rhys"), Arabic and Malay "daughter of" ("Fatima bint Mubarak", "Siti binti Ali"). */
export const PATRONYM_PARTICLES = ['ap', 'ab', 'ferch', 'verch', 'bint', 'binti'];
const PARTICLES = new Set([...GAELIC_PATRONYMS, 'de', 'dela', 'delos', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'ten', 'ter', 'bin', 'ibn', 'al', 'dos', 'das', ...PATRONYM_PARTICLES, ...IRISH_PARTICLES]);
/**
 * Particles that may also open a name in capitals as its first word ("De Blasio said", "Von der
 * Leyen said"); "Van", "Al" and "Bin" are given names as well ("Van Jones", "Al Gore"), so they
 * open a surname only before a second particle ("Van den Berg").
 */
const LEADING_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'von', 'ten', 'ter', 'dos', 'das', ...IRISH_PARTICLES]);

/**
 * `name` in lower case when it is plain: ASCII letters and digits in words parted by single
 * spaces, with a capital among them; '' otherwise (then the caller computes). Each normal form of
 * a name (nameWord, personNameTokens joined, normaliseName) leaves a plain name as its lower case,
 * so most names are answered without a memo, whose look-up hashes the fresh substring each time.
 * The lower case of a word with a capital is a new string: no slice of an article's text.
 */
export function plainLower(name: string): string {
  const n = name.length;
  let capital = false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) capital = true;
    else if (c === 32) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i - 1) === 32) return '';
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return '';
  }
  return capital ? name.toLowerCase() : '';
}

/** One word of a name as it is compared: lower case, no possessive, no dots or quotes; hyphens kept. */
export function nameWord(word: string): string {
  return plainLower(word) || nameWordOf(word);
}
/** Memoised: each new name's words are asked for again by each of its keys and its name tokens, and names share words. */
const nameWordOf = memoised(nameWordByRules);

/** `nameWord` by its rules alone, without the short cut for plain words (exported for the test that compares the two). */
export function nameWordByRules(word: string): string {
  // one word whether its accents are written or not ("François" and "Francois" Hollande are one
  // man, as news copy drops accents as often as it keeps them)
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[.,’'"“”]/g, '')
    // an Arabic surname is one word with its article or without: "al-Burhan" and "Burhan", "el-Sisi" and "Sisi"
    .replace(ARABIC_ARTICLE, '');
}
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash|ud|ul)-(?=\p{L}{2})/u;

/** The longest particle: a longer word is none, and needs no lower-casing to tell (lower case makes no word shorter). */
const LONGEST_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));
const isParticle = (word: string): boolean => word.length <= LONGEST_PARTICLE && PARTICLES.has(word.toLowerCase());

/** Whether `words[i]` begins the surname as a particle: "de" in "Ana de la Vega", "Van" in "Van den Berg". */
function particleAt(words: string[], i: number): boolean {
  // ("Le Quang Huy", "Nguyen Van An": a Vietnamese family or middle name, no particle)
  if (!isParticle(words[i]) || isVietnameseName(words)) return false;
  const w = words[i].toLowerCase();
  // a particle needs a name after it: "Kim Le" has no particle
  let k = i;
  while (k < words.length && isParticle(words[k])) k++;
  if (k >= words.length) return false;
  // (a name opening with a particle in lower case is a surname named alone: "ap Gwynfor", "bin Salman")
  if (i > 0 || words[i] === w) return true;
  if (GAELIC_PATRONYMS.includes(w)) return words.length - k >= 2 || /^.h/i.test(words[k]);
  return LEADING_PARTICLES.has(w) || k > i + 1;
}

/**
 * The words of a personal name as the actor table and the registry index them: lower case, a
 * hyphenated word whole ("ocasio-cortez"), a surname with its particles as one word ("de la vega").
 * "Pieter van den Berg" -> ["pieter", "van den berg"]; "Van den Berg" -> ["van den berg"].
 */
export function personNameTokens(name: string): string[] {
  // a plain name without particles is its words in lower case (a new list)
  const plain = plainLower(name);
  if (plain) {
    const words = plain.split(' ');
    let particle = false;
    for (let i = 0; i < words.length && !particle; i++) particle = isParticle(words[i]);
    if (!particle) return words;
  }
  // a copy: the caller owns its list (an actor's nameTokens)
  return nameTokensOf(name).slice();
}
/** Memoised like personKeyWithoutInitial: each new person and each lone surname asks, and names repeat across articles. */
const nameTokensOf = memoised(personNameTokensByRules);

/** `personNameTokens` by its rules alone, without the short cut for plain names (exported for the test that compares the two). */
export function personNameTokensByRules(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (particleAt(words, i)) {
      out.push(nameWordsFrom(words, i));
      break;
    }
    const w = nameWord(words[i]);
    if (w) out.push(w);
  }
  return out;
}

/** The words from `words[from]` on as name words, joined by spaces: a surname with its particles ("de la vega"). */
function nameWordsFrom(words: string[], from: number): string {
  let out = nameWord(words[from]);
  for (let i = from + 1; i < words.length; i++) out += ' ' + nameWord(words[i]);
  return out;
}

/**
 * Whether a name whose first word begins with `word` (the whole word, or its start) may be a
 * surname with particles: false for a word longer than any particle, so `isParticleSurname` is
 * false too, without splitting the name.
 */
export const mayOpenParticleSurname = (word: string): boolean => word.length <= LONGEST_PARTICLE;

/** True when a name is only a surname with its particles: "de la Vega", "Van den Berg". */
export function isParticleSurname(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 1 && particleAt(words, 0);
}

/**
 * The key that identifies a person by name: the given name (a nickname read as the name it stands
 * for) and the surname, in sorted order (so "Kishida Fumio" = "Fumio Kishida"); middle names are
 * left out ("Hillary Rodham Clinton" = "Hillary Clinton"). Kept, because they tell different people
 * apart: middle initials ("George W. Bush" is not "George P. Bush", nor "George H.W. Bush"), and a
 * generational suffix ("Donald Trump Jr." is not "Donald Trump", "Joseph P. Kennedy III" is not
 * "Joseph P. Kennedy"), except "Jr." after a middle initial or name: that is the formal style of one
 * person ("Joseph R. Biden Jr." = "Joseph R. Biden"). Hyphens count as spaces ("Kim Jong-un" = "Kim
 * Jong Un"). A name without its initial ("Donald Trump") has a key of its own: whether it is the
 * one person of `personKeyWithoutInitial` ("Donald J. Trump") depends on the other names around
 * (the actor table within an article, the corpus registry across articles).
 */
export function personKey(name: string): string {
  return keyOf(name, true);
}

/**
 * The key of a name with its one middle initial left out ("Donald J. Trump" -> the key of "Donald
 * Trump"); '' when the name has no middle initial, or more than one (those never go without).
 */
export function personKeyWithoutInitial(name: string): string {
  return mayHoldInitial(name) ? withoutInitial(name) : '';
}

/**
 * Whether a capital A-Z stands alone between characters that are no ASCII letter or digit: false
 * means no word of the name is an initial ("J", "J."), and its key without one is ''. (A test of
 * every name at no cost of a look-up; it may say true of names that hold none, "J.R.", "Aé".)
 */
function mayHoldInitial(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90 && (i === 0 || !isAsciiAlnum(name.charCodeAt(i - 1))) && (i === n - 1 || !isAsciiAlnum(name.charCodeAt(i + 1)))) return true;
  }
  return false;
}
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Memoised: the actor table, the registry's filing and its re-indexing ask again for each person's name. */
const withoutInitial = memoised(personKeyWithoutInitialByRules);

/** `personKeyWithoutInitial` by its rules alone, without the test for an initial (exported for the test that compares the two). */
export function personKeyWithoutInitialByRules(name: string): string {
  return keyOf(name, false);
}

const SINGLE_INITIAL = /^[A-Z]\.?$/;
/** Initials written together ("H.W.", "JR" in capitals): kept in a key, as a middle initial is. */
const JOINED_INITIALS = /^(?:[A-Z]\.){2,}$|^[A-Z]{2}$/;
const HYPHENS = /[-‐–]/;
const SPACES = /\s+/;

function keyOf(name: string, withInitial: boolean): string {
  const raw = name.split(SPACES).filter(Boolean);
  // the name's words as compared (w) and as written (written): a surname with particles is one word, hyphens part words
  const w: string[] = [];
  const written: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (particleAt(raw, i)) {
      written.push(raw.slice(i).join(' '));
      w.push(nameWordsFrom(raw, i));
      break;
    }
    const parts = raw[i].split(HYPHENS);
    // a compound given name ("Marie-Ève", "Jean-François") is one given name: "Marie-Hélène
    // Tremblay" is not "Marie-Ève Tremblay", though both are "Marie … Tremblay" with a middle name
    if (i === 0 && parts.length === 2 && raw.length > 1 && genderOfFirstName(parts[0]) && genderOfFirstName(parts[1])) {
      written.push(raw[0]);
      w.push(`${nameWord(parts[0])}-${nameWord(parts[1])}`);
      continue;
    }
    for (let k = 0; k < parts.length; k++) {
      const word = nameWord(parts[k]);
      if (word) {
        written.push(parts[k]);
        w.push(word);
      }
    }
  }
  let suffix = '';
  while (w.length > 2 && SUFFIXES.has(w[w.length - 1])) {
    suffix = w.pop()!;
    written.pop();
  }
  // (a suffix is only taken from three words or more: none here)
  if (w.length < 2) return withInitial ? w.join(' ') : '';
  // one middle name, or initials: more full words than that is no personal name's form of
  // another ("Clinton Cash Debunks Hillary" must not become "Hillary Clinton")
  let fullWords = 0;
  let initials = 0;
  for (let m = 1; m < w.length - 1; m++) {
    if (SINGLE_INITIAL.test(written[m])) initials++;
    else if (!JOINED_INITIALS.test(written[m])) fullWords++;
  }
  if (fullWords > 1) return withInitial ? (suffix ? `${w.join(' ')} ${suffix}` : w.join(' ')) : '';
  if (!withInitial && initials !== 1) return '';
  const given = NICKNAMES.get(w[0]) ?? w[0];
  const surname = w[w.length - 1];
  // most names are a given name and a surname: two words in order, without a list to sort
  if (w.length === 2 && !suffix) return given < surname ? `${given} ${surname}` : `${surname} ${given}`;
  const kept = [given, surname];
  for (let m = 1; m < w.length - 1; m++) if (JOINED_INITIALS.test(written[m]) || (withInitial && SINGLE_INITIAL.test(written[m]))) kept.push(w[m]);
  if (suffix && (w.length === 2 || suffix !== 'jr')) kept.push(suffix);
  return kept.sort().join(' ');
}

/**
 * The words of an office or role that tell two people of one surname apart, lower case, without
 * courtesy titles, dots and function words: "Vice President" -> ["vice", "president"], "Mrs." -> [].
 */
export function officeWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s,.\-]+/)
    .filter((w) => w.length > 2 && !NOT_OFFICE.has(w));
}
const NOT_OFFICE = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'the', 'and', 'for', 'former', 'of', 'late']);

/**
 * The surname among a person's name words (as `personNameTokens` gives them): the last word before
 * a generational suffix ("joseph r biden jr" -> "biden"); '' for no words.
 */
export function surnameToken(tokens: string[]): string {
  let i = tokens.length - 1;
  while (i > 0 && SUFFIXES.has(tokens[i])) i--;
  return tokens[i] ?? '';
}
