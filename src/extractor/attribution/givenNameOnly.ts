/**
 * Part of stage 1 of attribution (see ./loneNames): people the article names by the given name
 * alone, as reporters name refugees, evacuees and passengers to protect them ("said Li, 34",
 * "Emily, whose father died in the heat, asked that her last name not be used"), and whether a
 * person named in full is called by the given name alone somewhere.
 */
import { baseLower, type Token } from '../text';
import { pushTo, type LocalActor } from '../actors';
import { collectRoles } from './nameRoles';
import { genderOfFirstName } from '../gender';
import { peopleNoun } from '../lexicon/people';
import type { ArticleState } from './state';
import type { Entity } from '../entities';
import { sentenceIndex } from './antecedents';

/**
 * Whether the lone word ending before token `to` in sentence [sFrom, sTo) is presented as a person
 * named by the given name alone: an age in apposition ("Li, 34,", "said Joseph, 29, who fled"), a
 * noun for a person in apposition ("Marcus, a Grade 6 student,"; for a known given name only), or
 * a sentence about the name withheld ("Emily, whose father died, asked that her last name not
 * be used"). A speech verb is no sign: "Obama said" in an article that never gives his full name.
 */
function presentedAsPerson(t: Token[], to: number, sFrom: number, sTo: number, read: Set<number>): 'age' | 'described' | 'withheld' | null {
  const next = t[to + 1];
  if (t[to]?.text === ',' && next && /^\d{1,3}$/.test(next.text) && Number(next.text) <= 110 && (t[to + 2] === undefined || t[to + 2].text === ',' || t[to + 2].text === '.')) return 'age';
  // ("Marcus, a Grade 6 student, read …": an appositive whose head is a noun for a person)
  if (t[to]?.text === ',' && next && (next.lower === 'a' || next.lower === 'an') && personAppositive(t, to + 2)) return 'described';
  // (each sentence read once, however many lone words it holds)
  if (read.has(sFrom)) return null;
  read.add(sFrom);
  for (let i = sFrom; i + 1 < sTo; i++) {
    if (NAME_WORDS.has(t[i].lower) && t[i + 1].lower === 'name') return 'withheld';
  }
  return null;
}
const NAME_WORDS = new Set(['last', 'family', 'full', 'first']);

/**
 * Whether the lone name ending before token `to` is introduced there as someone new to the reader:
 * an age in apposition ("Chen, 68,", "said Chen, 68.") or an indefinite appositive of at most five
 * words whose head is a noun for one person ("Chen, a retired teacher,", "said Chen, a 68-year-old
 * grandmother.").
 */
export function introducedAt(t: Token[], to: number): boolean {
  if (t[to]?.text !== ',') return false;
  const next = t[to + 1];
  if (!next) return false;
  if (/^\d{1,3}$/.test(next.text) && Number(next.text) <= 110 && (t[to + 2] === undefined || t[to + 2].text === ',' || t[to + 2].text === '.')) return true;
  if (next.lower !== 'a' && next.lower !== 'an') return false;
  for (let k = to + 2; k < t.length && k - to <= 7; k++) {
    if (t[k].text === ',' || t[k].text === '.') return k > to + 2 && peopleNoun(t[k - 1].lower) === 'singular';
    if (t[k].type !== 'word') return false;
  }
  return false;
}

/** Per article, its lone one-word uses by word, and the persons markIntroduced has read. */
const introductions = new WeakMap<ArticleState, { uses: Map<string, Array<{ entity: Entity; para: number }>>; read: Set<LocalActor> }>();

/**
 * Marks person `actor`, named by the lone word `word`, introduced (LocalActor.introduced) when some
 * lone use of the word in the article introduces them (see introducedAt), and reads the roles
 * around that use (its appositive: "a retired teacher"). Each person read once; linear in the
 * article's lone words over all calls.
 */
