/**
 * Part of stage 3 of attribution (see ./content), used by ./clauseAfterCue and ./cueObjects: the
 * bounds of what follows a cue — where an object ends before a clause joined after it, the closing
 * mark of a title in quotation marks, and whether a span holds a finite verb outside the relative,
 * non-finite and participle asides set off in it.
 */
import { type Token } from '../text';
import { DETERMINERS, hasFiniteVerb, participleWithAgent, SUBJECT_PRONOUNS, TIME_WORDS } from './words';

/** The closing mark of the quotation opening at token `open`, within a title's length (eight tokens), or -1. */
export function closingMark(t: Token[], open: number, end: number): number {
  for (let j = open + 1; j < Math.min(end, open + 8); j++) if (t[j].type === 'close' || t[j].type === 'ambiguous') return j;
  return -1;
}

/**
 * Whether tokens [from, to) hold a verb (`hasVerb`: a finite verb, or for a counted object an
 * auxiliary) outside the clauses set off by commas in them that are no content: relative clauses
 * (", which has won …,") and non-finite ones (", freeing state funds", ", to be completed within
 * 30 days"), which tell more of the act the verb reports.
 */
export function verbOutsideRelatives(t: Token[], from: number, to: number, hasVerb: (t: Token[], from: number, to: number) => boolean, participles = false): boolean {
  let a = from;
  for (let j = from; j < to; j++) {
    if (t[j].text !== ',' || !asideAt(t, j + 1, participles)) continue;
    if (hasVerb(t, a, j)) return true;
    // the relative clause runs to the next comma
    j++;
    while (j < to && t[j].text !== ',') j++;
    a = j + 1;
  }
  return hasVerb(t, a, to);
}
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/**
 * Where an object that opens at token `from` ends, before `to`: at a clause joined after it (a
 * comma and a coordinator, ", and Lee Park had two assists") or a subordinator's set off by a
 * comma (", hours before the trade was finalized", ", although 55 people were cited"); `to` when
 * neither comes.
 */
export function objectEnd(t: Token[], from: number, to: number): number {
  let comma = -1;
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.text === ';' || (x.text === ',' && JOINING.has(t[j + 1]?.lower ?? ''))) return j;
    // "confirmed the visit but declined to give details": "but" after the object opens the subject's next predicate
    // (not "all but", "nothing but")
    if (x.lower === 'but' && j > from && !BUT_INSIDE.has(t[j - 1].lower)) return j;
    if (x.text === ',') comma = j;
    // (", as the grounding of 20 jets forced it to …": "as" opening a clause after a comma too)
    else if (comma >= 0 && j - comma <= 3 && x.type === 'word' && (SUBORDINATORS.has(x.lower) || (x.lower === 'as' && j === comma + 1 && clauseOpensAt(t[j + 1]) && hasFiniteVerb(t, j + 2, Math.min(to, j + 2 * AS_CLAUSE_REACH))))) return comma;
    // "added a third goal as the Leafs pulled away", "added an assist before …": with no comma, a
    // subordinator right after a short object opens a clause of its own (no part of the object)
    else if (comma < 0 && j - from >= 1 && j - from <= 3 && x.type === 'word' && !x.cap && (SUBORDINATORS.has(x.lower) || (x.lower === 'as' && clauseOpensAt(t[j + 1]) && hasFiniteVerb(t, j + 2, Math.min(to, j + AS_CLAUSE_REACH))))) return j;
  }
  return to;
}

/** Words after "as" within which its clause's verb stands ("as the Toronto Maple Leafs beat …"; "pitched her plan as a way to create jobs" has none). */
const AS_CLAUSE_REACH = 8;
/** Whether a clause's subject may open at `x`: a determiner, a subject pronoun or a capitalised word ("as the Leafs pulled away"; not "as expected", "as well"). */
const clauseOpensAt = (x: Token | undefined): boolean => !!x && x.type === 'word' && (x.cap || DETERMINERS.has(x.lower) || SUBJECT_PRONOUNS.has(x.lower) || AMOUNTS.has(x.lower));
/** Words of amount that open a clause's subject: ", as more users ordered food", "as higher prices hit demand". */
const AMOUNTS = new Set(['more', 'fewer', 'less', 'many', 'most', 'several', 'higher', 'lower', 'rising', 'falling', 'weaker', 'stronger']);

/** Coordinators after a comma that join a clause of its own. */
const JOINING = new Set(['and', 'but', 'while', 'whereas', 'or']);
/** Words before a "but" that keeps a phrase whole: "all but", "nothing but", "not … but". */
const BUT_INSIDE = new Set(['all', 'nothing', 'anything', 'none', 'not', 'everything', 'everyone', 'anyone', 'last', 'first']);
/** Subordinators that open a clause of its own after an object. */
const SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'because', 'since', 'although', 'though', 'until', 'whereas', 'if', 'unless']);

/**
 * Whether token `j`, after a comma, opens a relative or an infinitive clause ("which …", "to be
 * …"), or with `participles` a participle's ("freeing …": after a declared act it tells what the
 * act does; after other objects it may describe the object, "recalled the figure of X, sitting alone …").
 */
function asideAt(t: Token[], j: number, participles: boolean): boolean {
  const x = t[j];
  if (!x || x.type !== 'word' || x.cap) return false;
  if (RELATIVES.has(x.lower)) return true;
  // ("…, something had to change", "…, that morning": nouns in -ing are no participle)
  if (participles && x.lower.length > 4 && x.lower.endsWith('ing') && !x.lower.endsWith('thing') && !TIME_WORDS.has(x.lower)) return true;
  const next = t[j + 1];
  // (and a past participle with its agent: "…, driven by record sales", "…, hit by weaker prices")
  if (participles && participleWithAgent(t, j)) return true;
  return x.lower === 'to' && next?.type === 'word' && !next.cap && !DETERMINERS.has(next.lower);
}
/**
 * A finite verb, not only a verb in -s (see hasFiniteVerb), outside participles that modify the
 * noun before them with their agent or instrument ("trains fitted with the affected brakes",
 * "goods seized by customs"): a bare object's words hold no clause for those.
 */
export function strictFiniteVerb(t: Token[], from: number, to: number): boolean {
  return finiteOutside(t, from, to, (j) => /[^e]ed$/.test(t[j].lower) && PARTICIPLE_PREPOSITIONS.has(t[j + 1]?.lower ?? ''), true);
}

/** Whether tokens [from, to) hold a finite verb (see hasFiniteVerb) other than the words `noVerb` tells are none. */
export function finiteOutside(t: Token[], from: number, to: number, noVerb: (j: number) => boolean, strict: boolean): boolean {
  let a = from;
  for (let j = from; j < to; j++) {
    if (!(t[j].type === 'word' && noVerb(j))) continue;
    if (hasFiniteVerb(t, a, j, strict)) return true;
    a = j + 1;
  }
  return hasFiniteVerb(t, a, to, strict);
}
const PARTICIPLE_PREPOSITIONS = new Set(['with', 'by']);
/** Pronouns that are an object, not a noun phrase's first word: "ordered him to …", "declared himself a candidate". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself', 'you', 'one']);
