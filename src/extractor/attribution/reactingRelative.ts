/**
 * "“They come with their maps,” she said. ¶ Her sister nodded. “She's right,” she said": a
 * relative told by a possessive ("Her sister", "His wife"), opening the sentence before the
 * pronoun's with a verb of reacting and little else ("nodded", "laughed softly"), is who speaks
 * next, not the one the possessive meant (the last speaker). The relative is the one other person
 * the article names by that speaker's surname whose gender agrees; no one when the article names
 * no such person alone.
 */
import type { LocalActor } from '../actors';
import type { Gender } from '../gender';
import { genderOfRole } from '../gender';
import { KIN_NOUNS } from '../lexicon/people';
import { surnameToken } from '../nameForms';
import type { Sentence } from '../text';
import type { ArticleState } from './state';
import { genderOf } from './genderAgreement';

/** Verbs of reacting without words, before one speaks: "nodded", "laughed", "shrugged". */
const REACTING = new Set(['nodded', 'nods', 'laughed', 'laughs', 'smiled', 'smiles', 'shrugged', 'shrugs', 'sighed', 'sighs', 'grinned', 'grins', 'chuckled', 'chuckles', 'agreed', 'agrees', 'interjected', 'paused', 'winced']);
/** Words after the verb, up to the sentence's end: "nodded slowly", "laughed at that". */
const AFTER_VERB = 4;
/** Persons sharing the surname looked at. */
const SURNAME_LOOK = 32;

/**
 * The person "he" or "she" (of `gender`) means when `before`, the sentence before the pronoun's in
 * paragraph `pi`, is "His/Her KIN VERB …" of a kin noun of that gender; null when the relative is
 * no one the article names alone; undefined when the sentence is not of that shape.
 */
export function reactingRelative(st: ArticleState, pi: number, before: Sentence | null, gender: Gender): LocalActor | null | undefined {
  if (!before) return undefined;
  const t = st.paragraphs[pi].tokens;
  const k = before.from;
  const owned = t[k]?.lower === 'his' ? 'male' : t[k]?.lower === 'her' ? 'female' : null;
  const kin = t[k + 1];
  if (!owned || !kin || kin.type !== 'word' || kin.cap || !KIN_NOUNS.has(kin.lower) || genderOfRole(kin.lower) !== gender) return undefined;
  const verb = t[k + 2];
  if (!verb || !REACTING.has(verb.lower) || before.to - (k + 3) > AFTER_VERB) return undefined;
  for (let i = k; i < before.to; i++) if (st.mentionAt[pi][i] || st.paragraphs[pi].inQuote[i]) return undefined;
  // whose relative: the last speaker, when the possessive agrees with them
  return namedRelative(st, st.lastPersonSpeaker?.actor, owned, gender);
}

/**
 * The one other person the article names by the surname of `owner` (whose gender is `owned`, as
 * the possessive told it) whose gender may be `gender`: the relative "his wife" or "her husband"
 * means; null when there is no such owner or not exactly one such person.
 */
function namedRelative(st: ArticleState, owner: LocalActor | undefined, owned: Gender, gender: Gender): LocalActor | null {
  if (!owner || owner.nameTokens.length < 2 || genderOf(st, owner)?.gender !== owned) return null;
  const surname = surnameToken(owner.nameTokens);
  const kinsfolk = st.table.personsWithToken(surname, SURNAME_LOOK).filter((p) => p !== owner && !p.anonymous && p.nameTokens.length > 1 && surnameToken(p.nameTokens) === surname && (genderOf(st, p)?.gender ?? gender) === gender);
  return kinsfolk.length === 1 ? kinsfolk[0] : null;
}

/**
 * Words after which a relative opens a clause as its subject: "that her husband had …", "and his
 * wife said", and a verb of saying whose clause has no "that" ("said her husband had taken up golf";
 * not "told", whose object the relative would be).
 */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'while', 'when', 'after', 'since', 'though', 'although', 'if', 'as', 'until', 'before', 'whereas', 'said', 'says', 'added', 'adds']);

/** How many tokens before its pronoun relativeInSentence looks for the relative: a clause or two of a news sentence. */
const RELATIVE_REACH = 40;

/**
 * "Linda MacPhee said she had joined a choir and that her husband had taken up pickleball, though
 * he says he is …": a relative told by a possessive of the other gender ("her husband", "his
 * wife"), unnamed, earlier in the pronoun's own sentence and of the pronoun's gender, is whom the
 * pronoun at token `at` means, not the possessive's owner, unless a person who may be meant is
 * named between. That relative, as namedRelative finds them (the owner the nearest person of the
 * possessive's gender named before it in the sentence), or null; undefined when no such relative
 * stands there.
 */
export function relativeInSentence(st: ArticleState, pi: number, s: Sentence, at: number, gender: Gender): LocalActor | null | undefined {
  const p = st.paragraphs[pi];
  const t = p.tokens;
  // most pronouns have no "his" or "her" of the other gender before a kin noun in reach: the answer
  // is then undefined, found without the gender of each person named there (asked of every pronoun)
  const other = gender === 'male' ? 'her' : 'his';
  let possessive = false;
  for (let k = at - 2; k >= s.from && at - k <= RELATIVE_REACH && !possessive; k--) possessive = t[k].lower === other && KIN_NOUNS.has(t[k + 1].lower);
  if (!possessive) return undefined;
  // (no further back than RELATIVE_REACH tokens: a run-on sentence of thousands of "her husband
  // …, though he says" is not read back to its start for each pronoun)
  for (let k = at - 2; k >= s.from && at - k <= RELATIVE_REACH; k--) {
    const m = st.mentionAt[pi][k];
    // (a person named nearer who may be meant is the pronoun's antecedent as the walk finds it)
    if (m?.actor.kind === 'person' && (genderOf(st, m.actor)?.gender ?? gender) === gender) return undefined;
    const owned = t[k].lower === 'his' ? 'male' : t[k].lower === 'her' ? 'female' : null;
    const kin = t[k + 1];
    if (!owned || owned === gender || p.inQuote[k] || kin.type !== 'word' || kin.cap || !KIN_NOUNS.has(kin.lower) || genderOfRole(kin.lower) !== gender) continue;
    // ("her husband, Gord MacPhee," or "her husband Gord": a relative named is found as a name)
    const next = t[k + 2];
    if (!next || st.mentionAt[pi][k + 2] || (next.text === ',' && st.mentionAt[pi][k + 3]) || next.cap) return undefined;
    // the relative is a clause's subject ("and that her husband had taken up …"), not an object
    // ("Freeing her husband, he promised, …": the pronoun is the one who frees)
    if (next.type !== 'word' || (k > s.from && !CLAUSE_OPENERS.has(t[k - 1].lower))) return undefined;
    let owner: LocalActor | undefined;
    for (let j = k - 1; j >= s.from && k - j <= RELATIVE_REACH && !owner; j--) {
      const o = st.mentionAt[pi][j]?.actor;
      if (o?.kind === 'person' && genderOf(st, o)?.gender === owned) owner = o;
    }
    return namedRelative(st, owner ?? st.lastPersonSpeaker?.actor, owned, gender);
  }
  return undefined;
}
