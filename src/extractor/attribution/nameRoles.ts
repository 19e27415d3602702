/**
 * Stage 1 of attribution, the roles of a named person: the words read around a person's name as
 * its roles (a title or lower-case role before it, a role across a comma, an appositive after it),
 * with the organisations they name as hints and the gender a title states. Called by ./mentions as
 * each person is registered and by ./loneNames as a lone word is resolved to a person; `isRole`
 * decides whether a phrase is a role worth showing.
 */
import { addOnce, acronymOf, normaliseName, type LocalActor } from '../actors';
import { CUE_FORMS, cueVerbForm } from '../cues';
import { countryByDemonym, ORG_HEADS, PARTY_WORDS, ROLE_NOUNS, TITLES } from '../gazetteer';
import { COURTESY_TITLES, isAcronym, isNameWord } from '../names';
import type { Entity } from '../entities';
import type { Paragraph, Sentence, Token } from '../text';
import { genderOfRole } from '../gender';
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import type { ArticleState, Np } from './state';
import { shortFormOwner } from './bodyForms';
import { AUXILIARIES, DETERMINERS, INDEFINITE, IRISH_OFFICES, isNounish, isPluralApostrophe, levelBeforeRole, NUMBER_WORDS, STOP_BACKWARD, TITLE_LIKE } from './words';

/** Lower-case words of role phrases beyond the general modifiers: "presidential nominee", "top diplomat". */
const ROLE_ADJECTIVES = new Set([
  'presidential', 'vice', 'congressional', 'gubernatorial', 'senatorial', 'parliamentary', 'ministerial', 'diplomatic', 'economic', 'social', 'prime', 'attorney', 'majority', 'minority', 'ranking', 'supreme', 'district', 'county', 'city', 'founding', 'managing', 'editorial', 'digital', 'strategic', 'communications',
  // the fields of a company's chief officers, and the heads of an emergency or a board ("chief financial officer", "incident commander", "board president")
  'financial', 'operating', 'medical', 'technology', 'technical', 'information', 'marketing', 'commercial', 'scientific', 'incident', 'board',
  // a team's and a shop's staff, and the Crown's lawyers ("athletic director", "bench boss", "Store manager", "Assistant Crown attorney")
  'athletic', 'bench', 'offensive', 'defensive', 'store', 'shop', 'restaurant', 'crown',
  // a trade's or a union's agents, no seat's ("sales representative", "union representative", "customer service manager")
  'sales', 'union', 'customer', 'service',
]);

/** Adjectives written after a role's noun: "the minister responsible", "the professor emeritus", "the ambassador designate". */
const POSTPOSED_ROLE_ADJECTIVES = new Set(['responsible', 'emeritus', 'designate']);

