/**
 * Names of things, no actor's (stage 1, beside works' titles in ./mentions): a case's party named
 * by its citation ("R. v. Jordan"), a vessel ("the Viola Desmond, one of the harbour ferries"), a
 * product's model ("the PickPal 3", "its new PickPal Mini"), a programme that help comes through
 * ("under the Disaster Financial Assistance Arrangements", "the federal Housing Accelerator
 * Fund"), and a name that opens on no given name and modifies a thing's noun after a determiner
 * ("the Emergency Alert system", "the city's Vision Zero plan", "the Troy Block building"). A later
 * bare mention of the same name in the article is the thing's too ("The Housing Accelerator Fund
 * was designed …").
 */
import { CUE_FORMS } from '../cues';
import { ORG_HEADS } from '../gazetteer';
import { genderOfFirstName } from '../gender';
import { knownLength } from '../knownNames';
import { brandWord } from '../nameChecks';
import { baseLower, type Token } from '../text';
import type { Entity } from '../entities';
import type { ArticleState } from './state';

/** Nouns of things a name before them modifies: systems, plans, buildings, vessels ("the Emergency Alert system"). */
const THING_NOUNS = new Set([
  'system', 'plan', 'program', 'programme', 'initiative', 'strategy', 'scheme', 'project', 'fund', 'app', 'website', 'portal',
  'building', 'tower', 'towers', 'complex', 'apartments', 'condominium', 'condo', 'terminal', 'arena', 'stadium', 'courthouse',
  'ferry', 'vessel', 'ship', 'corridor', 'line', 'route',
]);
/** Nouns of buildings and vessels: one named after a person is still the thing ("the Troy Block building"). */
const NAMED_AFTER_SOMEONE = new Set(['building', 'tower', 'towers', 'complex', 'apartments', 'terminal', 'arena', 'stadium', 'courthouse', 'ferry', 'vessel', 'ship']);
/** Last words of a programme's name ("Tenant Support Program", "Better Roads Strategy"). */
const PROGRAMME_HEADS = new Set(['program', 'programme', 'programs', 'programmes', 'strategy', 'arrangements', 'plan', 'symposium']);
/**
 * Last words of a public fund's or initiative's name ("Housing Accelerator Fund"), which name
 * bodies as often ("the Environmental Defense Fund", "the Clinton Global Initiative"): a thing
 * only when a government's word stands before it or help comes "under" or "through" it.
 */
const PUBLIC_FUND_HEADS = new Set(['fund', 'initiative']);
/** Words of a government before its own programme ("the federal Housing Accelerator Fund", "the city's …"). */
const GOVERNMENT_WORDS = new Set(['federal', 'provincial', 'state', 'municipal', "city's", "province's", "state's", "government's", "territory's", "county's"]);
/** Prepositions help comes through a programme by ("under the …", "from the …"). */
const THROUGH = new Set(['under', 'through', 'from', 'to', 'into', 'via', 'by', 'for']);
/** Nouns of vessels: a sentence with one of them names its ship by "the" and a person's name ("the Viola Desmond"). */
const VESSEL_NOUNS = new Set(['ferry', 'ferries', 'vessel', 'vessels', 'ship', 'ships', 'boat', 'boats', 'tanker', 'freighter', 'tug', 'tugboat', 'barge', 'yacht', 'icebreaker', 'frigate', 'destroyer', 'submarine', 'warship', 'sailings']);
/** Last words of a product's model ("PickPal Mini", "Vision Pro"). */
const MODEL_TAILS = new Set(['mini', 'pro', 'ultra', 'lite']);
/** Words before a model's name ("the PickPal 3", "its new PickPal Mini"). */
const MODEL_BEFORE = new Set(['the', 'its', 'their', 'new', 'a']);

/** The things' names each article has named (a later bare mention of one is the thing's too). */
const thingsOf = new WeakMap<ArticleState, Set<string>>();

/**
 * Whether the run [from, to) of sentence [sFrom, sTo), whose entities are `entities`, names a
 * thing rather than an actor (see the file's comment); a name found so is remembered for the rest
 * of the article. Cheap tests first: a run with no person, single or body among its entities is
 * answered by a set look-up and the tokens next to it, and only a vessel's test reads the sentence.
 */
export function thingName(st: ArticleState, tokens: Token[], from: number, to: number, sFrom: number, sTo: number, entities: Entity[]): boolean {
  const things = thingsOf.get(st);
  // (most articles name no thing: no text is cut for a run until one does)
  if (things?.has(surfaceOf(st, tokens, from, to))) return true;
  // a case's party named by its citation ("R. v. Jordan", "State v. Kuhlman"): the case, no actor here;
  // a country's name so is the case's in the rest of the article too ("the Jordan decision")
  if (caseParty(tokens, from, to, sFrom, sTo)) {
    if (entities.every((e) => e.type === 'country')) remember(st, things, surfaceOf(st, tokens, from, to));
    return true;
  }
  let actorLike = false;
  for (let k = 0; k < entities.length; k++) if (entities[k].type === 'person' || entities[k].type === 'single' || entities[k].type === 'organization') actorLike = true;
  if (!actorLike || !isThing(tokens, from, to, sFrom, sTo, entities)) return false;
  remember(st, things, surfaceOf(st, tokens, from, to));
  return true;
}

