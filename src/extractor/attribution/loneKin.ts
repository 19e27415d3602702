/**
 * What the lone-word stage (./loneNames) reads around a person's name about family and address:
 * kin nouns in apposition or before a given name ("his wife, Maureen", "Tolliver's son Liam"),
 * whose kin they are, spouses that tell their owner's gender, courtesy titles ("Mrs.", "Ms."), and
 * the writer's "who is not related" asides.
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Token } from '../text';
import { genderOfFirstName, type Gender } from '../gender';
import { KIN_NOUNS, peerOrServing } from '../lexicon/people';
import type { ArticleState } from './state';
import { isPluralApostrophe } from './words';
import { sentenceIndex } from './antecedents';

/** The kin noun of an appositive right after token `at` (", the boy's father,", ", his widow,"), or null. */
export function kinInApposition(t: Token[], at: number): string | null {
  if (t[at]?.text !== ',') return null;
  let j = at + 1;
  if (t[j] && (t[j].lower === 'the' || t[j].lower === 'his' || t[j].lower === 'her' || t[j].lower === 'their')) j++;
  // (the one whose relative it is: "the boy's", "the victim's")
  if (t[j]?.possessive && !t[j].cap) j++;
  const kin = t[j];
  return kin && kin.type === 'word' && !kin.cap && KIN_NOUNS.has(kin.lower) && (t[j + 1]?.text === ',' || t[j + 1]?.lower === 'said' || t[j + 1]?.lower === 'told') ? kin.lower : null;
}

/** A surname's shape: a capital, then letters, apostrophes or hyphens, ending on a small letter ("Doucette", "O'Neil", "Al-Khatib"). */
const SURNAME_SHAPE = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/**
 * The surname of the person whose kin the lone given name at `at` is ("Tolliver's wife, Carla",
 * "Dale Tolliver's son Liam", "Bowers' son, Cody", "the MacPhails' son, Ryan"): the possessive name
 * word right before the kin noun, a family's plural without its -s; a given name's possessive
 * ("Gary's brother, Neil") when one person of the article is named in full with that given name;
 * null when none.
 */
