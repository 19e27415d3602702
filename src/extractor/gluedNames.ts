/**
 * The actors of one article, the fold at its end (asked by `analyze` once every name is
 * registered in the ActorTable of ./actors): a name that is another actor's under another form is
 * folded into that actor, its mentions moved: a person's full name with stray words glued before
 * it ("Crooked Hillary Clinton") or a double surname alone ("Wasserman Schultz"), a body by its
 * acronym, by the opening words of its name, after a modifier or without its place, and a
 * person's name that only modifies a school's or a hospital's head word (a place).
 */
import { pairedNamesOf } from './pairedNames';
import { peopleNamedShort } from './peopleNamedShort';
import type { ActorKind } from './types';
import { genderOfFirstName } from './gender';
import { CITIES, countryByDemonym, countryBySurface, isRegionName, REGION_ABBREVIATIONS, TRADE_BODY_HEADS, REGIONS, US_STATES } from './gazetteer';
import { ACRONYM_SKIPS, ACRONYM_TOKEN, acronymOf, addOnce, keyFor, normaliseName, type ActorTable, type LocalActor, type LocalMention } from './actors';
import { lowerBound } from './sorted';
import { NAME_PARTICLES } from './nameWords';
import type { Token } from './text';

/** The person a glued actor is, and how many stray words before that person's name its mentions lose. */
interface Glued {
  into: LocalActor;
  stray: number;
}

