/**
 * Singular "they": a named person the article says goes by they/them ("Rain Kakegamic, who is
 * non-binary and uses they/them pronouns") is whom a later "they said" means while that person is
 * the nearest person or group before it; a group named since ("Teachers … said they …. They said")
 * keeps the plural reading.
 */
import type { LocalActor } from '../actors';
import type { Sentence } from '../text';
import type { ArticleState } from './state';
import { PRONOUN_REACH, walkBack } from './antecedents';

/** The article's statement that someone goes by "they": the pronoun pair or "non-binary". */
const DECLARATION = /\bthey\s*\/\s*them\b|\bnon-?binary\b/i;

/** Per article: the paragraphs read so far and the people declared in them. */
const declared = new WeakMap<ArticleState, { upTo: number; people: Set<LocalActor> }>();

/** The people paragraphs before and at `pi` declare as going by "they": in each declaring sentence, the last person named before the declaration (else its first person). */
function declaredPeople(st: ArticleState, pi: number): Set<LocalActor> {
  let memo = declared.get(st);
  if (!memo) declared.set(st, (memo = { upTo: 0, people: new Set() }));
  for (; memo.upTo <= pi && memo.upTo < st.paragraphs.length; memo.upTo++) {
    const p = st.paragraphs[memo.upTo];
    if (p.kind !== 'body' || !DECLARATION.test(st.text.slice(p.start, p.end))) continue;
    for (const s of p.sentences) {
      const match = DECLARATION.exec(st.text.slice(s.start, s.end));
      if (!match) continue;
      const at = s.start + match.index;
      let person: LocalActor | null = null;
      for (let i = s.from; i < s.to && p.tokens[i].start < at; i++) {
        const m = st.mentionAt[memo.upTo][i];
        if (m?.actor.kind === 'person') person = m.actor;
      }
      person ??= st.firstPerson(memo.upTo, s);
      if (person) memo.people.add(person);
    }
  }
  return memo.people;
}

/**
 * The person source "they" at token `at` (sentence `s`, paragraph `pi`) means, or null for the
 * plural reading: a person declared as going by "they" (see DECLARATION) who is the nearest person
 * or group mentioned before it, outside quotations.
 */
export function singularTheyPerson(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  const people = declaredPeople(st, pi);
  if (people.size === 0) return null;
  let nearest: LocalActor | null = null;
  walkBack(st, pi, s, at, PRONOUN_REACH, (m) => {
    if (st.paragraphs[m.para].inQuote[m.from] || (m.actor.kind !== 'person' && m.actor.kind !== 'group')) return false;
    nearest = m.actor;
    return true;
  });
  return nearest && people.has(nearest) ? nearest : null;
}