/** The run's text, without a possessive's last two characters. */
const surfaceOf = (st: ArticleState, tokens: Token[], from: number, to: number): string =>
  st.text.slice(tokens[from].start, tokens[to - 1].possessive ? tokens[to - 1].end - 2 : tokens[to - 1].end);

function remember(st: ArticleState, things: Set<string> | undefined, surface: string): void {
  if (things) things.add(surface);
  else thingsOf.set(st, new Set([surface]));
}

/** Whether the run [from, to) stands on one side of a case's "v." ("R. v. Jordan"), a capitalised word on the other. */
function caseParty(tokens: Token[], from: number, to: number, sFrom: number, sTo: number): boolean {
  const versus = (t: Token | undefined): boolean => !!t && (t.text === 'v.' || t.text === 'v' || t.text === 'vs.');
  if (from - 2 >= sFrom && versus(tokens[from - 1]) && tokens[from - 2].cap) return true;
  return to + 1 < sTo && versus(tokens[to]) && tokens[to + 1].cap;
}

/** The shapes of a thing's name other than a case's (see the file's comment). */
function isThing(tokens: Token[], from: number, to: number, sFrom: number, sTo: number, entities: Entity[]): boolean {
  const n = to - from;
  const before = from > sFrom ? tokens[from - 1] : undefined;
  const after = to < sTo ? tokens[to] : undefined;
  const last = baseLower(tokens[to - 1]);
  const noGivenName = (): boolean => genderOfFirstName(tokens[from].base) === null;
  // a model: a brand's word and a number ("the PickPal 3"), or a model's last word ("its new PickPal Mini")
  if (n === 1 && before && MODEL_BEFORE.has(before.lower) && after && /^\d{1,3}$/.test(after.text) && brandWord(tokens[from].base)) return true;
  if (n >= 2 && MODEL_TAILS.has(last) && !tokens[to - 1].possessive && noGivenName()) return true;
  const determiner = !!before && before.type === 'word' && (before.lower === 'the' || before.lower === 'its' || before.lower === 'their' || (!before.cap && before.possessive));
  // a programme, that no cue follows and the lists do not know as a body (a pension plan or fund
  // is a body that invests: "the Ontario Teachers' Pension Plan")
  if (n >= 2 && (PROGRAMME_HEADS.has(last) || PUBLIC_FUND_HEADS.has(last)) && !CUE_FORMS.has(after?.lower ?? '') && baseLower(tokens[to - 2]) !== 'pension' && programme(tokens, from, to, last, before, determiner, sFrom) && knownLength(tokens, from, to)?.n !== n) return true;
  // (a body is no thing for modifying one: "the State Department system")
  if (!before || !determiner || entities.some((e) => e.type !== 'person' && e.type !== 'single')) return false;
  // the modifier of a thing's noun ("the Emergency Alert system", "the Troy Block building", "the
  // city's Connect Saint John notification app")
  const noun = after?.type === 'word' && !after.cap && !THING_NOUNS.has(after.lower) && to + 1 < sTo && tokens[to + 1].type === 'word' && !tokens[to + 1].cap ? tokens[to + 1] : after;
  if (n >= 2 && noun?.type === 'word' && !noun.cap && THING_NOUNS.has(noun.lower) && (NAMED_AFTER_SOMEONE.has(noun.lower) || noGivenName())) return true;
  // a vessel by a person's name in a sentence about ships ("with the Christopher Stannix and the Viola Desmond running")
  if (n >= 2 && before.lower === 'the' && entities[0].type === 'person') {
    for (let i = sFrom; i < sTo; i++) if (tokens[i].type === 'word' && !tokens[i].cap && VESSEL_NOUNS.has(tokens[i].lower)) return true;
  }
  return false;
}

/** Whether a name ending on `last` is a programme's by its head word and the words before it (see PROGRAMME_HEADS, PUBLIC_FUND_HEADS). */
function programme(tokens: Token[], from: number, to: number, last: string, before: Token | undefined, determiner: boolean, sFrom: number): boolean {
  // (a body's head word and "for" or "of" make the name a body's: "the Centre for Security Diplomacy and Strategy")
  for (let i = from; i < to - 2; i++) if ((tokens[i + 1].lower === 'for' || tokens[i + 1].lower === 'of') && ORG_HEADS.has(baseLower(tokens[i]))) return false;
  if (PROGRAMME_HEADS.has(last)) return determiner || throughThe(tokens, from, sFrom);
  if (!PUBLIC_FUND_HEADS.has(last)) return false;
  if (before && GOVERNMENT_WORDS.has(before.lower)) return true;
  const prep = from - 2 >= sFrom && before?.lower === 'the' ? tokens[from - 2].lower : '';
  return prep === 'under' || prep === 'through';
}

/** Whether "the" (and at most one lower-case word: "the federal …") stands before `from` after a preposition help comes through. */
function throughThe(tokens: Token[], from: number, sFrom: number): boolean {
  let i = from - 1;
  if (i > sFrom && tokens[i].type === 'word' && !tokens[i].cap && tokens[i].lower !== 'the') i--;
  // ("according to the … Program": its words, a body's)
  return i > sFrom && tokens[i].lower === 'the' && THROUGH.has(tokens[i - 1].lower) && !(tokens[i - 1].lower === 'to' && tokens[i - 2]?.lower === 'according');
}
