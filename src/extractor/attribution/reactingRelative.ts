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
  const owner = st.lastPersonSpeaker?.actor;
  if (!owner || owner.nameTokens.length < 2 || genderOf(st, owner)?.gender !== owned) return null;
  const surname = surnameToken(owner.nameTokens);
  const kinsfolk = st.table.personsWithToken(surname, SURNAME_LOOK).filter((p) => p !== owner && !p.anonymous && p.nameTokens.length > 1 && surnameToken(p.nameTokens) === surname && (genderOf(st, p)?.gender ?? gender) === gender);
  return kinsfolk.length === 1 ? kinsfolk[0] : null;
}
