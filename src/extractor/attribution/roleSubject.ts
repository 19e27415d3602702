/**
 * Part of resolution (see ./resolution): a sentence whose subject is a role the article gave one
 * person ("The premier brushed off the criticism.") mentions that person, though no one speaks in
 * it, so that a pronoun after it ("She said …") finds the person there rather than the last
 * speaker before. An office no one in the article is named as holding gives the anonymous person
 * of the phrase, as "The premier said" would.
 */
import { CUE_FORMS } from '../cues';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { LocalActor } from '../actors';
import type { Paragraph, Sentence, Token } from '../text';
import { phraseActor } from './groups';
import { chiefOffice, onlyHolder, soleHolder, unheldOffice } from './roleHolders';
import type { ArticleState } from './state';
import { personOfAge, unnamedOfAge } from './generations';
import { resolvePersonPronoun } from './anaphora';
import { ageHead } from './sourceBefore';
import { AGED, DETERMINERS, GOVERNMENT_LEVELS, isPeopleNoun, STOP_BACKWARD } from './words';
import { peopleNoun } from '../lexicon/people';

/**
 * Adds a mention over "The ROLE" opening sentence `s` (paragraph `pi`) when a verb in lower case
 * follows and one person of the article holds the role; a speech verb after it is left to the
 * source phrase's resolution.
 */
export function noteRoleSubject(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  if (s.to - s.from < 4) return;
  if ((t[s.from].lower === 'she' || t[s.from].lower === 'he') && !p.inQuote[s.from]) return notePronounSubject(st, pi, t, s);
  if (t[s.from].lower !== 'the') return;
  if (AGED.test(t[s.from + 1].lower)) return noteAgeSubject(st, pi, t, s);
  // "The premier", "The billionaire businessman": role nouns in lower case, then the verb
  let end = s.from + 1;
  while (end < s.to && end - s.from <= 3 && roleWord(t[end])) end++;
  if (end === s.from + 1) return;
  // "The chief medical officer warned …", "The chief public health officer": "chief" is an office's
  // first word, and its modifiers go on to the office's own head
  if (t[end - 1].lower === 'chief') {
    const head = officeHeadAfter(t, s, end);
    if (head >= 0) return noteOfficeSubject(st, pi, t, s, head + 1);
    // ("The chief medical examiner said": an office of words the lists lack, its cue's source, not "The chief" and a verb "medical")
    if (head === CUE_AFTER) return;
  }
  const verb = t[end];
  if (!verb || verb.type !== 'word' || verb.cap || CUE_FORMS.has(verb.lower) || NOT_A_VERB.has(verb.lower)) return;
  // ("The state board said", "The county council voted": a level of government before a noun is
  // that body's modifier, no office whose holder the noun's verb would name)
  if (GOVERNMENT_LEVELS.has(t[end - 1].lower)) return;
  for (let i = s.from + 1; i < end; i++) if (st.mentionAt[pi][i]) return;
  const holder = holderOf(st, t[end - 1].lower) ?? (end - s.from > 2 ? holderOf(st, t[s.from + 1].lower) : null);
  if (holder) st.addMention(holder, pi, s.from, end, t[s.from].start, t[end - 1].end);
  // an office no one named holds: the anonymous person of the phrase ("premier"), as its source would be
  else if (unheldOffice(st, t, { from: s.from, to: end }, null)) phraseActor(st, pi, t, { from: s.from, to: end }, t[end - 1]);
}

/** officeHeadAfter's answer when plain lower-case words run from `end` to a cue. */
const CUE_AFTER = -2;

/**
 * The head of an office that goes on after "chief" (role words ending at `end`) through one or two plain
 * lower-case modifiers ("chief | medical | officer", "chief | public health | officer"): a
 * singular people or role noun; CUE_AFTER when such words run to a cue instead ("chief | medical
 * examiner | said"); -1 when the word at `end` may be the verb ("The chief praised officers", "The chief met a nurse").
 */
function officeHeadAfter(t: Token[], s: Sentence, end: number): number {
  for (let k = end; k < Math.min(s.to, end + 3); k++) {
    const w = t[k];
    if (k > end && w.type === 'word' && !w.cap && CUE_FORMS.has(w.lower)) return CUE_AFTER;
    if (w.type !== 'word' || w.cap || w.possessive || CUE_FORMS.has(w.lower) || NOT_A_VERB.has(w.lower) || DETERMINERS.has(w.lower) || STOP_BACKWARD.has(w.lower)) return -1;
    if (k > end && (ROLE_NOUNS.has(w.lower) || peopleNoun(w.lower) === 'singular')) return k;
    if (!/^[a-z]+$/.test(w.lower) || w.lower.endsWith('ed')) return -1;
  }
  return -1;
}

