/**
 * How much a person named before a pronoun is in view: clues by which "he" or "she" passes over a
 * mention (a sentence whose subject is the same pronoun, a list of people, the object of a
 * participle) or settles on it (the one asked answers). Used by ./anaphora.
 */
import type { LocalActor, LocalMention } from '../actors';
import { CUE_FORMS } from '../cues';
import { TITLES } from '../gazetteer';
import { sentenceIndex } from './antecedents';
import { askedWhat } from './personTold';
import { clauseStart } from './clauseSubject';
import type { ArticleState } from './state';
import type { Token } from '../text';

/**
 * Whether mention `m` stands in a sentence whose subject is pronoun `word`: the sentence opens on
 * it, after at most a conjunction or a short adverbial and its comma ("She has …", "But she …",
 * "At the door, he turned to Kimmel").
 */
export function opensOnPronoun(st: ArticleState, m: LocalMention, word: string): boolean {
  const p = st.paragraphs[m.para];
  const s = p.sentences[sentenceIndex(p.sentences, m.from)];
  const t = p.tokens;
  const c = clauseStart(t, s);
  const k = CHAIN_OPENERS.has(t[c]?.lower ?? '') ? c + 1 : c;
  return k < m.from && t[k].lower === word && !p.inQuote[k];
}
const CHAIN_OPENERS = new Set(['but', 'and', 'then', 'still', 'yet', 'so']);

/**
 * The person listed beside person mention `m` in a list of three or more, "A, B, and C" (past at
 * most four words before each name: "Chris Stevens, information officer Sean Smith, and former
 * Navy SEALs Tyrone Woods and Glen Doherty"; not "his first wife, Ivana Trump, that Mr. Trump had
 * …"); null when `m` is no member of one.
 */
export function listedBeside(st: ArticleState, m: LocalMention): LocalActor | null {
  const t = st.paragraphs[m.para].tokens;
  const at = st.mentionAt[m.para];
  const personAt = (j: number): LocalActor | null => {
    const n = at[j];
    return n && n.actor !== m.actor && n.actor.kind === 'person' && !t[n.to - 1].possessive ? n.actor : null;
  };
  // "…, and electrician Ben Ortiz": the last of them, past the words before its name
  let k = m.from - 1;
  while (k > m.from - 4 && t[k]?.type === 'word' && !t[k].cap && t[k].lower !== 'and') k--;
  if (t[k]?.lower === 'and') {
    const comma = t[k - 1]?.text === ',';
    const prev = at[comma ? k - 2 : k - 1];
    // (three or more: "A, B and C"; two joined by "and" are one subject, "Stoltenberg and Kishida held talks")
    const before = prev && (comma || t[prev.from - 1]?.text === ',') ? personAt(prev.from) : null;
    if (before) return before;
  }
  if (t[m.to]?.text !== ',') return null;
  let and = false;
  for (let j = m.to + 1; j < t.length && j <= m.to + 5 && t[j].type === 'word'; j++) {
    and ||= t[j].lower === 'and';
    const next = personAt(j);
    if (!next) continue;
    const after = t[at[j]!.to];
    return and || after?.text === ',' || after?.lower === 'and' ? next : null;
  }
  return null;
}

/** Whether mention `m` is the object of a participle ("forcing Sanders", "attacking Ms. Ode"), no appositive after it. */
export function participleObject(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  let k = m.from - 1;
  if (k >= 0 && t[k].type === 'word' && t[k].cap && (/\.$/.test(t[k].text) || TITLES.has(t[k].lower))) k--;
  const verb = t[k];
  return !!verb && verb.type === 'word' && !verb.cap && verb.lower.length > 5 && verb.lower.endsWith('ing') && t[m.to]?.text !== ',' && !CUE_FORMS.has(verb.lower);
}