/** How many spaces a name holds (one less than its words split at single spaces). */
function spacesIn(name: string): number {
  let n = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/** Two characters that separate words in a name as normaliseName reads it (white space, hyphens). */
const TWO_SEPARATORS = /[\s\-‐–][^]*[\s\-‐–]/;

/**
 * Head words a place's name modifies ("Sandy Hook Elementary School", "Maple Ridge Hospital"):
 * schools', hospitals' and natural places'. Not a body's heads in general: a foundation, a centre
 * or a library is often named after a person ("Eric Trump Foundation").
 */
const MODIFIED_HEADS = new Set(
  ('elementary primary middle high secondary school hospital airport bridge harbor harbour bay river island lake valley ' +
    'creek beach falls springs heights point county').split(' '),
);

/** A name word in the plural, as teams are named: "Flames", "Raptors", "Canadiens" (not "Congress"). */
const PLURAL_NAME = /[a-z][^s'’]s$/;

/**
 * Whether a word before a name may be its given name, not a stray word glued to it: a name the
 * table knows, or one with a letter beyond ASCII ("Inês", "Róisín"), which the English table
 * lacks and a headline's stray words ("Crooked", "Year") never hold.
 */
function mayBeGivenName(w: string): boolean {
  if (genderOfFirstName(w) !== null) return true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return /^\p{Lu}\p{Ll}+$/u.test(w);
  return false;
}

/** Arabic surnames' opening kinship words, given names too elsewhere ("Abu Shamala", "Abou Zeid"). */
const KUNYA = new Set(['Abu', 'Abou', 'Abo']);

/** Whether a name word may open a surname of several words: a kinship word, or four letters or more that open no given name. */
const surnameOpening = (w: string): boolean => KUNYA.has(w) || (w.length >= 4 && genderOfFirstName(w) === null);

/** A word that may be a given name before a surname of several words: capitalised and no plural's shape, or Arabic "el-Din", "al-Rahman". */
const givenNameWord = (w: string): boolean => (/^\p{Lu}\p{Ll}+$/u.test(w) && !pluralWord(w)) || /^(?:el|al|ul|ud|ed|ad)-\p{Lu}\p{Ll}+$/u.test(w) || SHORT_GIVEN.test(w);

/** A given name written short, as Filipino and older English names are ("Ma." for Maria, "Wm."). */
const SHORT_GIVEN = /^\p{Lu}\p{Ll}{1,2}\.$/u;

/** A word shaped like a plural ("Floridians", "Things"): no given name. (A consonant before the "s": "Inês" is none.) */
const pluralWord = (w: string): boolean => w.length > 3 && /[bcdfghjklmnpqrtvwxz]s$/i.test(w);

/**
 * "Year Barack Obama", "Crooked Hillary Clinton": a person whose name is one stray word (a
 * headline's, an epithet) before another person's full name in the article is that person. The
 * mentions lose the stray word; the glued form is not kept as an alias. A two-word name that ends
 * a longer one is that person's double surname ("Wasserman Schultz"), when only one name ends so.
 */
export function foldGluedNames(table: ActorTable, mentions: LocalMention[], paragraphs: ReadonlyArray<{ tokens: Token[] }> = []): void {
  const glued = gluedNames(table);
  placesNamedAsModifiers(table, glued);
  bodiesWithoutTheirPlace(table, glued, ownersNamed(mentions, paragraphs));
  teamsByClippedName(table, glued);
  bodiesNamedShort(table, glued);
  companiesByFirstWord(table, glued);
  bodiesAfterModifier(table, glued);
  bodiesByAcronym(table, glued);
  // ("the UN" beside "the United Nations": the few two-letter initials one body owns)
  for (const [a, into] of pairedNamesOf(table)) {
    if (glued.has(a) || glued.has(into)) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
  nationalArms(table, glued);
  // ("Buddy Graves" beside `Walter "Buddy" Graves Sr.`, "Betty Lou" beside "Betty Lou Hanna")
  for (const [a, into] of peopleNamedShort(table)) {
    if (glued.has(a)) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
  if (glued.size) foldInto(table, glued, mentions);
}

/**
 * "Naga" beside "Naga City", "Quezon" beside "Quezon City": a place named with "City" after it is
 * the one place its first words name alone, once every lone word is an actor (call after
 * resolveSingles). Not a state, province, region or country of that name: "Kansas" and "Kansas
 * City", "Quebec" and "Quebec City" are two places.
 */
export function foldCityShortNames(table: ActorTable, mentions: LocalMention[]): void {
  for (let i = 0; i < table.actors.length; i++) {
    const city = table.actors[i];
    if (city.kind !== 'place' || !city.name.endsWith(' City')) continue;
    const short = city.name.slice(0, -5);
    const lower = short.toLowerCase();
    if (US_STATES.has(lower) || REGIONS.has(lower) || countryBySurface.has(lower)) continue;
    const alone = table.find('place', short);
    if (alone && alone !== city) table.merge(alone, city, mentions);
  }
}

/**
 * "NHTSA" beside "National Highway Traffic Safety Administration": an organisation named by an
 * acronym is the one organisation of the article whose initials it is (none when two are), as
 * the corpus joins them (registry rule 3). Added to `glued`, the acronym kept as an alias.
 */
function bodiesByAcronym(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  let byInitials: Map<string, LocalActor | null> | undefined;
  for (const a of table.actors) {
    // (three letters at least, but for a department's field: "VA" is the initials of a name cut short
    // as often as of a body's, and "the VA" beside the Department of Veterans Affairs is the department)
    // (the pattern last: most names are longer than an acronym or hold a space)
    // ("ATU Local 113" beside "Amalgamated Transit Union Local 113": an acronym and the branch both name)
    const unit = a.kind === 'organization' && a.name.includes(' ') ? BRANCH_AFTER.exec(a.name) : null;
    const short = unit ? a.name.slice(0, unit.index) : a.name;
    if (a.kind !== 'organization' || a.anonymous || short.length < 2 || short.length > 12 || short.includes(' ') || glued.has(a) || !ACRONYM_TOKEN.test(short)) continue;
    const letters = short.replace(/\./g, '').toLowerCase();
    if (letters.length < 2 || (letters.length < 3 && unit)) continue;
    if (!byInitials) {
      byInitials = new Map();
      for (const b of table.actors) {
        if (b.kind !== 'organization' || b.anonymous || glued.has(b) || !b.name.includes(' ')) continue;
        // "DOJ", "BoC": initials that keep the "of" of "Department of Justice" too
        // ("PGA" for "Pastoralists and Graziers Association of Western Australia": the initials before its "of" and place)
        const of = b.name.indexOf(' of ');
        const branch = BRANCH_AFTER.exec(b.name);
        // ("CRTC" for "Canadian Radio-television and Telecommunications Commission", "OECD" for "… Co-operation and
        // Development": a compound's lower-case part after its hyphen gives no letter)
        // ("CPSC" for "U.S. Consumer Product Safety Commission", "FDA" for "U.S. Food and Drug Administration": the
        // nation's prefix reporters write before an agency's name gives no letter)
        const national = US_PREFIX.exec(b.name);
        const forms = [acronymOf(b.name), acronymOf(b.name.replace(/\bof\b/g, 'O')), national ? acronymOf(b.name.slice(national[0].length)) : '', b.name.includes('-') ? acronymOf(b.name.replace(/-(?=\p{Ll})/gu, '')) : '', of > 0 && spacesIn(b.name.slice(0, of)) >= 1 ? acronymOf(b.name.slice(0, of)) : '', branch ? acronymOf(b.name.slice(0, branch.index)) + branch[0].toLowerCase() : '', clubInitials(b.name), fieldInitials(b.name), frenchInitials(b.name)];
        for (const acr of new Set(forms)) if (acr) byInitials.set(acr, byInitials.has(acr) && byInitials.get(acr) !== b ? null : b);
      }
    }
    const into = byInitials.get(letters + (unit ? unit[0].toLowerCase() : ''));
    if (letters.length < 3 && into && fieldInitials(into.name) !== letters) continue;
    if (!into || into === a) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
}

/** A department's or ministry's field of two or three words ("Department of Veterans Affairs" -> "Veterans Affairs"). */
const DEPARTMENT_FIELD = /^(?:U\.S\. )?(?:Department|Ministry) of (?:the )?(\S+ \S+(?: \S+)?)$/;
/** The initials of a department's field, which name it too ("the VA"); '' for other names. */
function fieldInitials(name: string): string {
  const field = DEPARTMENT_FIELD.exec(name);
  return field ? acronymOf(field[1]) : '';
}
/** French particles in lower case and elided articles, which a French body's acronym leaves out. */
const FRENCH_PARTICLES = /(?<=\s)(?:de|des|du|la|le|les|et|aux|au)(?=\s)|(?<=\s)[ld]['’](?=\p{L})/gu;
/**
 * A French body's initials without its particles: "AMF" for "Autorité des marchés financiers", "RAMQ" for
 * "Régie de l'assurance maladie du Québec"; '' for a name with none. Only particles in lower case count,
 * so "Caisse Le Mans" keeps its L.
 */
function frenchInitials(name: string): string {
  const bare = name.replace(FRENCH_PARTICLES, ' ');
  return bare === name ? '' : acronymOf(bare);
}
/** The United States' name before an agency's ("U.S. Food and Drug Administration"), which its acronym leaves out ("FDA"). */
const US_PREFIX = /^(?:U\.S\.|US|United States) (?=\p{Lu})/u;

/** A club's initials with its capitals suffix whole: "TFC" for "Toronto FC", "NYCFC" for "New York City FC", "OCSC" for "Orlando City SC". */
function clubInitials(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  if (words.length < 2 || !/^(?:FC|SC|AFC|CF)$/.test(last)) return '';
  let initials = '';
  for (let i = 0; i < words.length - 1; i++) if (!ACRONYM_SKIPS.has(words[i].toLowerCase())) initials += words[i][0];
  return (initials + last).toLowerCase();
}

/** One word after a company's short name that its full name adds ("Northern Star Resources", "Adani Group"). */
const COMPANY_TAILS = new Set(['resources', 'group', 'holdings', 'corporation', 'company', 'limited', 'industries', 'enterprises', 'minerals', 'mining', 'metals', 'petroleum']);

/** Words after a company's first word that its one-word name drops: its trade or legal form ("Samsung Electronics", "Toyota Motor Corp."). */
const TRADE_TAILS = new Set([...COMPANY_TAILS, 'electronics', 'motor', 'motors', 'airlines', 'airways', 'telecom', 'pharmaceuticals', 'energy', 'cement', 'steel', 'foods', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'corp', 'corp.', 'co', 'co.']);

/** The most words of trade and legal form after a company's first word ("Motor Co. Ltd"). */
const MAX_TRADE_TAILS = 3;

/** Whether every word after the first of `name` (one to MAX_TRADE_TAILS of them) is a trade or legal form. */
function tradeTailed(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_TRADE_TAILS + 1) return false;
  for (let i = 1; i < words.length; i++) if (!TRADE_TAILS.has(words[i].toLowerCase())) return false;
  return true;
}

/**
 * "A Samsung spokesperson" beside "Samsung Electronics", "Toyota" beside "Toyota Motor Corp.": an
 * organisation named by one word that opens one company's name of the article, whose other words are
 * its trade or legal form, is that company. Only a body so named: a person's surname ("Dangote" beside
 * "Dangote Cement") is no company's. Added to `glued`, the short name kept as an alias.
 */
function companiesByFirstWord(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  let byFirst: Map<string, LocalActor | null> | undefined;
  for (const a of table.actors) {
    if (a.kind !== 'organization' || a.anonymous || glued.has(a) || a.name.includes(' ')) continue;
    if (!byFirst) {
      byFirst = new Map();
      for (const b of table.actors) {
        const space = b.name.indexOf(' ');
        if (b.kind !== 'organization' || b.anonymous || space < 0 || !tradeTailed(b.name)) continue;
        const first = normaliseName(b.name.slice(0, space));
        byFirst.set(first, byFirst.has(first) && byFirst.get(first) !== b ? null : b);
      }
    }
    const into = byFirst.get(normaliseName(a.name));
    if (!into) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
}

/** The rest of a body's name after a person's that opens it, when it goes on to another's ("& Chanie Wenjack Fund"). */
const JOINED_AFTER = /^ (?:&|and) /;

/** A union's branch and its number ending a body's name (" Local 113", " District 751"). */
const BRANCH_AFTER = / (?:Local|District|Lodge) \d{1,5}$/;

/**
 * "Coast Mountain spokesperson …" beside "Coast Mountain Bus Company": a person's name of two
 * words or more, with no given name first and no role or gender, that opens one organisation's
 * longer name in the article is that organisation named short. Added to `glued`.
 */
function bodiesNamedShort(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  // bodies' names of three words or more, normalised and sorted: a name opens one when it is a
  // prefix of it up to a space, found by binary search (keying every opening of a long name was
  // quadratic in its length)
  const bodies: Array<{ name: string; body: LocalActor }> = [];
  for (const b of table.actors) if (b.kind === 'organization' && spacesIn(b.name) >= 2) bodies.push({ name: normaliseName(b.name), body: b });
  if (!bodies.length) return;
  bodies.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  // the next index whose body is another: a range names one body when this is past its end
  const otherFrom = new Int32Array(bodies.length);
  for (let i = bodies.length - 1; i >= 0; i--) otherFrom[i] = i + 1 < bodies.length && bodies[i + 1].body === bodies[i].body ? otherFrom[i + 1] : i + 1;
  const nameAt = (i: number): string => bodies[i].name;
  for (const a of table.actors) {
    // ("Northern Star" beside "Northern Star Resources": a body's name of two words or more too)
    const body = a.kind === 'organization' && !a.anonymous && !glued.has(a) && a.name.includes(' ');
    if (!body && (a.kind !== 'person' || a.anonymous || glued.has(a) || a.roles.length || a.gender || a.nameTokens.length < 2 || genderOfFirstName(a.nameTokens[0]) !== null)) continue;
    const name = normaliseName(a.name);
    if (!name.includes(' ')) continue;
    // names opening with `name + ' '` sort from there up to `name + '!'`, the next code unit
    const from = lowerBound(nameAt, `${name} `, 0, bodies.length);
    const to = lowerBound(nameAt, `${name}!`, from, bodies.length);
    // (a body's shorter name only before one company's word: "Fox News" is no short "Fox News Sunday"; a
    // name before "&" or "and" is one of those a body is named after: "Gord Downie" beside "the Gord
    // Downie & Chanie Wenjack Fund" is the singer)
    if (from < to && otherFrom[from] >= to && !JOINED_AFTER.test(bodies[from].name.slice(name.length)) && (!body || COMPANY_TAILS.has(bodies[from].name.slice(name.length + 1)))) glued.set(a, { into: bodies[from].body, stray: 0 });
  }
}

/**
 * "Islamist Muslim Brotherhood" beside "Muslim Brotherhood": a person's name that no given name
 * opens, with no role or gender, whose last words after one or two stray words (a modifier) are
 * an organisation's name of the article, is that organisation. Added to `glued`.
 */
function bodiesAfterModifier(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  let bodies: Map<string, LocalActor> | undefined;
  for (const a of table.actors) {
    if (a.kind !== 'person' || a.anonymous || glued.has(a) || a.roles.length || a.gender || spacesIn(a.name) < 2 || genderOfFirstName(a.nameTokens[0]) !== null) continue;
    if (!bodies) {
      bodies = new Map();
      for (const b of table.actors) if (b.kind === 'organization' && !b.anonymous && b.name.includes(' ')) bodies.set(normaliseName(b.name), b);
    }
    const words = normaliseName(a.name).split(' ');
    for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
      const into = bodies.get(words.slice(k).join(' '));
      if (!into) continue;
      glued.set(a, { into, stray: 0 });
      break;
    }
  }
}

/**
 * "Sandy Hook" beside "Sandy Hook Elementary School": a person's name that the article also uses
 * as the modifier of a school's, a hospital's or a natural place's head word is that place, and
 * a person's name that opens with that place's ("Sandy Hook Promise") is a body named after it.
 * A person a title gave a role or a gender stays one. Retyped in place, or added to `glued`
 * where the place or body is an actor already.
 */
function placesNamedAsModifiers(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  // the words of bodies' and places' names before a head word, as marked nodes of a word trie:
  // linear in the names' words, however long one name is
  const modifiers = new WordTrie();
  for (const b of table.actors) {
    if ((b.kind !== 'organization' && b.kind !== 'place') || spacesIn(b.name) < 2) continue;
    const words = normaliseName(b.name).split(' ');
    let node = modifiers.root;
    for (let k = 1; k < words.length; k++) {
      node = node.child(words[k - 1]);
      if (MODIFIED_HEADS.has(words[k])) node.marked = true;
    }
  }
  if (!modifiers.root.size) return;
  const free = (a: LocalActor): boolean => a.kind === 'person' && !a.anonymous && !glued.has(a) && !a.roles.length && !a.gender && a.nameTokens.length >= 2;
  const places = new WordTrie();
  for (const a of table.actors) {
    if (!free(a)) continue;
    const words = normaliseName(a.name).split(' ');
    if (!modifiers.holds(words)) continue;
    retype(table, a, 'place', glued);
    let node = places.root;
    for (const w of words) node = node.child(w);
    node.marked = true;
  }
  if (!places.root.size) return;
  for (const a of table.actors) {
    if (free(a) && places.opens(normaliseName(a.name).split(' '))) retype(table, a, 'organization', glued);
  }
}

/** A node of a WordTrie: the word sequences that continue from here, and whether the one that ends here was marked. */
class TrieNode {
  marked = false;
  private next: Map<string, TrieNode> | undefined;
  get size(): number {
    return this.next?.size ?? 0;
  }
  /** The node after `word`, made when missing. */
  child(word: string): TrieNode {
    this.next ??= new Map();
    let node = this.next.get(word);
    if (!node) this.next.set(word, (node = new TrieNode()));
    return node;
  }
  find(word: string): TrieNode | undefined {
    return this.next?.get(word);
  }
}

/** Word sequences (names split at spaces), marked where they end: look-ups linear in a name's words. */
class WordTrie {
  readonly root = new TrieNode();
  /** Whether `words` whole is a marked sequence. */
  holds(words: string[]): boolean {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; node && i < words.length; i++) node = node.find(words[i]);
    return !!node?.marked;
  }
  /** Whether a marked sequence is a strict prefix of `words` (the name goes on after it). */
  opens(words: string[]): boolean {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i + 1 < words.length; i++) {
      node = node.find(words[i]);
      if (!node) return false;
      if (node.marked) return true;
    }
    return false;
  }
}

/**
 * "Flames" beside "Calgary Flames", "Raptors" beside "Toronto Raptors": a body named without the
 * place its name opens with is that body, when one body of the article ends so. The short form is
 * an organisation, or a person of one or two words, the last plural-shaped, with no role or gender
 * ("Raptors said", "the Maple Leafs").
 */
function bodiesWithoutTheirPlace(table: ActorTable, glued: Map<LocalActor, Glued>, owners: Map<LocalActor, Set<string>>): void {
  /** Normalised name without its place -> the body, or null when two bodies share it. */
  const short = new Map<string, LocalActor | null>();
  /** Each such body -> the country its place names, when it names one ("French Foreign Ministry" -> France). */
  const nationOf = new Map<LocalActor, string>();
  for (const b of table.actors) {
    if (b.kind !== 'organization' || b.anonymous || glued.has(b) || !b.name.includes(' ')) continue;
    const words = normaliseName(b.name).split(' ');
    // a plural name ("Flames") or one after a city: a state's "Senate" is not the one a bare "Senate" names
    const plural = PLURAL_NAME.test(words[words.length - 1]);
    // (a body named by its members' trade, "Alberta Beef Producers", "the Nebraska Cattlemen": bare,
    // "Producers said" and "Cattlemen say" are those people; a team's plural, "Senators", stays its short name)
    const trade = TRADE_BODY_HEADS.has(words[words.length - 1]);
    for (let k = 1; k <= 2 && k < words.length; k++) {
      const place = words.slice(0, k).join(' ');
      // ("Canadian Coast Guard": a country's body by its demonym or name, as "the Coast Guard" of that article)
      const rest = words.slice(k).join(' ');
      // ("Lahore High Court", "Gauteng High Court": a high court is named by its seat, which no list need know,
      // and "the High Court" of that article is it; not "Supreme Court", a state's beside the nation's)
      const court = rest === 'high court';
      if (!(plural ? isPlaceName(table, place) : court || CITIES.has(place) || countryByDemonym.has(place) || countryBySurface.has(place))) continue;
      const nation = (countryByDemonym.get(place) ?? countryBySurface.get(place))?.name;
      if (nation) nationOf.set(b, nation);
      if (!(trade && words.length - k === 1)) short.set(rest, short.has(rest) && short.get(rest) !== b ? null : b);
      // "the Leafs", "the Jays": a nickname of two words by its plural alone
      if (plural && words.length - k === 2 && !trade) {
        const last = words[words.length - 1];
        short.set(last, short.has(last) && short.get(last) !== b ? null : b);
      }
    }
  }
  if (!short.size) return;
  for (const a of table.actors) {
    if (glued.has(a) || a.anonymous) continue;
    // (two words too, the second plural: "Maple Leafs" beside "Toronto Maple Leafs")
    const shortForm = a.kind === 'organization' || (a.kind === 'person' && !a.roles.length && !a.gender && a.name.split(' ').length <= 2 && PLURAL_NAME.test(a.name.slice(a.name.lastIndexOf(' ') + 1)));
    if (!shortForm) continue;
    const into = short.get(normaliseName(a.name));
    if (!into || into === a) continue;
    // ("Iran's Foreign Ministry said … The French Foreign Ministry said": a body the article gives another country as owner is that country's)
    const owned = owners.get(a);
    if (owned && [...owned].some((c) => c !== nationOf.get(into))) continue;
    glued.set(a, { into, stray: 0 });
    // "the Raptors said": the short form is the body's alias, which descriptions look up
    table.addAlias(into, a.name);
  }
}

/**
 * Each organisation named right after a country's possessive ("Iran's Foreign Ministry") -> the
 * countries so named as its owner. One look at the token before each mention.
 */
function ownersNamed(mentions: LocalMention[], paragraphs: ReadonlyArray<{ tokens: Token[] }>): Map<LocalActor, Set<string>> {
  const owners = new Map<LocalActor, Set<string>>();
  if (!paragraphs.length) return owners;
  for (const m of mentions) {
    if (m.actor.kind !== 'organization' || m.from === 0) continue;
    const before = paragraphs[m.para]?.tokens[m.from - 1];
    if (!before?.possessive || !before.cap) continue;
    const country = countryBySurface.get(before.base.toLowerCase())?.name;
    if (!country) continue;
    const set = owners.get(m.actor) ?? new Set<string>();
    set.add(country);
    owners.set(m.actor, set);
  }
  return owners;
}

/** Teams with a plural name of several words that a clipped one-word form is looked for among. */
const MAX_CLIPPED_TEAMS = 64;

/**
 * "Riders" beside "Saskatchewan Roughriders", "Argos" beside "Toronto Argonauts", "Caps" beside
 * "Washington Capitals": one plural word that ends a team's last word (five letters or more) or
 * clips it ("Argo-s" for "Argonauts") is that team, when one team of the article's names is so.
 * The short form is an organisation or a person with no role or gender. Added to `glued`.
 */
function teamsByClippedName(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  let teams: Array<{ last: string; body: LocalActor }> | undefined;
  for (const a of table.actors) {
    if (glued.has(a) || a.anonymous || a.name.includes(' ') || !PLURAL_NAME.test(a.name) || (a.kind !== 'organization' && !(a.kind === 'person' && !a.roles.length && !a.gender))) continue;
    if (!teams) {
      teams = [];
      for (const b of table.actors) {
        if (b.kind !== 'organization' || b.anonymous || glued.has(b) || !b.name.includes(' ')) continue;
        const last = normaliseName(b.name.slice(b.name.lastIndexOf(' ') + 1));
        // (the first few: an article names a few teams, and a text of thousands stays linear)
        if (last.length >= 6 && PLURAL_NAME.test(last) && teams.length < MAX_CLIPPED_TEAMS) teams.push({ last, body: b });
      }
    }
    const short = normaliseName(a.name);
    let into: LocalActor | null | undefined;
    for (const t of teams) {
      if (t.last === short || !(( short.length >= 5 && t.last.endsWith(short)) || (short.length >= 4 && t.last.startsWith(short.slice(0, -1))))) continue;
      into = into && into !== t.body ? null : t.body;
    }
    if (!into) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
}

/** Countries and continents a company's national arm is named by and no person's surname is ("Ford Canada", "Nissan Europe"). */
const ARM_LANDS = new Set(['canada', 'usa', 'america', 'australia', 'mexico', 'india', 'japan', 'china', 'germany', 'uk', 'europe']);

/** Organisations looked at per first word for a national arm. */
const ARM_CANDIDATES = 16;

/**
 * "Ford Canada" beside "Ford Motor Company of Canada": a person's name of two words, with no role or
 * gender, whose second is a land in ARM_LANDS is a company's national arm even after a word a given
 * name may be (runShapes keeps "Mark Canada" a person by that word alone) when one body of the
 * article has a name that opens with its first word and holds the land: folded into that body.
 */
function nationalArms(table: ActorTable, glued: Map<LocalActor, Glued>): void {
  // the organisations by their name's first word, made on the first national arm met (one pass
  // over the actors, not one per arm: thousands of "Aadam Canada" stay linear)
  let byFirst: Map<string, string[]> | undefined;
  let orgs: Map<string, LocalActor> | undefined;
  for (const a of table.actors) {
    if (a.kind !== 'person' || a.anonymous || glued.has(a) || a.roles.length || a.gender || spacesIn(a.name) !== 1) continue;
    const [first, land] = normaliseName(a.name).split(' ');
    if (!ARM_LANDS.has(land)) continue;
    if (!byFirst) {
      byFirst = new Map();
      orgs = new Map();
      for (const b of table.actors) {
        if (b.kind !== 'organization' || b.anonymous || glued.has(b)) continue;
        const name = normaliseName(b.name);
        const word = name.slice(0, name.indexOf(' ') >>> 0);
        const list = byFirst.get(word);
        // (a few per word: two that fit are no one's arm anyway)
        if (list && list.length < ARM_CANDIDATES) list.push(name);
        else if (!list) byFirst.set(word, [name]);
        orgs.set(name, b);
      }
    }
    let into: LocalActor | null | undefined;
    for (const name of byFirst.get(first) ?? []) {
      if (name.endsWith(` ${land}`) || name.includes(` ${land} `)) {
        const b = orgs!.get(name)!;
        into = into && into !== b ? null : b;
      }
    }
    if (!into) continue;
    glued.set(a, { into, stray: 0 });
    table.addAlias(into, a.name);
  }
}

/** Whether a normalised name is a place's: a known city, state or country, or a place or country of the article. */
function isPlaceName(table: ActorTable, name: string): boolean {
  // (a province too, by name or postal code: "Saskatchewan Roughriders", "BC Lions")
  if (CITIES.has(name) || US_STATES.has(name) || countryBySurface.has(name) || isRegionName(name) || (name.length === 2 && REGION_ABBREVIATIONS.has(name.toUpperCase()))) return true;
  const there = table.byKey.get(`place:${name}`) ?? table.byKey.get(`country:${name}`);
  return !!there && (there.kind === 'place' || there.kind === 'country');
}

/** Makes person `a` an actor of `kind`: the one of its name, through `glued`, where there is one. */
function retype(table: ActorTable, a: LocalActor, kind: ActorKind, glued: Map<LocalActor, Glued>): void {
  const key = keyFor(kind, a.name);
  const there = table.byKey.get(key);
  if (there && there !== a) {
    glued.set(a, { into: there, stray: 0 });
    return;
  }
  a.kind = kind;
  a.key = key;
  a.nameTokens = [];
  table.byKey.set(key, a);
}

/**
 * Glued actor -> the person it is, with how many stray words its mentions lose (0 for a double
 * surname). The actors are in the order of their first mention: the full name comes before a
 * glued form made of one stray word, and a two-word name first used after a longer one is that
 * person's double surname ("Marisa Delgado Ruiz", then "Delgado Ruiz"); a stray word shaped like
 * a plural ("Floridians", "Things"), one that is no known given name, or two stray words or more
 * are no part of a name, in any order.
 */
function gluedNames(table: ActorTable): Map<LocalActor, Glued> {
  const actors = table.actors;
  const glued = new Map<LocalActor, Glued>();
  /** A surname of two words or more named alone -> the person whose full name ends with it. */
  const surnames = new Map<LocalActor, LocalActor>();
  // a glued form and a double surname both need a name of three words, which two separators
  // at least make (normalised, a hyphen parts words): without one, no name words are compared
  let long = false;
  for (let i = 0; i < actors.length && !long; i++) long = actors[i].kind === 'person' && TWO_SEPARATORS.test(actors[i].name);
  if (!long) return glued;
  /** Normalised full name -> index of the (last) person of two name words or more so named. */
  const full = new Map<string, number>();
  for (let i = 0; i < actors.length; i++) if (actors[i].kind === 'person' && actors[i].nameTokens.length >= 2) full.set(normaliseName(actors[i].name), i);
  if (!full.size) return glued;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    // (a name of three words or more, i.e. two spaces, can hold one to three stray words)
    if (a.kind !== 'person' || a.anonymous || spacesIn(a.name) < 2) continue;
    const words = a.name.split(' ');
    for (let k = 1; k <= 3 && words.length - k >= 2; k++) {
      const at = full.get(normaliseName(words.slice(k).join(' ')));
      if (at === undefined || actors[at] === a) continue;
      // ("Ma. Cristina Delos Reyes" beside "Delos Reyes": given names before a surname that opens
      // with a particle are the person's own, not stray words; the surname joins them below. Only
      // a particle's: "Aung San Suu Kyi" has no surname, and its "Aung" would read as a man's name)
      if (k >= 2 && NAME_PARTICLES.has(words[k].toLowerCase()) && words.slice(0, k).every((w) => mayBeGivenName(w) || SHORT_GIVEN.test(w))) break;
      // ("Marites Dela Cruz", then "Dela Cruz": a surname that opens with a particle, named alone
      // after the full name, is that person's; one word before it is a given name the table may
      // lack, not a stray word. The double surname joins the full name below.)
      if (k === 1 && at > i && NAME_PARTICLES.has(words[1].toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !pluralWord(words[0])) break;
      // ("Andrés Manuel López Obrador", then "López Obrador"; "Nour el-Din Abu Shamala", then "Abu
      // Shamala": a surname of two words or more, named alone after the full name and opening with
      // no given name, is that person's; the words before it are given names, not stray ones. Not
      // Burmese "Aung San Suu Kyi", then "Suu Kyi": short words of a name with no surname, whose
      // "Aung" would read as a man's given name)
      if (k >= 2 && at > i && surnameOpening(words[k]) && words[words.length - 1].length >= 4 && words.slice(0, k).every(givenNameWord)) {
        surnames.set(actors[at], a);
        break;
      }
      if (k >= 2 || at < i || pluralWord(words[0]) || !mayBeGivenName(words[0])) {
        glued.set(a, { into: actors[at], stray: k });
        break;
      }
    }
  }
  for (const [short, into] of surnames) if (!glued.has(into) && !glued.has(short)) glued.set(short, { into, stray: 0 });
  // the last two words of a longer name: "Wasserman Schultz" is Debbie Wasserman Schultz's
  // surname, when only one name of the article ends so (a glued form is no such name)
  const doubleSurname = new Map<string, number>();
  for (const [name, at] of full) {
    if (glued.has(actors[at]) || spacesIn(name) < 2) continue;
    const tail = name.slice(name.lastIndexOf(' ', name.lastIndexOf(' ') - 1) + 1);
    doubleSurname.set(tail, doubleSurname.has(tail) ? -1 : at);
  }
  if (!doubleSurname.size) return glued;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.kind !== 'person' || a.anonymous || glued.has(a) || spacesIn(a.name) !== 1) continue;
    const at = doubleSurname.get(normaliseName(a.name));
    if (at !== undefined && at >= 0 && at < i) glued.set(a, { into: actors[at], stray: 0 });
  }
  return glued;
}

/** Moves the mentions, aliases, roles and keys of glued actors to the persons they are. */
function foldInto(table: ActorTable, glued: Map<LocalActor, Glued>, mentions: LocalMention[]): void {
  for (const m of mentions) {
    const g = glued.get(m.actor);
    if (!g) continue;
    const k = g.stray;
    const words = m.text.split(' ');
    if (k > 0 && words.length > k) {
      const cut = words.slice(0, k).join(' ').length + 1;
      m.start += cut;
      m.from += k;
      m.text = m.text.slice(cut);
    }
    m.actor = g.into;
  }
  for (const [from, { into }] of glued) {
    for (const a of from.aliases) if (a !== from.name) table.addAlias(into, a);
    for (const r of from.roles) addOnce(into.roles, r);
    for (const h of from.orgHints) addOnce(into.orgHints, h);
    table.byKey.set(from.key, into);
  }
  for (const [alias, actor] of table.aliasIndex) {
    const g = glued.get(actor);
    if (g) table.aliasIndex.set(alias, g.into);
  }
  let k = 0;
  for (const a of table.actors) if (!glued.has(a)) table.actors[k++] = a;
  table.actors.length = k;
}
