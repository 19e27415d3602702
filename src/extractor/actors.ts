/**
 * The actors of one article: every name found is registered here, merged by normalised name,
 * with the surface forms as aliases and the roles read around each person's name. Once all are
 * registered, the forms that name another actor are folded into it (./gluedNames).
 */
import type { ActorKind } from './types';
import { personKey, personKeyWithoutInitial, personNameTokens, plainLower } from './nameForms';
import { genderOfFirstName } from './gender';
import { isCommonWord } from './commonWords';
import { memoised, ownCopy } from './memo';
import { CITIES, countryByDemonym, countryBySurface, PARTY_WORDS, REGIONS, US_STATES } from './gazetteer';
import { LEGAL_FORMS } from './lexicon/organisations';

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
  /** A group of named actors who spoke together ("Ana Ruiz and Bo Lind said"): "one of them" is no such group. */
  joint?: true;
  /**
   * A person the article introduces by one name and an age or a description of who they are
   * ("said Chen, 68,", "Chen, a retired teacher,"): someone of this article, whom the corpus joins
   * to a namesake of other articles only where the description names an office of theirs.
   */
  introduced?: true;
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
export const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/** A lone name word as the actor table indexes name words ("Stoltenberg’s" -> "stoltenberg"); a plain one by its lower case, others memoised like the keys. */
const nameTokenKey = (token: string): string => plainLower(token) || nameTokenKeyOf(token);
const nameTokenKeyOf = memoised((token) => personNameTokens(token).join(' '));

/** A name's key for each kind asked so far (undefined: not yet asked), one shape for every name. */
interface NameKeys {
  person: string | undefined;
  organization: string | undefined;
  country: string | undefined;
  place: string | undefined;
  group: string | undefined;
}
/**
 * Name -> its keys, memoised like normaliseName: the same key string each time hashes once. One
 * table for every kind, and the last name asked kept apart: the actor table asks one name for two
 * or three kinds in a row (a person's name is looked up as a body's too), one hash look-up of it
 * in a large table instead of one per kind.
 */
const keysByName = new Map<string, NameKeys>();
let lastName = '';
let lastKeys: NameKeys | undefined;

/** The actor table's key of `name` as an actor of `kind` ("person:donald trump"), memoised by name (see keysByName). */
export function keyFor(kind: ActorKind, name: string): string {
  let keys = name === lastName ? lastKeys : undefined;
  if (keys === undefined) {
    keys = keysByName.get(name);
    if (keys === undefined) {
      keys = { person: undefined, organization: undefined, country: undefined, place: undefined, group: undefined };
      if (keysByName.size > 100_000) keysByName.clear();
      keysByName.set(ownCopy(name), keys);
    }
    lastName = name;
    lastKeys = keys;
  }
  let key = keyOfKind(keys, kind);
  if (key === undefined) {
    key = ownCopy(keyByRules(kind, name));
    setKeyOfKind(keys, kind, key);
  }
  return key;
}

/** `keyFor` without its tables (exported for the test that compares the two). */
export function keyByRules(kind: ActorKind, name: string): string {
  // a person by given name and surname ("Donald J. Trump" = "Donald Trump", "Kishida Fumio" = "Fumio Kishida")
  // (a description of three words or more in lower case, an unnamed person's, by all its words:
  // "chief medical officer" is no "chief financial officer", though both open and end alike)
  return `${kind}:${kind === 'person' ? (LOWER_PHRASE.test(name) || OWNED_PHRASE.test(name) ? normaliseName(name) : personKey(name)) : kind === 'organization' ? withoutLegalForm(governmentFirst(normaliseName(name))) : normaliseName(name)}`;
}

/** The key of `kind` among a name's keys (a switch: named fields keep the loads monomorphic). */
function keyOfKind(keys: NameKeys, kind: ActorKind): string | undefined {
  switch (kind) {
    case 'person':
      return keys.person;
    case 'organization':
      return keys.organization;
    case 'country':
      return keys.country;
    case 'place':
      return keys.place;
    case 'group':
      return keys.group;
  }
}

