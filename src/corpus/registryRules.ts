/**
 * The registry's merge rules (./registry.ts lists them) as functions of what they read: which
 * lookups an article's actor waits on, the lookups a person group is filed under (rules 2, 4 and
 * 5), and which organisation group each organisation's acronym points to (rule 3).
 */
import { ACRONYM_SKIPS, acronymOf } from '../extractor/actors';
import { personKey, personKeyWithoutInitial, surnameToken } from '../extractor/nameForms';
import { genderOfFirstName } from '../extractor/gender';
import { memoised } from '../extractor/memo';
import { isFullName, officeWordsOf, type Aggregate, type Contribution, type Group } from './group';
import type { RecordActor } from './record';

/** genderOfFirstName, each name word read once: the same first names come in thousands of contributions. */

const ACRONYM = /^[A-Z][A-Z0-9&]+$/;
/** The one empty list of groups with none merged into them. */
const NONE_MERGED: Group[] = [];

/** Most contributions listen to nothing: they share one empty list. */
const NO_KEYS: string[] = [];

/** A contribution's lookups: whether it waits for others (rule 4) and the keys it listens to. */
export interface Lookups {
  deferred: boolean;
  listens: string[];
}

/**
 * Whether an article's actor waits for the corpus's groups (a lone name word, a role phrase, a
 * full name that may lack an initial the corpus has) rather than joining the group of its own key,
 * and the lookups of personLookups it listens to: `t:` its one name word (rule 2), `h:` the
 * organisation of its role phrase, `i:` its key (rule 4), `d:` its two words (rule 5).
 */
export function lookupsWanted(actor: RecordActor, article: readonly RecordActor[] = NO_ACTORS): Lookups {
  // rule 6: "Robert Vance Jr." where its article names no "Robert Vance" waits for that name's
  // group, a full name as rule 4's are (`i:`)
  const plain = article.length && actor.kind === 'person' ? withoutSuffix(actor) : '';
  if (plain && !namedByAnother(plain, actor, article)) return { deferred: true, listens: [jrKey(plain, actor)] };
  // rule 4: a full name whose key has no initial waits for the initialed names of the corpus
  const initialFree = actor.kind === 'person' && !actor.anonymous && !actor.pendingRole && actor.nameTokens.length >= 2 && !personKeyWithoutInitial(actor.name);
  const deferred = actor.kind === 'person' && (actor.nameTokens.length < 2 || !!actor.pendingRole || initialFree);
  let listens = NO_KEYS;
  // rule 6: a name whose article also names it with a suffix ("Donald J. Trump", "Donald Trump Jr.")
  // is a father and son: marked (BOTH; no group answers that lookup)
  if (actor.kind === 'person' && !actor.pendingRole && article.length && marked(actor, suffixedIn(article))) listens = initialFree ? [...fullNameKeys(actor), BOTH] : [BOTH];
  else if (initialFree) listens = fullNameKeys(actor);
  else if (actor.pendingRole) listens = actor.pendingRole.role === 'leader' ? roleKeys(actor.pendingRole.org) : officeKeys(actor.pendingRole.org);
  // (an anonymous one, "his wife, Maureen", is its article's own: it listens to no other's groups)
  else if (deferred && actor.nameTokens.length === 1 && !actor.anonymous) listens = surnameKeys(actor.nameTokens[0]);
  return { deferred, listens };
}

const NO_ACTORS: readonly RecordActor[] = [];
/** The lookup no group answers: a member's mark that its article names its name with and without a generational suffix. */
const BOTH = 'j!';

/** The key of a person's name without its generational suffix ("Robert Vance Jr." -> the key of "Robert Vance"); '' when it has none or more than two other words (those keys drop "Jr." already). */
function withoutSuffix(actor: RecordActor): string {
  const t = actor.nameTokens;
  if (t.length !== 3 || surnameToken(t) === t[2] || actor.anonymous) return '';
  return `person:${personKey(actor.name.split(/\s+/).slice(0, -1).join(' '))}`;
}

/**
 * Rule 6's lookup: a key without suffix and the given name as written ("Ron Johnson" is not
 * "Ronald Johnson III": a nickname and a suffix are two doubts at once).
 */
function jrKey(plain: string, a: RecordActor): string {
  return `i:jr:${plain}|${a.name.split(/\s+/, 1)[0].toLowerCase()}`;
}

