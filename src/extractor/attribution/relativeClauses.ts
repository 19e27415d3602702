/**
 * Relative clauses on a source ("Farmers whose fields were buried … say", "Workers whom Acme laid
 * off said"): where the subject's noun phrase ends and whether the clause holds its own verb.
 */
import { CUE_FORMS } from '../cues';
import { descriptionKinds } from '../lexicon/organisations';
import type { Token } from '../text';
import type { Np } from './state';
import { AUXILIARIES, DETERMINERS, hasFiniteVerb } from './words';

/**
 * The noun phrase of up to four words that opens the sentence at `from` when "who" or "whose"
 * (or "whom") follows it and no comma or quotation mark stands before the cue at `cue` ("Farmers whose fields
 * were buried … say", "Parents who lost their jobs in the layoffs say"); null otherwise.
 */
export function relativeHead(t: Token[], from: number, cue: number): Np | null {
  const place = placeClauseHead(t, from, cue);
  if (place) return place;
  let j = from;
  while (j < cue && j - from < 4 && t[j].type === 'word' && !RELATIVE_PRONOUNS.has(t[j].lower) && !thatOnPlural(t, j, cue) && !thatOnBody(t, from, j, cue)) j++;
  // ("Firms that build chips say …", "Small businesses that depend on the mail said …", "Companies
  // which ship through the port said …": "that" or "which" after a plural noun opens its relative clause too)
  // ("The company that operates Whistler Blackcomb said": and after a body's noun, whose object is no speaker)
  if (j > from && j < cue && (thatOnPlural(t, j, cue) || thatOnBody(t, from, j, cue))) {
    for (let x = j + 1; x < cue; x++) if (t[x].type !== 'word' && !listComma(t, x, cue)) return null;
    return { from, to: j };
  }
  // (the pronoun's antecedent a noun, not a verb's object clause: "And when asked who they thought …")
  if (j === from || j >= cue || !RELATIVE_PRONOUNS.has(t[j].lower) || verbBeforeWho(t[j - 1])) return null;
  // ("A woman whose husband serves at CFB Trenton, who asked not to be named, said …": a second
  // relative clause set off by commas right before the cue is an aside; the first ends at its comma)
  cue = asideBefore(t, j, cue);
  for (let x = j + 1; x < cue; x++) if (t[x].type !== 'word' && !listComma(t, x, cue)) return null;
  // ("The man who Smith says stole the car", "Lawmakers whom the governor says ignored him": a
  // phrase with no verb of its own before the cue is the cue's own subject; after "whose" the
  // owned noun is, and the cue the clause's own verb: "The hacker whose attack first revealed that …")
  // ("who back her opponents say": a lower-case word right after "who" is the clause's verb)
  const verbAfterWho = t[j].lower === 'who' && !t[j + 1].cap && !DETERMINERS.has(t[j + 1].lower);
  if (t[j].lower !== 'whose' && !verbAfterWho && cue > j + 1 && !relativeClauseVerb(t, j + 1, cue)) return null;
  return { from, to: j };
}

/**
 * "The owner of the diner where the outbreak began said …", "Residents of the street where the
 * water main burst say …": "where" after a noun within the phrase that opens the sentence with a
 * determiner opens a clause of that place, its verb before the cue at `cue`; the phrase before
 * "where" is the subject. null when a comma or a mark stands between, or the clause has no verb
 * ("The diner where the owner said …": the cue is the clause's own).
 */
function placeClauseHead(t: Token[], from: number, cue: number): Np | null {
  let j = from;
  while (j < cue && j - from < 8 && t[j].type === 'word' && t[j].lower !== 'where') j++;
  if (j - from < 2 || j >= cue || t[j].lower !== 'where' || !DETERMINERS.has(t[from].lower)) return null;
  for (let x = j + 1; x < cue; x++) if (t[x].type !== 'word') return null;
  // (a plural in -s right before the cue is the cue's subject, no verb: "The diner where inspectors said …")
  const subjectOnly = cue - (j + 1) <= 3 && /[^s]s$/.test(t[cue - 1].lower) && !hasFiniteVerb(t, j + 1, cue - 1) && !IRREGULAR_PASTS_IN(t, j + 1, cue);
  return hasFiniteVerb(t, j + 1, cue) && !subjectOnly ? { from, to: j } : null;
}

/** Whether tokens [from, to) hold a past of IRREGULAR_PASTS ("where the outbreak began"). */
function IRREGULAR_PASTS_IN(t: Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (IRREGULAR_PASTS.has(t[x].lower)) return true;
  return false;
}

/**
 * Whether the comma at `x` inside a relative clause parts the items of a list the clause's verb
 * takes ("Agencies that help newcomers find housing, jobs and language classes in Calgary say"):
 * a lower-case word after it and "and" or "or" within four words after that, before the cue at
 * `cue`. A comma that sets a reporter off ("Firms that ship through the port, officials say") is
 * none.
 */
/** Where a relative clause on "who" set off by commas ends its stretch (after `j`, right before the cue at `cue`): at its opening comma; else `cue`. */
export function asideBefore(t: Token[], j: number, cue: number): number {
  if (t[cue - 1]?.text !== ',') return cue;
  for (let x = cue - 2; x > j + 1; x--) {
    if (t[x].type === 'word') continue;
    return t[x].text === ',' && (t[x + 1].lower === 'who' || (t[x + 1].lower === 'and' && t[x + 2]?.lower === 'who')) ? x : cue;
  }
  return cue;
}

