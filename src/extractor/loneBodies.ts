/**
 * One-word names the names layer took for a person's that the article shows to be a body's: "Eskom
 * warned …", "Qantas said it was contacting passengers", "Workers at the Hitachi plant", "Cosatu
 * said … Its general secretary, …", "Gavi, the Vaccine Alliance, said" (one body, under both names).
 * Read once every lone word is resolved; a person named so keeps a given name, a title, a gender, a
 * personal pronoun after it, or another person sharing the word.
 */
import type { LocalActor, LocalMention } from './actors';
import { genderOfFirstName, isUnisexFirstName } from './gender';
import type { Token } from './text';
import type { ArticleState } from './attribution/state';
import { descriptionKinds } from './lexicon/organisations';
import { sentenceIndex } from './attribution/antecedents';

/** Lower-case nouns after a one-word name that only a body has before them ("the Hitachi plant", "Eskom spokesperson Daphne Mokwena"). */
const BODY_NOUNS_AFTER = new Set([
  'plant', 'plants', 'factory', 'factories', 'mill', 'mine', 'mines', 'refinery', 'smelter', 'warehouse', 'store', 'stores', 'outlet', 'outlets',
  'workers', 'employees', 'staff', 'shareholders', 'shares', 'headquarters', 'spokesperson', 'spokesman', 'spokeswoman', 'subsidiary',
]);
/** Verbs that report what a body says ("Qantas said it …"). */
const SAYS = new Set(['said', 'says', 'announced', 'confirmed', 'warned', 'added', 'stated']);
/** Adverbs between a name and its verb of saying ("Qantas also said", "Eskom later confirmed"). */
const SAYS_ADVERBS = new Set(['also', 'later', 'separately', 'previously', 'earlier', 'then']);
/** Words after "it" that make it a body's doing, not a state of things ("it would cut", not "it would be hard"). */
const AUX = new Set(['would', 'will', 'had', 'has', 'was', 'is', 'could']);
/** Verbs after "it" that only a body's doing takes ("it welcomed the plan", "it plans to …"). */
const BODY_VERBS = new Set(['plans', 'planned', 'expects', 'intends', 'welcomed', 'welcomes', 'regrets', 'regretted', 'apologized', 'apologised',
  // a ruling's or a rival's answer ("Qantas said it accepted the decision"), a company's doings ("it employs 4,000 people")
  'accepted', 'accepts', 'rejected', 'rejects', 'disputed', 'disputes', 'employs', 'operates', 'hired', 'acquired']);