/** The keys a person's name has without an initial: its own and, for one with a middle initial, the key without it. */
function plainKeys(a: RecordActor): string[] {
  if (a.kind !== 'person' || a.anonymous) return NO_KEYS;
  const free = personKeyWithoutInitial(a.name);
  return free ? [a.key, `person:${free}`] : [a.key];
}

/** Per article, each key a person's name has without an initial -> that person, or null when two persons have it (made once per article). */
const plainOwners = new WeakMap<readonly RecordActor[], Map<string, RecordActor | null>>();

/** Whether an actor of `article` other than `actor` has the key `plain` without an initial (a look-up, not a scan of the article per actor). */
function namedByAnother(plain: string, actor: RecordActor, article: readonly RecordActor[]): boolean {
  let owners = plainOwners.get(article);
  if (!owners) {
    owners = new Map();
    for (const a of article) {
      for (const k of plainKeys(a)) {
        const owner = owners.get(k);
        owners.set(k, owner === undefined || owner === a ? a : null);
      }
    }
    plainOwners.set(article, owners);
  }
  const owner = owners.get(plain);
  return owner !== undefined && owner !== actor;
}

/** Whether a person's name is, without an initial, one of `suffixed` (the article's suffixed names without suffix). */
function marked(a: RecordActor, suffixed: Set<string>): boolean {
  return suffixed.size > 0 && plainKeys(a).some((k) => suffixed.has(k));
}

/** The keys without suffix of an article's suffixed names, made once per article (most have none). */
const suffixedKeys = new WeakMap<readonly RecordActor[], Set<string>>();
function suffixedIn(article: readonly RecordActor[]): Set<string> {
  let keys = suffixedKeys.get(article);
  if (!keys) {
    keys = new Set();
    for (const a of article) if (a.kind === 'person' && a.nameTokens.length === 3 && !a.anonymous) {
      const plain = withoutSuffix(a);
      if (plain) keys.add(plain);
    }
    suffixedKeys.set(article, keys);
  }
  return keys;
}

// The lists of lookups, one per name word, key or organisation: thousands of contributions share
// each (read, never changed), and its key string is hashed once, not once per contribution.
const surnameKeys = memoised((token) => [`t:${token}`]);
const fullNameKey = memoised((key) => [`i:${key}`]);
// personLookups' keys, each made (and hashed) once, not once per group at each re-filing
const nameWordKey = memoised((token) => `t:${token}`);
const initialFreeKey = memoised((key) => `i:person:${key}`);
const hintKey = memoised((org) => `h:${org}`);

/** The lookups of a full name that rule 4 (and perhaps rule 5) resolves (kept apart from lookupsWanted: seldom run, so never part of its optimised code). */
function fullNameKeys(actor: RecordActor): string[] {
  // "Wasserman Schultz": two words that are no given name and a surname may be a double surname
  const double = actor.nameTokens.length === 2 && genderOfFirstName(actor.nameTokens[0]) === null;
  return double ? [`i:${actor.key}`, `d:${actor.nameTokens.join(' ')}`] : fullNameKey(actor.key);
}

/** The lookups of a named office's organisation ("chief executive of Kestrel"): roleKeys', and the organisations named with it first (`h1:`). */
const officeKeys = memoised((org): string[] => [...roleKeys(org), `h1:${org}`]);

/**
 * The lookups of a role phrase's organisation (rule 2): its name, and its acronym if it has one of
 * three letters or more (two letters name too many bodies: "Thunder Bay's police chief" is no
 * holder of the Treasury Board's office).
 */
const roleKeys = memoised((org): string[] => {
  const acr = acronymOf(org);
  return acr && acr.length >= 3 ? [`h:${org}`, `h:${acr}`] : [`h:${org}`];
});

/** What rule 2 reads of a person group, and the keys it is looked up by. */
export interface PersonLookups {
  /** `t:` first and last name words, `h:` organisations of its roles, `i:` its initialed names without the initial (rule 4), `d:` the last two words of a longer name (rule 5). */
  keys: Set<string>;
  /** From its named members (titles, then first names); null when unknown or split. */
  gender: 'male' | 'female' | null;
  /** Lower-case words of the offices its named members hold ("president", "secretary"). */
  offices: string[];
}

