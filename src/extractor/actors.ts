/**
 * The actors of one article: every name found is registered here, merged by normalised name,
 * with the surface forms as aliases and the roles read around each person's name.
 */
import type { ActorKind } from './types';
import { personKey, personKeyWithoutInitial, personNameTokens, plainLower } from './nameForms';
import { genderOfFirstName } from './gender';
import { memoised, ownCopy } from './memo';
import { CITIES, countryByDemonym, countryBySurface, US_STATES } from './gazetteer';

/** An actor as one article knows it. The lists are short, so arrays (kept free of repeats) rather than sets: a corpus keeps tens of thousands of these. */
export interface LocalActor {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  /** Lower-case organisation names and acronyms found in the roles: "the NATO chief" looks here. */
  orgHints: string[];
  /** Lower-case words of a person's name, a hyphenated word and a surname with its particles whole ("pieter", "van den berg"). */
  nameTokens: string[];
  anonymous: boolean;
  /** A capital city, when the actor is one: used as a government it stands for that country. */
  capitalOf?: string;
  /** A role phrase with no person in the article to attach to: the corpus may resolve it. */
  pendingRole?: { org: string; role: string };
  /** A person's gender as a title or gendered role before the name states it ("Mrs. Ode", "Congressman Ode"). */
  gender?: 'male' | 'female';
}

/** From how many aliases an actor's list is checked through a Set rather than scanned. */
const LONG_ALIAS_LIST = 16;