const NOT_A_DOING = new Set(['be', 'been', 'being', 'not', 'a', 'an', 'the', 'time', 'too', 'very', 'so', 'hard', 'important', 'great', 'good', 'difficult', 'clear', 'like', 'just', 'only', 'also']);
/** Opening quotation marks, straight and curly. */
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);
/** Personal pronouns: after a one-word name in its sentence, it is a person's. */
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** Retypes as an organisation each person of the article known by one word that its context shows to be a body (see the file's comment). Linear in the mentions and their sentences' words. */
export function retypeLoneBodies(st: ArticleState): void {
  let bodies: Set<LocalActor> | undefined;
  // the body each one-word name is in apposition to ("Gavi, the Vaccine Alliance,"), folded into it
  let named: Map<LocalActor, LocalActor> | undefined;
  let orgsAt: Map<string, LocalMention> | undefined;
  for (const m of st.mentions) {
    // "Eskom spokesperson Daphne Mokwena": the word before a person's office, read as a person of its own
    const t = st.paragraphs[m.para].tokens;
    // ("Eskom chief executive Dan Marokane": an office only a body has, in lower case, before its holder)
    const at = m.actor.kind === 'person' ? ownerBefore(t, m.from) : -1;
    const owner = at >= 0 ? st.table.find('person', t[at].text) : undefined;
    if (owner && bareName(st, owner)) (bodies ??= new Set()).add(owner);
    const a = m.actor;
    if (a.kind !== 'person' || bodies?.has(a) || !bareName(st, a)) continue;
    if (!bodyContext(st, m)) {
      if (!bodyNameOpensAfter(t, m.to)) continue;
      const body = namedInApposition(t, (orgsAt ??= organisationsAt(st)).get(`${m.para}:${m.to + 2}`));
      if (!body) continue;
      (named ??= new Map()).set(a, body);
    }
    (bodies ??= new Set()).add(a);
  }
  if (!bodies) return;
  // "Rodri said he …": a personal pronoun after any of its mentions in the sentence keeps a person
  for (const m of st.mentions) {
    if (!bodies.has(m.actor)) continue;
    const p = st.paragraphs[m.para];
    if (pronounIn(p.tokens, m.to, p.sentences[sentenceIndex(p.sentences, m.from)].to)) bodies.delete(m.actor);
  }
  const openings = openingWords(st);
  for (const a of bodies) {
    const org = st.table.asOrganisation(a);
    const body = named?.get(a);
    if (body && body.kind === 'organization') st.table.merge(body, org, st.mentions);
    // ("Nimbus also announced …" after "Nimbus Cloud Inc": the one body whose name it opens, by its full name)
    const opened = body ? undefined : openings.get(a.name);
    if (opened) {
      st.table.merge(org, opened, st.mentions);
      // (read after attribution: the quotes it made keep their speaker)
      for (const q of st.quotes) if (q.speaker === org) q.speaker = opened;
    }
  }
}

/** The article's organisations of two words or more by their first word; null where two open with it. */
function openingWords(st: ArticleState): Map<string, LocalActor | null> {
  const openings = new Map<string, LocalActor | null>();
  for (const a of st.table.actors) {
    const space = a.name.indexOf(' ');
    if (a.kind !== 'organization' || a.anonymous || space < 0) continue;
    const word = a.name.slice(0, space);
    openings.set(word, openings.has(word) && openings.get(word) !== a ? null : a);
  }
  return openings;
}

/** Whether ", the" and a capitalised word follow token `to` (a cheap test before asking for the name there). */
function bodyNameOpensAfter(t: Token[], to: number): boolean {
  return t[to]?.text === ',' && t[to + 1]?.lower === 'the' && !!t[to + 2]?.cap;
}

/** The article's organisations' mentions by paragraph and first token ("3:12"); made once, when a one-word name first stands before one. */
function organisationsAt(st: ArticleState): Map<string, LocalMention> {
  const at = new Map<string, LocalMention>();
  for (const m of st.mentions) if (m.actor.kind === 'organization') at.set(`${m.para}:${m.from}`, m);
  return at;
}

/** Words after an apposition that tell a list of bodies, not a name's apposition ("Gavi, the Global Fund, and UNICEF"). */
const LIST_GOES_ON = new Set(['and', 'or', 'nor', 'the', 'a', 'an']);

/**
 * The organisation named by mention `o`, where it closes an apposition to the one-word name before
 * it ("Gavi, the Vaccine Alliance, said …"): a comma after it, and after that a lower-case word that
 * goes on with the sentence, not a list (not "…, the Global Fund, and UNICEF"), nor a possessive
 * ("…, the Labour Party's leader,"); undefined otherwise.
 */
function namedInApposition(t: Token[], o: LocalMention | undefined): LocalActor | undefined {
  if (!o || t[o.to - 1].possessive || t[o.to]?.text !== ',') return undefined;
  const next = t[o.to + 1];
  return next?.type === 'word' && !next.cap && !LIST_GOES_ON.has(next.lower) ? o.actor : undefined;
}

/**
 * Where the one word naming the owner of the person whose name opens at `from` stands: before a
 * body's noun ("Eskom spokesperson …") or one or two words of an office only a body has ("Eskom
 * chief executive …", "Ofwat chairman …"), capitalised; -1 where there is none.
 */
function ownerBefore(t: Token[], from: number): number {
  let k = from - 1;
  if (k < 1 || t[k].cap) return -1;
  if (BODY_NOUNS_AFTER.has(t[k].lower)) return t[k - 1].cap ? k - 1 : -1;
  if (!BODY_OFFICERS.has(t[k].lower)) return -1;
  if (k >= 2 && !t[k - 1].cap && OFFICE_MODIFIERS.has(t[k - 1].lower)) k--;
  return k >= 1 && t[k - 1].cap && t[k - 1].type === 'word' ? k - 1 : -1;
}
/** Offices only a body has, named before their holder, and the words that qualify them ("chief executive", "general secretary"). */
const BODY_OFFICERS = new Set(['executive', 'chairman', 'chairwoman', 'ceo', 'economist', 'secretary']);
const OFFICE_MODIFIERS = new Set(['chief', 'general', 'deputy', 'executive']);

/**
 * Whether person `a` is named bare, as a body would be: no role, title, gender, alias or given name
 * opening it, and no other person of the article has its word ("Qantas", "Lothian Buses"; not
 * "Morin" beside "Steve Morin").
 */
export function bareName(st: ArticleState, a: LocalActor): boolean {
  if (a.kind !== 'person' || a.anonymous || a.roles.length || a.gender || a.aliases.length) return false;
  const space = a.name.indexOf(' ');
  const first = space < 0 ? a.name : a.name.slice(0, space);
  if (genderOfFirstName(first) !== null || isUnisexFirstName(first)) return false;
  return space >= 0 || !st.table.personsWithToken(a.name, 1).length;
}

/** Whether the words around mention `m` are a body's: a body's noun after it, "said (…) it would …", "said its …", or the next sentence opening on "Its". */
export function bodyContext(st: ArticleState, m: LocalMention): boolean {
  const p = st.paragraphs[m.para];
  const t = p.tokens;
  const after = t[m.to];
  if (!after) return false;
  if (after.type === 'word' && !after.cap && !t[m.to - 1].possessive && BODY_NOUNS_AFTER.has(after.lower)) return true;
  // "Keidanren, the business lobby, urged calm", "Tesco, Britain's biggest supermarket chain,",
  // "Telus, a Vancouver-based telecom company,": a body's description in apposition
  if (after.text === ',' && t[m.to + 1]?.lower === 'the' && describedAsBody(t, m.to + 2, false)) return true;
  if (after.text === ',' && otherOpener(t, m.to + 1) && describedAsBody(t, m.to + 2, true)) return true;
  // ("Nimbus also announced that it would …": an adverb between the name and its verb)
  const verb = after.type === 'word' && SAYS_ADVERBS.has(after.lower) ? m.to + 1 : m.to;
  if (!SAYS.has(t[verb]?.lower ?? '')) return false;
  const si = sentenceIndex(p.sentences, m.from);
  const s = p.sentences[si];
  // "Eskom said on Monday it would …", "Qantas said it was contacting …", "… said in a statement it was pleased"
  for (let k = verb + 1; k < Math.min(s.to - 2, verb + 8); k++) {
    if (t[k].text === ',' || t[k].text === '"' || t[k].text === '“') break;
    // "Aldi said its prices were …": the clause opens on the body's own things (the name the
    // sentence's subject: not "A spokesman for Geert Wilders said its …")
    if (k === verb + 1 && t[k].lower === 'its' && (m.from === s.from || t[m.from - 1].lower === 'the') && t[k + 1]?.type === 'word' && (!t[k + 1].cap || namedFacility(t, k + 1))) return true;
    if (t[k].lower !== 'it') continue;
    // (a quotation may open after the auxiliary: 'said it was "working hard"')
    // (and past a negation: "said it could not rule out …")
    const after = t[k + 2]?.lower === 'not' ? k + 3 : k + 2;
    const next = QUOTE_MARKS.has(t[after]?.text ?? '') ? t[after + 1] : t[after];
    if (BODY_VERBS.has(t[k + 1].lower) || (AUX.has(t[k + 1].lower) && !!next && doing(t[k + 1].lower, next))) return true;
  }
  // "Cosatu said … . Its general secretary, …": the sentence after one the name opens, in its paragraph or the next
  if (m.from !== s.from) return false;
  const next = si + 1 < p.sentences.length ? t[p.sentences[si + 1].from] : st.paragraphs[m.para + 1]?.tokens[0];
  return next?.text === 'Its';
}

/** Whether capitalised words from `i` (three at most) end on a body's site in lower case: "its Alberto Pasqualini refinery". */
function namedFacility(t: Token[], i: number): boolean {
  let k = i;
  while (k < i + 3 && t[k]?.type === 'word' && t[k].cap && !t[k].possessive) k++;
  return k > i && t[k]?.type === 'word' && !t[k].cap && SITES.has(t[k].lower);
}
/** A body's sites, named after their own names ("its Alberto Pasqualini refinery", "its Grasberg mine"). */
const SITES = new Set(['plant', 'factory', 'mill', 'mine', 'refinery', 'smelter', 'warehouse', 'store', 'terminal', 'field', 'oilfield', 'project', 'brand', 'unit', 'subsidiary']);

/** Whether `next` after "it" and `aux` is a doing: after "was"/"is" a participle ("it was contacting", "it was pleased"; not "it was early"), after the others no state's word. */
function doing(aux: string, next: Token): boolean {
  if (next.type !== 'word' || NOT_A_DOING.has(next.lower)) return false;
  return (aux !== 'was' && aux !== 'is') || next.lower.endsWith('ing') || next.lower.endsWith('ed');
}

/** Words after a body's noun that open what tells which body it is (", the union representing the drivers,", "the group that runs …"). */
const BODY_CLAUSE_OPENERS = new Set(['representing', 'that', 'which', 'behind']);

/**
 * Whether token `i` opens a description in apposition other than "the": "a", "an", or a place's
 * possessive ("Britain's", "Calgary's": one capitalised word that owns what follows).
 */
function otherOpener(t: Token[], i: number): boolean {
  const w = t[i];
  if (!w || w.type !== 'word') return false;
  return ((w.lower === 'a' || w.lower === 'an') && !w.cap) || (w.cap && w.possessive);
}

/** Trades that name a person as well as a body ("Le Quang Huy, an exporter,", "Britain's biggest developer"): no body's sign after "a" or a possessive. */
const PERSON_TRADES = new Set(['developer', 'producer', 'publisher', 'contractor', 'operator', 'owner', 'employer', 'maker', 'supplier', 'distributor',
  'exporter', 'importer', 'builder', 'miner', 'distiller', 'brewer', 'winemaker', 'bottler', 'grocer', 'jeweller', 'jeweler', 'lender', 'insurer', 'refiner',
  'housebuilder', 'homebuilder', 'shipbuilder', 'toymaker', 'studio', 'brand', 'giant', 'startup', 'start-up', 'business', 'carrier', 'office',
  'board', 'panel', 'team', 'party', 'campaign', 'league', 'group', 'trust', 'lobby', 'society', 'association', 'state', 'country', 'nation', 'district']);

/** Whether up to three lower-case words from `i` (or a place's "-based") end on a body's noun (`strict`: none of PERSON_TRADES) that closes the apposition or opens its clause (", the business lobby,", ", the union representing …"). */
function describedAsBody(t: Token[], i: number, strict: boolean): boolean {
  for (let k = i; k < i + 3 && k < t.length - 1; k++) {
    // (a plural's possessive may qualify the noun: "Ibec, the employers' group,")
    if ((t[k].text === "'" || t[k].text === '’') && k > i && t[k - 1].lower.endsWith('s')) continue;
    // (where a body is based qualifies its trade: "a Vancouver-based telecom company")
    if (t[k].type !== 'word' || (t[k].cap && !/-based$/.test(t[k].lower)) || t[k].possessive) return false;
    if (descriptionKinds(t[k].lower) && !(strict && PERSON_TRADES.has(t[k].lower)) && (t[k + 1].text === ',' || t[k + 1].text === '.' || BODY_CLAUSE_OPENERS.has(t[k + 1].lower))) return true;
  }
  return false;
}

function pronounIn(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PERSONAL.has(t[i].lower)) return true;
  return false;
}