/** Roles read around a person's name: before it (title or lower-case role), across a comma, or in an appositive after it. */
export function collectRoles(st: ArticleState, actor: LocalActor, pi: number, p: Paragraph, s: Sentence, e: Entity): void {
  const t = p.tokens;
  const roles: Np[] = [];
  const roleFrom = e.role ? titleFrom(st, t, e) : e.from;
  if (e.role) roles.push({ from: roleFrom, to: e.from });
  // lower-case role before the name: "White House national security adviser Jake Sullivan" (before its title: "health officer Dr. Lena Marsh")
  let k = e.from - 1;
  if (e.role && t[roleFrom - 1]?.type === 'word' && !t[roleFrom - 1].cap) k = roleFrom - 1;
  // (a title of address states no office: "the province's chief medical officer of health, Dr. Deena Hinshaw," has the one before
  // its comma, when the name closes the apposition; "the review's lead author, Dr. Mike Flannigan and others" are several)
  else if (e.role && t[roleFrom - 1]?.text === ',' && HONORIFICS.has(e.role.toLowerCase()) && (t[e.to]?.text === ',' || t[e.to]?.text === '.')) k = roleFrom - 1;
  // ("Oilers coach Kris Knoblauch", "plant operator Jun Takeda": an occupation is a role too)
  if (k >= s.from && t[k].type === 'word' && !t[k].cap && (ROLE_NOUNS.has(t[k].lower) || occupation(t[k].lower))) {
    // back over names and role words only: "Republican presidential nominee", not "… released part of Republican presidential nominee"
    let a = k;
    while (a - 1 >= s.from && k - a < 6 && roleModifier(st, pi, t, a - 1)) a--;
    // ("Chief executive Tan Wei Ling said": the sentence's first words, capitalised for their place
    // or an office's, "Assistant Crown attorney Michael Osei")
    let c = a;
    while (c - 1 >= s.from && a - c < 2 && t[c - 1].type === 'word' && t[c - 1].cap && !st.mentionAt[pi][c - 1] && roleWord(t[c - 1])) c--;
    // (or first after a dateline's or a live update's dash: "10:12 a.m. — General manager Kent Hughes")
    if (c === s.from || (c < a && (t[c - 1].text === '—' || t[c - 1].text === '–'))) a = c;
    roles.push({ from: a, to: k + 1 });
  }
  // role before the name across a comma: "his principal deputy national security adviser, Kim Tae-hyo"
  if (k >= s.from && t[k].text === ',' && k - 1 >= s.from && t[k - 1].type === 'word') {
    let a = k - 1;
    const last = t[a];
    // "her daughter, Grace Okafor-Bell": kin after a possessive, the role a later "her daughter said" finds
    if (KIN_NOUNS.has(last.lower) && k - 2 >= s.from && hasRoleWord(t, k - 2, k)) roles.push({ from: k - 2, to: k });
    // ("The driver's eldest son, Amandeep Singh,": a rank between the owner named and the kin noun;
    // not "his older brother, George W. Bush", whom a bare "Mr. Bush" may still be)
    else if (KIN_NOUNS.has(last.lower) && k - 3 >= s.from && KIN_RANKS.has(t[k - 2].lower) && t[k - 3].possessive && !POSSESSIVE_DETERMINERS.has(t[k - 3].lower)) roles.push({ from: k - 3, to: k });
    // ("medical officer of health, NAME", "director of communications, NAME": an office's field after "of")
    // ("A longshore foreman, Darren MacKinnon,": an occupation the lists know)
    // ("The minister responsible, Evan Solomon,": an adjective set after the role word)
    else if (ROLE_NOUNS.has(last.lower) || TITLE_LIKE.test(last.text) || isNameWord(last) || (!last.cap && occupation(last.lower)) || (t[k - 2]?.lower === 'of' && ROLE_NOUNS.has(t[k - 3]?.lower ?? '')) || (POSTPOSED_ROLE_ADJECTIVES.has(last.lower) && ROLE_NOUNS.has(t[k - 2]?.lower ?? ''))) {
      // (over "for" or "of" after a capitalised word: "The Minister for Housing, Ciarán Ó Dálaigh,")
      // (and never over a determiner: "preparing to battle the presumptive Republican nominee, NAME" gives
      // "presumptive Republican nominee", not the verb before it; but over "of the" or "for the" after
      // a role: "the secretary of the Treasury, NAME", "the Minister for the Environment, NAME")
      while (a - 1 >= s.from && t[a - 1].type === 'word' && (!STOP_BACKWARD.has(t[a - 1].lower) || officeJoin(t, a - 1, s.from))) {
        if (DETERMINERS.has(t[a - 1].lower) && !((t[a - 2]?.lower === 'of' || t[a - 2]?.lower === 'for') && t[a - 3] && hasRoleWord(t, a - 3, a - 2))) break;
        a--;
      }
      if (k - a <= 12 && hasRoleWord(t, a, k)) roles.push({ from: a, to: k });
      // ("The Minister for Agriculture, Food and the Marine, Charlie McConalogue,": an office whose portfolio lists its fields)
      else {
        const office = officeOverFields(t, k, s.from);
        if (office >= 0) roles.push({ from: office, to: k });
      }
    }
    // ("A longshore foreman with 22 years on the docks, Darren MacKinnon,": an occupation and its post-modifier)
    else if (!last.cap) {
      const role = occupationBeforeModifier(t, k, s.from);
      if (role) roles.push(role);
    }
  }
  // an office the sentence says the person took: "Renata Sousa was elected president of the society"
  const took = officeTaken(t, e.to, s);
  if (took > 0) {
    let b = took;
    while (b < took + 6 && appositiveWord(t, b, s) && !AFTER_OFFICE.has(t[b].lower)) b++;
    if (b > took && hasRoleWord(t, took, b)) roles.push({ from: took, to: b });
  }
  // appositive after the name: "Lin Jian, a spokesman for the Chinese foreign ministry,"
  k = e.to;
  // (", and the Minister for Health, NAME,": the role of the next person in a list, not this one's)
  if (t[k]?.text === ',' && t[k + 1]?.lower !== 'and' && t[k + 1]?.lower !== 'or') {
    let a = k + 1;
    // ("NAME, now a federal judge,", "NAME, also a pilot,": the role itself)
    if (t[a]?.lower === 'now' || t[a]?.lower === 'also') a++;
    // (", as a man too unqualified for the job", ", even as a candidate": how the person is seen or
    // when, no appositive; ", then ambassador to Israel" is one)
    const opensAppositive = !!t[a] && (t[a].lower === 'then' || !STOP_BACKWARD.has(t[a].lower)) && !NON_APPOSITIVE_OPENERS.has(t[a].lower) && !verbPhraseAt(t, a);
    if (t[a] && DETERMINERS.has(t[a].lower) && t[a].lower !== 'that') a++;
    // the role word is among its first five words: the rest is read only when one is there
    let b = a;
    if (opensAppositive) while (b < a + 5 && appositiveWord(t, b, s)) b++;
    // "Eric Trump, son of the front-runner,", "Ada Lind, the eldest daughter of Gov. Lind,": the
    // person is a relative, the kin noun the role (the owner is someone else's name or office)
    const kin = kinOfAt(t, a, s);
    if (kin > 0) {
      roles.push({ from: a, to: kin + 1 });
      namedBeforeKin.add(actor);
    }
    // ("Obama, Republican candidates agree": a list of people after the name, no role of it)
    else if (b > a && hasRoleWord(t, a, b) && !pluralPeopleIn(t, a, b)) {
      while (b - a < 20 && appositiveWord(t, b, s)) b++;
      // an appositive closes (a comma, the sentence's end, a relative clause); "Under
      // cross-examination by attorney NAME, the witness admitted he …" runs on into a verb:
      // the comma closed an opening phrase, and "the witness" is the clause's subject, no role of NAME's
      if (appositiveCloses(t, b, s)) roles.push({ from: a, to: b });
    }
  }
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    if (r.from < 0 || r.to <= r.from) continue;
    // a long description in someone's quoted words is their view of the person ("not the greatest
    // president you could possibly imagine", "our top adviser"), not a role; a short one is read as
    // anywhere ("Chicago Bears coach Mike Ditka"), and a title on the name wherever it stands
    if (p.inQuote[r.from] && !(i === 0 && e.role) && (r.to - r.from > MAX_QUOTED_ROLE_WORDS || speakersOwn(t, r))) continue;
    if (!isRole(t.slice(r.from, r.to))) continue;
    const role = st.text.slice(t[r.from].start, t[r.to - 1].end).replace(/^(?:the|a|an|his|her)\s+/i, '');
    if (!role || role.length > 120) continue;
    addRole(actor, role);
    addOrgHints(st, actor, pi, r);
  }
}

