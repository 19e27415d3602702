/**
 * Relative clauses on a source ("Farmers whose fields were buried … say", "Workers whom Acme laid
 * off said"): where the subject's noun phrase ends and whether the clause holds its own verb.
 */
import { CUE_FORMS } from '../cues';
import type { Token } from '../text';
import type { Np } from './state';
import { DETERMINERS, hasFiniteVerb } from './words';

/**
 * The noun phrase of up to four words that opens the sentence at `from` when "who" or "whose"
 * (or "whom") follows it and no comma or quotation mark stands before the cue at `cue` ("Farmers whose fields
 * were buried … say", "Parents who lost their jobs in the layoffs say"); null otherwise.
 */
export function relativeHead(t: Token[], from: number, cue: number): Np | null {
  let j = from;
  while (j < cue && j - from < 4 && t[j].type === 'word' && !RELATIVE_PRONOUNS.has(t[j].lower) && !thingRelative(t, j, cue)) j++;
  // ("Small businesses that depend on the mail said …", "Companies which ship through the port
  // said …": "that" or "which" with its clause's verb at once, after a plural noun, is a relative
  // pronoun too, whose clause the subject read back ends in)
  if (j > from && j < cue && thingRelative(t, j, cue) && !verbBeforeWho(t[j - 1])) return { from, to: j };
  // (the pronoun's antecedent a noun, not a verb's object clause: "And when asked who they thought …")
  if (j === from || j >= cue || !RELATIVE_PRONOUNS.has(t[j].lower) || verbBeforeWho(t[j - 1])) return null;
  for (let x = j + 1; x < cue; x++) if (t[x].type !== 'word') return null;
  // ("The man who Smith says stole the car", "Lawmakers whom the governor says ignored him": a
  // phrase with no verb of its own before the cue is the cue's own subject; after "whose" the
  // owned noun is, and the cue the clause's own verb: "The hacker whose attack first revealed that …")
  // ("who back her opponents say": a lower-case word right after "who" is the clause's verb)
  const verbAfterWho = t[j].lower === 'who' && !t[j + 1].cap && !DETERMINERS.has(t[j + 1].lower);
  if (t[j].lower !== 'whose' && !verbAfterWho && cue > j + 1 && !relativeClauseVerb(t, j + 1, cue)) return null;
  return { from, to: j };
}

/**
 * Whether token `j` is "that" or "which" opening a relative clause on the plural noun before it,
 * its verb right after it in the present or past ("businesses that depend on", "firms which
 * shipped"), with only words up to the cue at `cue`.
 */
function thingRelative(t: Token[], j: number, cue: number): boolean {
  const w = t[j];
  if ((w.lower !== 'that' && w.lower !== 'which') || j + 2 >= cue) return false;
  const noun = t[j - 1];
  const verb = t[j + 1];
  if (!noun || noun.type !== 'word' || noun.cap || !/[^s]s$/.test(noun.lower) || CUE_FORMS.has(noun.lower)) return false;
  if (verb.type !== 'word' || verb.cap || DETERMINERS.has(verb.lower) || CUE_FORMS.has(verb.lower) || /ly$/.test(verb.lower)) return false;
  for (let x = j + 1; x < cue; x++) if (t[x].type !== 'word') return false;
  return true;
}

/** Whether tokens [from, to) of a relative clause hold its verb: a finite form or a past IRREGULAR_PASTS lists ("whom Acme laid off", "whose patient Dr. Saleh treated"). */
export function relativeClauseVerb(t: Token[], from: number, to: number): boolean {
  if (hasFiniteVerb(t, from, to)) return true;
  for (let x = from; x < to; x++) if (IRREGULAR_PASTS.has(t[x].lower)) return true;
  return false;
}

/** Past forms the finite-verb test does not know, that a relative clause on people ends or opens with ("who spoke to …", "whom Acme laid off", "who lost"). */
const IRREGULAR_PASTS = new Set(['spoke', 'lost', 'met', 'laid', 'left', 'fled', 'saw', 'took', 'made', 'gave', 'got', 'went', 'came', 'ran', 'fell', 'paid', 'sold', 'bought', 'built', 'held', 'kept', 'won', 'hit', 'cut', 'put', 'told', 'heard', 'felt', 'found', 'brought', 'sent', 'spent', 'led', 'wrote', 'drove', 'broke', 'grew', 'knew', 'threw', 'sat', 'stood', 'fought', 'taught', 'caught', 'began', 'became']);
/** Pronouns that open a relative clause on a person: "Farmers whose fields …", "Workers whom Acme laid off …". */
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'whom']);
/** Whether a word before "who" is a verb whose object the clause is ("asked who", "knows who"), no noun it modifies. */
function verbBeforeWho(x: Token): boolean {
  return !x.cap && (CUE_FORMS.has(x.lower) || QUESTION_VERBS.has(x.lower) || /(?:ed|ing)$/.test(x.lower));
}
/** Verbs a "who" question follows as their object ("wonder who", "know who"). */
const QUESTION_VERBS = new Set(['know', 'knows', 'knew', 'wonder', 'wonders', 'see', 'sees', 'saw', 'decide', 'decides', 'decided', 'matter', 'matters', 'care', 'cares', 'is', 'was', 'are', 'were']);