/**
 * A person group's lookups, from its members (`pathRank` orders them as a from-scratch pass meets
 * them); null for any other group or an empty one.
 */
export function personLookups(g: Group, pathRank: (c: Contribution) => number): PersonLookups | null {
  if (g.kind !== 'person' || !g.size) return null;
  const scan: MemberScan = { hints: new Set(), offices: new Set(), male: 0, female: 0 };
  // full names of rule 4 name their group as rule 1's do; main members rank before deferred
  // ones, and the first (in rank order) of the most name words names the group: one scan, no sort
  const main = fullestMember(g.main, false, pathRank, scan);
  const deferred = fullestMember(g.deferred, true, pathRank, scan);
  const best = deferred && deferred.actor.nameTokens.length > (main?.actor.nameTokens.length ?? 0) ? deferred : main;
  const tokens = best ? best.actor.nameTokens : NO_KEYS;
  const keys = new Set<string>();
  // rule 4's lookup: the initialed names of this group without their initial
  const members = g.main;
  for (let i = 0; i < members.length; i++) {
    const a = members[i].actor;
    const free = a.kind === 'person' && !a.anonymous ? personKeyWithoutInitial(a.name) : '';
    if (free) keys.add(initialFreeKey(free));
  }
  // rule 4's lookup too: a name one article gave with a nickname in marks (`Harold "Hal" Brenner`)
  // answers the nickname and surname another writes ("Hal Brenner")
  forMembers(g, (c) => {
    if (c.actor.kind === 'person' && !c.actor.anonymous && (!c.deferred || isFullName(c))) nicknameKeys(c.actor.aliases, keys);
  });
  // rule 5's lookup: the last two words of a longer name ("Debbie Wasserman Schultz")
  if (tokens.length >= 3) keys.add(`d:${tokens[tokens.length - 2]} ${tokens[tokens.length - 1]}`);
  // rule 6: its two-word full names answer their suffixed forms, unless one article names both
  if (!hasMember(g, (c) => c.listens.includes(BOTH))) {
    // a group's members mostly repeat a few names (one per article that names them): each name's keys are made once per call, not once per member
    const done = new Map<string, string>();
    forMembers(g, (c) => {
      const a = c.actor;
      if (a.kind !== 'person' || a.anonymous || done.get(a.name) === a.key || !(isFullName(c) || !c.deferred)) return;
      done.set(a.name, a.key);
      for (const k of plainKeys(a)) keys.add(jrKey(k, a));
    });
  }
  if (tokens.length >= 2) {
    const surname = surnameToken(tokens);
    keys.add(nameWordKey(tokens[0])).add(nameWordKey(surname));
    // a double surname written without its hyphen ("Elena Ruiz Castillo") answers the hyphenated
    // lone form another article writes ("Ruiz-Castillo said")
    const s = tokens.lastIndexOf(surname);
    if (s >= 2 && tokens[s - 1].length > 1) keys.add(nameWordKey(`${tokens[s - 1]}-${surname}`));
    for (const h of scan.hints) {
      keys.add(hintKey(h));
      // ("Kestrel's chief executive" in an article that names Kestrel Capital Partners no further)
      const space = h.indexOf(' ');
      // (a key of its own: only a named office asks it, never "the Republican leader" of rule 2's leaders)
      if (space >= 4) keys.add(`h1:${h.slice(0, space)}`);
    }
  }
  const gender = scan.male > scan.female ? 'male' : scan.female > scan.male ? 'female' : null;
  return { keys, gender, offices: [...scan.offices] };
}

/** A given name, a nickname in quotation marks or brackets, a surname: `Harold "Hal" Brenner`, `Rajinder (Raj) Thiessen`. */
const NICKNAMED = /^(\S+) ["“‘'(]([^"“”‘’'()]+)["”’')] (\S.*)$/;

/** Adds to `keys` rule 4's lookup of each alias's nickname and surname (`Gord "Buzz" Lapointe` -> "Buzz Lapointe"). */
function nicknameKeys(aliases: readonly string[], keys: Set<string>): void {
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i];
    // (most aliases hold no mark or bracket: looked for before the pattern runs)
    if (!alias.includes('"') && !alias.includes('(') && !alias.includes('“') && !alias.includes('‘')) continue;
    const m = NICKNAMED.exec(alias);
    if (m) keys.add(initialFreeKey(personKey(`${m[2]} ${m[3]}`)));
  }
}