/**
 * The first token of the title an entity reads before its name (`e.role`): by the title's words,
 * counting no comma inside it ("Minister for Agriculture, Food and the Marine", 7 words over 8 tokens).
 */
function titleFrom(st: ArticleState, t: Token[], e: Entity): number {
  let words = countWords(e.role ?? '');
  let i = e.from;
  // a token opens a word where white space stands before it (a comma glued to a word opens none)
  while (words > 0 && i > 0) {
    i--;
    if (t[i].start === 0 || /\s/.test(st.text[t[i].start - 1])) words--;
  }
  // (an opening quotation mark glued to the title is no word of it: "“Mayor Ana Ruiz …")
  while (i < e.from - 1 && t[i].type !== 'word') i++;
  return i;
}

/**
 * The office title opening a portfolio of listed fields before the comma at `comma` ("Minister |
 * for Agriculture, Food and the Marine"): a title, "for" or "of", then only capitalised words,
 * commas, "and", "the" or "&"; -1 when none stands within twelve tokens (no sooner than `from`).
 */
function officeOverFields(t: Token[], comma: number, from: number): number {
  for (let j = comma - 1; j - 1 >= from && comma - j <= 12; j--) {
    const x = t[j];
    if (officeJoin(t, j, from)) return TITLES.has(t[j - 1].lower) ? j - 1 : -1;
    if (!(x.cap && x.type === 'word') && x.text !== ',' && x.text !== '&' && x.lower !== 'and' && x.lower !== 'the') return -1;
  }
  return -1;
}

