/**
 * Part of resolution (see ./resolution): a delayed identification. A news lede often gives a role
 * first and the name in the next paragraph ("The Conservative finance critic has accused … \n\n
 * Jasraj Singh Hallan made the accusation …"): the role phrase is the person whose full name
 * opens the next paragraph, when the article names no one before it; and so for a body ("the
 * city's water utility has warned … \n\n Johannesburg Water said …", `ledeBody`).
 */
import type { LocalActor } from '../actors';
import { descriptionKinds, type OrgKind } from '../lexicon/organisations';
import { CUE_FORMS } from '../cues';
import { peopleNoun } from '../lexicon/people';
import type { Token } from '../text';
import { OFFICE_RANKS, ROLE_SYNONYMS } from './roleHolders';
import type { ArticleState, Np } from './state';

/** Verbs of testimony and speech after a bare name that take up an indefinite role's account. */
const SPEECH = new Set(['say', 'tell', 'testify', 'recount', 'describe', 'explain', 'recall']);

/** Offices whose holder a story names with the title ("Judge Ana Ruiz", "Mayor Ken Lo"), never bare. */
const OFFICES = new Set(['judge', 'justice', 'magistrate', 'coroner', 'prosecutor', 'minister', 'mayor', 'governor', 'premier', 'president', 'senator', 'commissioner', 'chief', 'sheriff']);

/** Actors whose possessive before a role makes it one office: "Saskatoon's police chief", "Canada's top soldier". */
const PLACE_KINDS = new Set(['place', 'country']);

/** The body paragraphs from the article's top a lede's role may stand in. */
const LEDE_PARAGRAPHS = 3;

/**
 * The person a role phrase `np` (tokens `t` of paragraph `pi`, "the" and a role) names by a delayed
 * identification: the next body paragraph opens with a person's full name (two name words or
 * more, maybe after their title) named nowhere before, with no role or with `roleNoun` among its
 * roles' words (for "a"/"an" opening the paragraph, with it, or with no role and a speech verb
 * right after the name; a judge's noun may be "Justice"), or
 * else the first person it names further in holds `roleNoun` by name; and no person is named in
 * the paragraphs up to the phrase, nor another holder of the role in the next paragraph. null
 * otherwise. Adds the phrase's mention. `namedWith`: a body the next paragraph must name too
 * ("The president of the Teamsters said … ¶ “…,” President Joe Biden said" is someone else).
 */
