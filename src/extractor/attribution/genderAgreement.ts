/**
 * Part of the resolution of words that point back (see ./anaphora): the gender an actor is known
 * by, so that "he" and "she" take only people whose gender agrees — courtesy titles and gendered
 * role words, then pronouns already resolved to them, then first names.
 */
import type { LocalActor } from '../actors';
import { genderOfFirstName, genderOfRole, genderOfTitle, isUnisexFirstName, type Gender } from '../gender';
import { COMMON_CAPITALISED, ROLE_NOUNS, TITLES } from '../gazetteer';
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import type { Token } from '../text';
import { memoised } from '../memo';
import type { ArticleState } from './state';

/** Per actor, what resolution learnt of it that the actor table does not keep. */
interface Traits {
  /** The gender of a pronoun resolved to this person when nothing else told it. */
  pronounGender?: Gender;
}
export const traits = new WeakMap<LocalActor, Traits>();

// Gender words repeat across mentions, actors and articles: ../gender memoises first names, titles
// and roles; a courtesy title's alias is read once here.
/** The gender of a name form that opens with a courtesy title ("Ms. Adebayo"); not "King" or "Son", which may open a name. */
const courtesyGender = memoised((alias: string): Gender | null => {
  const first = alias.split(/\s+/)[0];
  return /^(?:mr|mrs|ms|miss|sir|dame|lady|lord|madam|madame)\.?$/i.test(first) ? genderOfTitle(first) : null;
});

/** Per article: the gender a title before a person's name states ("Ms. Adebayo"), or a possessive after it and "and" before a kin noun ("Adebayo Okafor and his wife"), read once from all name mentions. */
const titled = new WeakMap<ArticleState, Map<LocalActor, Gender>>();

function titleGenders(st: ArticleState): Map<LocalActor, Gender> {
  let map = titled.get(st);
  if (!map) {
    titled.set(st, (map = new Map()));
    for (const m of st.mentions) {
      if (m.actor.kind !== 'person' || map.has(m.actor)) continue;
      const before = st.paragraphs[m.para].tokens[m.from - 1];
      const g = before?.type === 'word' ? genderOfTitle(before.text) : null;
      if (g) map.set(m.actor, g);
      else if ((!before || before.text === '.') && ownKin(st.paragraphs[m.para].tokens, m.to)) map.set(m.actor, st.paragraphs[m.para].tokens[m.to + 1].lower === 'his' ? 'male' : 'female');
    }
  }
  return map;
}

/**
 * Whether "and his KIN" or "and her KIN" follows token `to`: a name opening its sentence before it
 * is the kin's, of the pronoun's gender ("Adebayo Okafor and his wife, Mary, spoke"; not a name
 * inside the sentence, "a picture that showed Trump and her mother", whose "her" is another's).
 */
function ownKin(t: Token[], to: number): boolean {
  return t[to]?.lower === 'and' && (t[to + 1]?.lower === 'his' || t[to + 1]?.lower === 'her') && KIN_NOUNS.has(t[to + 2]?.lower ?? '');
}

/** A person's gender and how sure it is: stated (a title or a gendered role), by a pronoun, or by the first name. */
export function genderOf(st: ArticleState, a: LocalActor): { gender: Gender; strong: boolean } | null {
  if (a.kind !== 'person') return null;
  const title = titleGenders(st).get(a);
  if (title) return { gender: title, strong: true };
  for (const r of a.roles) {
    const g = genderOfRole(r);
    if (g) return { gender: g, strong: true };
  }
  // "Ms. Adebayo" as a name form
  const named = courtesyGender(a.name);
  if (named) return { gender: named, strong: true };
  for (const alias of a.aliases) {
    const g = courtesyGender(alias);
    if (g) return { gender: g, strong: true };
  }
  const pronoun = traits.get(a)?.pronounGender;
  if (pronoun) return { gender: pronoun, strong: true };
  // ("Amrit Kaur Dhillon": "Kaur", a Sikh woman's middle name or surname, is borne by no man; name words are kept in lower case)
  if (a.nameTokens.includes('kaur')) return { gender: 'female', strong: true };
  // the first name, past a title the name may still carry ("Developer Marcus Oyelaran"); a word
  // glued before the name that is also a given name ("Junior Kayla Brandt") makes it unknown
  let first: Gender | null = null;
  // (a French feminine as written, "Andrée", "Josée": the name's tokens and the table drop its accent and read André)
  const feminine = a.name.slice(0, a.name.indexOf(' ')).endsWith('ée');
  for (let i = 0; i < a.nameTokens.length - 1; i++) {
    const unisex = isUnisexFirstName(a.nameTokens[i]);
    const g = i === 0 && feminine ? 'female' : unisex ? null : genderOfFirstName(a.nameTokens[i]);
    if (g && first && g !== first) return null;
    first ??= g;
    // past the second word, once a gender is known, come middle names and surnames ("Luiz Inácio
    // Lula da Silva": the table's "Lula" is a woman's); a glued word is only ever the first
    if (i >= 1 && first) break;
    // a given name of either gender first, no common word, leaves the gender unknown: the words
    // after it are middle names ("Spencer Chandra Herbert"; "Junior Kayla Brandt" goes on to Kayla)
    if (i === 0 && unisex && !commonWord(a.nameTokens[0].toLowerCase())) break;
  }
  return first ? { gender: first, strong: false } : null;
}

/** A word the lists know as a common word, a title or a people noun ("junior", "rider"): a name word before a given name it may be glued on. */
const commonWord = (w: string): boolean => TITLES.has(w) || ROLE_NOUNS.has(w) || COMMON_CAPITALISED.has(w) || peopleNoun(w) !== null;