/** Whether token `i` is "for" or "of" inside a capitalised office's name ("Minister for Housing", "Secretary of State"), or between a role noun and the body it serves ("spokesperson for the Ministry of Health"). */
function officeJoin(t: Token[], i: number, from: number): boolean {
  if ((t[i].lower !== 'for' && t[i].lower !== 'of') || i - 1 < from || t[i - 1].type !== 'word') return false;
  // ("A spokesperson for the Ministry of Health, Hannah Gagné,": a role noun in lower case before the body's name)
  return t[i - 1].cap ? !!t[i + 1]?.cap : hasRoleWord(t, i - 1, i) && t[i + 1]?.lower === 'the' && !!t[i + 2]?.cap;
}

/** Adverbs that open a clause or a comparison after a name, never an appositive's role ("NAME, even after …", "NAME, still …"). */
const NON_APPOSITIVE_OPENERS = new Set(['even', 'still', 'just', 'only', 'perhaps', 'probably', 'already', 'once', 'again']);

/**
 * Whether the words at token `a`, after a name's comma, are a verb and its preposition or
 * determiner ("Darnell Price, sat with his head down", "…, born in 1950", "…, looked on"): a
 * lower-case word that names no one, then a function word. A role opens with its noun or modifier
 * ("president of", "executive director of").
 */
function verbPhraseAt(t: Token[], a: number): boolean {
  const w = t[a];
  const next = t[a + 1];
  return w.type === 'word' && !w.cap && !DETERMINERS.has(w.lower) && w.lower !== 'then' && !!next && next.type === 'word' && (STOP_BACKWARD.has(next.lower) || DETERMINERS.has(next.lower)) && peopleNoun(w.lower) === null && !ROLE_NOUNS.has(w.lower) && !isNounish(w) && !KIN_NOUNS.has(w.lower);
}

/**
 * The occupation heading a phrase before the comma at `comma` and its post-modifier ("A longshore
 * foreman | with 22 years on the docks,", "A city councillor | for the district,"): up to two
 * lower-case words before an occupation after "a", "an", "one" or "another", then "with",
 * "from", "at", "in", "of" or "for" within eight words of the comma; null when none.
 */