export function ledeHolder(st: ArticleState, pi: number, np: Np, t: Token[], roleNoun: string, namedWith?: LocalActor): LocalActor | null {
  // ("the store's owners said …\n\nIt is owned by Neil and Duncan Ferguson": people in the plural are no one person)
  if (peopleNoun(roleNoun) === 'plural') return null;
  // ("A federal judge on Tuesday blocked …": an indefinite role opening the paragraph, whose holder must hold it by name)
  // (after a dateline too: "SEATTLE — A Seattle company that makes doorbells admitted …")
  const indefinite = (np.from === 0 || afterDateline(t, np.from)) && (t[np.from].lower === 'a' || t[np.from].lower === 'an');
  // ("Saskatoon's police chief said …": a place's possessive makes the role as definite as "the")
  const placeOwned = t[np.from].possessive && PLACE_KINDS.has(st.mentionAt[pi][np.from]?.actor.kind ?? '');
  if (t[np.from].lower !== 'the' && !indefinite && !placeOwned) return null;
  let body = 0;
  let next = -1;
  // (the lede's paragraphs and the next one first, the mentions read after: a role phrase repeated
  // through a paragraph with none after it reads no mention at all, in time linear in its length)
  for (let p = 0; p < st.paragraphs.length; p++) {
    if (st.paragraphs[p].kind !== 'body') continue;
    if (p > pi) {
      next = p;
      break;
    }
    if (++body > LEDE_PARAGRAPHS) return null;
  }
  if (next < 0) return null;
  for (let p = 0; p <= pi; p++) {
    // no person named up to the phrase (in its paragraph: anywhere, since the rest is the same lede)
    // (a headline's "…, chief says" resolved to the holder names no one: a description in lower case)
    if (st.paragraphs[p].kind === 'body' && st.mentionAt[p].some((m) => m?.actor.kind === 'person' && m.text !== m.text.toLowerCase())) return null;
  }
  // (past the title words before the name, a place's among them: "U.S. District Judge Sarah Whitcomb wrote …")
  const nt = st.paragraphs[next].tokens;
  const at = st.mentionAt[next];
  // (a body the holder must be named with there: see the parameter)
  if (namedWith && !at.some((x) => x?.actor === namedWith)) return null;
  let j = 0;
  while (j < nt.length && j < 5 && nt[j].type === 'word' && nt[j].cap && at[j]?.actor.kind !== 'person') j = at[j] ? at[j]!.to : j + 1;
  let m = at[j];
  const opening = !!m && m.from === j && m.actor.kind === 'person';
  // ("In a written decision, Justice Harpreet Gill found …", "“…,” Superintendent Gabriela Ortiz
  // said"): further into the paragraph, the first person it names, who must hold the role by name
  if (!opening) m = at.find((x) => x?.actor.kind === 'person');
  if (!m || m.actor.kind !== 'person' || m.actor.anonymous || m.actor.nameTokens.length < 2) return null;
  const roles = m.actor.roles;
  const nouns = ROLE_SYNONYMS[roleNoun] ?? [roleNoun];
  // ("A correctional officer told an inquest … \n\n Kyle Bouvier testified that …": an indefinite
  // role's holder may be a bare name that opens the next paragraph as the subject of a speech verb,
  // maybe after an aside and an auxiliary: "Brittany Osei, who has worked there nine years, was testifying")
  // (an office's holder is named with its title, "Judge Ana Ruiz": a bare name after "A federal judge ruled" is someone else)
  const bareSpeaker = indefinite && opening && !roles.length && !OFFICES.has(roleNoun) && speechVerbAfter(nt, m.to);
  // (of the same rank: "the coach" is no "assistant coach", nor "the mayor" a "former mayor")
  const phrase = new Set(t.slice(np.from, np.to).map((x) => x.lower));
  const holds = (r: string): boolean => {
    const words = r.toLowerCase().split(/\s+/);
    return words.some((w) => nouns.includes(w)) && !words.some((w) => (OFFICE_RANKS.has(w) || w === 'former') && !phrase.has(w));
  };
  if ((roles.length || indefinite || !opening) && !bareSpeaker && !roles.some(holds)) return null;
  // ("Mayor Colm Ferris of Ashby and Mayor Ines Barlow of Dunmore met": two holders, neither sure)
  if (at.some((x) => x && x.actor !== m!.actor && x.actor.kind === 'person' && x.actor.roles.some(holds))) return null;
  st.addMention(m.actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return m.actor;
}

/** The words an aside after a name may run to before the verb ("Kyle Bouvier, who has worked at the jail for a decade, testified"). */
const ASIDE_REACH = 24;

/** Auxiliaries between a name and its verb: "was testifying", "has told". */
const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'have', 'been', 'later', 'also']);

/** Whether token `i`, past up to two auxiliaries ("was testifying"), is a verb of testimony or speech. */
function speechAt(t: Token[], i: number): boolean {
  for (let n = 0; n < 2 && AUXILIARIES.has(t[i]?.lower ?? ''); n++) i++;
  return SPEECH.has(CUE_FORMS.get(t[i]?.lower ?? '')?.lemma ?? '');
}

/**
 * Whether the name that ends at token `at` is the subject of a verb of speech: right after it, or
 * past an aside in commas (an age, a town, a relative clause: ", 36, of Sherbrooke,", ", who has
 * worked there nine years,"), the verb after the aside's first comma that one follows. Reads at
 * most ASIDE_REACH tokens.
 */
function speechVerbAfter(t: Token[], at: number): boolean {
  if (t[at]?.text !== ',') return speechAt(t, at);
  for (let k = at + 1; k < t.length && k - at <= ASIDE_REACH; k++) {
    const w = t[k];
    if (w.text === '.' || w.type === 'open' || w.type === 'close' || w.type === 'ambiguous') return false;
    if (w.text === ',' && speechAt(t, k + 1)) return true;
  }
  return false;
}

/** The lines (paragraphs of any kind) from the file's top a lede's body description may stand in, and past it its body named. */
const LEDE_LINES = 8;

/** How many words of an appositive after a body's name its trade's noun is looked for in (", a New York firm"). */
const APPOSITION_REACH = 5;

/** Whether ", a" or ", an" after token `at` opens an appositive whose noun is a trade of `kinds` (", a New York firm that …"). */
function tradeInApposition(t: Token[], at: number, kinds: OrgKind[]): boolean {
  if (t[at]?.text !== ',' || (t[at + 1]?.lower !== 'a' && t[at + 1]?.lower !== 'an')) return false;
  for (let k = at + 2; k < t.length && k - at <= APPOSITION_REACH && t[k].type === 'word'; k++) {
    if (!t[k].cap && descriptionKinds(t[k].lower)?.some((x) => kinds.includes(x))) return true;
  }
  return false;
}