/** Adds a value to a list unless it is there already. */
export function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Appends a value to the list a map holds under a key, starting the list if need be. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface LocalMention {
  actor: LocalActor;
  para: number;
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

/** Lower case, no possessive, no punctuation: the key names are compared by. A plain name is its lower case; others are memoised (names repeat). */
export function normaliseName(name: string): string {
  return plainLower(name) || normalisedOf(name);
}
const normalisedOf = memoised(normaliseNameByRules);

/** `normaliseName` by its rules alone, without the short cut for plain names (exported for the test that compares the two). */
export function normaliseNameByRules(name: string): string {
  // one spelling of "José" whether the text composes its accent (NFC) or not (NFD)
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[.,’'"“”]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Initials of the significant words: "North Atlantic Treaty Organisation" -> "nato". */
export function acronymOf(name: string): string {
  let initials = '';
  let n = 0;
  for (const w of name.split(/[\s-]+/)) {
    if (!w || ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    initials += w[0];
    n++;
  }
  return n >= 2 ? initials.toLowerCase() : '';
}
/** Function words an acronym leaves out. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/** A lone name word as the actor table indexes name words ("Stoltenberg’s" -> "stoltenberg"); a plain one by its lower case, others memoised like the keys. */
const nameTokenKey = (token: string): string => plainLower(token) || nameTokenKeyOf(token);
const nameTokenKeyOf = memoised((token) => personNameTokens(token).join(' '));

/** Kind -> name -> key, memoised like normaliseName: the same key string each time hashes once. */
const keysByKind = new Map<ActorKind, Map<string, string>>();

function keyFor(kind: ActorKind, name: string): string {
  let keys = keysByKind.get(kind);
  if (!keys) keysByKind.set(kind, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    // a person by given name and surname ("Donald J. Trump" = "Donald Trump", "Kishida Fumio" = "Fumio Kishida")
    key = ownCopy(`${kind}:${kind === 'person' ? personKey(name) : normaliseName(name)}`);
    if (keys.size > 100_000) keys.clear();
    keys.set(ownCopy(name), key);
  }
  return key;
}

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

/** Whether a name of several words opens with a known given name: "statements of Hillary Clinton" is no company, and no person of that name becomes one. */
function opensWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space < 0 || genderOfFirstName(name.slice(0, space)) !== null;
}

/** Letters with full stops ("U.N.", "F.B.I.") or two to five capitals ("UN", "NATO"). */
const ACRONYM_TOKEN = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u;

/**
 * Head words a place's name modifies ("Sandy Hook Elementary School", "Maple Ridge Hospital"):
 * schools', hospitals' and natural places'. Not a body's heads in general: a foundation, a centre
 * or a library is often named after a person ("Eric Trump Foundation").
 */
const MODIFIED_HEADS = new Set(
  ('elementary primary middle high secondary school hospital airport bridge harbor harbour bay river island lake valley ' +
    'creek beach falls springs heights point county').split(' '),
);

/**
 * Last words by which a newspaper is named short ("the Post", "the Times"): none a person's noun
 * ("the Guardian", "the Observer", "the Independent" may be people) nor a common subject ("the Star").
 */
const SHORT_PUBLICATION_NAMES = new Set(['post', 'times', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'globe', 'chronicle', 'inquirer', 'enquirer', 'courant', 'bulletin', 'dispatch']);

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

/** A word shaped like a plural ("Floridians", "Things"): no given name. (A consonant before the "s": "Inês" is none.) */
const pluralWord = (w: string): boolean => w.length > 3 && /[bcdfghjklmnpqrtvwxz]s$/i.test(w);

export class ActorTable {
  readonly actors: LocalActor[] = [];
  private readonly byKey = new Map<string, LocalActor>();
  /** Lower-case alias -> actor, for acronyms defined in the text and resolved role phrases. */
  readonly aliasIndex = new Map<string, LocalActor>();
  /** Each actor's aliases as a Set, once its list is long (see addAliasOnce). */
  private readonly aliasSets = new WeakMap<LocalActor, Set<string>>();
  /** Name token -> persons created with it, so a lone surname does not scan every actor. */
  private readonly byNameToken = new Map<string, LocalActor[]>();

  /**
   * Key of a name without its middle initial -> the one person named with that initial here
   * ("person:donald trump" -> "Donald J. Trump"), or null once two initials share it ("George W."
   * and "George P. Bush"): then "George Bush" is neither.
   */
  private readonly byInitialFree = new Map<string, LocalActor | null>();

  get(kind: ActorKind, name: string): LocalActor {
    // one name is one thing in an article: "Harlow Freight" that its context once showed a company
    // ("shares of Harlow Freight") is that company at every mention, before and after
    if (kind === 'person') {
      const org = this.byKey.get(keyFor('organization', name));
      if (org && org.kind === 'organization' && !opensWithGivenName(name)) return org;
    } else if (kind === 'organization') this.personToOrganisation(name);
    else if (kind === 'place' && name.endsWith(' City')) {
      // ("Leicester City said" after "Leicester City manager …": the club the article named, not the city)
      const org = this.byKey.get(keyFor('organization', name));
      if (org && org.kind === 'organization') return org;
    }
    const key = keyFor(kind, name);
    let actor = this.byKey.get(key);
    if (!actor && kind === 'person') actor = this.initialForm(name, key);
    if (!actor) {
      actor = {
        key,
        name,
        kind,
        aliases: [],
        roles: [],
        orgHints: [],
        nameTokens: kind === 'person' ? personNameTokens(name) : [],
        anonymous: false,
        // set later for some actors: present from the start, every actor has one shape
        capitalOf: undefined,
        pendingRole: undefined,
        gender: undefined,
      };
      this.byKey.set(key, actor);
      this.actors.push(actor);
      if (kind === 'person') {
        const base = personKeyWithoutInitial(name);
        const freeKey = base ? `person:${base}` : '';
        if (base && !this.byInitialFree.has(freeKey)) this.byInitialFree.set(freeKey, actor);
      }
      for (const token of actor.nameTokens) pushTo(this.byNameToken, token, actor);
      if (kind === 'organization') this.publicationNamedShort(actor);
    }
    return actor;
  }

  /** A publication's short name -> the one publication of the article it stands for, or null once two share it. */
  private readonly shortPublications = new Map<string, LocalActor | null>();

  /**
   * "The Post" after "The Washington Post", "the Herald" after "The Sydney Morning Herald": a
   * newspaper of two words or more is named short by its last word, which becomes its alias, while
   * no other publication of the article ends so (two leave the short name to neither).
   */
  private publicationNamedShort(actor: LocalActor): void {
    const space = actor.name.lastIndexOf(' ');
    if (space < 0) return;
    const short = normaliseName(actor.name.slice(space + 1));
    if (!SHORT_PUBLICATION_NAMES.has(short)) return;
    const claimed = this.shortPublications.get(short);
    if (claimed === undefined) {
      this.shortPublications.set(short, actor);
      if (!this.aliasIndex.has(short)) this.aliasIndex.set(short, actor);
    } else if (claimed && claimed !== actor) {
      this.shortPublications.set(short, null);
      if (this.aliasIndex.get(short) === claimed) this.aliasIndex.delete(short);
    }
  }

  /**
   * Person `a` as the organisation a description showed it to be ("Greenpeace … the group said",
   * "rugby club Kestrel Vale"): the organisation of that name where there is one, else `a` retyped.
   */
  asOrganisation(a: LocalActor): LocalActor {
    const key = keyFor('organization', a.name);
    const there = this.byKey.get(key);
    if (there && there !== a) return there;
    a.kind = 'organization';
    a.key = key;
    a.nameTokens = [];
    a.gender = undefined;
    this.byKey.set(key, a);
    return a;
  }

  /** Retypes the person of this name, if one was made and given no role, as the organisation its name also names. */
  private personToOrganisation(name: string): void {
    const person = this.byKey.get(keyFor('person', name));
    if (!person || person.kind !== 'person' || person.roles.length || person.nameTokens.length < 2 || opensWithGivenName(name)) return;
    const orgKey = keyFor('organization', name);
    if (this.byKey.has(orgKey)) return;
    person.kind = 'organization';
    person.key = orgKey;
    person.nameTokens = [];
    person.gender = undefined;
    this.byKey.set(orgKey, person);
  }

  /**
   * A person named with and without one middle initial: "Donald Trump" is the article's one
   * "Donald J. Trump", and "Donald J. Trump" after "Donald Trump" is that person (who takes the
   * initialed key, the one the corpus registry files full names under). Undefined: a new person.
   */
  private initialForm(name: string, key: string): LocalActor | undefined {
    const base = personKeyWithoutInitial(name);
    if (!base) {
      const one = this.byInitialFree.get(key);
      if (one) this.byKey.set(key, one);
      return one ?? undefined;
    }
    const freeKey = `person:${base}`;
    const claimed = this.byInitialFree.get(freeKey);
    if (claimed !== undefined) {
      // a second initial: two people, and the name without an initial is neither
      this.byInitialFree.set(freeKey, null);
      return undefined;
    }
    const plain = this.byKey.get(freeKey);
    if (plain && plain.key === freeKey) {
      plain.key = key;
      this.byKey.set(key, plain);
      this.byInitialFree.set(freeKey, plain);
      return plain;
    }
    return undefined;
  }

  find(kind: ActorKind, name: string): LocalActor | undefined {
    return this.byKey.get(keyFor(kind, name));
  }

  addAlias(actor: LocalActor, alias: string): void {
    const clean = alias.trim();
    if (!clean || clean === actor.name) return;
    this.addAliasOnce(actor, clean);
    const lower = normaliseName(clean);
    if (!this.aliasIndex.has(lower)) this.aliasIndex.set(lower, actor);
  }

  /**
   * Appends an alias not yet in the actor's list: a scan of a short list, a Set beside a long one
   * (one person under 16,000 spellings made the scans quadratic: 8.7 s for 0.7 MB). The Set is
   * made again when the list changed length behind it.
   */
  private addAliasOnce(actor: LocalActor, alias: string): void {
    const list = actor.aliases;
    if (list.length < LONG_ALIAS_LIST) return addOnce(list, alias);
    let seen = this.aliasSets.get(actor);
    if (!seen || seen.size !== list.length) this.aliasSets.set(actor, (seen = new Set(list)));
    if (seen.has(alias)) return;
    list.push(alias);
    seen.add(alias);
  }

  /**
   * Persons whose name has this word (a surname, an East Asian family name first, or a surname
   * with particles, "de la Vega"), compared as the name's words are kept: hyphens and particles whole.
   */
  personsWithToken(token: string): LocalActor[] {
    // "U.N.", "UN": an organisation's acronym is no person's name word ("Kim Jong Un")
    if (ACRONYM_TOKEN.test(token)) return [];
    const t = nameTokenKey(token);
    // merged-away actors are no longer under their key; anonymised ones lost their name tokens
    const out: LocalActor[] = [];
    const list = this.byNameToken.get(t);
    if (list) for (let i = 0; i < list.length; i++) if (this.byKey.get(list[i].key) === list[i] && list[i].nameTokens.length > 1 && list[i].nameTokens.includes(t)) out.push(list[i]);
    return out;
  }

  /**
   * "Year Barack Obama", "Crooked Hillary Clinton": a person whose name is one stray word (a
   * headline's, an epithet) before another person's full name in the article is that person. The
   * mentions lose the stray word; the glued form is not kept as an alias. A two-word name that ends
   * a longer one is that person's double surname ("Wasserman Schultz"), when only one name ends so.
   */
  foldGluedNames(mentions: LocalMention[]): void {
    const glued = this.gluedNames();
    this.placesNamedAsModifiers(glued);
    this.bodiesWithoutTheirPlace(glued);
    this.bodiesNamedShort(glued);
    this.bodiesAfterModifier(glued);
    this.bodiesByAcronym(glued);
    if (glued.size) this.foldInto(glued, mentions);
  }

  /**
   * "NHTSA" beside "National Highway Traffic Safety Administration": an organisation named by an
   * acronym is the one organisation of the article whose initials it is (none when two are), as
   * the corpus joins them (registry rule 3). Added to `glued`, the acronym kept as an alias.
   */
  private bodiesByAcronym(glued: Map<LocalActor, Glued>): void {
    let byInitials: Map<string, LocalActor | null> | undefined;
    for (const a of this.actors) {
      // (three letters at least: "VA" is the initials of a name cut short as often as of a body's)
      // (the pattern last: most names are longer than an acronym or hold a space)
      if (a.kind !== 'organization' || a.anonymous || a.name.length < 3 || a.name.length > 12 || a.name.includes(' ') || glued.has(a) || !ACRONYM_TOKEN.test(a.name) || a.name.replace(/\./g, '').length < 3) continue;
      if (!byInitials) {
        byInitials = new Map();
        for (const b of this.actors) {
          if (b.kind !== 'organization' || b.anonymous || glued.has(b) || !b.name.includes(' ')) continue;
          // "DOJ", "BoC": initials that keep the "of" of "Department of Justice" too
          for (const acr of new Set([acronymOf(b.name), acronymOf(b.name.replace(/\bof\b/g, 'O'))])) if (acr) byInitials.set(acr, byInitials.has(acr) && byInitials.get(acr) !== b ? null : b);
        }
      }
      const into = byInitials.get(a.name.replace(/\./g, '').toLowerCase());
      if (!into || into === a) continue;
      glued.set(a, { into, stray: 0 });
      this.addAlias(into, a.name);
    }
  }

  /**
   * "Coast Mountain spokesperson …" beside "Coast Mountain Bus Company": a person's name of two
   * words or more, with no given name first and no role or gender, that opens one organisation's
   * longer name in the article is that organisation named short. Added to `glued`.
   */
  private bodiesNamedShort(glued: Map<LocalActor, Glued>): void {
    // opening words -> the one body whose name they open (null when two do): linear in the names' words
    const openings = new Map<string, LocalActor | null>();
    for (const b of this.actors) {
      if (b.kind !== 'organization' || spacesIn(b.name) < 2) continue;
      const words = normaliseName(b.name).split(' ');
      for (let k = 2; k < words.length; k++) {
        const key = words.slice(0, k).join(' ');
        openings.set(key, openings.has(key) && openings.get(key) !== b ? null : b);
      }
    }
    if (!openings.size) return;
    for (const a of this.actors) {
      if (a.kind !== 'person' || a.anonymous || glued.has(a) || a.roles.length || a.gender || a.nameTokens.length < 2 || genderOfFirstName(a.nameTokens[0]) !== null) continue;
      const into = openings.get(normaliseName(a.name));
      if (into) glued.set(a, { into, stray: 0 });
    }
  }

  /**
   * "Islamist Muslim Brotherhood" beside "Muslim Brotherhood": a person's name that no given name
   * opens, with no role or gender, whose last words after one or two stray words (a modifier) are
   * an organisation's name of the article, is that organisation. Added to `glued`.
   */
  private bodiesAfterModifier(glued: Map<LocalActor, Glued>): void {
    let bodies: Map<string, LocalActor> | undefined;
    for (const a of this.actors) {
      if (a.kind !== 'person' || a.anonymous || glued.has(a) || a.roles.length || a.gender || spacesIn(a.name) < 2 || genderOfFirstName(a.nameTokens[0]) !== null) continue;
      if (!bodies) {
        bodies = new Map();
        for (const b of this.actors) if (b.kind === 'organization' && !b.anonymous && b.name.includes(' ')) bodies.set(normaliseName(b.name), b);
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
  private placesNamedAsModifiers(glued: Map<LocalActor, Glued>): void {
    // the words of bodies' and places' names before a head word: a set, so many names stay linear
    const modifiers = new Set<string>();
    for (const b of this.actors) {
      if ((b.kind !== 'organization' && b.kind !== 'place') || spacesIn(b.name) < 2) continue;
      const words = normaliseName(b.name).split(' ');
      for (let k = 1; k < words.length; k++) if (MODIFIED_HEADS.has(words[k])) modifiers.add(words.slice(0, k).join(' '));
    }
    if (!modifiers.size) return;
    const free = (a: LocalActor): boolean => a.kind === 'person' && !a.anonymous && !glued.has(a) && !a.roles.length && !a.gender && a.nameTokens.length >= 2;
    const places: string[] = [];
    for (const a of this.actors) {
      if (!free(a)) continue;
      const name = normaliseName(a.name);
      if (!modifiers.has(name)) continue;
      this.retype(a, 'place', glued);
      places.push(name);
    }
    if (!places.length) return;
    for (const a of this.actors) {
      if (!free(a)) continue;
      const name = normaliseName(a.name);
      if (places.some((p) => name.startsWith(p + ' '))) this.retype(a, 'organization', glued);
    }
  }

  /**
   * "Flames" beside "Calgary Flames", "Raptors" beside "Toronto Raptors": a body named without the
   * place its name opens with is that body, when one body of the article ends so. The short form is
   * an organisation, or a person of one plural-shaped word with no role or gender ("Raptors said").
   */
  private bodiesWithoutTheirPlace(glued: Map<LocalActor, Glued>): void {
    /** Normalised name without its place -> the body, or null when two bodies share it. */
    const short = new Map<string, LocalActor | null>();
    for (const b of this.actors) {
      if (b.kind !== 'organization' || b.anonymous || glued.has(b) || !b.name.includes(' ')) continue;
      const words = normaliseName(b.name).split(' ');
      // a plural name ("Flames") or one after a city: a state's "Senate" is not the one a bare "Senate" names
      const plural = PLURAL_NAME.test(words[words.length - 1]);
      for (let k = 1; k <= 2 && k < words.length; k++) {
        const place = words.slice(0, k).join(' ');
        // ("Canadian Coast Guard": a country's body by its demonym or name, as "the Coast Guard" of that article)
        if (!(plural ? this.isPlaceName(place) : CITIES.has(place) || countryByDemonym.has(place) || countryBySurface.has(place))) continue;
        const rest = words.slice(k).join(' ');
        short.set(rest, short.has(rest) && short.get(rest) !== b ? null : b);
      }
    }
    if (!short.size) return;
    for (const a of this.actors) {
      if (glued.has(a) || a.anonymous) continue;
      const shortForm = a.kind === 'organization' || (a.kind === 'person' && !a.roles.length && !a.gender && !a.name.includes(' ') && PLURAL_NAME.test(a.name));
      if (!shortForm) continue;
      const into = short.get(normaliseName(a.name));
      if (!into || into === a) continue;
      glued.set(a, { into, stray: 0 });
      // "the Raptors said": the short form is the body's alias, which descriptions look up
      this.addAlias(into, a.name);
    }
  }

  /** Whether a normalised name is a place's: a known city, state or country, or a place or country of the article. */
  private isPlaceName(name: string): boolean {
    if (CITIES.has(name) || US_STATES.has(name) || countryBySurface.has(name)) return true;
    const there = this.byKey.get(`place:${name}`) ?? this.byKey.get(`country:${name}`);
    return !!there && (there.kind === 'place' || there.kind === 'country');
  }

  /** Makes person `a` an actor of `kind`: the one of its name, through `glued`, where there is one. */
  private retype(a: LocalActor, kind: ActorKind, glued: Map<LocalActor, Glued>): void {
    const key = keyFor(kind, a.name);
    const there = this.byKey.get(key);
    if (there && there !== a) {
      glued.set(a, { into: there, stray: 0 });
      return;
    }
    a.kind = kind;
    a.key = key;
    a.nameTokens = [];
    this.byKey.set(key, a);
  }

  /**
   * Glued actor -> the person it is, with how many stray words its mentions lose (0 for a double
   * surname). The actors are in the order of their first mention: the full name comes before a
   * glued form made of one stray word, and a two-word name first used after a longer one is that
   * person's double surname ("Marisa Delgado Ruiz", then "Delgado Ruiz"); a stray word shaped like
   * a plural ("Floridians", "Things"), one that is no known given name, or two stray words or more
   * are no part of a name, in any order.
   */
  private gluedNames(): Map<LocalActor, Glued> {
    const actors = this.actors;
    const glued = new Map<LocalActor, Glued>();
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
        if (k >= 2 || at < i || pluralWord(words[0]) || !mayBeGivenName(words[0])) {
          glued.set(a, { into: actors[at], stray: k });
          break;
        }
      }
    }
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
  private foldInto(glued: Map<LocalActor, Glued>, mentions: LocalMention[]): void {
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
      for (const a of from.aliases) if (a !== from.name) this.addAlias(into, a);
      for (const r of from.roles) addOnce(into.roles, r);
      for (const h of from.orgHints) addOnce(into.orgHints, h);
      this.byKey.set(from.key, into);
    }
    for (const [alias, actor] of this.aliasIndex) {
      const g = glued.get(actor);
      if (g) this.aliasIndex.set(alias, g.into);
    }
    let k = 0;
    for (const a of this.actors) if (!glued.has(a)) this.actors[k++] = a;
    this.actors.length = k;
  }

  /** Folds `from` into `into` (a lone surname turned out to be a known person). */
  merge(from: LocalActor, into: LocalActor, mentions: LocalMention[]): void {
    if (from === into) return;
    for (const a of from.aliases) this.addAlias(into, a);
    this.addAlias(into, from.name);
    for (const r of from.roles) addOnce(into.roles, r);
    for (const h of from.orgHints) addOnce(into.orgHints, h);
    for (const m of mentions) if (m.actor === from) m.actor = into;
    const i = this.actors.indexOf(from);
    if (i >= 0) this.actors.splice(i, 1);
    this.byKey.set(from.key, into);
    for (const [alias, actor] of this.aliasIndex) if (actor === from) this.aliasIndex.set(alias, into);
  }
}