function occupationBeforeModifier(t: Token[], comma: number, from: number): Np | null {
  for (let j = comma - 2; j > from && comma - j <= 8; j--) {
    if ((t[j].type !== 'word' && !/^\d/.test(t[j].text)) || CUE_FORMS.has(t[j].lower)) return null;
    if (!MODIFIER_PREPOSITIONS.has(t[j].lower)) continue;
    const head = j - 1;
    if (t[head].cap || GENERIC_PEOPLE.has(t[head].lower) || !(occupation(t[head].lower) || ROLE_NOUNS.has(t[head].lower))) continue;
    let a = head;
    while (a - 1 > from && head - a < 2 && t[a - 1].type === 'word' && !t[a - 1].cap && !INDEFINITE.has(t[a - 1].lower)) a--;
    // (not after "the": "The mayor of the province capital, Santa Cruz de la Sierra," names the capital)
    return INDEFINITE.has(t[a - 1]?.lower ?? '') ? { from: a, to: head + 1 } : null;
  }
  return null;
}
const MODIFIER_PREPOSITIONS = new Set(['with', 'from', 'at', 'in', 'of', 'for']);
/** People nouns that say no occupation ("a man in his 40s, NAME,"). */
export const GENERIC_PEOPLE = new Set(['man', 'woman', 'person', 'individual', 'boy', 'girl', 'child', 'kid', 'teen', 'teenager', 'adult', 'youth', 'baby', 'resident', 'local']);

/**
 * Where the office starts after a name at token `at` that a passive of taking office follows ("was
 * elected", "has been named", "was sworn in as", "became"), or -1.
 */
function officeTaken(t: Token[], at: number, s: Sentence): number {
  let i = at;
  if (t[i]?.lower === 'became') return i + 1 < s.to && !t[i + 1].cap ? i + 1 : -1;
  if (t[i]?.lower !== 'was' && t[i]?.lower !== 'is' && t[i]?.lower !== 'has' && t[i]?.lower !== 'had') return -1;
  if (t[i].lower === 'has' || t[i].lower === 'had') i = t[i + 1]?.lower === 'been' ? i + 1 : -1;
  if (i < 0 || !TAKEN.has(t[i + 1]?.lower ?? '')) return -1;
  i += 2;
  if (t[i]?.lower === 'in' && t[i + 1]?.lower === 'as') i += 2;
  else if (t[i]?.lower === 'as' || t[i]?.lower === 'to') i++;
  return i < s.to && t[i].type === 'word' && !t[i].cap && !DETERMINERS.has(t[i].lower) ? i : -1;
}
const TAKEN = new Set(['elected', 'named', 'appointed', 'chosen', 'selected', 'sworn', 'promoted', 'hired']);
/** Words after an office taken that end it: when, where and how ("elected mayor in 2019", "named coach on Friday"). */
const AFTER_OFFICE = new Set(['on', 'in', 'at', 'by', 'after', 'last', 'this', 'during', 'with', 'to', 'and', 'but', 'since', 'until', 'earlier', 'today', 'yesterday']);

/** Titles of address by degree or calling ("Dr. Amir Patel"): a role only while the person has no other. */
const HONORIFICS = new Set(['dr.', 'dr', 'rev.', 'rev', 'fr.', 'hon.', 'hon', 'rt. hon.', 'rt hon', 'rt hon.', 'the hon.', 'shri', 'smt.', 'smt', 'engr.', 'barr.', 'alhaji']);

/**
 * Roles one person gathers in an article, at most: a news article gives a person a few; each new
 * role is compared with the person's others, so a text giving one name thousands stays linear.
 */
const MAX_ROLES = 24;

/** Adds a role to a person's: a title of address gives way to a role of office or occupation ("Dr." beside "county health officer"). */
export function addRole(actor: LocalActor, role: string): void {
  if (actor.roles.length >= MAX_ROLES) return;
  const honorific = HONORIFICS.has(role.toLowerCase());
  if (honorific && actor.roles.some((r) => !HONORIFICS.has(r.toLowerCase()))) return;
  if (!honorific && actor.roles.length) {
    const kept = actor.roles.filter((r) => !HONORIFICS.has(r.toLowerCase()));
    if (kept.length < actor.roles.length) actor.roles = kept;
  }
  addOnce(actor.roles, role);
}

/**
 * Whether token `i` of paragraph `pi` can stand in a role before a name: a lower-case role word or
 * modifier, or a capitalised word only where it names an organisation or a country ("White
 * House", "GOP") or a party or nation.
 */