/** Verbs of speech after a body that opens the paragraph after a lede ("Johannesburg Water said"). */
const BODY_SPEECH = new Set(['say', 'tell', 'warn', 'announce', 'confirm', 'state', 'add', 'explain']);

/**
 * The body a description `np` in the article's first body paragraph names by a delayed
 * identification: no organisation is named before the phrase, and the next body paragraph opens
 * (maybe after "The") with an organisation that `fits` and a verb of speech after it ("the city's
 * water utility has warned … \n\n Johannesburg Water said …"). null otherwise. Adds the phrase's mention.
 */
export function ledeBody(st: ArticleState, pi: number, np: Np, t: Token[], fits: (a: LocalActor, kinds: OrgKind[]) => boolean, kinds: OrgKind[]): LocalActor | null {
  // ("A music analytics company says …": an indefinite body opening the lede, named in the next
  // paragraph with its trade in apposition, "StreamAudit, a New York firm that …, released …")
  // (after a dateline too: "SEATTLE — A Seattle company that makes doorbells admitted …")
  const indefinite = (np.from === 0 || afterDateline(t, np.from)) && (t[np.from].lower === 'a' || t[np.from].lower === 'an');
  // (a lede stands among the file's first lines: no walk from far down the file to its top)
  if ((t[np.from].lower !== 'the' && !indefinite) || pi > LEDE_LINES) return null;
  let next = -1;
  for (let p = 0; p < st.paragraphs.length && p <= pi + LEDE_LINES; p++) {
    if (st.paragraphs[p].kind !== 'body') continue;
    if (p > pi) {
      next = p;
      break;
    }
    // the phrase stands in the first body paragraph, with no body named before it
    if (p < pi) return null;
    for (let i = 0; i < np.from; i++) if (st.mentionAt[p][i]?.actor.kind === 'organization') return null;
  }
  if (next < 0) return null;
  const nt = st.paragraphs[next].tokens;
  const j = nt[0]?.lower === 'the' ? 1 : 0;
  const m = st.mentionAt[next][j];
  if (!m || m.from !== j || m.actor.kind !== 'organization' || !fits(m.actor, kinds)) return null;
  // ("Ironclad Cyber Defence Inc. of Kanata said": the body's town after its name)
  let named = m.to;
  if (nt[named]?.lower === 'of' || nt[named]?.lower === 'in') {
    let k = named + 1;
    while (k < nt.length && k - named <= 3 && nt[k].type === 'word' && nt[k].cap && st.mentionAt[next][k]?.actor.kind !== 'organization' && st.mentionAt[next][k]?.actor.kind !== 'person') k++;
    if (k > named + 1) named = k;
  }
  if (!BODY_SPEECH.has(CUE_FORMS.get(nt[pastApposition(nt, named)]?.lower ?? '')?.lemma ?? '') && !(indefinite && tradeInApposition(nt, m.to, kinds))) return null;
  st.addMention(m.actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return m.actor;
}

/** Whether the paragraph's tokens before `at` are a dateline closed by a dash: no lower-case word, a dash last ("OTTAWA, Ont. (CP) —"). */
function afterDateline(t: Token[], at: number): boolean {
  if (at > 12 || !DATELINE_DASHES.has(t[at - 1]?.text ?? '')) return false;
  for (let i = 0; i < at - 1; i++) if (t[i].type === 'word' && !t[i].cap && !/^\d/.test(t[i].text)) return false;
  return true;
}
const DATELINE_DASHES = new Set(['—', '–', '-', '--']);

/**
 * The token after an appositive set off by commas from token `at` (", the Colorado-based owner of
 * the mountain,"), opening on "the", "a" or "an" within APPOSITION_WORDS words; `at` when there is none.
 */
function pastApposition(t: Token[], at: number): number {
  if (t[at]?.text !== ',' || !APPOSITION_ARTICLES.has(t[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < t.length && k - at <= APPOSITION_WORDS; k++) {
    if (t[k].text === ',') return k + 1;
    if (t[k].type !== 'word') return at;
  }
  return at;
}
const APPOSITION_ARTICLES = new Set(['the', 'a', 'an']);
/** How many words an appositive after a body's name may run to ("the Colorado-based owner of the mountain"). */
const APPOSITION_WORDS = 12;