function listComma(t: Token[], x: number, cue: number): boolean {
  if (t[x].text !== ',' || t[x + 1]?.type !== 'word' || t[x + 1].cap) return false;
  for (let k = x + 1; k < cue && k <= x + 5; k++) {
    if (t[k].type !== 'word') return t[k].text === ',' && k > x + 1;
    if (t[k].lower === 'and' || t[k].lower === 'or') return k + 1 < cue;
  }
  return false;
}

/** Whether tokens [from, to) of a relative clause hold its verb: a finite form or a past IRREGULAR_PASTS lists ("whom Acme laid off", "whose patient Dr. Saleh treated"). */
export function relativeClauseVerb(t: Token[], from: number, to: number): boolean {
  if (hasFiniteVerb(t, from, to)) return true;
  for (let x = from; x < to; x++) if (IRREGULAR_PASTS.has(t[x].lower)) return true;
  return false;
}

/** Past forms the finite-verb test does not know, that a relative clause on people ends or opens with ("who spoke to …", "whom Acme laid off", "who lost"). */
export const IRREGULAR_PASTS = new Set(['spoke', 'lost', 'met', 'laid', 'left', 'fled', 'saw', 'took', 'made', 'gave', 'got', 'went', 'came', 'ran', 'fell', 'paid', 'sold', 'bought', 'built', 'held', 'kept', 'won', 'hit', 'cut', 'put', 'told', 'heard', 'felt', 'found', 'brought', 'sent', 'spent', 'led', 'wrote', 'drove', 'broke', 'grew', 'knew', 'threw', 'sat', 'stood', 'fought', 'taught', 'caught', 'began', 'became']);
/**
 * Whether the "that" or "which" at token `j` opens a relative clause on the plural noun before it,
 * a verb right after it and more words before the cue at `cue` ("Firms that build chips said",
 * "Companies which ship through the port said"); not "that" as a determiner ("Officials that day
 * said", "Residents that same morning told").
 */
function thatOnPlural(t: Token[], j: number, cue: number): boolean {
  const head = t[j - 1];
  const verb = t[j + 1];
  // (a noun in the plural, no verb in -s: "his explanation is that he …", "the team believes that …")
  return (t[j].lower === 'that' || t[j].lower === 'which') && !!head && head.type === 'word' && head.lower.length > 3 && /[^s'u]s$/.test(head.lower) && !head.possessive && !AUXILIARIES.has(head.lower) && !CUE_FORMS.has(head.lower) && cue - j >= 3 && verb.type === 'word' && !verb.cap && !DETERMINERS.has(verb.lower) && !THAT_DETERMINED.has(verb.lower) && !PERSON_PRONOUNS_AFTER.has(verb.lower);
}
/**
 * Whether the "that" or "which" at token `j` opens a relative clause on a body's noun after a
 * determiner opening the phrase at `from`, a verb in -s or -ed right after it ("The company that
 * operates …", "The firm which ran …") or an auxiliary and a word in lower case ("A nonprofit that
 * has fed …"); not "the union that day said".
 */
export function thatOnBody(t: Token[], from: number, j: number, cue: number): boolean {
  const verb = t[j + 1];
  // ("A nonprofit that has fed seniors for 30 years says": an auxiliary and its participle too)
  const perfect = RELATIVE_AUXILIARIES.has(verb.lower) && t[j + 2]?.type === 'word' && !t[j + 2].cap && j + 2 < cue;
  return (t[j].lower === 'that' || t[j].lower === 'which') && j - from >= 2 && j - from <= 3 && DETERMINERS.has(t[from].lower) && !t[j - 1].cap && !!descriptionKinds(t[j - 1].lower) && cue - j >= 3 && verb.type === 'word' && !verb.cap && (perfect || (/(?:s|ed)$/.test(verb.lower) && !THAT_DETERMINED.has(verb.lower)));
}
/** Auxiliaries that open a relative clause on a body with their participle ("that has fed", "which was founded"). */
const RELATIVE_AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were']);
/** Pronouns that open a clause of their own after "that" ("Firms that he said …"), no relative clause's verb. */
const PERSON_PRONOUNS_AFTER = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** Words "that" as a determiner goes before (times and their modifiers), no verb of a relative clause. */
const THAT_DETERMINED = new Set(['same', 'very', 'day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'season', 'summer', 'winter', 'spring', 'fall', 'autumn', 'point', 'moment', 'period', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'would', 'will', 'could', 'should', 'may', 'might', 'must', 'can']);

/** Pronouns that open a relative clause on a person: "Farmers whose fields …", "Workers whom Acme laid off …". */
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'whom']);
/** Whether a word before "who" is a verb whose object the clause is ("asked who", "knows who"), no noun it modifies. */
function verbBeforeWho(x: Token): boolean {
  return !x.cap && (CUE_FORMS.has(x.lower) || QUESTION_VERBS.has(x.lower) || /(?:ed|ing)$/.test(x.lower));
}
/** Verbs a "who" question follows as their object ("wonder who", "know who"). */
const QUESTION_VERBS = new Set(['know', 'knows', 'knew', 'wonder', 'wonders', 'see', 'sees', 'saw', 'decide', 'decides', 'decided', 'matter', 'matters', 'care', 'cares', 'is', 'was', 'are', 'were']);
