/**
 * "A 29-year-old Berlin woman received probation after she had posted comments. “Filth out!” she
 * wrote": a person the text describes without naming, the subject opening the pronoun's sentence or
 * the one before it in its paragraph, is whom "he" or "she" refers to, not a person named further
 * back. The pronoun is that person's, an actor named by the phrase ("nurse on the cardiac ward"),
 * or, where the phrase names none (a relative), it has no speaker rather than a wrong one.
 */
import type { Gender } from '../gender';
import { genderOfRole } from '../gender';
import { CUE_FORMS } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import type { Sentence, Token } from '../text';
import type { ArticleState } from './state';
import { sentenceIndex } from './antecedents';
import { genderOf } from './genderAgreement';
import type { LocalActor } from '../actors';
import { AGED, agentShaped, INDEFINITE } from './words';
import { phraseActor } from './groups';

/** Words before an unnamed person's noun, after "a": an age, a place, a modifier ("a 29-year-old Berlin woman", "one elderly resident"). */
const MAX_MODIFIERS = 4;

/**
 * The noun's index when sentence `s` (or the one before it, `before`) of paragraph `pi` opens with
 * an unnamed person ("a woman in Berlin", "one resident", after an opening adverbial and its comma)
 * whose noun agrees with `gender`, with no person named between that noun and token `at`; -1 when not.
 */
export function unnamedSubjectBefore(st: ArticleState, pi: number, s: Sentence, before: Sentence | null, at: number, gender: Gender | null): number {
  for (const sentence of before ? [s, before] : [s]) {
    const head = unnamedOpening(st, pi, sentence, gender);
    // ("A new campaign manager, he said, …": the description is what was said, and the pronoun another's)
    // (nor past UNNAMED_SCAN tokens: a run-on sentence is not read again for each of its pronouns)
    if (head < 0 || head >= at || at - head > UNNAMED_SCAN || (at === head + 2 && st.paragraphs[pi].tokens[head + 1].text === ',')) continue;
    const mentions = st.mentionAt[pi];
    const t = st.paragraphs[pi].tokens;
    // (nor one spoken to: "A reporter asked her about the plan. “…,” she said" is the one asked)
    for (let i = head + 1; i < at; i++) if (mayMean(st, mentions[i]?.actor, gender) || objectPronoun(t, i, gender)) return -1;
    return head;
  }
  return -1;
}

/** How many words a place's phrase after an unnamed person's noun may take before its comma ("A nurse | on the cardiac ward,"). */
const PLACED_WORDS = 6;

/**
 * The actor named by the phrase of the unnamed person whose noun is token `head` of paragraph `pi`
 * ("A nurse on the cardiac ward, who asked not to be named, described a typical night. “…,” she
 * said": "nurse on the cardiac ward"), so that the pronoun's words are cited as that person's, not
 * "she"; null where the phrase is no "a"/"one" and a person's noun (a relative, "His wife …"), whose
 * pronoun keeps no speaker.
 */
export function unnamedSubjectActor(st: ArticleState, pi: number, head: number): LocalActor | null {
  const t = st.paragraphs[pi].tokens;
  const noun = t[head];
  if (noun.cap || (peopleNoun(noun.lower) !== 'singular' && !agentShaped(noun))) return null;
  let from = head - 1;
  while (from >= 0 && head - from <= MAX_MODIFIERS + 1 && !INDEFINITE.has(t[from].lower)) from--;
  if (from < 0 || !INDEFINITE.has(t[from].lower)) return null;
  // (with the place that tells the person apart, up to its comma: "on the cardiac ward")
  let to = head + 1;
  if (PLACING.has(t[to]?.lower ?? '')) {
    let k = to + 1;
    while (k < t.length && k - to <= PLACED_WORDS && t[k].type === 'word' && !WHO_WORDS.has(t[k].lower)) k++;
    if (k > to + 1 && (t[k]?.text === ',' || WHO_WORDS.has(t[k]?.lower ?? ''))) to = k;
  }
  return phraseActor(st, pi, t, { from, to }, noun, true);
}

/** Prepositions of the place after an unnamed person's noun. */
const PLACING = new Set(['on', 'at', 'in', 'from', 'with', 'of']);
/** Words that open a relative clause, ending the person's phrase. */
const WHO_WORDS = new Set(['who', 'whose', 'whom', 'that']);