/** Whether mention `m` is the object of a question ("asked Rubio", "pressed Ms. Ode"): the person who answers next. */
export function askedPerson(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  // past a courtesy title or role before the name ("asked Sen. Ode", "asked Premier Ann Lee")
  const k = titleAt(t, m.from - 1) ? m.from - 2 : m.from - 1;
  // ("asked Premier Mary Hale for help", "asked Mayor Hale to fix the road": a favour asked, no question answered)
  return k >= 0 && t[k].type === 'word' && ASKING.has(t[k].lower) && t[m.to]?.lower !== 'for' && t[m.to]?.lower !== 'to';
}
/**
 * Whether mention `m` is the one a quoted question is put to, by name at its start ("“Ms. Lowry, in
 * your experience, was it common …?” the commissioner asked"): the person who answers next.
 */
export function addressedInQuestion(st: ArticleState, m: LocalMention): boolean {
  const p = st.paragraphs[m.para];
  const t = p.tokens;
  if (!p.inQuote[m.from] || t[m.to]?.text !== ',') return false;
  // (past a courtesy title or a role with its stop: "Ms. Lowry", "Sen. Ode", "Commissioner Ode")
  let k = m.from - 1;
  if (k >= 0 && t[k].type === 'word' && t[k].cap) k--;
  if (k < 0 || (t[k].type !== 'open' && t[k].type !== 'ambiguous')) return false;
  // the quotation closes on a question mark
  for (let j = m.to + 1; j < t.length; j++) if (!p.inQuote[j] || t[j].type === 'close') return t[j - 1]?.text === '?' || t[j]?.text === '?';
  return false;
}

/**
 * Whether mention `m` is the subject of "asked … about" or "asked … whether" right after it, past
 * its body, a person the object whom a pronoun of `gender` may mean (`agrees`; "Alicia Bear of CBC
 * asked her about the budget"): the one asking, not answering.
 */
export function askerOf(st: ArticleState, m: LocalMention, gender: string | null, agrees: (a: LocalActor) => boolean): boolean {
  const t = st.paragraphs[m.para].tokens;
  let k = m.to;
  // (past "of CBC", "of the Star")
  if (t[k]?.lower === 'of') for (k++; k < m.to + ASKER_BODY_WORDS && t[k]?.type === 'word' && (t[k].cap || t[k].lower === 'the'); ) k++;
  if ((t[k]?.lower !== 'asked' && t[k]?.lower !== 'asks') || askedWhat(t, k + 1, t.length) === null) return false;
  // (a person asked, by name or pronoun: "asked voters about …" leaves the asker the one in view)
  const title = titleAt(t, k + 1) ? k + 2 : k + 1;
  // (whom the pronoun may mean: "Tom Hale asked Premier Ann Lee about it. “…,” he said" is still his)
  const asked = st.mentionAt[m.para][title]?.actor;
  return (t[k + 1]?.lower === 'her' && gender === 'female') || (t[k + 1]?.lower === 'him' && gender === 'male') || (asked?.kind === 'person' && agrees(asked));
}
const ASKER_BODY_WORDS = 5;

/** Whether token `k` is a courtesy title or a role capitalised before a name: "Sen.", "Premier". */
function titleAt(t: Token[], k: number): boolean {
  const w = t[k];
  return !!w && w.type === 'word' && w.cap && (/\.$/.test(w.text) || TITLES.has(w.lower));
}

/** Verbs whose object is the one who answers: "asked Rubio", "pressed Ode", "questioned the mayor". */
const ASKING = new Set(['asked', 'asks', 'pressed', 'questioned', 'quizzed', 'interviewed']);

/**
 * Whether person mention `m` follows a newsroom's role word ("Reporter Anna Kim", "CBC
 * correspondent Ian Hart") or is that word after an article ("a reporter"): the journalist who
 * met or asked the people the article quotes.
 */
export function newsroomReporter(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  const before = t[m.from - 1];
  if (!!before && before.type === 'word' && NEWSROOM_ROLES.has(before.lower)) return true;
  // ("Asked by a reporter whether …": the unnamed journalist, as its phrase)
  return m.to - m.from === 1 && NEWSROOM_ROLES.has(t[m.from].lower) && (before?.lower === 'a' || before?.lower === 'the');
}
const NEWSROOM_ROLES = new Set(['reporter', 'correspondent', 'journalist', 'photographer', 'videographer', 'photojournalist']);