/**
 * "The chief medical officer warned of a surge." (role words, modifiers and the office's head, to
 * `end`, before a verb in lower case that is no cue): its one holder when the article names one
 * ("Chief Medical Officer Dr. Raj Patel"), else, when no one named holds that office, the anonymous
 * person of the phrase; never the holder of its first word (a chief medical officer is no chief).
 */
function noteOfficeSubject(st: ArticleState, pi: number, t: Token[], s: Sentence, end: number): void {
  const verb = t[end];
  if (!verb || verb.type !== 'word' || verb.cap || CUE_FORMS.has(verb.lower) || NOT_A_VERB.has(verb.lower)) return;
  for (let i = s.from + 1; i < end; i++) if (st.mentionAt[pi][i]) return;
  const np = { from: s.from, to: end };
  const office = chiefOffice(st.text.slice(t[s.from + 1].start, t[end - 1].end).toLowerCase());
  const holder = office ? onlyHolder(st, (role) => chiefOffice(role) === office) : null;
  if (holder) st.addMention(holder, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  else if (unheldOffice(st, t, np, null)) phraseActor(st, pi, t, np, t[end - 1]);
}

/**
 * "Joan Whitaker has lived there since 1987. She raised two sons …": a sentence whose subject is
 * "she" or "he" before a verb that reports nothing tells the gender of the person it refers to
 * (resolvePersonPronoun records it when the text had not told it: "Joan", a man's name in
 * Catalan, is then a woman's for the pronouns after).
 */
function notePronounSubject(st: ArticleState, pi: number, t: Token[], s: Sentence): void {
  const verb = t[s.from + 1];
  if (verb.type !== 'word' || verb.cap || CUE_FORMS.has(verb.lower) || NOT_A_VERB.has(verb.lower)) return;
  resolvePersonPronoun(st, pi, s, s.from, t[s.from].lower);
}

/**
 * "Jordan Pelletier, 34, pleaded guilty … The 34-year-old apologized …": the one person of the
 * article stated to be that age (not when someone was introduced by that age unnamed), mentioned
 * by "The NN-year-old (noun)" opening sentence `s` before a verb in lower case that is no cue.
 */
function noteAgeSubject(st: ArticleState, pi: number, t: Token[], s: Sentence): void {
  let end = s.from + 2;
  if (t[end]?.type === 'word' && !t[end].cap && (ROLE_NOUNS.has(t[end].lower) || isPeopleNoun(t[end]) || ageHead(t[end]))) end++;
  const verb = t[end];
  if (!verb || verb.type !== 'word' || verb.cap || CUE_FORMS.has(verb.lower) || NOT_A_VERB.has(verb.lower) || st.mentionAt[pi][s.from + 1]) return;
  const age = parseInt(t[s.from + 1].lower, 10);
  const holder = unnamedOfAge(st, age) ? null : personOfAge(st, age);
  if (holder) st.addMention(holder, pi, s.from, end, t[s.from].start, t[end - 1].end);
}

/** Per article, each role's sole holder once asked: soleHolder reads every actor, and an article may open thousands of sentences with "The mayor …". */
const holders = new WeakMap<ArticleState, Map<string, LocalActor | null>>();

function holderOf(st: ArticleState, role: string): LocalActor | null {
  let known = holders.get(st);
  if (!known) holders.set(st, (known = new Map()));
  let holder = known.get(role);
  if (holder === undefined) known.set(role, (holder = soleHolder(st, role, null)));
  return holder;
}

const roleWord = (x: Token): boolean => x.type === 'word' && !x.cap && !x.possessive && (ROLE_NOUNS.has(x.lower) || TITLES.has(x.lower));

/** Words after "the ROLE" that go on with the noun phrase rather than open its verb ("the minister of …", "the mayor and …"). */
const NOT_A_VERB = new Set(['of', 'for', 'and', 'or', 'in', 'at', 'from', 'with', 'on', 'to', 'who', 'whose', 'that', 'which']);