/** How many sentences back an unnamed person still stands between a pronoun and a person named before them. */
const UNNAMED_REACH = 3;
/** The longest stretch of tokens, in a sentence, that the rule reads for each pronoun. */
const UNNAMED_SCAN = 120;

/**
 * "…,” Lutz said. ¶ … When I left, a Grade 5 student named Kyla was at the counter. I asked her
 * what she would do. ¶ “I'd be sad,” she said.": an unnamed person opening one of the
 * `UNNAMED_REACH` sentences before sentence `s` (paragraph `pi`, across paragraphs), of a noun
 * agreeing with `gender`, with no person named in that sentence after the noun nor in any sentence
 * since (nor in `s` before token `at`), is nearer than anyone named before: the pronoun is no
 * named person's.
 */
export function unnamedPersonEarlier(st: ArticleState, pi: number, s: Sentence, at: number, gender: Gender): boolean {
  const namesPerson = (para: number, from: number, to: number): boolean => {
    const marks = st.mentionAt[para];
    for (let i = from; i < to; i++) if (marks[i]?.actor.kind === 'person') return true;
    return false;
  };
  // (a sentence too long to read again for each of its pronouns leaves them as they were: a
  // sentence of thousands of "and she said …" stays linear)
  if (at - s.from > UNNAMED_SCAN || namesPerson(pi, s.from, at)) return false;
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from) - 1;
  // (a sentence wholly quoted is the speaker's words, not a step of the narrative away: "“My mother
  // walks there. She waits for the light. She always waits,” he said. ¶ He said …" still reaches
  // back to the unnamed son; at most QUOTED_PASSED of them, so that the walk stays short)
  let quoted = 0;
  for (let depth = 1; depth <= UNNAMED_REACH; depth++) {
    while (si < 0) {
      if (--para < 0) return false;
      const p = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    const sentence = st.paragraphs[para].sentences[si--];
    if (sentence.to - sentence.from > UNNAMED_SCAN) return false;
    if (whollyQuoted(st, para, sentence) && quoted++ < QUOTED_PASSED) {
      if (namesPerson(para, sentence.from, sentence.to)) return false;
      depth--;
      continue;
    }
    const head = unnamedOpening(st, para, sentence, gender);
    const t = st.paragraphs[para].tokens;
    // ("His wife, a retired nurse, joined him": a relative's apposition is no parenthetical cue)
    // (", who …" after the noun is its relative clause, no apposition: "A croupier, who asked not to be named, said")
    if (head >= 0 && (t[head + 1]?.text !== ',' || relativeHead(t, head) || t[head + 2]?.lower === 'who')) {
      // ("The woman's son … identified her as Angela Szabo. “…,” he said": a person named after the
      // noun stands in the pronoun's way only if the pronoun can mean them)
      for (let i = head + 1; i < sentence.to; i++) if (mayMean(st, st.mentionAt[para][i]?.actor, gender) || objectPronoun(t, i, gender)) return false;
      return true;
    }
    if (namesPerson(para, sentence.from, sentence.to)) return false;
  }
  return false;
}

/** Whether `a` is a person whom a pronoun of `gender` may mean: none whose known gender is the other. */
function mayMean(st: ArticleState, a: LocalActor | undefined, gender: Gender | null): boolean {
  return a?.kind === 'person' && (!gender || (genderOf(st, a)?.gender ?? gender) === gender);
}

/** How many wholly quoted sentences the walk back passes without counting them as steps. */
const QUOTED_PASSED = 4;

/** Whether every word of sentence `s` of paragraph `pi` is inside a quotation. */
function whollyQuoted(st: ArticleState, pi: number, s: Sentence): boolean {
  const p = st.paragraphs[pi];
  for (let i = s.from; i < s.to; i++) if (p.tokens[i].type === 'word' && !p.inQuote[i]) return false;
  return s.to > s.from;
}

/** Words after which "her" is an object, not a possessive: "asked her about", "told her that". */
const AFTER_OBJECT = new Set(['about', 'to', 'for', 'that', 'if', 'whether', 'on', 'in', 'at', 'with', 'what', 'why', 'how', 'when', 'again', 'and']);

/**
 * Whether token `i` is "him", or "her" as an object, of the pronoun's `gender` (either when not
 * known): a person other than the unnamed subject, whom the pronoun may mean, is in the passage
 * ("His wife joined him. “…,” she said" has no one else for "she").
 */