export function kinOwnerSurname(st: ArticleState, para: number, at: number): string | null {
  const t = st.paragraphs[para].tokens;
  const k = t[at - 1]?.text === ',' ? at - 3 : at - 2;
  const coordinated = coordinatedOwnerSurname(st, para, t, k);
  if (coordinated) return coordinated;
  // (the apostrophe after a name in -s: a token of its own or the word's last letter)
  const apostrophe = isPluralApostrophe(t, k);
  const o = apostrophe ? k - 1 : k;
  const owner = t[o];
  const plural = apostrophe || /s['’]$/.test(owner?.text ?? '');
  if (!owner || owner.type !== 'word' || !owner.cap || !(owner.possessive || plural) || !SURNAME_SHAPE.test(owner.base)) return null;
  // "the MacPhails' son": the family by its plural ("the Joneses'"), but "the Williams' son" is of
  // the Williamses: the form a person of the article bears, none when neither is borne
  if (plural && t[o - 1]?.lower === 'the') {
    const single = owner.base.replace(/(?<=s)es$|s$/, '');
    return [single, owner.base].find((form) => st.table.personsWithToken(form, 3).some((p) => p.nameTokens.length > 1 && p.nameTokens[p.nameTokens.length - 1] === form.toLowerCase())) ?? null;
  }
  if (genderOfFirstName(owner.base) === null) return owner.base;
  const given = owner.base.toLowerCase();
  const named = st.table.personsWithToken(owner.base, 3);
  const persons = named.filter((p) => p.nameTokens.length > 1 && p.nameTokens[0] === given && !p.anonymous);
  // ("Tanya Reid … Reid's husband, Mark,": a surname that is a given name too, borne by someone
  // named in full and by no one as a given name, is the surname)
  if (persons.length === 0 && named.some((p) => p.nameTokens.length > 1 && p.nameTokens[p.nameTokens.length - 1] === given)) return owner.base;
  if (persons.length !== 1) return null;
  return shapedSurname(persons[0].name);
}

/** The last word of a person's full name when it has a surname's shape, else null. */
function shapedSurname(name: string): string | null {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  return SURNAME_SHAPE.test(surname) ? surname : null;
}

/** Kin nouns that share the surname of the one whose kin they are, as a writer gives them with no surname of their own. */
const SURNAME_SHARERS = new Set(['husband', 'wife', 'son', 'daughter']);

/**
 * "Diane Charbonneau and her husband, Paul,": the surname of the person named in full right
 * before "and his" or "and her" (the possessive at `k`, before a spouse's or a child's noun), whom
 * the possessive can only mean; null when the words are not so.
 */
function coordinatedOwnerSurname(st: ArticleState, para: number, t: Token[], k: number): string | null {
  const possessive = t[k]?.lower;
  if ((possessive !== 'his' && possessive !== 'her') || t[k - 1]?.lower !== 'and' || !SURNAME_SHARERS.has(t[k + 1]?.lower ?? '')) return null;
  const m = st.mentionAt[para][k - 2];
  const a = m?.actor;
  if (!m || m.to !== k - 1 || a?.kind !== 'person' || a.nameTokens.length < 2) return null;
  // ("Tom Reid and her husband": a "her" that is not the named one's is someone else's)
  const gender = a.gender ?? genderOfFirstName(a.nameTokens[0]);
  if (gender && gender !== (possessive === 'his' ? 'male' : 'female')) return null;
  return shapedSurname(a.name);
}

/**
 * The surname of the one family the article names as such ("the Pelletier family", "The Al-Khatib
 * family —"), whose kin a lone given name after a kin noun then is ("Her brother Thomas, 11,",
 * "The youngest, Léa,"); null when the article names no family or two. Read once per article.
 */
function familySurname(st: ArticleState): string | null {
  let found = familyOf.get(st);
  if (found === undefined) {
    found = null;
    for (const p of st.paragraphs) {
      const t = p.tokens;
      for (let i = 1; i + 1 < t.length; i++) {
        if (t[i + 1].lower !== 'family' || t[i - 1].lower !== 'the' || !SURNAME_SHAPE.test(t[i].text) || genderOfFirstName(t[i].text) !== null) continue;
        if (found !== null && found !== t[i].text) {
          familyOf.set(st, null);
          return null;
        }
        found = t[i].text;
      }
    }
    familyOf.set(st, found);
  }
  return found;
}
const familyOf = new WeakMap<ArticleState, string | null>();

/**
 * `familySurname` for the lone given name at token `at` of paragraph `para`, unless its sentence
 * names before it someone of another surname, whose kin it may be ("Sheldon Adelson and his wife,
 * Miriam", "Patricia Smith, whose son Sean" in a story that names the Ricketts or Bush family).
 */
export function familySurnameAt(st: ArticleState, para: number, at: number): string | null {
  const family = familySurname(st);
  if (family === null) return null;
  const p = st.paragraphs[para];
  const s = p.sentences[sentenceIndex(p.sentences, at)];
  const own = family.toLowerCase();
  for (let k = s ? s.from : 0; k < at; k++) {
    const named = st.mentionAt[para][k]?.actor;
    if (named?.kind === 'person' && named.nameTokens.length > 1 && named.nameTokens[named.nameTokens.length - 1] !== own) return null;
  }
  return family;
}

/**
 * The kin noun before a lone given name in apposition to it ("his wife, Maureen", "her son Liam",
 * "the youngest, Sophie,"), or null: the word at `at` must be a given name the lists know.
 */
export function kinBefore(t: Token[], at: number, surface: string): string | null {
  // ("The eldest child, 15-year-old Mahmoud, started Grade 10": an age between the comma and the name)
  const aged = /^\d{1,3}-year-old$/.test(t[at - 1]?.lower ?? '') && t[at - 2]?.text === ',';
  const comma = aged || t[at - 1]?.text === ',';
  const k = aged ? at - 3 : comma ? at - 2 : at - 1;
  const noun = t[k];
  if (!noun || noun.type !== 'word' || genderOfFirstName(surface) === null) return null;
  if (!noun.cap && (KIN_NOUNS.has(noun.lower) || peerOrServing(noun.lower))) return noun.lower;
  // "The youngest, Sophie, now studies …": a family's child by rank, after its determiner; and so
  // "the eldest child, Mahmoud,", "their youngest boy, Ali,"
  const ranked = CHILD_NOUNS.has(noun.lower) && BY_RANK.has(t[k - 1]?.lower ?? '') ? k - 1 : k;
  const before = t[ranked - 1];
  return comma && BY_RANK.has(t[ranked].lower) && !!before && before.type === 'word' && FAMILY_DETERMINERS.has(before.lower) ? noun.lower : null;
}


/** A courtesy title a role is ("Mrs.", "Ms", "Miss", "Mr."), without its full stop, lower case; null for any other. */
export function courtesyOf(role: string | undefined): string | null {
  if (!role) return null;
  const r = role.toLowerCase().replace(/\.$/, '');
  return r === 'mr' || r === 'mrs' || r === 'ms' || r === 'miss' ? r : null;
}

/** The courtesy title right before mention `m` ("Mrs. Mary Okafor"), as courtesyOf gives it; null for none. */
export function courtesyBefore(st: ArticleState, m: LocalMention | undefined): string | null {
  if (!m) return null;
  const t = st.paragraphs[m.para].tokens;
  const before = t[m.from - 1]?.text === '.' ? t[m.from - 2] : t[m.from - 1];
  return before?.type === 'word' ? courtesyOf(before.text) : null;
}

/**
 * "When Chinwe Okafor's husband died …": a person named in full, owning a spouse, is of the other
 * gender, where the name lists do not tell (so "Mr. Okafor" after it is the husband, not she).
 * One look at the word after each full name's possessive.
 */
export function markSpouseOwners(st: ArticleState, n: number): void {
  for (let i = 0; i < n; i++) {
    const m = st.mentions[i];
    const a = m.actor;
    if (a.kind !== 'person' || a.gender || a.nameTokens.length < 2) continue;
    const t = st.paragraphs[m.para].tokens;
    if (!t[m.to - 1].possessive) continue;
    const owner = SPOUSE_OWNERS.get(t[m.to]?.lower ?? '');
    if (owner) a.gender = owner;
  }
}
/** Spouse nouns and the gender of their owner ("her husband", "his widow"). */
const SPOUSE_OWNERS = new Map<string, Gender>([
  ['husband', 'female'],
  ['widower', 'female'],
  ['wife', 'male'],
  ['widow', 'male'],
]);

/**
 * Persons whose full name is followed in its sentence, within NO_RELATION_REACH words, by "who is
 * not related" or ", no relation" ("Const. Manny Singh, a police spokesman who is not related to
 * the victim"): a namesake the writer sets apart. Each full mention's next words are read once.
 */
export function saidUnrelated(st: ArticleState, n: number): Set<LocalActor> {
  const found = new Set<LocalActor>();
  for (let i = 0; i < n; i++) {
    const m = st.mentions[i];
    if (m.actor.kind !== 'person' || m.actor.nameTokens.length < 2 || found.has(m.actor)) continue;
    const t = st.paragraphs[m.para].tokens;
    for (let k = m.to; k < t.length && k - m.to < NO_RELATION_REACH && t[k].text !== '.'; k++) {
      // (the person's own aside, not a claim reported: "… said the spill was not related to the mine")
      const aside = (t[k].lower === 'related' && t[k - 1].lower === 'not' && t[k - 3]?.lower === 'who') || (t[k].lower === 'relation' && t[k - 1].lower === 'no' && NO_RELATION_OPENERS.has(t[k - 2]?.text ?? ''));
      if (aside) {
        found.add(m.actor);
        break;
      }
    }
  }
  return found;
}
const NO_RELATION_REACH = 14;
const NO_RELATION_OPENERS = new Set([',', '(', '—', '–', 'is', 'was']);

/** Ranks by which a story names a family's child: "the youngest, Sophie,". */
const BY_RANK = new Set(['youngest', 'eldest', 'oldest']);
/** Nouns of a family's child that a rank makes one person of the family ("the eldest child"). */
const CHILD_NOUNS = new Set(['child', 'boy', 'girl', 'kid']);
const FAMILY_DETERMINERS = new Set(['the', 'their', 'his', 'her']);
