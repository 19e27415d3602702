/**
 * Part of stage 5 of attribution (see ./resolution): the speaker of quoted words from their
 * source phrase — resolveNp's actor, except that a pronoun before "told Hannity" or "said of
 * Trump" is not whom the words are told to or about, a role phrase that fits a person the
 * quotation names is left unresolved, and "she" is not a person the quoted words call by their
 * given name alone.
 */
import { type LocalActor, type LocalMention } from '../actors';
import { CUE_FORMS } from '../cues';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import { resolvePersonPronoun } from './anaphora';
import type { ArticleState, Np } from './state';
import { hasFiniteVerb, PERSON_PRONOUNS } from './words';
import { KIN_NOUNS } from '../lexicon/people';
import { resolveNp } from './resolution';
import { pairedSpeakers } from './pairedSpeakers';

/**
 * The speaker of words (tokens [from, to) of paragraph `pi`) whose source phrase is `np`: as
 * resolveNp, but "he" or "she" is not a person the quoted words call by their given name alone
 * ("“Karen has given this town thirty years,” she said" after "Ruth Dale thanked Karen Ellis" is
 * Ruth Dale). People who speak of themselves in the third person use their full name or surname
 * ("it's not Bernie Sanders"), and the writer's own words around a quotation name the speaker
 * freely ("Though Ms. Olivieri has lived there all her life, she said"): neither counts.
 */
export function resolveSpeakerOf(st: ArticleState, pi: number, p: Paragraph, s: Sentence, np: Np, from: number, to: number): LocalActor | null {
  const pronoun = baseLower(p.tokens[np.from]);
  // "“…,” he told Hannity", "“…,” he said of Trump": whom the words are told or about is not who says them
  const addressed = np.to - np.from === 1 && PERSON_PRONOUNS.has(pronoun) ? personAfterCue(st, pi, p.tokens, np.to) : null;
  let first = addressed ? resolvePersonPronoun(st, pi, s, np.from, pronoun, addressed) : resolveNp(st, pi, p, s, np);
  // ("Investigators believe the vehicle is a Honda CR-V …, he said": a pronoun that reports a clause
  // never means one the clause brings in, outside its words quoted; the one before it does)
  if (first?.kind === 'person' && !addressed && np.to - np.from === 1 && PERSON_PRONOUNS.has(pronoun) && introducedInReport(st, pi, p, first, from, to)) first = resolvePersonPronoun(st, pi, s, np.from, pronoun, first);
  // "Businesses along Eighth Street said": a street or a road says nothing; who is on it is not named
  if (first?.kind === 'place' && STREET_NAME.test(first.name)) return null;
  // "Tom Hale and his wife, Rita Hale, said": both speak
  const pair = first ? pairedSpeakers(st, pi, s, p.tokens, np, first) : null;
  if (pair) return pair;
  // "“… running harder against President Obama and me …,” the former president said": a person the
  // quotation names is whom it is about; a role phrase that fits them is left unresolved
  if (first?.kind === 'person' && np.to - np.from >= 2 && p.tokens[np.from].lower === 'the' && !p.tokens[np.to - 1].cap && namedInQuote(st, pi, p, first, from, to)) return null;
  // "Her grandmother, Yvette Pierre-Louis, taught her … “My grandmother never measured anything,”
  // she said": the relative the words call "my grandmother" is not who says them
  if (first?.kind === 'person' && np.to - np.from === 1 && PERSON_PRONOUNS.has(pronoun) && ownKinInQuote(p, first, from, to)) return resolvePersonPronoun(st, pi, s, np.from, pronoun, first);
  // (a direct quotation only: words quoted inside reported speech may be others' about the speaker, "asking too many “please attack Ted” questions")
  if (!first || first.nameTokens.length < 2 || np.to - np.from !== 1 || !PERSON_PRONOUNS.has(pronoun) || !(p.inQuote[from] || p.tokens[from]?.type === 'open')) return first;
  const at = st.mentionAt[pi];
  const given = first.nameTokens[0]; // (in lower case)
  for (let j = Math.max(from, 0); j < to && j < at.length; j++) {
    const m = at[j];
    // (not inside a quotation the quotation quotes: "“She said, ‘Walter, we sell,’” he said" may be Walter's)
    if (m?.actor === first && m.to - m.from === 1 && p.inQuote[j] && p.tokens[j].lower === given && !nestedQuoted(p.tokens, from, j)) return resolvePersonPronoun(st, pi, s, np.from, pronoun, first) ?? first;
  }
  return first;
}

