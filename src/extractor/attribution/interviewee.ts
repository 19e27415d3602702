/**
 * Part of stage 5 of attribution (see ./quotations): whose answers the "A:" paragraphs of a Q&A
 * transcript are. The article says so in its introduction ("The Globe spoke to NAME", "an
 * interview with NAME", "NAME answered our questions", the headline "Q&A with NAME"); the last
 * person quoted before the transcript is no evidence (a story ending in an interview quotes others).
 */
import type { LocalActor } from '../actors';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { Token } from '../text';
import { knownActors } from './mentions';
import type { ArticleState } from './state';

/** Verbs of talking whose object after "to"/"with" is the interviewee: "The Globe spoke to NAME". */
const TALK_VERBS = new Set(['spoke', 'speaks', 'spoken', 'talked', 'talks', 'chatted']);
/** Nouns whose "with NAME" names the interviewee: "an interview with NAME", "Q&A with NAME". */
const INTERVIEW_NOUNS = new Set(['interview', 'interviews', 'q&a', 'conversation', 'chat']);
/** A subject that is a person's pronoun talks to the interviewer, not to the interviewee ("he spoke with POLITICO's NAME"). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i']);
/** A newsroom's people before their name: "He spoke with reporter Alicia Bear". */
const INTERVIEWER_NOUNS = new Set(['reporter', 'correspondent', 'columnist', 'journalist', 'editor', 'host', 'writer', 'producer']);
/** Adverbs between a subject and its verb of talking. */
const ADVERBS = new Set(['also', 'later', 'then', 'first', 'recently', 'previously', 'earlier', 'once', 'often', 'last']);
/** How many words (titles, roles: "Vice President", "a Grade 4 teacher") may stand between a cue and the interviewee's name. */
const MAX_TITLE_WORDS = 4;

/**
 * The interviewee of a Q&A transcript that starts at paragraph `before`: the person an introducing
 * phrase before it names (the nearest such phrase); else the person the headline alone names when
 * the introduction also mentions that person most. Null when neither holds: an answer without a
 * named interviewee gets no speaker (a wrong one is worse).
 */
export function introducedInterviewee(st: ArticleState, before: number): LocalActor | null {
  let known: Map<string, LocalActor> | undefined;
  let named: LocalActor | null = null;
  for (let pi = 0; pi < before; pi++) {
    const p = st.paragraphs[pi];
    if (p.kind === 'noise') continue;
    const t = p.tokens;
    // the paragraph's one person so far (see onlyPersonIn), read on as j goes: one pass per paragraph
    const before = { x: 0, found: null as LocalActor | null, several: false };
    for (let j = 0; j < t.length; j++) {
      const w = t[j].lower;
      let object = -1;
      const next = t[j + 1]?.lower;
      const talk = TALK_VERBS.has(w) && (next === 'to' || next === 'with');
      if (talk && reporterAfter(t, j + 2) && personAfter(st, pi, j + 2, undefined)) {
        // "Cameron McBride became chief last month. He spoke with reporter Alicia Bear": a person
        // talking to the newsroom's reporter is the one interviewed (the subject named, or the
        // paragraph's one person before a pronoun)
        named = subjectPerson(st, pi, j) ?? onlyPersonIn(st, pi, j, before) ?? named;
        continue;
      } else if (talk && !personSubject(st, pi, j)) object = j + 2;
      else if (talk && personAfter(st, pi, j + 2, undefined) === null) {
        // "Coach Mary Holt … She talked to the Herald this week": a person talking to an outlet,
        // not to a person, is the one interviewed: the paragraph's one person named
        named = onlyPersonIn(st, pi, j, before) ?? named;
        continue;
      }
      else if (INTERVIEW_NOUNS.has(w) && next === 'with') object = j + 2;
      else if (w === 'interviewed' && next !== 'by' && !personSubject(st, pi, j)) object = j + 1;
      if (object >= 0) {
        known ??= p.kind === 'heading' ? knownActors(st) : undefined;
        named = personAfter(st, pi, object, known) ?? named;
      } else if ((w === 'answered' || (w === 'sat' && next === 'down')) && j > 0) {
        // "NAME answered our questions", "NAME sat down with The Star"
        const m = st.mentionAt[pi][j - 1];
        if (m && m.to === j && m.actor.kind === 'person') named = m.actor;
      }
    }
  }
  return named ?? headlinePerson(st, before);
}

/** Whether a newsroom's noun stands among the title words from token `from` on ("with reporter NAME", "with Leader-Post reporter NAME"). */
function reporterAfter(t: Token[], from: number): boolean {
  for (let x = from; x < Math.min(t.length, from + MAX_TITLE_WORDS) && t[x].type === 'word'; x++) if (INTERVIEWER_NOUNS.has(t[x].lower)) return true;
  return false;
}

/**
 * The one person (not anonymous) mentioned in paragraph `pi` before token `end`; null when none or
 * several. `scan` holds how far the paragraph was read before and what it found: asks with a
 * growing `end` read each token once.
 */