function setKeyOfKind(keys: NameKeys, kind: ActorKind, key: string): void {
  switch (kind) {
    case 'person':
      keys.person = key;
      return;
    case 'organization':
      keys.organization = key;
      return;
    case 'country':
      keys.country = key;
      return;
    case 'place':
      keys.place = key;
      return;
    case 'group':
      keys.group = key;
      return;
  }
}

/** A phrase of three words or more without a capital: no one's name, a description. */
const LOWER_PHRASE = /^[^A-Z\s]+(?: [^A-Z\s]+){2,}$/;
/**
 * An owner's possessive before two lower-case words or more ("Mexico’s former president",
 * "Trump’s longtime lawyer"): a description whose every word counts, no given name and surname
 * ("Mexico’s president" is not the former one).
 */
const OWNED_PHRASE = /['’]s [^A-Z\s]+(?: [^A-Z\s]+)+$/;

/** A government by its place first, the form reporters write beside the formal one: "government of ontario" -> "ontario government". */
// (bounded by a short place, at most four words, so a long key is tested once and no more)
const GOVERNMENT_OF = /^government of (?:the )?((?:\S+ ){0,3}\S+)$/;
const governmentFirst = (key: string): string => {
  if (!key.startsWith('government of ')) return key;
  const place = GOVERNMENT_OF.exec(key);
  return place ? `${place[1]} government` : key;
};

/** A company's legal form after two words or more of its name: "Halverson Bank Corp" is "Halverson Bank" (a one-word name keeps it, "Apple Inc" is found by its word). */
// (the form found first, then the words before it checked: one pattern of both, /^(\S+ \S+.*?) (?:inc|…)$/,
// backtracked over every split of a long name without spaces, quadratic: "Ann O'Lee'Lee'…" took 7 s for 128 KB)
const LEGAL_FORM = / (?:inc|corp|ltd|llc|plc|co)$/;
const TWO_WORDS = /^\S+ \S.*$/;
const withoutLegalForm = (key: string): string => {
  const form = LEGAL_FORM.exec(key);
  return form && TWO_WORDS.test(key.slice(0, form.index)) ? key.slice(0, form.index) : key;
};

/** Whether a name of several words opens with a known given name: "statements of Hillary Clinton" is no company, and no person of that name becomes one. */
function opensWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space < 0 || genderOfFirstName(name.slice(0, space)) !== null;
}

/** Letters with full stops ("U.N.", "F.B.I.") or two to five capitals ("UN", "NATO"). */
export const ACRONYM_TOKEN = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u;

/**
 * Last words by which a newspaper is named short ("the Post", "the Times"): none a person's noun
 * ("the Guardian", "the Observer", "the Independent" may be people) nor a common subject ("the Star").
 */
const SHORT_PUBLICATION_NAMES = new Set(['post', 'times', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'globe', 'chronicle', 'inquirer', 'enquirer', 'courant', 'bulletin', 'dispatch']);

/** Second words of a company named short by its first ("Lumen Labs", "Northstar Air", "Brightline Foods"). */
const COMPANY_SECOND_WORDS = new Set(['labs', 'lab', 'air', 'airlines', 'airways', 'foods', 'motors', 'energy', 'capital', 'holdings', 'group', 'systems', 'technologies', 'technology', 'networks', 'logistics', 'pharmaceuticals', 'therapeutics', 'biosciences', 'brands', 'industries', 'partners', 'software', 'robotics', 'devices', 'health', 'mining', 'resources', 'media', 'studios', 'games', 'bank', 'insurance', 'financial', 'telecom', 'rail', 'freight', 'shipping', 'bancorp', 'management', 'securities', 'investments', 'ventures', 'developments', 'properties', 'railway', 'asset', 'advisors', 'advisers',
  // (retailers' and makers' trades: "Regal Home Inc.", "Northgate Stores", "Alder Apparel")
  'home', 'homes', 'stores', 'retail', 'furniture', 'apparel', 'outfitters', 'brewing', 'hotels', 'restaurants', 'pharmacy', 'builders', 'construction', 'wireless', 'mobile', 'entertainment', 'steel', 'chemicals']);