/**
 * Whether person `a` is first named in content [from, to) of paragraph `pi`, outside quotation
 * marks and after the clause's verb (one named before may well be the speaker: "A Clinton
 * presidency, she vowed, would …"; and so may the clause's subject).
 */
function introducedInReport(st: ArticleState, pi: number, p: Paragraph, a: LocalActor, from: number, to: number): boolean {
  const at = st.mentionAt[pi];
  let j = Math.max(from, 0);
  while (j < to && j < at.length && at[j]?.actor !== a) j++;
  if (j >= to || j >= at.length || p.inQuote[j]) return false;
  // ("Former Rep. Chris Shays was pro John Kasich …, he said": the clause's subject may be who reports it)
  if (!hasFiniteVerb(p.tokens, Math.max(from, 0), at[j]!.from, true)) return false;
  const earliest = firstMentions(st).get(a);
  return !!earliest && earliest.para === pi && earliest.from === at[j]!.from;
}

/** Each actor's first mention in the text, made once per article when first asked for (the names stage's mentions are all in by then). */
const firstMentionsOf = new WeakMap<ArticleState, Map<LocalActor, LocalMention>>();
function firstMentions(st: ArticleState): Map<LocalActor, LocalMention> {
  let made = firstMentionsOf.get(st);
  if (made) return made;
  made = new Map();
  for (const m of st.mentions) {
    const known = made.get(m.actor);
    if (!known || m.para < known.para || (m.para === known.para && m.from < known.from)) made.set(m.actor, m);
  }
  firstMentionsOf.set(st, made);
  return made;
}

/** Whether quoted tokens [from, to) of paragraph `p` say "my KIN" of a kin noun among person `a`'s roles ("my grandmother" of a grandmother). */
function ownKinInQuote(p: Paragraph, a: LocalActor, from: number, to: number): boolean {
  const kin = a.roles.filter((r) => KIN_NOUNS.has(r));
  if (!kin.length) return false;
  const t = p.tokens;
  for (let j = Math.max(from, 0); j + 1 < to && j + 1 < t.length; j++) if (t[j].lower === 'my' && p.inQuote[j] && kin.includes(t[j + 1].lower)) return true;
  return false;
}

/** Whether token `j` lies inside a quotation in single curly marks nested in the one from token `from` on (‘Walter, we sell’): one speaker quoting another. */
function nestedQuoted(t: Token[], from: number, j: number): boolean {
  let depth = 0;
  for (let i = from; i < j; i++) {
    if (t[i].text === '‘') depth++;
    else if (t[i].text === '’' && depth > 0) depth--;
  }
  return depth > 0;
}

/** A place named as a street, road or highway ("Eighth Street", "Highway 401"), which no one is. */
const STREET_NAME = /\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Boulevard|Blvd\.?|Lane|Way|Crescent|Parkway|Highway|Expressway|Freeway)$|^(?:Highway|Route|Interstate)\s\d/;

/** Whether person `a` is mentioned inside a quotation among tokens [from, to) of paragraph `pi`. */
function namedInQuote(st: ArticleState, pi: number, p: Paragraph, a: LocalActor, from: number, to: number): boolean {
  const at = st.mentionAt[pi];
  for (let j = Math.max(from, 0); j < to && j < at.length; j++) if (at[j]?.actor === a && p.inQuote[j]) return true;
  return false;
}

/** Words between a cue and the person its words are told to or about: "told Hannity", "said of Trump", "said to Ms. Ode". */
const ADDRESSEE_PREPOSITIONS = new Set(['of', 'about', 'to']);

/**
 * The person named right after the cue that follows token `at` (the pronoun's end), past an adverb,
 * as its object or after "of", "about" or "to", a courtesy title or role word before the name;
 * null when none is.
 */
function personAfterCue(st: ArticleState, pi: number, t: Token[], at: number): LocalActor | null {
  let k = at;
  if (t[k]?.type === 'word' && !t[k].cap && !CUE_FORMS.has(t[k].lower) && t[k].lower.endsWith('ly')) k++;
  if (!CUE_FORMS.has(t[k]?.lower ?? '')) return null;
  k++;
  if (ADDRESSEE_PREPOSITIONS.has(t[k]?.lower ?? '')) k++;
  for (let j = k; j < k + 3 && j < t.length && t[j].type === 'word'; j++) {
    const m = st.mentionAt[pi][j];
    if (m) return m.from <= k + 1 && m.actor.kind === 'person' ? m.actor : null;
    if (!t[j].cap) return null;
  }
  return null;
}