function onlyPersonIn(st: ArticleState, pi: number, end: number, scan: { x: number; found: LocalActor | null; several: boolean }): LocalActor | null {
  for (; scan.x < end && !scan.several; scan.x++) {
    const a = st.mentionAt[pi][scan.x]?.actor;
    if (!a || a.kind !== 'person' || a.anonymous || a === scan.found) continue;
    if (scan.found) scan.several = true;
    else scan.found = a;
  }
  return scan.several ? null : scan.found;
}

/** The person whose name is the subject right before the talking verb at token `j` (past an adverb); null when none. */
function subjectPerson(st: ArticleState, pi: number, j: number): LocalActor | null {
  const t = st.paragraphs[pi].tokens;
  let s = j - 1;
  while (s > 0 && j - s <= 2 && !t[s].cap && (ADVERBS.has(t[s].lower) || t[s].lower.endsWith('ly'))) s--;
  const m = s >= 0 ? st.mentionAt[pi][s] : undefined;
  return m && m.to === s + 1 && m.actor.kind === 'person' ? m.actor : null;
}

/**
 * Whether the talking verb at token `j` has a person for its subject: a pronoun, a role ("the
 * minister spoke with NAME" is no interview), or a person's name just before it.
 */
function personSubject(st: ArticleState, pi: number, j: number): boolean {
  const t = st.paragraphs[pi].tokens;
  // past an adverb ("she also spoke", "the minister briefly spoke")
  let s = j - 1;
  while (s > 0 && j - s <= 2 && !t[s].cap && (ADVERBS.has(t[s].lower) || t[s].lower.endsWith('ly'))) s--;
  if (s < 0) return false;
  const before = t[s];
  if (PERSON_PRONOUNS.has(before.lower) || ROLE_NOUNS.has(before.lower) || TITLES.has(before.lower)) return true;
  const m = st.mentionAt[pi][s];
  return !!m && m.to === s + 1 && m.actor.kind === 'person';
}

/**
 * The person named from token `from` on, past at most MAX_TITLE_WORDS words of title or role and
 * before any punctuation ("to Priya Raman", "with Vice President Joe Biden"); null when the words
 * name no one or first name something else ("with The Globe"). A heading line has no mentions
 * yet: its names are looked up among the article's `known` actors.
 */
function personAfter(st: ArticleState, pi: number, from: number, known: Map<string, LocalActor> | undefined): LocalActor | null {
  const t = st.paragraphs[pi].tokens;
  for (let x = from; x < Math.min(t.length, from + MAX_TITLE_WORDS + 1) && t[x].type === 'word'; x++) {
    const m = st.mentionAt[pi][x];
    if (m && m.from === x) return m.actor.kind === 'person' ? m.actor : null;
    const named = known ? knownAt(st, t, x, known) : undefined;
    if (named) return named.kind === 'person' ? named : null;
  }
  return null;
}

/** The known actor whose full name is the capitalised words from token `x` on, the longest first; undefined for none. */
function knownAt(st: ArticleState, t: Token[], x: number, known: Map<string, LocalActor>): LocalActor | undefined {
  let end = x;
  while (end < t.length && end < x + MAX_TITLE_WORDS && t[end].type === 'word' && t[end].cap) end++;
  for (let b = end; b > x; b--) {
    const last = t[b - 1];
    const actor = known.get(st.text.slice(t[x].start, last.possessive ? last.end - 2 : last.end));
    if (actor) return actor;
  }
  return undefined;
}

/**
 * The person the article's headline (its first line) names, when it names exactly one and the
 * introduction before paragraph `before` mentions that person more than anyone ("Immigration
 * debate hits home for actress NAME", then a profile of her); null otherwise.
 */
function headlinePerson(st: ArticleState, before: number): LocalActor | null {
  const first = st.paragraphs.findIndex((p) => p.kind !== 'noise');
  if (first < 0 || first >= before) return null;
  const t = st.paragraphs[first].tokens;
  const known = st.paragraphs[first].kind === 'heading' ? knownActors(st) : undefined;
  let person: LocalActor | null = null;
  for (let x = 0; x < t.length; x++) {
    const m = st.mentionAt[first][x];
    const actor = m && m.from === x ? m.actor : known && t[x].cap ? knownAt(st, t, x, known) : undefined;
    if (actor?.kind !== 'person') continue;
    if (person && person !== actor) return null;
    person = actor;
  }
  return person && person === mostMentioned(st, before) ? person : null;
}

/** Of the people mentioned in paragraphs before `before`, the one mentioned most (the first of them when tied); null when none. */
function mostMentioned(st: ArticleState, before: number): LocalActor | null {
  const counts = new Map<LocalActor, number>();
  for (const m of st.mentions) {
    if (m.para >= before) continue;
    if (m.actor.kind === 'person') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  let best: LocalActor | null = null;
  let most = 0;
  for (const [a, n] of counts) if (n > most) [best, most] = [a, n];
  return best;
}