function objectPronoun(t: Token[], i: number, gender: Gender | null): boolean {
  if (t[i].lower === 'him') return gender !== 'female';
  return t[i].lower === 'her' && gender !== 'male' && (t[i + 1]?.type !== 'word' || AFTER_OBJECT.has(t[i + 1].lower));
}

/** Whether the unnamed person's noun at `head` is a relative's ("the victim's sister", "his wife"), not "a woman". */
function relativeHead(t: Token[], head: number): boolean {
  return KIN_NOUNS.has(t[head].lower) && !INDEFINITE.has(t[head - 1]?.lower ?? '');
}

/** The token of the people noun that opens sentence `s` after "a", "an" or "one" (and at most an adverbial's comma before them); -1 when none does. */
function unnamedOpening(st: ArticleState, pi: number, s: Sentence, gender: Gender | null): number {
  const t = st.paragraphs[pi].tokens;
  // ("“Any candidate I respect, I will back,” he said": words quoted are no one the writer describes)
  if (st.paragraphs[pi].inQuote[s.from] || t[s.from]?.type !== 'word') return -1;
  let from = s.from;
  // ("Meanwhile, a woman …", "On Monday, one resident …", "When I left, a student …"; not "Dexter Wakefield, a minister …",
  // whose description is in apposition to a name)
  for (let i = s.from; i < Math.min(s.to, s.from + 4); i++) {
    if (st.mentionAt[pi][i] || (i > s.from && t[i].cap && t[i].text !== 'I' && !DAYS_AND_MONTHS.has(t[i].lower))) break;
    if (t[i].text === ',') {
      // ("A croupier, who asked not to be named, said": a relative clause's comma closes no adverbial)
      if (t[i + 1]?.lower !== 'who') from = i + 1;
      break;
    }
  }
  // ("Reyes's mother, seated in the second row, wept": the phrase before a comma is no adverbial)
  const kin = relativeOpening(t, s.from, gender) ?? relativeOpening(t, from, gender);
  // ("His wife said the couple … ¶ “…,” she said": a relative the cue's source already found among
  // the persons named is named, not unnamed)
  if (kin !== null) return kin >= 0 && st.mentionAt[pi][kin]?.actor.kind === 'person' ? -1 : kin;
  if (!INDEFINITE.has(t[from]?.lower ?? '')) return oneWordNamed(st, pi, s, from);
  // ("One of those parents, who asked not to be named, said …": one of people in the plural is one unnamed person too)
  const share = oneOfPeople(t, from, s.to);
  if (share >= 0) return share;
  for (let i = from + 1; i < Math.min(s.to, from + 2 + MAX_MODIFIERS); i++) {
    const w = t[i];
    const m = st.mentionAt[pi][i];
    // (the phrase's own body, which its quote made of an unlisted agent's noun, names no one: "A
    // sommelier who … told"; a person made of it is whom the pronoun means, "One California delegate")
    if (w.type !== 'word' || (m && m.actor.kind !== 'place' && m.actor.kind !== 'country' && !(m.from === from && m.actor.kind === 'organization'))) return -1;
    // ("A bartender who was working that night told …": a noun a relative "who" describes is a person's, listed or not)
    if (!w.cap && (peopleNoun(w.lower) === 'singular' || (/^[a-z]+$/.test(w.lower) && relativeWho(t, i + 1)))) {
      const own = genderOfRole(w.lower);
      return !own || !gender || own === gender ? i : -1;
    }
    // ("A 17-year-old who has stayed there since March said …": an age alone heads the phrase before
    // its relative "who" or its verb of speech, a person of no told gender)
    if (AGED.test(w.lower) && (relativeWho(t, i + 1) || CUE_FORMS.has(t[i + 1]?.lower ?? ''))) return i;
    // (a school year's number is a modifier too: "a Grade 5 student")
    if (!w.cap && !AGED.test(w.lower) && !/^[a-z-]+$/.test(w.lower) && !/^\d{1,2}$/.test(w.lower)) return -1;
  }
  return -1;
}

/** Whether a relative "who" opens at token `k`, set off by a comma or not ("a bartender who …", "a cook, who …"). */
function relativeWho(t: Token[], k: number): boolean {
  return t[k]?.lower === 'who' || (t[k]?.text === ',' && t[k + 1]?.lower === 'who');
}