function roleModifier(st: ArticleState, pi: number, t: Token[], i: number): boolean {
  const x = t[i];
  // "Johnson & Johnson chief executive": the ampersand inside a body's name
  if (x.text === '&') return st.mentionAt[pi][i]?.actor.kind === 'organization';
  if (x.type !== 'word' || DETERMINERS.has(x.lower) || STOP_BACKWARD.has(x.lower) || CUE_FORMS.has(x.lower)) return false;
  if (!x.cap) return roleWord(x);
  const kind = st.mentionAt[pi][i]?.actor.kind;
  return kind === 'organization' || kind === 'country' || kind === 'place' || PARTY_WORDS.has(x.lower) || countryByDemonym.has(x.lower);
}

/** A noun or adjective that may stand in a role, read in lower case ("national security", "chief financial"). */
const roleWord = (x: Token): boolean => isNounish(x) || ROLE_ADJECTIVES.has(x.lower);

/** Tokens that may close an appositive: punctuation, or a relative clause opening. */
const APPOSITIVE_CLOSERS = new Set([',', '.', ';', ':', ')', '(', '—', '–', '-', '"', '”', '“', "'", '’', '?', '!', 'who', 'whose', 'which', 'that', 'whom']);

/** Whether an appositive running to token `b` of sentence `s` ends there: at the sentence's end, or before a closer (see APPOSITIVE_CLOSERS). */
function appositiveCloses(t: Token[], b: number, s: Sentence): boolean {
  return b >= s.to || !t[b] || APPOSITIVE_CLOSERS.has(t[b].lower) || t[b].type !== 'word';
}

/** Whether token `b` of sentence `s` goes on an appositive: a word before its comma or full stop, no cue word, no "who" or "whose" (", whose lawyer said": a clause, not her role). */
function appositiveWord(t: Token[], b: number, s: Sentence): boolean {
  // ("president of the Alberta Teachers' Association": a plural's apostrophe inside a body's name)
  if (b < s.to && isPluralApostrophe(t, b)) return true;
  // ("Tom Hale, the state senator,": a level of government before the role is no verb "state")
  // ("Ann Lee, the fire chief,": a verb that needs its particle is a noun without it, see cueVerbForm)
  return b < s.to && t[b].text !== ',' && t[b].text !== '.' && t[b].type === 'word' && (!cueVerbForm(t[b].lower, t[b + 1]?.lower ?? '') || levelBeforeRole(t, b)) && t[b].lower !== 'who' && t[b].lower !== 'whose';
}

/**
 * Persons named before their kinship ("Liz Cheney, the daughter of Dick Cheney,"): the topic of
 * their sentence, unlike a relative named after it ("Her son, Michael Price,").
 */
export const namedBeforeKin = new WeakSet<LocalActor>();

/** The kin noun of "son of …", "eldest daughter of …" opening an appositive at token `a`, or -1. */
function kinOfAt(t: Token[], a: number, s: Sentence): number {
  for (let i = a; i <= a + 1 && i + 1 < s.to; i++) {
    if (t[i].type !== 'word' || t[i].cap) return -1;
    if (KIN_NOUNS.has(t[i].lower)) return t[i + 1].lower === 'of' ? i : -1;
  }
  return -1;
}

/** The longest role read inside a quotation, in words. */
const MAX_QUOTED_ROLE_WORDS = 4;
/** Whether a role phrase holds a speaker's own possessive ("my top science adviser", "our speaker"). */
function speakersOwn(t: Token[], r: Np): boolean {
  for (let i = r.from; i < r.to; i++) if (t[i].lower === 'my' || t[i].lower === 'our' || t[i].lower === 'your') return true;
  return false;
}

/** Whether tokens [from, to) hold a people noun in the plural ("candidates", "leaders"). */
function pluralPeopleIn(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!t[i].cap && peopleNoun(t[i].lower) === 'plural') return true;
  return false;
}

/** Whether tokens [from, to) hold a role noun or a title ("spokesman", "Gov."), or are a kin noun after a possessive ("her daughter"). */
function hasRoleWord(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ROLE_NOUNS.has(t[i].lower) || TITLE_LIKE.test(t[i].text) || occupation(t[i].lower) || parentOf(t, i) || IRISH_OFFICES.has(t[i].lower)) return true;
  return to - from === 2 && KIN_NOUNS.has(t[from + 1].lower) && (POSSESSIVE_DETERMINERS.has(t[from].lower) || t[from].possessive);
}

