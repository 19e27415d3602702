/**
 * Resolution's sieve for role phrases (see `resolveNp` in ./resolution, which asks it last, after
 * names, aliases and descriptions): "the NATO chief", "America’s top diplomat", "the mayor of
 * Dunmore", a headline's bare "Mayor" to the person of the article whose roles, organisations and
 * rank fit (a health minister is no prime minister, a former mayor no mayor); and whether an
 * office is one that no one the article names holds (`unheldOffice`), so that its phrase is an
 * anonymous person of its own.
 */
import { acronymOf, normaliseName, type LocalActor, type LocalMention } from '../actors';
import { countryByDemonym, countryBySurface, ORG_HEADS, ROLE_NOUNS } from '../gazetteer';
import { labelState } from '../stateCodes';
import { isPartyLabel } from '../nameWords';
import { isGroupHead, peopleNoun } from '../lexicon/people';
import type { Token } from '../text';
import { memoised } from '../memo';
import { personalRole, roleWords, surnameOf, unownedRole } from './personalRoles';
import type { ArticleState, Np } from './state';
import { bareName } from './groups';
import { GENERIC_PEOPLE } from './nameRoles';

/** A House seat's words, "Rep." among them (written out by officeOf). */
const MEMBERS_OF_CONGRESS = ['congressman', 'congresswoman', 'congressmember', 'representative'];
/** A legislature's seats (the letters "MP", "MLA" are in too many other words to be looked for inside a role). */
const LEGISLATORS = ['lawmaker', 'legislator', 'senator', 'assemblyman', 'assemblywoman', 'assemblymember', ...MEMBERS_OF_CONGRESS];
const LEADER_WORDS = ['chief', 'head', 'boss', 'leader', 'chairman', 'chair', 'director', 'president', 'secretary-general', 'secretary general', 'premier', 'ceo', 'chief executive', 'commander'];
export const ROLE_SYNONYMS: Record<string, string[]> = {
  // ("its chief says" of a First Nation is no premier: a province's head is never its "chief")
  chief: LEADER_WORDS.filter((w) => w !== 'premier'),
  head: LEADER_WORDS,
  // ("the City boss": a club's manager or coach, as British papers call one)
  boss: [...LEADER_WORDS, 'manager', 'coach'],
  leader: LEADER_WORDS,
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'diplomat', 'ambassador', 'envoy'],
  official: ['official', 'spokes', 'adviser', 'advisor', 'secretary', 'minister', 'director'],
  // a court's: "Justice Carla Mendes … the judge said" (not a justice minister: see resolveRole)
  // a side's: "South Africa captain Temba Bavuma … the skipper said", "striker NAME … the forward said"
  skipper: ['skipper', 'captain', 'capt.'],
  captain: ['captain', 'skipper', 'capt.'],
  forward: ['forward', 'striker'],
  striker: ['striker', 'forward'],
  judge: ['judge', 'justice'],
  // "the province's top doctor says … \n\n Dr. Bonnie Henry said": a physician by the title of address
  doctor: ['doctor', 'dr.', 'physician'],
  justice: ['justice', 'judge'],
  // a rank by its abbreviated title: "Const. Manny Singh … the constable said"
  constable: ['constable', 'const.', 'cst.'],
  sergeant: ['sergeant', 'sgt.'],
  corporal: ['corporal', 'cpl.'],
  detective: ['detective', 'det.'],
  inspector: ['inspector', 'insp.'],
  superintendent: ['superintendent', 'supt.'],
  // ("Cmdr. Ana Ruiz … the commander said", "Prof. Lena Holt … the professor said")
  commander: ['commander', 'cmdr.', 'cdr.'],
  professor: ['professor', 'prof.'],
  // a council's seat by its title: "Coun. Sam Austin … the councillor said"
  councillor: ['councillor', 'coun.', 'councilor'],
  councilor: ['councilor', 'coun.', 'councillor'],
  // clergy by the title of address: "Rev. Thomas Doyle … the priest said" ("Father" and "Sister" as
  // titles: see CLERGY_ADDRESS)
  priest: ['priest', 'rev.', 'reverend', 'fr.', 'msgr.'],
  pastor: ['pastor', 'rev.', 'reverend'],
  // a member of Congress by the title of address: "Rep. Jim Jordan … the congressman said"
  congressman: MEMBERS_OF_CONGRESS,
  congresswoman: MEMBERS_OF_CONGRESS,
  congressmember: MEMBERS_OF_CONGRESS,
  // any legislator's seat: "Sen. Chuck Grassley … the lawmaker said"
  lawmaker: LEGISLATORS,
  legislator: LEGISLATORS,
};
/** Ranks whose synonyms are only their abbreviated titles ("Insp.", "Cmdr."): their phrase keeps its rank words, as a rank with no synonyms does. */
const ABBREVIATED_RANKS = new Set(['constable', 'sergeant', 'corporal', 'detective', 'inspector', 'superintendent', 'commander', 'professor']);
/** Police ranks by their letters and written out ("the SP" is "SP Ada Obi" and "Superintendent of Police Ada Obi"). */
const RANK_LETTERS: Record<string, string> = {
  sp: 'superintendent of police', asp: 'assistant superintendent of police', dsp: 'deputy superintendent of police', ssp: 'senior superintendent of police',
  cp: 'commissioner of police', acp: 'assistant commissioner of police', dcp: 'deputy commissioner of police', igp: 'inspector-general of police',
};
for (const [letters, office] of Object.entries(RANK_LETTERS)) ROLE_SYNONYMS[letters] = [letters, office];
/** A legislator's seat opening a role ("Rep." is "representative" once officeOf writes it out). */
// (alone, after a comma, from a place, or for a district: "a representative for the union", "of Hydro
// One", "from the company" are a body's agents)
const SEAT_REPRESENTATIVE = /^(?:(?:former|u\.s\.|state|federal) )?representative(?:$|,| from (?!the\b|a\b|an\b)| (?:for|of) (?:the )?(?:[\w.'’-]+ ){0,3}(?:district|riding|ward|constituency|seat)\b)/;
/** Whether role `r` holds office word `syn`: rank letters as a whole word only ("sp" is in no "spokesperson"); "chief" only as the office's head (see chiefOffice). */
// (a person's noun that says no occupation, whole: "the man" holds no spokesman's role, "the woman" no chairwoman's)
// ("representative" only as a legislator's seat opening the role: a sales or union representative holds no seat)
const holdsWord = (r: string, syn: string): boolean => (syn === 'representative' ? SEAT_REPRESENTATIVE.test(r) : syn in RANK_LETTERS || GENERIC_PEOPLE.has(syn) ? r.split(/[\s,]+/).includes(syn) : syn === 'chief' ? ownOffice(r, syn) && chiefOffice(r) === null : ownOffice(r, syn));

/**
 * Whether role `r` holds the words `office` other than as another's: by a possessive ("the mayor's
 * wife" holds no mayor's office) or as a preposition's object ("spokesperson for the sheriff's
 * office", "commander of Coast Guard Sector Boston", "deputy to the director": the office, body or
 * person the holder serves, not the holder).
 */
function ownOffice(r: string, office: string): boolean {
  for (let i = r.indexOf(office); i >= 0; i = r.indexOf(office, i + 1)) {
    const after = i + office.length;
    if (!((r[after] === "'" || r[after] === '’') && r[after + 1] === 's') && !SERVED.test(r.slice(Math.max(0, i - 24), i))) return true;
  }
  return false;
}
/** The end of a role's words before what its holder serves: "… for the ", "… of ", "… to the ". */
const SERVED = /\b(?:for|of|to|at|with|in)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$/;

/** The words a chief executive's role holds. */
const CHIEF_EXECUTIVE = ['chief executive', 'ceo'];

/** Words after "chief" with which it is still the head of a force or a body: "chief executive (officer)", "chief constable", "chief of police". */
const CHIEF_HEADS = new Set(['executive', 'constable']);

/**
 * The other office "chief" opens in a lower-case role or phrase ("chief medical officer" of "the
 * province's chief medical officer of health", "chief economist", "chief of staff", "chief
 * coroner"), up to its post-modifier; null when "chief" is absent or heads the phrase itself
 * ("fire chief", "chief of police", "chief executive"). Such an office is no "chief" and no
 * leader: a chief financial officer is not the company's chief, nor the same person as its chief
 * medical officer. Memoised: a role phrase asks it of every holder's roles.
 */
export const chiefOffice = memoised((role: string): string | null => {
  const words = role.split(/[\s,;:()]+/);
  const at = words.indexOf('chief');
  const next = words[at + 1];
  if (at < 0 || !next || CHIEF_HEADS.has(next) || (next === 'of' && words[at + 2] !== 'staff')) return null;
  if (next === 'of') return 'chief of staff';
  let end = at + 1;
  while (end < words.length && /^[a-z-]+$/.test(words[end]) && !POST_WORDS.has(words[end])) end++;
  return words.slice(at, end).join(' ');
});
/** Words that open a post-modifier after an office: "chief medical officer | of health". */
const POST_WORDS = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'from', 'and', 'who']);

/**
 * The one person of the article one of whose roles holds `phrase` ("fund's lawyer" in "the fund's
 * lawyer, treasurer and strategist"), or null, among the persons of the latest ROLE_REACH mentions
 * (a phrase repeated through a huge article stays linear).
 */
export function roleHolder(st: ArticleState, phrase: string): LocalActor | null {
  const wanted = phrase.toLowerCase();
  let found: LocalActor | null = null;
  for (let i = st.mentions.length - 1, from = reachFrom(st); i >= from; i--) {
    const a = st.mentions[i].actor;
    if (a === found || a.kind !== 'person' || !a.roles.length || !lowerRoles(a).some((r) => ownOffice(r, wanted))) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

/** A person's roles in lower case, kept while the roles are the same list of the same length (roles are only ever added or the list replaced). */
const lowered = new WeakMap<LocalActor, { of: string[]; n: number; lower: string[] }>();
/** `a.roles` in lower case: each role phrase asks it of every person among the latest ROLE_REACH mentions. */
function lowerRoles(a: LocalActor): string[] {
  let got = lowered.get(a);
  if (!got || got.of !== a.roles || got.n !== a.roles.length) lowered.set(a, (got = { of: a.roles, n: a.roles.length, lower: a.roles.map((r) => r.toLowerCase()) }));
  return got.lower;
}

/** The country a word names or whose demonym it is: "Chinese" -> China. */
export function countryIn(words: Token[]): string | null {
  for (const w of words) {
    const c = countryByDemonym.get(w.lower) ?? countryBySurface.get(w.base.toLowerCase());
    if (c) return c.name;
  }
  return null;
}

/** The countries a role names by name or demonym, one or two words each ("Spanish prime minister" -> Spain; "ambassador to South Korea"). */
export const countriesOfRole = memoised((role: string): string[] => {
  const words = role.toLowerCase().split(/[\s,]+/);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const c = (two && (countryByDemonym.get(two) ?? countryBySurface.get(two))) || countryByDemonym.get(words[i]) || countryBySurface.get(words[i].replace(/['’]s$/, ''));
    if (c && !found.includes(c.name)) found.push(c.name);
  }
  return found;
});

/**
 * "the NATO chief", "America’s top diplomat", "the official": the person whose roles fit; with
 * `owner`, a person's own ("his lawyer", "Holt's campaign manager": see `personalRole`).
 */
export function resolveRole(st: ArticleState, pi: number, np: Np, t: Token[], bare: string, roleNoun: string, org: LocalMention | null, owner?: LocalActor): LocalActor | null {
  // "the former president" is first someone whose role says so, not the president in office named
  // nearer; then anyone holding the office, as a role written "Former President X" may keep only "President"
  if (FORMER.test(bare.toLowerCase())) {
    const former = holderOf(st, pi, np, t, bare, roleNoun, org, owner, true);
    if (former) return former;
  }
  return holderOf(st, pi, np, t, bare, roleNoun, org, owner, false);
}

/** Whether one of a person's organisation hints is one of `keys`, or ends it or is ended by it ("Commission" and "EU Commission"). */
function hintsFit(hints: readonly string[], keys: readonly string[]): boolean {
  for (let i = 0; i < hints.length; i++) {
    const h = hints[i];
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (h === k || (h.length > k.length ? endsWithWord(h, k) : endsWithWord(k, h))) return true;
    }
  }
  return false;
}

/** Whether `s` ends with a space and then `word` (`s.endsWith(' ' + word)`, with no string made: asked of every person among the latest mentions). */
const endsWithWord = (s: string, word: string): boolean => s.length > word.length && s.charCodeAt(s.length - word.length - 1) === 32 && s.endsWith(word);

/** Role `r` without place `place` opening it ("Florida Sen." -> "Sen."), or `r` itself. */
function withoutPlace(r: string, place: string): string {
  return r.length > place.length + 1 && r.charCodeAt(place.length) === 32 && r.startsWith(place) ? r.slice(place.length + 1) : r;
}

/**
 * The persons among the latest ROLE_REACH mentions who hold an office in `place` by what the
 * article wrote: a role that opens with the place ("Florida Sen."), the place after "of" right
 * after a mention ("Sen. Amy Klobuchar of Minnesota"), or a party label whose state is the place
 * ("Sen. Lindsey Graham (R-S.C.)", "…, D-Va.,"). (Bounded as the search is: one pass per phrase.)
 */
function holdersIn(st: ArticleState, place: string): Set<LocalActor> {
  const holders = new Set<LocalActor>();
  for (let i = Math.max(0, st.mentions.length - ROLE_REACH); i < st.mentions.length; i++) {
    const m = st.mentions[i];
    if (m.actor.kind !== 'person' || holders.has(m.actor)) continue;
    const t = st.paragraphs[m.para].tokens;
    const at = t[m.to]?.text === '(' || t[m.to]?.text === ',' ? m.to + 1 : m.to;
    const after = t[at];
    const ofPlace = after?.lower === 'of' && st.mentionAt[m.para][at + 1]?.actor.name === place;
    if (ofPlace || (after && isPartyLabel(after.text) && labelsPlace(after.text, place)) || m.actor.roles.some((r) => withoutPlace(r, place) !== r)) holders.add(m.actor);
  }
  return holders;
}

/** Whether party label `label` names `place`, by its letters ("R-S.C.") or the state's whole name ("R-Texas", ", R-Ohio,"). */
function labelsPlace(label: string, place: string): boolean {
  return labelState(label.slice(label.indexOf('-') + 1).toLowerCase()).join(' ') === place.toLowerCase();
}

/** resolveRole's search; `former`: only among holders whose role says former. */
function holderOf(st: ArticleState, pi: number, np: Np, t: Token[], bare: string, roleNoun: string, org: LocalMention | null, owner: LocalActor | undefined, former: boolean): LocalActor | null {
  const orgKeys = new Set<string>();
  if (org) {
    orgKeys.add(normaliseName(org.actor.name));
    for (const a of org.actor.aliases) orgKeys.add(normaliseName(a));
    const acr = acronymOf(org.actor.name);
    if (acr) orgKeys.add(acr);
  }
  const orgKeyList = [...orgKeys];
  const country = countryIn(t.slice(np.from, np.to));
  // "Bank boss", "the Water chief": a body's head word before the role names where it is held
  const bodyWords: string[] = [];
  for (let i = np.from; i < np.to - 1; i++) if (t[i].cap && !st.mentionAt[pi][i] && ORG_HEADS.has(t[i].lower)) bodyWords.push(t[i].lower);
  // ("its chief executive" is the body's head, written out or "CEO": no executive director nor executive vice-president)
  const synonyms = roleNoun === 'executive' && /\bchief executive\b/i.test(bare) ? CHIEF_EXECUTIVE : ROLE_SYNONYMS[roleNoun] ?? [roleNoun];
  // "the chief medical officer" is held only by a chief medical officer, not a police officer nor a
  // chief financial officer; an office "chief" opens only by a phrase of its words ("the economist"
  // for a chief economist, never "the provincial health officer" for a chief public health officer)
  const chiefOf = chiefOffice(bare.toLowerCase());
  const phraseWords = bare.toLowerCase().split(/\s+/).filter((w) => !/['’]s$/.test(w));
  const holdsOffice = (r: string): boolean => {
    const office = chiefOffice(r);
    // (nor "the chief" for a chief justice)
    if (chiefOf || office) return chiefOf ? office === chiefOf : roleNoun !== 'chief' && phraseWords.every((w) => office!.split(' ').includes(w));
    return synonyms.some((syn) => holdsWord(r, syn));
  };
  const ownerSurname = owner ? surnameOf(owner) : null;
  const only = ownerSurname !== null ? (a: LocalActor): boolean => personalRole(a, ownerSurname, synonyms) : undefined;
  // a named office ("the prime minister", "the mayor") is held only by someone of the same rank in
  // it: a health minister is no prime minister, a deputy mayor no mayor; a word of many offices
  // ("the official") takes any
  // (a rank by its letters is that of its office written out: "the DSP" is a deputy's)
  // ("the police chief" is no deputy chief, though "chief" is a word of many offices)
  // (a rank named by its abbreviated title keeps its rank: "the commander" is no "Deputy Commander NAME")
  const rank = roleNoun in RANK_LETTERS ? rankOf(RANK_LETTERS[roleNoun]) : ROLE_SYNONYMS[roleNoun] && roleNoun !== 'chief' && !ABBREVIATED_RANKS.has(roleNoun) ? null : rankOf(bare.toLowerCase());
  // "A senior party member, who spoke on condition of anonymity, said … “…,” the official said":
  // a word of many offices after an anonymous source of an office or a body goes on with that
  // source (not after "a nurse" or "a protester": the official is someone else)
  const lastSpeaker = roleNoun === 'official' && st.lastPersonSpeaker && st.sentenceSerial - st.lastPersonSpeaker.sentence <= 2 ? st.lastPersonSpeaker.actor : null;
  if (lastSpeaker?.anonymous && OFFICIAL_SOURCES.has(headNoun(lastSpeaker.name.toLowerCase())) && (!only || only(lastSpeaker))) {
    st.addMention(lastSpeaker, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return lastSpeaker;
  }
  // "the new president" is not the one whose role says outgoing, nor "the outgoing president" the new one
  const phrase = bare.toLowerCase();
  const tenure = NEW_HOLDER.test(phrase) ? LEAVING_HOLDER : LEAVING_HOLDER.test(phrase) ? NEW_HOLDER : null;
  // most people named have no role: nothing to lower-case then; "the Commission chief" fits a role
  // at the "EU Commission" (the cheapest tests, and those most actors fail where many bodies each
  // have an office named: asked of each mention before the memo below)
  // ("Canada’s former prime minister" is not the one "Canada’s prime minister" named by its phrase, who holds the office now)
  const formerPhrase = FORMER.test(phrase);
  // ("the Florida senator" after "Florida Sen. Rick Scott", "Sen. Amy Klobuchar of Minnesota" or
  // "Sen. Lindsey Graham (R-S.C.)": a place before the office names where its holder holds it)
  const place = org && (org.actor.kind === 'place' || org.actor.kind === 'country') ? org.actor.name : null;
  let placed: Set<LocalActor> | null = null;
  const heldInPlace = (a: LocalActor): boolean => !!place && (placed ??= holdersIn(st, place)).has(a);
  const unfit = (a: LocalActor): boolean => a.kind !== 'person' || (!a.roles.length && !a.anonymous) || (orgKeyList.length > 0 && !hintsFit(a.orgHints, orgKeyList) && !heldInPlace(a)) || (formerPhrase && !a.nameTokens.length && !FORMER.test(a.name));
  const fitsRole = (a: LocalActor): boolean => {
    if (unfit(a)) return false;
    // "Gov." before the name is the governor "the governor’s office" means
    const roles = a.roles.map((r) => officeOf(place ? withoutPlace(r, place) : r));
    const held = (r: string): boolean => holdsOffice(r) && (rank === null || rankOf(r) === rank) && (!former || FORMER.test(r)) && !(roleNoun === 'judge' && /\bminist|\bdepartment/.test(r)) && !(tenure && tenure.test(r));
    // (an anonymous source by the head of its phrase: "spokesperson for the mayor" is no mayor)
    const roleOk = roles.some(held) || (a.anonymous && held(phraseHead(a.name.toLowerCase())));
    if (!roleOk) return false;
    if (bodyWords.length && !bodyWords.every((w) => roles.some((r) => r.includes(w)) || a.orgHints.some((h) => h.includes(w)))) return false;
    if (country && a.orgHints.length && !roles.some((r) => r.includes(country.toLowerCase()) || r.includes('u.s.') || r.includes('state'))) return country === 'United States' ? roles.some((r) => /secretary of state|u\.s\.|american/.test(r)) : false;
    // "the British prime minister" is not the "Spanish prime minister", nor "the Chinese coast
    // guard" a spokesperson "for the Philippine Coast Guard": roles that name only other countries
    if (country && !a.roles.some((r) => countriesOfRole(r).includes(country)) && a.roles.some((r) => countriesOfRole(r).length)) return false;
    return true;
  };
  const fits = (a: LocalActor): boolean => (!only || only(a)) && fitsRole(a);
  // most recently mentioned first, among the last ROLE_REACH mentions: an article of thousands of
  // "The premier said" that no one fits must not walk every mention back each time (quadratic);
  // the actors not met there are asked after, once each
  // Every name is registered before attribution starts, and the speakers found so far are
  // mentioned last. An office of its own ("the coach", "the president") is its holder nearest
  // before the phrase in the text: "Magpies coach Sanderson … the coach said … Cats coach Hume …
  // the coach said" is Sanderson, then Hume. A word of many offices ("the official", "the
  // leader") is the latest that fits of those named before the phrase. One named only after the
  // phrase is taken when no one before it fits.
  const specific = roleNoun !== 'official' && !(ROLE_SYNONYMS[roleNoun] ?? []).includes('leader');
  const seen = new Map<LocalActor, boolean>();
  let latest: LocalActor | null = null;
  let nearest: LocalMention | null = null;
  // (for a word of many offices: the fitting actors in the order met, and those named before the phrase)
  const met: LocalActor[] = [];
  const before = new Set<LocalActor>();
  // (the person of no office named nearest before a phrase of no owner nor body, in its paragraph or the one before)
  let roleless: LocalMention | null = null;
  for (let i = st.mentions.length - 1, from = reachFrom(st); i >= from; i--) {
    const m = st.mentions[i];
    if (!owner && !org && m.actor.kind === 'person' && !m.actor.roles.length && !m.actor.anonymous && (m.para === pi - 1 || (m.para === pi && m.to <= np.from)) && (!roleless || m.para > roleless.para || (m.para === roleless.para && m.from > roleless.from))) roleless = m;
    // (not kept in `seen`: those asked after are asked again, as any actor not met here)
    if (unfit(m.actor)) continue;
    let fit = seen.get(m.actor);
    if (fit === undefined) {
      seen.set(m.actor, (fit = fits(m.actor)));
      if (fit) met.push(m.actor);
    }
    if (!fit) continue;
    latest ??= m.actor;
    if (m.para > pi || (m.para === pi && m.to > np.from)) continue;
    before.add(m.actor);
    if (specific && (!nearest || m.para > nearest.para || (m.para === nearest.para && m.from > nearest.from))) nearest = m;
  }
  if (nearest) latest = nearest.actor;
  // ("District chief Ken Wilbee … Association president Scott McKercher … the chief said": of a
  // word of many offices, one holding the word itself comes before one holding another of them)
  // (and of those named only after it, too: "a budget that the chief says is needed … Chief Myron
  // Demkiw told the board … The board's chair, Ann Morgan" is the chief, not the chair named last)
  else if (!specific) latest = met.find((a) => before.has(a) && a.roles.some((r) => holdsWord(officeOf(r), roleNoun))) ?? met.find((a) => before.has(a)) ?? met.find((a) => a.roles.some((r) => holdsWord(officeOf(r), roleNoun))) ?? latest;
  // ("McDavid set up the winner. ¶ “…,” the captain said. … ¶ Quinn Hughes, the Canucks captain,
  // said": a person of no stated office just before may be the one the phrase describes, and the
  // holder named only after it someone else: no one rather than a guess)
  else if (roleless) latest = null;
  if (latest) {
    st.addMention(latest, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return latest;
  }
  // (a specific office may be named after the phrase, "The mayor said … Mayor Bill Ruiz"; "the
  // official", a word of many offices, is no one the article names only later)
  // (per article and phrase, the actors already found not to fit are not asked again: "the
  // undersheriff said" repeated in a text of thousands of people stays linear)
  if (roleNoun !== 'official') {
    const key = `${roleNoun}|${rank}|${orgKeyList.join(',')}|${bodyWords.join(',')}|${country}|${former}`;
    if (ownerSurname !== null) {
      const found = laterPersonalRole(st, key, fitsRole, ownerSurname, synonyms, seen);
      if (found) return found;
    } else if (!roleless || !specific) {
      const found = laterHolder(st, key, seen, fits);
      if (found) return found;
    }
  }
  if (org && !former && LEADER_WORDS.includes(roleNoun)) {
    // (named by the whole phrase, "Mexico's president", "president of Mexico": "president" alone is anyone's)
    const actor = st.table.get('person', bareName(st, t, np.from, np.to));
    actor.nameTokens = [];
    actor.pendingRole = { org: normaliseName(org.actor.name), role: 'leader' };
    st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return actor;
  }
  return null;
}

/**
 * Per article: per role phrase (its noun, rank, bodies and country), how many of the actor table's
 * actors resolveRole has found none of to fit (an actor that gains the role later is met again
 * among the recent mentions, which are always asked); how many more actors its search for a
 * holder named after a phrase may ask in all (see LATER_HOLDER_STEPS); and how many mentions role
 * phrases have looked back over in all (see REACH_STEPS).
 */
interface RoleSearch {
  unfit: Map<string, number>;
  budget: number;
  looked: number;
}
const roleSearches = new WeakMap<ArticleState, RoleSearch>();
const roleSearch = (st: ArticleState): RoleSearch => {
  let search = roleSearches.get(st);
  if (!search) roleSearches.set(st, (search = { unfit: new Map(), budget: LATER_HOLDER_STEPS, looked: 0 }));
  return search;
};
/** Actors asked in all per article for holders named after their role phrase: 100 phrases over 500 actors. */
const LATER_HOLDER_STEPS = 50_000;

/**
 * The first actor of the table, not yet `seen` among the recent mentions, that `fits` role phrase
 * `key`, asking only those not asked for that phrase before; null for none. Each new phrase asks
 * the whole table once, within a budget per article, so that thousands of bodies each with "X's
 * chief executive said" stay linear (an ordinary article asks a few hundred actors for a few phrases).
 */
function laterHolder(st: ArticleState, key: string, seen: Map<LocalActor, boolean>, fits: (a: LocalActor) => boolean): LocalActor | null {
  const search = roleSearch(st);
  const actors = st.table.actors;
  const asked = search.unfit.get(key) ?? 0;
  const end = Math.min(actors.length, asked + Math.max(0, search.budget));
  search.budget -= end - asked;
  for (let i = asked; i < end; i++) if (!seen.has(actors[i]) && fits(actors[i])) return actors[i];
  search.unfit.set(key, end);
  return null;
}

/**
 * Per article and role phrase, the actors of the table whose roles fit the phrase, for a person's
 * own ("his mother", "Holt's lawyer"), indexed as `personalRole` asks: by the words of their roles
 * (where an owner's surname is looked up) and those with a role in lower case that names no owner.
 * Each actor is asked once per phrase, so "X's son said … His mother said" about thousands of
 * people stays linear (it took 16 s for 130 KB when every actor was asked again for each owner).
 */
interface PersonalRoleIndex {
  asked: number;
  byRoleWord: Map<string, number[]>;
  unowned: number[];
}
const personalIndexes = new WeakMap<ArticleState, Map<string, PersonalRoleIndex>>();

/** The first actor of the table, not in `seen`, whose roles fit (`fitsRole`) and are the own of the person of surname `ownerSurname`; null when none. */
function laterPersonalRole(st: ArticleState, key: string, fitsRole: (a: LocalActor) => boolean, ownerSurname: string, synonyms: readonly string[], seen: Map<LocalActor, boolean>): LocalActor | null {
  let byPhrase = personalIndexes.get(st);
  if (!byPhrase) personalIndexes.set(st, (byPhrase = new Map()));
  let index = byPhrase.get(key);
  if (!index) byPhrase.set(key, (index = { asked: 0, byRoleWord: new Map(), unowned: [] }));
  const actors = st.table.actors;
  for (; index.asked < actors.length; index.asked++) {
    const a = actors[index.asked];
    if (!fitsRole(a)) continue;
    for (const word of new Set(a.roles.flatMap(roleWords))) {
      const list = index.byRoleWord.get(word);
      if (list) list.push(index.asked);
      else index.byRoleWord.set(word, [index.asked]);
    }
    if (a.roles.some((r) => unownedRole(r, synonyms))) index.unowned.push(index.asked);
  }
  const first = (list: number[] | undefined): number => list?.find((i) => !seen.has(actors[i]) && personalRole(actors[i], ownerSurname, synonyms)) ?? Infinity;
  const at = Math.min(first(index.byRoleWord.get(ownerSurname)), first(index.unowned));
  return at === Infinity ? null : actors[at];
}

/** A lower-case source phrase up to the first match of `modifier` (a post-modifier's first word), the whole phrase when none. */
function upToModifier(phrase: string, modifier: RegExp): string {
  const m = modifier.exec(phrase);
  return m ? phrase.slice(0, m.index) : phrase;
}
/**
 * An anonymous source's phrase up to its post-modifier, after its possessor: "spokesperson" of
 * "spokesperson for the mayor", "aide" of "mayor's aide" (the mayor is someone else: "the mayor's
 * aide" said again is no aide of the aide), "mayor of Leeds" kept whole as its head is first.
 */
const phraseHead = (phrase: string): string => upToModifier(phrase.slice(possessorEnd(phrase)), POST_MODIFIER);
/** Where a phrase's last possessor ends ("mayor's " of "mayor's aide"), 0 when it has none. */
function possessorEnd(phrase: string): number {
  const at = Math.max(phrase.lastIndexOf("'s "), phrase.lastIndexOf('’s '));
  return at < 0 ? 0 : at + 3;
}
/** The head noun of a lower-case source phrase: its last word before any post-modifier ("member" of "senior member of her party"). */
function headNoun(phrase: string): string {
  const core = upToModifier(phrase, HEAD_END);
  return core.slice(core.lastIndexOf(' ') + 1);
}
/** A preposition that opens a post-modifier after a role noun, other than "of" (a mayor of Leeds is a mayor). */
const POST_MODIFIER = / (?:for|at|to|with|from|in) /;
/** What ends a phrase's head noun: a post-modifier, "of" too, or a relative clause. */
const HEAD_END = / (?:of|for|at|to|with|from|in|who) /;
/** Heads of anonymous sources whom a later "the official" may mean: people of an office or a body ("a senior party member", "a government source"). */
const OFFICIAL_SOURCES = new Set(['official', 'officials', 'member', 'source', 'aide', 'adviser', 'advisor', 'diplomat', 'staffer', 'insider', 'representative', 'officer', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'lawmaker', 'legislator', 'administrator', 'negotiator']);

/** How many of the latest mentions a role phrase looks back over for its holder, nearest first. */
const ROLE_REACH = 400;
/**
 * Mentions looked back over per article by role phrases at ROLE_REACH, in all; past them a phrase
 * looks over the latest SPENT_REACH (a few paragraphs). A news article looks over at most 1,500
 * (the development corpus, archive copy-03); 1 MB of paragraphs "Qab’s chief executive said it was
 * fine." looked over 19 M, each phrase twice over the 400 holders of the companies before it (half
 * the article's time).
 */
const REACH_STEPS = 200_000;
const SPENT_REACH = 50;

/** Where in `st.mentions` the latest mentions a role phrase looks back over begin; they count against the article's REACH_STEPS. */
function reachFrom(st: ArticleState): number {
  const search = roleSearch(st);
  const from = Math.max(0, st.mentions.length - (search.looked < REACH_STEPS ? ROLE_REACH : SPENT_REACH));
  search.looked += st.mentions.length - from;
  return from;
}

/** Words before a role for someone who holds it not now or not for good ("former mayor", "acting mayor"), and the abbreviated rank "lt.". */
const NOT_HOLDING = /\b(?:acting|former|ex|lt\.)\b/;

/** Words of a role just taken ("new president", "incoming chair") and of one being left ("outgoing", "departing", "former"). */
const NEW_HOLDER = /\b(?:new|newly|incoming|elect)\b/;
const LEAVING_HOLDER = /\b(?:outgoing|departing|retiring|former|ex|previous|past)\b/;

/** Words of a role no longer held: "former president", "ex-president". */
const FORMER = /\b(?:former|ex)\b/;

/** Words that make another office of the role they modify: a prime minister is no minister, a vice president no president. */
export const OFFICE_RANKS = new Set(['prime', 'deputy', 'vice', 'assistant', 'associate', 'lieutenant', 'shadow', 'under', 'junior']);

/**
 * The rank words of a lower-case role, sorted and joined ("deputy" for "deputy mayor", "" for
 * "mayor"). Memoised, as officeOf: a role phrase looks over every holder's roles, and a run-on
 * sentence of 1,200 "his spokesperson" phrases asked them 600,000 times.
 */
const rankOf = memoised((role: string): string =>
  role
    .split(/[\s-]+/)
    .filter((w) => OFFICE_RANKS.has(w))
    .sort()
    .join(' '),
);

/** Whether a role names its office at no lesser or other rank ("chief", not "deputy chief" nor "assistant chief"). */
export const unrankedRole = (role: string): boolean => rankOf(role.toLowerCase()) === '';

/**
 * "the mayor of Dunmore": the one person of the article whose role is `roleNoun` (not a deputy's
 * or a former holder's) and names no other place than `place` (any place when null); null when
 * none or several hold it.
 */
export function soleHolder(st: ArticleState, roleNoun: string, place: string | null): LocalActor | null {
  const here = place?.toLowerCase();
  return onlyHolder(st, (role) => {
    if (!role.split(/\s+/).includes(roleNoun) || rankOf(role) || NOT_HOLDING.test(role) || (roleNoun === 'chief' && chiefOffice(role))) return false;
    const of = / of (.+)$/.exec(role);
    return !of || here === undefined || of[1] === here || of[1] === `the ${here}`;
  });
}

/** A role as offices are compared: in lower case, an abbreviated title in full ("Gov." -> "governor", "State Sen." -> "state senator"). */
/**
 * Clergy by the title of address a name was given, written as a title ("Father Tom Hale … the priest
 * said", "Sister Mary Doyle … the nun said"): a kin's role is the same word in lower case ("his
 * father, Paul Richards" is no priest).
 */
const CLERGY_ADDRESS = new Map([['Father', 'priest'], ['Sister', 'nun']]);
const officeOf = memoised((role: string): string => {
  const clergy = CLERGY_ADDRESS.get(role);
  if (clergy) return clergy;
  const lower = role.toLowerCase();
  const found = TITLE_FORMS.get(lower);
  if (found) return found;
  // (after a level of government only: "Ohio Gov." stays apart from the governor of Indiana a headline names)
  const level = LEVEL.exec(lower);
  return level && TITLE_FORMS.has(level[2]) ? level[1] + TITLE_FORMS.get(level[2])! : lower;
});
/** A title after the level of government it is held at: "state sen.", "u.s. rep.". */
const LEVEL = /^((?:state|u\.s\.|federal) )(\S+)$/;

/**
 * Actors of the article a role phrase looks over for its holder, at most: far more than a news
 * article names (the development corpus: 252 at most), so that a text naming thousands of people,
 * each with an office, is not scanned whole at each role phrase.
 */
const HOLDER_REACH = 512;

/**
 * The persons named in the article (no anonymous source) one of whose roles, as an office (see
 * officeOf), passes `holds`: at most `most` of them, in the actor table's order, among its first
 * HOLDER_REACH actors.
 */
export function holders(st: ArticleState, holds: (office: string) => boolean, most: number): LocalActor[] {
  const found: LocalActor[] = [];
  const actors = st.table.actors;
  for (let i = 0; i < actors.length && i < HOLDER_REACH; i++) {
    const a = actors[i];
    if (a.kind !== 'person' || a.anonymous || !a.roles.some((r) => holds(officeOf(r)))) continue;
    if (found.push(a) >= most) break;
  }
  return found;
}

/**
 * "the England winger said", "the Spain striker said": the one person the article gives that
 * position as a role, whose role names no other nation than `nation` (the phrase's, lower case);
 * null when none or two fit (a team's name before a position is no body whose role hints tell).
 */
export function nationalPlayer(st: ArticleState, position: string, nation: string): LocalActor | null {
  return onlyHolder(st, (office) => office.split(/\s+/).includes(position) && (office.includes(nation) || !countriesOfRole(office).length));
}

/** The one person named in the article with an office that passes `holds`; null when none or several have one. */
export function onlyHolder(st: ArticleState, holds: (office: string) => boolean): LocalActor | null {
  const found = holders(st, holds, 2);
  return found.length === 1 ? found[0] : null;
}

/**
 * Whether "the ROLE" (tokens `np`; `other` the body or place named in it, if any) is an office
 * that no one the article names can be: no person named holds it, and the article names no person
 * without an office, whom the phrase might describe, before or after it ("Bernie Sanders … the
 * senator said", "billionaire Paul Singer … The vulture fund manager wrote", "The mayor said … Bill
 * de Blasio, the mayor of New York City, …"). "The premier said …" in a story that names only
 * the opposition leader is then an anonymous person named by the phrase ("premier"), whom a later
 * "she" or "the premier" finds, rather than no one, or the last person named. Words that describe
 * someone's standing rather than an office ("the businessman", "the candidate") always point back
 * to someone, and a role with a body in it ("the NATO chief") is left to the other sieves.
 */
export function unheldOffice(st: ArticleState, t: Token[], np: Np, other: LocalMention | null): boolean {
  const head = t[np.to - 1];
  // ("The Ombudsman said", "The Ontario Privacy Commissioner said": an office written in capitals,
  // as the office's own name, all its words so, a place's name before it at most)
  const titled = head.cap && np.to - np.from >= 2 && (!other || (other.actor.kind === 'place' && other.from === np.from + 1 && other.to < np.to));
  // (a people noun in such a name is an office's too: "The Utilities Consumer Advocate", "The Public Guardian")
  const office = ROLE_NOUNS.has(head.lower) || (titled && np.to - np.from >= 3 && peopleNoun(head.lower) === 'singular');
  // (up to four words after "the": "the chief public health officer")
  if ((other && !titled) || np.to - np.from > 5 || t[np.from].lower !== 'the' || head.possessive || !office || STANDING_NOUNS.has(head.lower) || isGroupHead(head.lower)) return false;
  // the role's words in lower case: "the finance minister", or all in capitals, "the Privacy
  // Commissioner", never mixed ("the Finance minister")
  // (a former or acting holder, "the former secretary of state", is someone the article names)
  for (let i = other ? other.to : np.from + 1; i < np.to; i++) if (t[i].type !== 'word' || t[i].cap !== titled || STANDING_NOUNS.has(t[i].lower) || NOT_HOLDING.test(t[i].lower)) return false;
  // no person named has the role noun among the words of an office
  // (nor one whose title of address is the office's: "Cmdr. Ana Ruiz" holds "the Commander")
  const nouns = ROLE_SYNONYMS[head.lower] ?? [head.lower];
  return !holders(st, (office) => office.split(/\s+/).some((w) => nouns.includes(w)), 1).length && !st.table.actors.some(withoutOffice);
}

/** Role nouns of a standing, a stance or a trade that the article's own people are described by, never an office someone unnamed holds. */
export const STANDING_NOUNS = new Set(
  'billionaire|businessman|businesswoman|mogul|tycoon|magnate|candidate|nominee|frontrunner|front-runner|incumbent|challenger|rival|opponent|ally|supporter|critic|veteran|activist|student|voter|resident|member|partner|owner|founder|author|host|anchor|columnist|commentator|pundit|fellow|scholar|historian|surrogate|operative|campaigner|organizer|expert|analyst|reporter|correspondent|editor'.split('|'),
);

/** Whether `a` is a person named in the article whose roles, if any, are standings only ("billionaire"): one an office's phrase may describe. */
function withoutOffice(a: LocalActor): boolean {
  return a.kind === 'person' && !a.anonymous && a.roles.every((r) => STANDING_NOUNS.has(r.slice(r.lastIndexOf(' ') + 1).toLowerCase()));
}

/** Abbreviated titles kept as a person's role, in full: a role noun finds them so. */
const TITLE_FORMS = new Map([
  ['gov.', 'governor'],
  ['lt. gov.', 'lieutenant governor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gen.', 'general'],
  ['sec.', 'secretary'],
  ['supt.', 'superintendent'],
  ['atty. gen.', 'attorney general'],
  // an armed force's grades of admiral, general and colonel, which news calls "the admiral", "the general", "the colonel"
  ...['adm.', 'rear adm.', 'vice adm.', 'rear admiral', 'vice admiral', 'rear-admiral', 'vice-admiral'].map((r): [string, string] => [r, 'admiral']),
  ...['lt.-gen.', 'lt. gen.', 'lieutenant-general', 'lieutenant general', 'maj.-gen.', 'maj. gen.', 'major-general', 'major general', 'brig.-gen.', 'brig. gen.', 'brigadier-general', 'brigadier general'].map((r): [string, string] => [r, 'general']),
  ...['col.', 'lt.-col.', 'lt. col.', 'lieutenant-colonel', 'lieutenant colonel'].map((r): [string, string] => [r, 'colonel']),
]);