/** The people noun's token of "one of the nurses", "one of those parents" opening at `from` (up to two modifiers before the noun), or -1. */
function oneOfPeople(t: Token[], from: number, to: number): number {
  if (t[from].lower !== 'one' || t[from + 1]?.lower !== 'of' || !SHARE_DETERMINERS.has(t[from + 2]?.lower ?? '')) return -1;
  for (let i = from + 3; i < Math.min(to, from + 6); i++) {
    const w = t[i];
    if (w.type !== 'word' || w.cap) return -1;
    if (peopleNoun(w.lower) === 'plural') return i;
  }
  return -1;
}
/** Determiners between "one of" and the people noun ("one of the nurses", "one of their neighbours"). */
const SHARE_DETERMINERS = new Set(['the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * "Outside, the mother of the second victim spoke to reporters", "The victim's brother wept": a
 * relative told by whose relative they are, opening the sentence at `from` ("the KIN of …", "the
 * NOUN's KIN", "NAME's KIN"), is someone new, not the one related to them. The kin noun's token
 * when its gender agrees with `gender`; -1 when it does not; null when no such phrase opens there.
 * ("His father ran the farm … he said" is not read: a relative told by a pronoun of the later pronoun's gender
 * is an aside on the person in view.)
 */
function relativeOpening(t: Token[], from: number, gender: Gender | null): number | null {
  let k = from;
  // ("His wife, a retired nurse, joined him. “…,” she said": a relative told by a pronoun of the
  // other gender is whom the later pronoun means, as its owner cannot be)
  const owner = t[k]?.lower === 'his' ? 'male' : t[k]?.lower === 'her' ? 'female' : null;
  // ("Her mother disagreed. “She's wrong,” she said": a relative whose whole sentence is a verb of
  // speech is the one who goes on speaking, whatever the owner's gender)
  if (owner && KIN_NOUNS.has(t[k + 1]?.lower ?? '') && CUE_FORMS.get(t[k + 2]?.lower ?? '')?.form === 'ed' && (t[k + 3]?.text === '.' || t[k + 3]?.text === ':')) {
    const own = genderOfRole(t[k + 1].lower);
    return !own || !gender || own === gender ? k + 1 : -1;
  }
  if (owner) return gender && owner !== gender && KIN_NOUNS.has(t[k + 1]?.lower ?? '') && genderOfRole(t[k + 1].lower) === gender ? k + 1 : null;
  if (t[k]?.lower === 'the') k++;
  const owned = t[k]?.possessive === true && t[k].type === 'word';
  if (owned) k++;
  // ("Arjun's younger sister, 13, had her statement read": a relative told by birth order too)
  if (owned && BIRTH_ORDER.has(t[k]?.lower ?? '')) k++;
  const noun = t[k];
  if (!noun || noun.type !== 'word' || noun.cap || !KIN_NOUNS.has(noun.lower)) return null;
  // ("the mother of the victim", not "the mother said": a bare "the mother" names the one in view)
  if (!owned && (k === from || t[k + 1]?.lower !== 'of')) return null;
  const own = genderOfRole(noun.lower);
  return !own || !gender || own === gender ? k : -1;
}

/** Words of birth order or age before a kin noun: "younger sister", "eldest son", "twin brother". */
const BIRTH_ORDER = new Set(['younger', 'older', 'elder', 'eldest', 'youngest', 'oldest', 'little', 'big', 'baby', 'twin', 'teenage', 'infant']);

/**
 * "Opposition leader Atishi accused …": a role of one to three words (its last a people noun),
 * then one capitalised word that no actor covers (a person known by one name) and a lower-case
 * verb, opening sentence `s` at `from`; that word's token, or -1. The pronoun after it is that
 * person's, whom no actor names.
 */
function oneWordNamed(st: ArticleState, pi: number, s: Sentence, from: number): number {
  const t = st.paragraphs[pi].tokens;
  for (let i = from + 1; i < Math.min(s.to - 1, from + 4); i++) {
    const w = t[i];
    if (w.type !== 'word' || st.mentionAt[pi][i]) return -1;
    if (!w.cap) {
      if (peopleNoun(w.lower) !== 'singular') continue;
      const name = t[i + 1];
      const verb = i + 2 < t.length ? t[i + 2] : undefined;
      return name?.type === 'word' && name.cap && !name.possessive && !DAYS_AND_MONTHS.has(name.lower) && !st.mentionAt[pi][i + 1] && verb?.type === 'word' && !verb.cap ? i + 1 : -1;
    }
  }
  return -1;
}