const POSSESSIVE_DETERMINERS = new Set(['her', 'his', 'their']);
/** Words that rank a relative among siblings ("eldest son", "younger sister"). */
const KIN_RANKS = new Set(['eldest', 'oldest', 'youngest', 'older', 'younger', 'elder', 'middle', 'only']);
/** "a mother of six", "a father of 3": a kin noun of the person's own state, by the number of children (and the gender it tells). */
const parentOf = (t: Token[], i: number): boolean => KIN_NOUNS.has(t[i].lower) && t[i + 1]?.lower === 'of' && !!t[i + 2] && (NUMBER_WORDS.has(t[i + 2].lower) || /^\d{1,2}$/.test(t[i + 2].text));
/** A singular people noun of the person's own occupation or state ("goalie", "pediatrician"), not a relation to someone else. */
const occupation = (lower: string): boolean => peopleNoun(lower) === 'singular' && !RELATIONS.has(lower) && !KIN_NOUNS.has(lower);
/** People nouns of a relation to someone else ("Trump's friend NAME"): no role of the person's own before a name. */
const RELATIONS = new Set(['friend', 'colleague', 'neighbour', 'neighbor', 'classmate', 'roommate', 'acquaintance', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'partner']);

/** The organisations and countries named in a role: "the NATO chief" is found through them. */
function addOrgHints(st: ArticleState, actor: LocalActor, pi: number, r: Np): void {
  const add = (name: string): void => {
    addOnce(actor.orgHints, normaliseName(name));
    const acr = acronymOf(name);
    if (acr) addOnce(actor.orgHints, acr);
  };
  const t = st.paragraphs[pi].tokens;
  for (let i = r.from; i < r.to; i++) {
    const m = st.mentionAt[pi][i];
    // ("Nordhaven's chief executive, NAME," before the lone word is resolved: the one body named so)
    if (!m && t[i].possessive && t[i].cap) {
      const body = shortFormOwner(st, t[i].base);
      if (body) add(body.name);
    }
    if (!m || m.actor === actor || m.actor.kind === 'person') continue;
    add(m.actor.name);
    for (const alias of m.actor.aliases) add(alias);
  }
}

/** Keeps the gender a title or gendered role before a person's name states; the first one stated wins. */
export function noteGender(actor: LocalActor, role: string | undefined): void {
  if (actor.gender || !role) return;
  const g = genderOfRole(role);
  if (g) actor.gender = g;
}

export function countWords(phrase: string): number {
  return phrase.split(/\s+/).filter(Boolean).length;
}
/**
 * Whether words make a role worth showing: not a courtesy title alone ("Mr."), not ending in
 * somebody's name ("President Barack Obama", "President Obama" beside Donald Trump), no clause.
 */
export function isRole(words: Token[]): boolean {
  if (!words.length) return false;
  if (words.length === 1 && COURTESY_TITLES.has(words[0].lower)) return false;
  const nameWord = (x: Token | undefined): boolean =>
    !!x && x.cap && x.type === 'word' && !TITLES.has(x.lower) && !TITLE_LIKE.test(x.text) && !ROLE_NOUNS.has(x.lower) && !ORG_HEADS.has(x.lower) && !isAcronym(x);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  // (an office and its portfolio end in capitalised words that are no name: "Minister for Rural Affairs")
  const office = words.length > 2 && TITLES.has(words[0].lower) && (words[1].lower === 'for' || words[1].lower === 'of');
  if (!office && nameWord(last) && (nameWord(before) || (!!before && (TITLES.has(before.lower) || TITLE_LIKE.test(before.text))))) return false;
  // a role has no verb: "… Donald Trump recently has been meeting with …" is a clause
  return !words.some((x) => AUXILIARIES.has(x.lower));
}