function forMembers(g: Group, f: (c: Contribution) => void): void {
  for (let i = 0; i < g.main.length; i++) f(g.main[i]);
  for (let i = 0; i < g.deferred.length; i++) f(g.deferred[i]);
}
function hasMember(g: Group, f: (c: Contribution) => boolean): boolean {
  return g.main.some(f) || g.deferred.some(f);
}

/** What personLookups gathers from a group's named members: organisations of their roles, offices, genders. */
interface MemberScan {
  hints: Set<string>;
  offices: Set<string>;
  male: number;
  female: number;
}

/**
 * The first (by path rank, then place) of the members with the most name words, null when none
 * has a name word; notes each member's organisations, gender and offices in `scan`. Of deferred
 * members only full names (rule 4's) count.
 */
function fullestMember(members: readonly Contribution[], deferred: boolean, pathRank: (c: Contribution) => number, scan: MemberScan): Contribution | null {
  let best: Contribution | null = null;
  for (let i = 0; i < members.length; i++) {
    const c = members[i];
    if (deferred && !isFullName(c)) continue;
    const a = c.actor;
    const n = a.nameTokens.length;
    const m = best ? best.actor.nameTokens.length : 0;
    if (n > m || (n === m && best && (pathRank(c) - pathRank(best) || c.index - best.index) < 0)) best = c;
    for (let j = 0; j < a.orgHints.length; j++) scan.hints.add(a.orgHints[j]);
    const gender = a.gender ?? (n > 1 ? genderOfFirstName(a.nameTokens[0]) : null);
    if (gender === 'male') scan.male++;
    else if (gender === 'female') scan.female++;
    for (let j = 0; j < a.roles.length; j++) {
      // (an office held before is no office now: "Former Kestrel chief executive Tom Reed" is not "Kestrel's chief executive")
      if (PAST_OFFICE.test(a.roles[j])) continue;
      const words = officeWordsOf(a.roles[j]);
      for (let k = 0; k < words.length; k++) scan.offices.add(words[k]);
    }
  }
  return best;
}

/** Words that make a role an office held before: "former", "ex-", "then", "retired", "late", "outgoing". */
const PAST_OFFICE = /\b(?:former|ex-|then|retired|late|outgoing)\b/i;

/** A small letter then a capital inside a word ("HuffPost", "GlobalData"). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * The acronym (lower case) an organisation with aggregate `agg` answers to: its first alias in
 * capitals (an article wrote both: "the Federal Bureau of Investigation (FBI)", or named it by both),
 * else the initials of its name when there are three or more, each a capital (none for an anonymous
 * one); '' for none. Kept with the aggregate (rule 3 asks for every organisation's at each refresh).
 */
export function answersTo(agg: Aggregate): string {
  // a body named by a source phrase ("advisory panel", "office of Ana Ruiz") is one of its article only: no initials;
  // nor is one whose name holds a brand's word ("HuffPost Pollster" is no "HP": its initials are no name readers use)
  return (agg.acronym ??= agg.aliases.find((a) => ACRONYM.test(a))?.toLowerCase() ?? (agg.first.actor.anonymous || INNER_CAPITAL.test(agg.first.actor.name) ? '' : initialsAnswered(agg.first.actor.name)));
}

/**
 * Whether an organisation answers to its acronym only by three initials (no article wrote the two
 * together): it then joins the acronym's group only as the one organisation that answers to it
 * (see mergeAcronyms). Initials that short name many bodies: across the development corpus "TPP"
 * had taken in the Texas Politics Project beside the Trans-Pacific Partnership, "ICC" a country
 * club; two letters ("AP": "Alternative PAC", "Angry Protesters") are never enough.
 */
export function contestedClaim(agg: Aggregate): boolean {
  const acr = answersTo(agg);
  return acr.length === SHORT_INITIALS && !agg.aliases.some((a) => ACRONYM.test(a));
}
const SHORT_INITIALS = 3;

/** The initials of `name` (lower case) when there are three or more and each is a capital ("International Monetary Fund"; not "Clinton-backing Senate"); '' otherwise. */
function initialsAnswered(name: string): string {
  const initials = acronymOf(name);
  if (initials.length < SHORT_INITIALS) return '';
  for (const w of name.split(/[\s-]+/)) if (w && !ACRONYM_SKIPS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) return '';
  return initials;
}