/** Whether a capitalised word alone is more often a place, a nation's word or a party than a company's short name. */
const notCompanyAlone = memoised((word: string): boolean => {
  const w = word.toLowerCase();
  return CITIES.has(w) || US_STATES.has(w) || REGIONS.has(w) || countryBySurface.has(w) || countryByDemonym.has(w) || PARTY_WORDS.has(w);
});

/** A party's other names that no other body has: "GOP" and "Grand Old Party" are the Republican Party. */
const PARTY_SYNONYMS = new Map([
  ['GOP', 'Republican Party'],
  ['Grand Old Party', 'Republican Party'],
]);

/** The company named short by the first of two words when the second names another company short ("Blackwater Halvorsen"), else undefined. */
function twoCompanies(shorts: Map<string, LocalActor | null>, name: string): LocalActor | undefined {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return undefined;
  const first = shorts.get(normaliseName(name.slice(0, space)));
  const second = first ? shorts.get(normaliseName(name.slice(space + 1))) : undefined;
  return first && second && second !== first && !opensWithGivenName(name) ? first : undefined;
}

export class ActorTable {
  readonly actors: LocalActor[] = [];
  /** Key -> actor; read and written by the fold of glued names too (./gluedNames). */
  readonly byKey = new Map<string, LocalActor>();
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
    const key = keyFor(kind, name);
    // one name is one thing in an article: "Harlow Freight" that its context once showed a company
    // ("shares of Harlow Freight") is that company at every mention, before and after
    if (kind === 'person') {
      // ("Precision Aero said" after "Precision Aero Components Ltd.": the company by its opening words)
      const org = this.byKey.get(keyFor('organization', name)) ?? this.namedShort(name) ?? this.companyOpeningWith(name);
      if (org && org.kind === 'organization' && !opensWithGivenName(name)) return org;
      // ("The stake makes Blackwater Halvorsen's largest holder" after "Blackwater Capital Partners" and
      // "Halvorsen Foods Inc.": two companies' short names side by side are the first company, no person)
      const pair = this.shortCompanies.size ? twoCompanies(this.shortCompanies, name) : undefined;
      if (pair) return pair;
    } else if (kind === 'organization') {
      // ("the GOP": a party's other name is the party, so a corpus holds one Republican Party)
      const party = PARTY_SYNONYMS.get(name);
      if (party) {
        const actor = this.get(kind, party);
        this.addAliasOnce(actor, name);
        return actor;
      }
      this.personToOrganisation(name);
      const full = this.byKey.has(key) ? undefined : this.namedShort(name) ?? this.companyOpeningWith(name);
      if (full) return full;
    } else if (kind === 'place' && name.endsWith(' City')) {
      // ("Leicester City said" after "Leicester City manager …": the club the article named, not the city)
      const org = this.byKey.get(keyFor('organization', name));
      if (org && org.kind === 'organization') return org;
    }
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
        joint: undefined,
        introduced: undefined,
      };
      this.byKey.set(key, actor);
      this.actors.push(actor);
      if (kind === 'person') {
        const base = personKeyWithoutInitial(name);
        const freeKey = base ? `person:${base}` : '';
        if (base && !this.byInitialFree.has(freeKey)) this.byInitialFree.set(freeKey, actor);
      }
      for (const token of actor.nameTokens) pushTo(this.byNameToken, token, actor);
      if (kind === 'organization') {
        this.publicationNamedShort(actor);
        this.companyNamedShort(actor);
        this.companyNamedOpening(actor);
      }
    }
    return actor;
  }

  /** A company's first word -> the one organisation of the article named with it and a trade's word after it, or null once two are. */
  private readonly shortCompanies = new Map<string, LocalActor | null>();

  /**
   * "Lumen" after "Lumen Labs", "Northstar" after "Northstar Air": a body of two words whose second
   * is a trade's or a body's word (see COMPANY_SECOND_WORDS) is named short by its first, when that
   * word is no given name, place or nationality ("Toronto Hydro" is never "Toronto", "American
   * Airlines" never "American") and no other body of the article opens with it.
   */
  private companyNamedShort(actor: LocalActor): void {
    const words = actor.name.split(' ');
    const legal = words.length >= 3 && LEGAL_FORMS.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''));
    // ("Ironbridge Capital Management", "Pinecrest Financial Group Ltd.": two trade's or body's words after the first, as one)
    const trades = words.length - (legal ? 2 : 1);
    const traded = (trades === 1 || trades === 2) && words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && words.slice(1, 1 + trades).every((w) => COMPANY_SECOND_WORDS.has(w.toLowerCase()));
    // "RentWise" after "RentWise Canada Inc.", "CareBridge" after "CareBridge Health Technologies
    // Inc.": a company named with its legal form is named short by a first word no dictionary has
    // (a coined name, often with a capital inside), whatever words follow it
    const coined = !traded && legal && /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(words[0]) && !isCommonWord(words[0].toLowerCase());
    if ((!traded && !coined) || genderOfFirstName(words[0]) !== null || notCompanyAlone(words[0])) return;
    const short = normaliseName(words[0]);
    const claimed = this.shortCompanies.get(short);
    if (claimed === undefined) this.shortCompanies.set(short, actor);
    else if (claimed !== actor) this.shortCompanies.set(short, null);
  }

  /** The opening words (two or more, lower case) of each company named with a legal form -> that company, or null once two share them. */
  private readonly companyOpenings = new Map<string, LocalActor | null>();

  /** Files the openings of a company named with a legal form ("Precision Aero Components Ltd.": "precision aero", "precision aero components"). */
  private companyNamedOpening(actor: LocalActor): void {
    const words = normaliseName(actor.name).split(' ');
    if (words.length < 4 || !LEGAL_FORMS.has(words[words.length - 1].replace(/\.$/, ''))) return;
    for (let n = 2; n < words.length - 1; n++) {
      const opening = words.slice(0, n).join(' ');
      const claimed = this.companyOpenings.get(opening);
      if (claimed === undefined) this.companyOpenings.set(opening, actor);
      else if (claimed !== actor) this.companyOpenings.set(opening, null);
    }
  }

  /** The one company of the article whose name, ending in a legal form, opens with the words of `name` ("Precision Aero" of "Precision Aero Components Ltd."); undefined for none or two. */
  companyOpeningWith(name: string): LocalActor | undefined {
    return this.companyOpenings.size && name.includes(' ') ? this.companyOpenings.get(normaliseName(name)) ?? undefined : undefined;
  }

  /** The organisation a one-word `name` names short (see companyNamedShort), if any. */
  private namedShort(name: string): LocalActor | undefined {
    // (asked at every person's and body's first look-up: most articles name no company so)
    if (!this.shortCompanies.size || name.includes(' ')) return undefined;
    const found = this.shortCompanies.get(normaliseName(name));
    if (found) this.addAliasOnce(found, name);
    return found ?? undefined;
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
   * At most `limit` of them, in the order they were named: a caller that only asks whether one
   * person has the word, or that reads many as "ambiguous", stays linear in an article naming
   * thousands of people alike.
   */
  personsWithToken(token: string, limit = Infinity): LocalActor[] {
    // "U.N.", "UN": an organisation's acronym is no person's name word ("Kim Jong Un")
    if (ACRONYM_TOKEN.test(token)) return [];
    const t = nameTokenKey(token);
    // merged-away actors are no longer under their key; anonymised ones lost their name tokens
    const out: LocalActor[] = [];
    const list = this.byNameToken.get(t);
    if (!list) return out;
    // actors gone from their key (merged into another) or from their name words (retyped, made
    // anonymous) stay so: dropped from the list as they are met, so that a word thousands of merged
    // persons had is not scanned whole at each ask
    let kept = 0;
    let i = 0;
    for (; i < list.length && out.length < limit; i++) {
      const a = list[i];
      if (this.byKey.get(a.key) !== a || a.nameTokens.length < 2 || !a.nameTokens.includes(t)) continue;
      out.push(a);
      list[kept++] = a;
    }
    if (kept < i) {
      list.copyWithin(kept, i);
      list.length -= i - kept;
    }
    return out;
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
