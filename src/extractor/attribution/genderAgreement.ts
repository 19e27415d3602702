/**
 * Part of the resolution of words that point back (see ./anaphora): the gender an actor is known
 * by, so that "he" and "she" take only people whose gender agrees — courtesy titles and gendered
 * role words, then pronouns already resolved to them, then first names.
 */
import type { LocalActor } from '../actors';
import { genderOfFirstName, genderOfRole, genderOfTitle, isUnisexFirstName, type Gender } from '../gender';
import { COMMON_CAPITALISED, ROLE_NOUNS, TITLES } from '../gazetteer';
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import { memoised } from '../memo';
import type { Token } from '../text';
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

/**
 * Per article, read once from all name mentions: the gender a title before a person's name states
 * ("Ms. Adebayo"), and the one a possessive of kin right after it tells ("Amrit Sandhu and his
 * sister", "Jordan Lee and her husband"), which the name's own words, when they tell one, go before.
 */
const titled = new WeakMap<ArticleState, { titles: Map<LocalActor, Gender>; kin: Map<LocalActor, Gender> }>();

function mentionGenders(st: ArticleState): { titles: Map<LocalActor, Gender>; kin: Map<LocalActor, Gender> } {
  let maps = titled.get(st);
  if (!maps) {
    titled.set(st, (maps = { titles: new Map(), kin: new Map() }));
    for (const m of st.mentions) {
      if (m.actor.kind !== 'person') continue;
      const t = st.paragraphs[m.para].tokens;
      const before = t[m.from - 1];
      const g = !maps.titles.has(m.actor) && before?.type === 'word' && !womanInManOffice(before.text, m.actor) ? genderOfTitle(before.text) : null;
      if (g) maps.titles.set(m.actor, g);
      // (only of a name opening its sentence: in "a picture that showed Okafor and her mother" the "her" is another's)
      const kin = !before || before.text === '.' ? kinPossessiveAfter(t, m.to) : null;
      if (kin && !maps.kin.has(m.actor)) maps.kin.set(m.actor, kin);
    }
  }
  return maps;
}

/** The gender of "his" or "her" in "and his sister", "and her husband" opening at token `i`; null when the words there are not so. */
function kinPossessiveAfter(t: Token[], i: number): Gender | null {
  if (t[i]?.lower !== 'and' || !KIN_NOUNS.has(t[i + 2]?.lower ?? '')) return null;
  const owner = t[i + 1].lower;
  return owner === 'his' ? 'male' : owner === 'her' ? 'female' : null;
}

/** Offices in "-man" that women hold under the same word ("chairman", "spokesman", "congressman"). */
const GENERIC_MAN_OFFICE = /\b(?:chair|spokes|congress|council|alder|committee)man\b/i;

/** Whether office `role` is one in "-man" and person `a`'s given name a woman's ("Tribal Chairman Janet Roe"): the name tells her gender, not the office. */
function womanInManOffice(role: string, a: LocalActor): boolean {
  return GENERIC_MAN_OFFICE.test(role) && a.nameTokens.length > 1 && !isUnisexFirstName(a.nameTokens[0]) && genderOfFirstName(a.nameTokens[0]) === 'female';
}

/** A person's gender and how sure it is: stated (a title or a gendered role), by a pronoun, or by the first name. */
export function genderOf(st: ArticleState, a: LocalActor): { gender: Gender; strong: boolean } | null {
  if (a.kind !== 'person') return null;
  const { titles, kin } = mentionGenders(st);
  const title = titles.get(a);
  if (title) return { gender: title, strong: true };
  for (const r of a.roles) {
    const g = genderOfRole(r);
    // ("Tribal Chairman Janet Roe … she said": an office in "-man" is a woman's too, and her given name tells)
    if (g === 'male' && womanInManOffice(r, a)) continue;
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
  if (first) return { gender: first, strong: false };
  const owner = kin.get(a);
  return owner ? { gender: owner, strong: true } : null;
}

/** A word the lists know as a common word, a title or a people noun ("junior", "rider"): a name word before a given name it may be glued on. */
const commonWord = (w: string): boolean => TITLES.has(w) || ROLE_NOUNS.has(w) || COMMON_CAPITALISED.has(w) || peopleNoun(w) !== null;