export function markIntroduced(st: ArticleState, actor: LocalActor, word: string): void {
  let known = introductions.get(st);
  if (!known) {
    const uses = new Map<string, Array<{ entity: Entity; para: number }>>();
    for (const single of st.singles) {
      if (single.entity.to - single.entity.from === 1) pushTo(uses, single.entity.name, single);
    }
    introductions.set(st, (known = { uses, read: new Set() }));
  }
  if (known.read.has(actor)) return;
  known.read.add(actor);
  for (const { entity: e, para } of known.uses.get(word) ?? []) {
    const p = st.paragraphs[para];
    if (!introducedAt(p.tokens, e.to)) continue;
    actor.introduced = true;
    collectRoles(st, actor, para, p, p.sentences[sentenceIndex(p.sentences, e.from)], e);
  }
}

/** Whether, from token `from`, at most four words end in a singular noun for a person and a comma ("Grade 6 student,", "retired nurse,"). */
function personAppositive(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k - from < 5; k++) {
    if (t[k].text === ',') return k > from && peopleNoun(t[k - 1].lower) === 'singular';
    if (t[k].type !== 'word') return false;
  }
  return false;
}

/**
 * Of the lone words at `unnamed` (indices into st.singles that named no one), each one-word given
 * name some use of which presents a person (see presentedAsPerson; where an age does, even a name
 * the lists of given names lack, "Tolu, 11,") becomes a person of that name, and every lone use of the word a
 * mention of them, so that "Li had reached the front of the line … she said" finds Li. Returns the
 * indices left for the caller (the words that became no one). Linear in the lone words.
 */
export function peopleByGivenName(st: ArticleState, unnamed: number[]): number[] {
  const byWord = new Map<string, number[]>();
  for (const si of unnamed) {
    const e = st.singles[si].entity;
    if (e.type !== 'single' || e.to - e.from !== 1 || st.paragraphs[st.singles[si].para].tokens[e.from].possessive) continue;
    const uses = byWord.get(e.name);
    if (uses) uses.push(si);
    else byWord.set(e.name, [si]);
  }
  const made = new Set<number>();
  const read = new Map<number, Set<number>>();
  for (const [word, uses] of byWord) {
    // (no body the article names so: "Figma unveiled …" is the company's)
    if (st.table.find('organization', word)) continue;
    const given = genderOfFirstName(word) !== null;
    const person = uses.some((si) => {
      const { entity: e, para } = st.singles[si];
      const p = st.paragraphs[para];
      const s = p.sentences[sentenceIndex(p.sentences, e.from)];
      if (!read.has(para)) read.set(para, new Set());
      const sign = presentedAsPerson(p.tokens, e.to, s.from, s.to, read.get(para)!);
      return sign === 'age' || ((sign === 'withheld' || sign === 'described') && given);
    });
    if (!person) continue;
    const actor = st.table.get('person', word);
    markIntroduced(st, actor, word);
    for (const si of uses) {
      const { entity: e, para } = st.singles[si];
      st.addMention(actor, para, e.from, e.to, e.start, e.end);
      made.add(si);
    }
  }
  return made.size ? unnamed.filter((si) => !made.has(si)) : unnamed;
}

/** Per article, givenNameAlone's answers by given name and the word after it: an article's lone surnames ask it once each, not once per use. */
const givenAloneAnswers = new WeakMap<ArticleState, Map<string, boolean>>();

/** Whether the article calls person `p` by the given name alone somewhere ("Mike recalls" after "Mike Doucette"). */
export function givenNameAlone(st: ArticleState, p: LocalActor): boolean {
  if (p.nameTokens.length < 2) return false;
  const given = p.nameTokens[0].toLowerCase();
  const next = p.nameTokens[1].toLowerCase();
  let answers = givenAloneAnswers.get(st);
  if (!answers) givenAloneAnswers.set(st, (answers = new Map()));
  const key = `${given} ${next}`;
  let found = answers.get(key);
  if (found !== undefined) return found;
  found = false;
  for (const para of st.paragraphs) {
    const t = para.tokens;
    for (let i = 0; i < t.length && !found; i++) if (t[i].cap && baseLower(t[i]) === given && (i + 1 >= t.length || baseLower(t[i + 1]) !== next)) found = true;
    if (found) break;
  }
  answers.set(key, found);
  return found;
}