/**
 * Rule 3's claims to three initials (see contestedClaim), in one pass over the organisations: the
 * acronyms some organisation answers to only by them, every organisation that answers to one of
 * those (a change to any of them may move the others), and those that more than one organisation
 * besides the acronym's own answers to (there the initials join no one).
 */
export interface ShortClaims {
  acronyms: Set<string>;
  claims: Set<Group>;
  shared: Set<string>;
}

export function shortClaimsOf(organisations: Iterable<Group>, aggregate: (g: Group) => Aggregate): ShortClaims {
  const claimants = new Map<string, Group[]>();
  const counted = new Map<string, number>();
  const acronyms = new Set<string>();
  for (const g of organisations) {
    const agg = aggregate(g);
    const acr = answersTo(agg);
    if (!acr) continue;
    const list = claimants.get(acr);
    if (list) list.push(g);
    else claimants.set(acr, [g]);
    if (ownAcronym(agg) !== acr) counted.set(acr, (counted.get(acr) ?? 0) + 1);
    if (contestedClaim(agg)) acronyms.add(acr);
  }
  const claims = new Set<Group>();
  const shared = new Set<string>();
  for (const acr of acronyms) {
    for (const g of claimants.get(acr)!) claims.add(g);
    if ((counted.get(acr) ?? 0) > 1) shared.add(acr);
  }
  return { acronyms, claims, shared };
}

/** An organisation's own name in lower case when it is an acronym, else '' (kept with the aggregate: rule 3 asks at each refresh). */
export function ownAcronym(agg: Aggregate): string {
  if (agg.ownAcronym === undefined) {
    const name = agg.first.actor.name;
    agg.ownAcronym = ACRONYM.test(name) ? name.toLowerCase() : '';
  }
  return agg.ownAcronym;
}

/**
 * Rule 3 over all organisations (cheap: each keeps its aggregate): sets each one's `mergedInto`
 * (the organisation its acronym names) and `merged` (those merged into it, in `compareRank`
 * order). Adds to `changed` the groups whose merges changed, and to `changedPaths` the articles of
 * organisations that moved. Returns the group each acronym names (the last, in order, named by it)
 * and the claims to three initials it weighed.
 */
export function mergeAcronyms(
  organisations: Iterable<Group>,
  aggregate: (g: Group) => Aggregate,
  compareRank: (a: Group, b: Group) => number,
  changed: Set<Group>,
  changedPaths: Set<string>,
): { byAcronym: Map<string, Group>; short: ShortClaims } {
  const byAcronym = new Map<string, Group>();
  const orgs: Group[] = [];
  for (const g of organisations) {
    orgs.push(g);
    const own = ownAcronym(aggregate(g));
    if (own) byAcronym.set(own, g);
  }
  const short = shortClaimsOf(orgs, aggregate);
  const next = new Map<Group, Group[]>();
  for (const g of orgs) {
    const agg = aggregate(g);
    const own = ownAcronym(agg);
    let target: Group | undefined;
    // (a name that is no acronym is no key of byAcronym's: only the group that keeps its acronym is skipped)
    if (!own || byAcronym.get(own) !== g) {
      const acr = answersTo(agg);
      // (three initials join only the one organisation that answers to them)
      target = acr && !(short.shared.has(acr) && contestedClaim(agg)) ? byAcronym.get(acr) : undefined;
    }
    if (target === g) target = undefined;
    if ((g.mergedInto ?? undefined) !== target) {
      changed.add(g.mergedInto ?? g);
      if (target) changed.add(target);
      changed.add(g);
      for (const c of [...g.main, ...g.deferred]) changedPaths.add(c.path);
    }
    g.mergedInto = target ?? null;
    if (target) {
      const into = next.get(target);
      if (into) into.push(g);
      else next.set(target, [g]);
    }
  }
  for (const g of orgs) {
    const merged = next.get(g)?.sort(compareRank) ?? NONE_MERGED;
    if (merged.length !== g.merged.length || merged.some((m, i) => m !== g.merged[i])) changed.add(g);
    g.merged = merged.length ? merged : NONE_MERGED;
  }
  return { byAcronym, short };
}
