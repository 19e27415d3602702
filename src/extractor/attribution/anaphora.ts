/**
 * Resolution of words that point back: pronouns ("she", "it", "they") and descriptions ("the
 * company", "the ministry", "the city"). Candidates are the actors mentioned before, nearest
 * sentence first: in the pronoun's own sentence the nearest mention before it, in each earlier
 * sentence its first mention (the subject, as a rule) first. He and she take only people whose
 * gender agrees (courtesy titles and gendered role words, then pronouns already resolved to
 * them, then first names); it takes organisations and countries; they also groups.
 */
import type { LocalActor, LocalMention } from '../actors';
import { genderOfFirstName, genderOfPronoun, genderOfRole, genderOfTitle, isUnisexFirstName, type Gender } from '../gender';
import { descriptionKinds, orgKindsOfName, type OrgKind } from '../lexicon/organisations';
import { CUE_FORMS } from '../cues';
import { CITIES, COMMON_CAPITALISED, countryBySurface, REGIONS, ROLE_NOUNS, TITLES, US_STATES } from '../gazetteer';
import { peopleNoun } from '../lexicon/people';
import { memoised } from '../memo';
import type { Paragraph, Sentence, Token } from '../text';
import { cityTeam, loneBody, noteTrade, openingBody, opensSentence, saidJustBefore, shownClub, toldTrade, topicBody, inPassing, oneWordPerson, typedName } from './descriptions';
import type { ArticleState } from './state';
import { introducedDocumentIssuer, previousDocumentSpeaker } from './documents';
import { previousPluralSubject } from './pluralSubject';
import { seenByBefore } from './seenDocument';
import { unnamedSubjectBefore } from './unnamedSubject';
import { isPeopleNoun, openingClauseEnd } from './words';
import { askedPerson, listedBeside, opensOnPronoun, participleObject } from './pronounSalience';

/** How far back a pronoun or description looks, in sentences (a paragraph break counts as none). */
const PRONOUN_REACH = 6;
const DESCRIPTION_REACH = 30;

/** Per actor, what resolution learnt of it that the actor table does not keep. */
interface Traits {
  /** The gender of a pronoun resolved to this person when nothing else told it. */
  pronounGender?: Gender;
}
const traits = new WeakMap<LocalActor, Traits>();

// Gender words repeat across mentions, actors and articles: ../gender memoises first names, titles
// and roles; a courtesy title's alias is read once here.
/** The gender of a name form that opens with a courtesy title ("Ms. Adebayo"); not "King" or "Son", which may open a name. */
const courtesyGender = memoised((alias: string): Gender | null => {
  const first = alias.split(/\s+/)[0];
  return /^(?:mr|mrs|ms|miss|sir|dame|lady|lord|madam|madame)\.?$/i.test(first) ? genderOfTitle(first) : null;
});

/** Per article: the gender a title before a person's name states ("Ms. Adebayo"), read once from all name mentions. */
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
    }
  }
  return map;
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

/**
 * Whether mention `m` only modifies the name after it: "Kilmarnock Athletic boss Ian Mackenzie",
 * "Kestrel's chief executive Ana Ruiz" (the club or company before a role noun and a person's
 * name); the person is the phrase's head and the one a pronoun after it refers to.
 */
function modifiesName(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  let j = m.to;
  while (j < t.length && j - m.to < 3 && t[j].type === 'word' && !t[j].cap && !st.mentionAt[m.para][j]) j++;
  if (j === m.to) return false;
  // ("Mulhall's barrister, Tom Keane, had argued": the owner's person noun, the name in apposition)
  const owned = t[m.to - 1].possessive && t[j]?.text === ',' && isPeopleNoun(t[j - 1]);
  if (owned) j++;
  else if (!ROLE_NOUNS.has(t[j - 1].lower)) return false;
  const next = st.mentionAt[m.para][j];
  return !!next && next !== m && next.actor.kind === 'person';
}

/**
 * Calls `visit` with each mention before token `before` of sentence `s` (paragraph `pi`) and how
 * many sentences back it stands (0: the same sentence, visited right to left; earlier ones left
 * to right), up to `reach` sentences back, until it returns true.
 */
export function walkBack(st: ArticleState, pi: number, s: Sentence, before: number, reach: number, visit: (m: LocalMention, depth: number) => boolean): void {
  const at = st.mentionAt[pi];
  let last: LocalMention | undefined;
  for (let i = before - 1; i >= s.from; i--) {
    const m = at[i];
    if (m && m !== last && visit((last = m), 0)) return;
  }
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from) - 1;
  for (let depth = 1; depth <= reach; depth++) {
    while (si < 0) {
      if (--para < 0) return;
      const p: Paragraph = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    const sent = st.paragraphs[para].sentences[si--];
    const pat = st.mentionAt[para];
    for (let i = sent.from; i < sent.to; i++) {
      const m = pat[i];
      if (m && m !== last && visit((last = m), depth)) return;
    }
  }
}

/**
 * The index of the sentence holding token `i` among a paragraph's sentences (in text order), by
 * binary search: a paragraph may hold thousands of sentences.
 */
export function sentenceIndex(sentences: Sentence[], i: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].from <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Subordinators that open a clause before the main one: "Even as he accused …, Giuliani …". */
const OPENING_SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'although', 'though', 'because', 'since', 'if', 'once', 'until']);

/**
 * "Even as he accused …, Giuliani wouldn't …": a pronoun in an opening subordinate clause with no
 * one named before it refers ahead to the main clause's subject; that actor, or null.
 */
function cataphor(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  const t = st.paragraphs[pi].tokens;
  let k = s.from;
  if (['even', 'just', 'but', 'and'].includes(t[k]?.lower ?? '')) k++;
  if (!OPENING_SUBORDINATORS.has(t[k]?.lower ?? '') || at !== k + 1) return null;
  for (let j = at + 1; j < Math.min(s.to, at + 30); j++) {
    if (t[j].type !== 'word' && t[j].text !== ',' && t[j].text !== '.' && t[j].text !== '-') return null;
    if (t[j].text !== ',') continue;
    // the subject's name, after a title or role ("Governor Rui Sousa")
    for (let i = j + 1; i < Math.min(s.to, j + 4) && t[i].type === 'word'; i++) {
      const m = st.mentionAt[pi][i];
      if (m) return m.actor;
      if (!t[i].cap) break;
    }
    return null;
  }
  return null;
}

/**
 * The person "he" or "she" (`word`, token `at` of sentence `s`) refers to: the nearest person
 * before it whose gender agrees (never `excluded`), the last speaker preferred within a sentence;
 * null when none is in reach. Records the pronoun's gender on a person whose gender was unknown.
 */
export function resolvePersonPronoun(st: ArticleState, pi: number, s: Sentence, at: number, word: string, excluded: LocalActor | null = null): LocalActor | null {
  const gender = genderOfPronoun(word);
  // the walk meets the same people again and again; nothing about them changes until it ends
  const agreement = new Map<LocalActor, boolean>();
  const agrees = (a: LocalActor): boolean => {
    let ok = agreement.get(a);
    if (ok === undefined) {
      const g = genderOf(st, a);
      ok = a !== excluded && (!g || !gender || g.gender === gender);
      agreement.set(a, ok);
    }
    return ok;
  };
  const ahead = cataphor(st, pi, s, at);
  if (ahead && ahead.kind === 'person' && agrees(ahead)) return ahead;
  // ("A Berlin woman was fined after she posted …": the unnamed person opening the sentence or the one before)
  const sentences = st.paragraphs[pi].sentences;
  const si = sentenceIndex(sentences, s.from);
  if (gender && unnamedSubjectBefore(st, pi, s, si > 0 ? sentences[si - 1] : null, at, gender)) return null;
  const last = st.lastPersonSpeaker;
  const speaker = last && agrees(last.actor) ? last.actor : undefined;
  // the last speaker stands for every sentence since it spoke, named there or not
  const speakerDepth = last ? st.sentenceSerial - last.sentence : Infinity;
  let found: LocalActor | null = null;
  // per earlier sentence: its first agreeing person, unless the last speaker is there too
  let first: LocalActor | null = null;
  let firstDepth = -1;
  let firstOpens = false;
  // a name inside a quotation is not what a pronoun outside it refers to ("“Mikko's a great teammate,” he said")
  const outsideQuote = !st.paragraphs[pi].inQuote[at];
  // "Cole asked whether the governor had been warned by his advisers": a person told by a role
  // between the name and the pronoun, in its sentence, may be whom it refers to: no actor is
  let described = false;
  // a person in a phrase opening an earlier sentence, taken only if its main clause names no one who agrees
  let opening: { a: LocalActor; depth: number; opens: boolean } | null = null;
  // an earlier sentence's person of unknown gender, held while one whose gender agrees may follow in that sentence
  let unsure: { a: LocalActor; depth: number; opens: boolean } | null = null;
  // "She has gone public … his wife, Hillary Clinton, as she …": an earlier sentence whose subject
  // is the same pronoun continues its chain; the people named after that subject are not whom it means
  let chained = -1;
  let listed: LocalActor | null = null;
  let listedDepth = -1;
  walkBack(st, pi, s, at, PRONOUN_REACH, (m, depth) => {
    if (!first && unsure && depth !== unsure.depth) [first, firstDepth, firstOpens] = [unsure.a, unsure.depth, unsure.opens];
    if (!first && opening && depth !== opening.depth) [first, firstDepth, firstOpens] = [opening.a, opening.depth, opening.opens];
    if (first && depth !== firstDepth) return true;
    if (speaker && depth >= speakerDepth) return ((found = speaker), true);
    if (depth > 0 && gender && (chained === depth || opensOnPronoun(st, m, word))) return ((chained = depth), false);
    const a = m.actor;
    if (a.kind !== 'person' || !agrees(a) || (outsideQuote && st.paragraphs[m.para].inQuote[m.from]) || modifiesName(st, m)) return false;
    if (depth === 0 && otherPersonDescribed(st, pi, m.to, at, a, gender)) return (described = true);
    // "Maddison, he said, was fit": the name the words are about, set before the parenthetical cue
    if (depth === 0 && m.to + 1 === at && st.paragraphs[pi].tokens[m.to].text === ',' && CUE_FORMS.has(st.paragraphs[pi].tokens[at + 1]?.lower ?? '')) return false;
    if (depth === 0) return !a.anonymous && ((found = a), true);
    // ("The boy's mother, Lisa Brown, stood beside Ames. She said …": a subject opening the sentence
    // before the last speaker named after a preposition or a verb is whom "she" continues)
    if (a === speaker && !(first && firstOpens && oblique(st, m))) return ((found = a), true);
    // "Earhardt then asked Rubio which states … “Well, …,” he said": the one asked answers
    if (depth === 1 && askedPerson(st, m)) return ((found = a), true);
    // ("the death of four Americans: Ambassador Chris Stevens, officer Sean Smith, …": one of a list
    // of people is no more whom "he" means than another of them who agrees, nor is anyone after them there)
    if (depth > 0 && (listedDepth === depth || ((listed = listedBeside(st, m)) && agrees(listed)))) return ((listedDepth = depth), false);
    // ("…, forcing Sanders to reverse his opposition. “…,” he said": the object of a participle is
    // less in view than the last speaker, when that one spoke within reach)
    if (depth > 0 && !first && speaker && speakerDepth <= PRONOUN_REACH && participleObject(st, m)) return false;
    if (!first && !opening && depth > 0 && inOpeningPhrase(st, m)) opening = { a, depth, opens: opensClause(st, m) };
    else if (!first && (!opening || depth === opening.depth)) {
      const opens = opensClause(st, m);
      // ("… not been happening for Clinton, which … concerns Henry Crespo": a person whose gender
      // agrees goes before one whose gender the article never told, unless that one is the subject)
      if (gender && !opens && !genderOf(st, a)) unsure ??= { a, depth, opens };
      else [first, firstDepth, firstOpens] = [a, depth, opens];
    }
    return false;
  });
  if (described) return null;
  if (!first && unsure) [first, firstDepth] = [(unsure as { a: LocalActor }).a, (unsure as { depth: number }).depth];
  found ??= first ?? (opening as { a: LocalActor } | null)?.a ?? speaker ?? null;
  // "But four years later, Freddy was dead. “He would have been a peacemaker …,” he said": a quote
  // that opens on "he" is about the one last in view; who says it is the last speaker
  if (found && speaker && found !== speaker && speakerDepth <= PRONOUN_REACH && gender && quoteOpensOn(st.paragraphs[pi].tokens, s, at, word)) found = speaker;
  // "“…,” says Lakhdar Brahimi. … “We had an agreement,” she says": no one in reach agrees, but the
  // one who spoke before the last speaker does, and the text told their gender
  const before = st.previousPersonSpeaker;
  if (!found && gender && before && st.sentenceSerial - before.sentence <= 2 * PRONOUN_REACH && genderOf(st, before.actor)?.gender === gender) found = before.actor;
  // "INMO general secretary Phil Ní Sheaghdha said … “Staff are …,” she said": no one in reach
  // agrees, and the speaker of the sentence just before has only a given name's guess against it
  // (a Phil, a Jan may be either); the writer's pronoun tells the gender
  if (!found && gender && last && speakerDepth <= 1 && genderOf(st, last.actor)?.strong === false) {
    traits.set(last.actor, { pronounGender: gender });
    return last.actor;
  }
  // "A witness told the court … ¶ Mahlangu's advocate, Dali Mpofu, told reporters … “…,” he said":
  // a person of unknown gender from an earlier paragraph, before a speaker of the sentence just
  // before whose given name guessed against the pronoun, is no surer than that speaker (a Dali may
  // be a man, an André is one): neither
  if (found && found === first && firstDepth > speakerDepth && gender && last && speakerDepth <= 1 && !genderOf(st, found) && genderOf(st, last.actor)?.strong === false && !namedInParagraph(st, pi, found)) return null;
  if (found && gender && !genderOf(st, found)) traits.set(found, { pronounGender: gender });
  return found;
}

/** Whether actor `a` is mentioned in paragraph `pi`. */
function namedInParagraph(st: ArticleState, pi: number, a: LocalActor): boolean {
  return st.mentionAt[pi].some((m) => m?.actor === a);
}

/** Whether sentence `s` opens with a quotation whose first word is the pronoun `word` ("“He would have …,” he said"), the pronoun at `at` after it. */
function quoteOpensOn(t: Token[], s: Sentence, at: number, word: string): boolean {
  const open = t[s.from];
  return !!open && (open.type === 'open' || open.type === 'ambiguous') && t[s.from + 1]?.lower === word && at > s.from + 2;
}

/**
 * Whether "the" and a role no role of person `a` holds stand between tokens `from` and `to` of
 * paragraph `pi`, outside any name, of a gender that may agree: another person ("Cole, a press
 * aide, asked whether the governor …"; not "Hier, the founder of …", nor a predicate, "should
 * Clinton become the nominee", nor "the chairman" for "she"). A person of no known role is never
 * told apart so.
 */
function otherPersonDescribed(st: ArticleState, pi: number, from: number, to: number, a: LocalActor, gender: Gender | null): boolean {
  if (!a.roles.length) return false;
  const t = st.paragraphs[pi].tokens;
  const at = st.mentionAt[pi];
  for (let i = from; i + 1 < to; i++) {
    const noun = t[i + 1];
    if (t[i].lower !== 'the' || noun.type !== 'word' || noun.cap || noun.possessive || at[i + 1] || at[i + 2] || !ROLE_NOUNS.has(noun.lower)) continue;
    // the subject of a clause inside the sentence ("whether the governor had been warned by his …"),
    // not an object ("visited the owner of the bakery, and he told …")
    if (!EMBEDDING.has(t[i - 1]?.lower ?? '')) continue;
    if (a.roles.some((r) => r.toLowerCase().split(/\s+/).includes(noun.lower))) continue;
    const g = genderOfRole(noun.lower) ?? genderOfTitle(noun.lower);
    if (!g || !gender || g === gender) return true;
  }
  return false;
}
/** Words that open a clause inside a sentence, before its subject: "whether the governor had …". */
const EMBEDDING = new Set(['whether', 'that', 'if', 'because', 'after', 'when', 'while', 'since', 'until', 'before', 'although', 'though', 'unless']);

/** Whether mention `m` is in a phrase that opens its sentence before the main clause ("Preceded at the lectern by Joe Arpaio, …, Trump launched"). */
function inOpeningPhrase(st: ArticleState, m: LocalMention): boolean {
  const p = st.paragraphs[m.para];
  const s = p.sentences[sentenceIndex(p.sentences, m.from)];
  return s.from < m.from && openingClauseEnd(p.tokens, s, s.to) > m.from;
}

/** Whether mention `m` opens its sentence's clause: at the sentence's start or right after a comma ("The boy's mother, Lisa Brown, …"). */
function opensClause(st: ArticleState, m: LocalMention): boolean {
  const p = st.paragraphs[m.para];
  const before = p.tokens[m.from - 1];
  return !before || before.text === ',' || p.sentences[sentenceIndex(p.sentences, m.from)].from === m.from;
}

/**
 * Whether mention `m` follows a lower-case word other than a conjunction, and no cue follows it:
 * an object or a preposition's ("stood beside Ames", "attacked Christie"; not "the most able
 * candidate Viguerie argues").
 */
function oblique(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  const before = t[m.from - 1];
  const after = t[m.to];
  // (nor after a subordinator: "as Ames turned to the jury", she is a clause's subject)
  return !!before && before.type === 'word' && !before.cap && before.lower !== 'and' && before.lower !== 'or' && !OPENING_SUBORDINATORS.has(before.lower) && !(after && CUE_FORMS.has(after.lower));
}

/**
 * What "it" (`plural` false) or "they" (`plural` true) at token `at` refers to: the last
 * collective speaker where it is in reach; else for "it" the nearest organisation or country
 * before it, for "they" the last collective speaker, else the nearest group, organisation or
 * country; for "their" that owns a body (`owner`) never a place that spoke. `they`: the
 * pronoun itself is the source ("one said" asks for its group too, and gets no new one).
 */
export function resolveCollectivePronoun(st: ArticleState, pi: number, s: Sentence, at: number, plural: boolean, owner = false, they = false): LocalActor | null {
  const speaker = st.lastCollectiveSpeaker;
  // ("they" is a body, a nation or a group; never a place, nor a capital standing for its government)
  const fits = (a: LocalActor): boolean => a.kind === 'organization' || a.kind === 'country' || (plural ? a.kind === 'group' : !!a.capitalOf);
  // "…, the report said. It accused the agency of …": "it" opening the sentence after one whose
  // subject or source is a document is that document, speaking for whom it speaks for
  if (!plural && !sameSentenceBefore(st, pi, s, at, fits)) {
    const document = previousDocumentSpeaker(st, pi, s);
    if (document !== undefined) return document;
  }
  // "The company's board approved a bond sale, it said.": the body the sentence's subject describes
  if (!plural) {
    const subject = describedSubject(st, pi, s, at) ?? openingBody(st, pi, s, at, fits);
    if (subject) return subject;
    // "X issued a statement. “…,” it read.": the quotation is the statement's words, its issuer's
    const close = st.paragraphs[pi].tokens[at - 1];
    const issuer = close && (close.type === 'close' || close.type === 'ambiguous') ? introducedDocumentIssuer(st, pi, s) : undefined;
    if (issuer) return issuer;
  }
  // "Analysts at Pruett Brothers cut their rating. They said …": people in the plural who are the
  // subject of the sentence before carry on as its "they" (a body named inside the quotation it
  // closes is none of its clause's)
  const inQuote = st.paragraphs[pi].inQuote;
  if (they && !sameSentenceBefore(st, pi, s, at, fits, inQuote)) {
    const subject = previousPluralSubject(st, pi, s);
    if (subject) return subject;
  }
  let first: LocalActor | null = null;
  let sawSpeaker = false;
  // ("“… interviewed by Congress,” it stated": a body named inside the quotation is not what the pronoun outside it means)
  const outside = !inQuote[at];
  walkBack(st, pi, s, at, PRONOUN_REACH, (m) => {
    if (!fits(m.actor) || (outside && st.paragraphs[m.para].inQuote[m.from])) return false;
    if (m.actor === speaker) return (sawSpeaker = true);
    first ??= m.actor;
    return false;
  });
  if (sawSpeaker) return speaker;
  // "they" keeps to the last body that spoke; "it" to the nearest organisation named; "their"
  // before a body ("Their union said") to no place that spoke ("Glasgow said …"): a town owns no union
  if (plural) return (speaker && (owner || speaker.kind === 'place') && !fits(speaker) ? null : speaker) ?? first;
  return first ?? (speaker && speaker.kind !== 'group' ? speaker : null);
}

/** The body that "The company('s) …" opening sentence `s` (before token `at`) describes, resolved as "the company" would be; null when it opens otherwise. */
function describedSubject(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  const t = st.paragraphs[pi].tokens;
  const noun = t[s.from + 1];
  if (at <= s.from + 2 || t[s.from].lower !== 'the' || !noun || noun.type !== 'word' || noun.cap || st.mentionAt[pi][s.from + 1]) return null;
  const kinds = descriptionKinds(noun.possessive ? noun.lower.replace(/['’]s$/, '') : noun.lower);
  // (or the body named after its trade's noun: "budget airline Kestrel Air")
  return kinds ? (resolveDescription(st, pi, s, s.from, kinds) ?? typedName(st, pi, s, s.from, kinds)) : null;
}

/** Whether an actor that `fits` is mentioned before token `at` in its own sentence (outside the tokens `skipped` marks). */
function sameSentenceBefore(st: ArticleState, pi: number, s: Sentence, at: number, fits: (a: LocalActor) => boolean, skipped?: Uint8Array): boolean {
  for (let i = s.from; i < at; i++) if (st.mentionAt[pi][i] && !skipped?.[i] && fits(st.mentionAt[pi][i]!.actor)) return true;
  return false;
}

/**
 * The actor named earlier that a description refers to ("the company" -> a company, "the
 * ministry" -> a ministry, "the city" -> a city or its council), nearest first; null when none
 * fits. `kinds` are the kinds the description fits (see ../lexicon/organisations).
 */
export function resolveDescription(st: ArticleState, pi: number, s: Sentence, at: number, kinds: OrgKind[], modifiers: readonly string[] = NONE, head = ''): LocalActor | null {
  let found: LocalActor | null = null;
  let outsider: LocalActor | null = null;
  // "the division" after "Saskatchewan Rivers School Division" and a school nearer: the body whose
  // name holds the description's noun, when the walk meets one (a trade's noun only; "the
  // company" means the nearest company, named so or not)
  const named = head && !GENERIC_DESCRIPTIONS.has(head) ? ` ${head} ` : '';
  let nearest: LocalActor | null = null;
  const mediaOnly = kinds.every((k) => k === 'media');
  // "Lumenwise has raised $1.5 billion in a round led by Threnody Capital …, the company told
  // Reuters": after the words it closes, "the company" is its sentence's first body, the subject
  const closing = !named && at > s.from && st.paragraphs[pi].tokens[at - 1].text === ',';
  // (a trade's description opening its sentence: the topic body, see topicBody)
  let topic: LocalActor | null = null;
  let metBody = !named || !opensSentence(st, pi, s, at);
  // "reinforcements came from Cyprus": a country named in passing is not "the government"
  walkBack(st, pi, s, at, DESCRIPTION_REACH, (m, depth) => {
    if (closing && depth > 0 && found) return true;
    // ("Rangers boss Philippe Clement … Rangers said … The club said": a plural name the names layer took for a
    // group or a person, shown a club's; a person's is retyped, as ../loneBodies would)
    const club = kinds.includes('team') && (m.actor.kind === 'group' || (oneWordPerson(m.actor) && !genderOf(st, m.actor))) && shownClub(st, m.actor);
    if (club && m.actor.kind === 'person') st.table.asOrganisation(m.actor);
    const fits = club || fitsDescription(m.actor, st.typedKinds.get(m.actor), kinds, m.text);
    // (a modifier of trade, "the mining giant", is no part of a name whose trade is unknown)
    // (a modifier of reach still must fit: "the federal agency" is no state's department)
    // (after an opening quotation, only the body that said something in the sentence just before:
    // "The White House defended the agreement. “…,” the real estate developer said" is no White House's)
    if (fits && !metBody && depth > 0 && namedBy(m.actor, modifiers.filter(bindingTopic)) && (at === s.from || saidJustBefore(st, m.actor))) topic = topicBody(st, m, depth);
    // ("Eskom said it could not rule out … . ¶ The power utility said": a one-word name its words show a body's, before
    // the names layer retypes it at the article's end, see ../loneBodies; in an earlier paragraph only, since
    // "Skyhop said it would cancel flights. The oil giant said …" goes on to another body)
    else if (!fits && !metBody && !topic && depth > 0 && named && m.para < pi && loneBody(st, m)) {
      topic = topicBody(st, m, depth, true) && st.table.asOrganisation(m.actor);
      if (topic) metBody = true;
    }
    if (fits) metBody = true;
    if (!fits || !namedBy(m.actor, modifiers) || (m.actor.kind === 'country' && inPassing(st, m))) return false;
    // "said Rachel Ostrow, an analyst at Bellmont Securities": a commentator's employer is not
    // "the company" the article is about, unless the article names no other
    if (outsideEmployer(st, m)) return ((outsider ??= m.actor), false);
    // "SAN FRANCISCO (Reuters) - …, which was seen by Reuters. The company said": the newsroom that
    // reports the story is "the company" only if the article names no other; one with something
    // of its own ("Bloomberg's own list") is in the story
    if (!mediaOnly && m.actor.kind === 'organization' && !st.paragraphs[m.para].tokens[m.to - 1].possessive && orgKindsOfName(ACRONYM.test(m.text) ? m.text : m.actor.name).includes('media')) {
      // ("a copy of which was seen by Reuters", "LONDON (Reuters) -": a newsroom that only saw or only reports is none)
      if (!onlyReporting(st, m)) outsider ??= m.actor;
      return false;
    }
    // (a body whose trade neither its name nor the article tells is no "airline" or "developer":
    // "Facebook" in a photo credit, "the White House" before "the real estate developer said")
    // ("the team" after "the Toronto Maple Leafs": a city's team tells its trade by its shape, see cityTeam)
    // ("The airline said …" then "The carrier said …": a trade the article already gave the body counts as its name's)
    // ("Whyte Distillers … the distiller said": the name may hold the noun in the plural)
    if (named && !` ${m.actor.name.toLowerCase()} `.includes(named) && !` ${m.actor.name.toLowerCase()} `.includes(`${named.trimEnd()}s `) && !(kinds.includes('team') && cityTeam(m.actor.name)) && !toldTrade(st, m.actor, head)) return (tradeKnown(st, m.actor) && (nearest ??= m.actor), false);
    found = m.actor;
    return !(closing && depth === 0);
  });
  const body = found ?? topic ?? nearest ?? outsider;
  if (named && body === topic && topic) noteTrade(st, topic, head);
  return body;
}

/**
 * "The museum said", "the centre said" after "Royal Ontario Museum", "Marlow Heritage Centre": the
 * nearest organisation, within DESCRIPTION_REACH sentences before token `at`, whose name ends in
 * `head` (lower case) or in its plural; null when none does. For nouns no kind of body is listed
 * under (./lexicon/organisations): the name itself tells what the body is.
 */
export function bodyEndingIn(st: ArticleState, pi: number, s: Sentence, at: number, head: string): LocalActor | null {
  let found: LocalActor | null = null;
  walkBack(st, pi, s, at, DESCRIPTION_REACH, (m) => {
    if (m.actor.kind !== 'organization') return false;
    const last = m.actor.name.slice(m.actor.name.lastIndexOf(' ') + 1).toLowerCase();
    if (last !== head && last !== `${head}s`) return false;
    found = m.actor;
    return true;
  });
  return found;
}

/** Whether what body `a` is, when it is one, is known from its name or the article (a place's or a country's always is). */
function tradeKnown(st: ArticleState, a: LocalActor): boolean {
  return a.kind !== 'organization' || !!st.typedKinds.get(a)?.length || orgKindsOfName(a.name).length > 0 || publicAgency(a.name, NO_KINDS);
}

/** Whether newsroom mention `m` only tells who saw a document ("seen by Reuters") or who files the story ("LONDON (Reuters) -"). */
function onlyReporting(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  return seenByBefore(t, m.from) || (t[m.from - 1]?.text === '(' && t[m.to]?.text === ')' && m.from <= 6);
}

/** Kinds of a public body's name: no company, whatever its acronym leaves unsaid. */
const PUBLIC_BODIES = new Set<OrgKind>(['ministry', 'department', 'agency', 'government', 'council', 'legislature', 'court', 'police', 'military']);

/** Descriptions that name no trade of their own: the nearest fitting body, whatever its name ends in. */
const GENERIC_DESCRIPTIONS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'business', 'body', 'government', 'city', 'state', 'county', 'province', 'country']);
const NONE: readonly string[] = [];
/** Whether a description's modifier binds a topic body too (see topicBody): its reach, a public field, or the members a body is of ("the traders' association"). */
const bindingTopic = (w: string): boolean => REACH_MODIFIERS.has(w) || FIELD_MODIFIERS.has(w) || !SPECIFYING_MODIFIERS.has(w);
/** Modifiers of a body's reach, which a topic body's name must bear too ("the federal agency"); a trade's ("the mining giant") need not. */
const REACH_MODIFIERS = new Set(['state', 'county', 'city', 'town', 'municipal', 'federal', 'regional', 'provincial', 'national', 'district']);
const NO_KINDS: OrgKind[] = [];

/** Those asked from outside to comment, named with their employer ("an analyst at …", "an economist with …"). */
const COMMENTATORS = new Set(['analyst', 'economist', 'strategist', 'professor', 'researcher', 'scientist', 'fellow', 'expert', 'scholar', 'consultant', 'pollster', 'lawyer', 'attorney', 'lecturer', 'investor', 'banker', 'trader']);

/** Those who invest others' money, asked about a company from outside: "a fund manager at …", "chief investment officer at …". */
const INVESTING = new Set(['fund', 'portfolio', 'money', 'investment', 'asset', 'wealth', 'equity', 'equities']);

/** Whether token `i` is a commentator's noun (or its plural), or "manager"/"officer" of others' investments. */
function commentatorNoun(t: Token[], i: number): boolean {
  const w = t[i].lower.replace(/s$/, '');
  if (COMMENTATORS.has(t[i].lower) || COMMENTATORS.has(w)) return true;
  return (w === 'manager' || w === 'officer' || w === 'partner') && i > 0 && INVESTING.has(t[i - 1].lower);
}

/** Whether mention `m` is a commentator's employer: "at"/"with" (and "the") after a commentator's noun. */
function outsideEmployer(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  let k = m.from - 1;
  if (k >= 0 && t[k].lower === 'the') k--;
  // ("analysts at Morrow & Pike wrote in a note": the plural too)
  return k >= 1 && (t[k].lower === 'at' || t[k].lower === 'with') && commentatorNoun(t, k - 1);
}

/** How far back, in sentences, a body named by one word is looked for. */
const ONE_WORD_REACH = 2;
/** Pronouns that show a one-word name is a person's. */
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * "Greenpeace called for a treaty. … the group said": the nearest person before token `at` of
 * sentence `s`, within two sentences, when it is known by one word with no role, gender, given
 * name or personal pronoun after it in its sentence: the names layer's guess at a body's name,
 * which the description corrects (the actor is retyped as an organisation). null otherwise.
 */
export function oneWordBody(st: ArticleState, pi: number, s: Sentence, at: number): LocalActor | null {
  let found: LocalMention | null = null;
  walkBack(st, pi, s, at, ONE_WORD_REACH, (m) => {
    if (m.actor.kind !== 'person') return false;
    found = m;
    return true;
  });
  const m = found as LocalMention | null;
  if (!m || !oneWordPerson(m.actor) || genderOf(st, m.actor) || genderOfFirstName(m.actor.name)) return null;
  const t = st.paragraphs[m.para].tokens;
  const sent = st.paragraphs[m.para].sentences[sentenceIndex(st.paragraphs[m.para].sentences, m.from)];
  for (let i = m.to; i < sent.to; i++) if (PERSONAL.has(t[i].lower)) return null;
  return st.table.asOrganisation(m.actor);
}

/**
 * Modifiers that tell which body a description means ("the state water board", "the county
 * health department"; a company's trade, "the state-run power company"): each must be a word of
 * the name (or an alias) of the body it refers to, else the description names a body of its own.
 * (A trade the name leaves unsaid was tried as a match for a company that spoke before, "Eskom …
 * the state-run power company"; it gave "the oil giant" to Ryanair and "the chemical company" to
 * Toyota as often, and was dropped: a wrong named company is worse than a body of its own.)
 */
export const SPECIFYING_MODIFIERS = new Set(
  ('state|county|city|town|municipal|federal|regional|provincial|national|district|water|health|education|school|transport|transportation|transit|housing|planning|zoning|election|elections|ethics|parole|fire|police|environmental|environment|energy|finance|budget|labor|labour|agriculture|trade|tax|revenue|utilities|utility|parks|library|port|harbour|harbor|airport|highway|highways|wildlife|fisheries|forestry|mining|pension|appeals|supreme|' +
    'power|electricity|gas|oil|rail|railway|telecom|telecoms|insurance|drug|pharmaceutical|chemical|steel|shipping|software').split('|'),
);

/**
 * A public body's field ("the weather bureau" is no civil defence office, "the disaster agency" no
 * weather service): a modifier that even the body an article's last sentences were about must bear,
 * unlike a trade's ("Rio Tinto … the mining giant").
 */
const FIELD_MODIFIERS = new Set('weather|meteorological|disaster|emergency|aviation|maritime|consumer|competition|food|medical|marine|customs|immigration'.split('|'));
for (const w of FIELD_MODIFIERS) SPECIFYING_MODIFIERS.add(w);

/** Words of a name that state a field in other words: "the weather bureau" is the "… Meteorological Department". */
const FIELD_NAMES: Record<string, string[]> = { weather: ['meteorological', 'meteorology', 'atmospheric', 'met'], meteorological: ['weather', 'meteorology', 'met'] };

/** Whether every modifier in `modifiers` is a word of the actor's name or of one of its aliases. */
function namedBy(a: LocalActor, modifiers: readonly string[]): boolean {
  if (!modifiers.length) return true;
  const names = [a.name, ...a.aliases].map((n) => ` ${n.toLowerCase()} `);
  return modifiers.every((w) => [w, ...(FIELD_NAMES[w] ?? [])].some((f) => names.some((n) => n.includes(` ${f} `))) || (NATIONAL_SCOPE.has(w) && !subnationalName(a.name)));
}

/**
 * Modifiers of a body's reach that its name rarely states: "Environment Canada … the federal
 * agency said". Not one whose name holds a state, a province or a city ("the Texas Department of
 * Transportation" is no federal department).
 */
const NATIONAL_SCOPE = new Set(['federal', 'national']);

/** Whether a word of an organisation's name is a state, province, region or city the gazetteer knows. */
function subnationalName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const one = words[i];
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
    if (US_STATES.has(one) || REGIONS.has(one) || CITIES.has(one) || (two && (US_STATES.has(two) || REGIONS.has(two) || CITIES.has(two)))) return true;
  }
  return false;
}

/** Whether a body named `name` (its name's kinds `own`) is an agency of the state by a head the name kinds leave out: "… Commission" (no city's, county's or state's) or "… Services". */
function publicAgency(name: string, own: OrgKind[]): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (last === 'commission') return !own.some((k) => k === 'city' || k === 'county' || k === 'state');
  return !own.length && last === 'services' && orgKindsOfName(name.slice(0, -1)).includes('agency');
}

/** An acronym as written: "AAN", "U.N.". */
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

/** Whether body `a` is one a description of `kinds` may refer to, by its name's or the article's trade (see fitsDescription). */
export function bodyFits(st: ArticleState, a: LocalActor, kinds: OrgKind[]): boolean {
  return fitsDescription(a, st.typedKinds.get(a), kinds, a.name);
}

/**
 * Whether an actor is of a kind a description fits; an organisation whose name tells nothing fits
 * generic ones ("the company", "the group"). `typed`: the kinds the article's noun before its name
 * told ("children’s agency UNICEF"), which tell more than the name.
 */
function fitsDescription(a: LocalActor, typed: OrgKind[] | undefined, kinds: OrgKind[], surface: string): boolean {
  if (typed && a.kind === 'organization') return typed.some((k) => kinds.includes(k));
  if (a.kind === 'organization') {
    // a body met by its acronym tells no more than the acronym does ("AAN polled …, the group
    // said" beside "American Action Network", whose last word reads as a broadcaster's)
    const acronym = ACRONYM.test(surface);
    const own = orgKindsOfName(acronym ? surface : a.name);
    if (!own.length && !acronym) for (const alias of a.aliases) own.push(...orgKindsOfName(alias));
    // "the agency" is a public body: a commission of the state ("Federal Trade Commission") or one
    // named by its services in the plural ("Adult Protective Services"), as well as an agency
    if (kinds.includes('agency') && publicAgency(a.name, own)) return true;
    // …but a public body's full name is one "the company" never means ("the SEC's enforcement
    // division" beside "Securities and Exchange Commission")
    if (!own.length && acronym) {
      const full = [a.name, ...a.aliases].flatMap((n) => orgKindsOfName(n));
      if (full.some((k) => PUBLIC_BODIES.has(k))) return full.some((k) => kinds.includes(k));
    }
    // a newsroom is a company, but "the utility" or "the airline" is none
    if (own.includes('media') && !kinds.includes('media')) return false;
    if (!own.length && kinds.includes('team') && cityTeam(a.name)) return true;
    return own.length ? own.some((k) => kinds.includes(k)) : kinds.includes('company') || kinds.includes('nonprofit');
  }
  if (a.kind === 'country') return kinds.includes('government');
  if (a.kind !== 'place') return false;
  const key = a.name.toLowerCase();
  if (US_STATES.has(key)) return kinds.includes('state');
  if (countryBySurface.has(key) || REGIONS.has(key)) return false;
  // "Marion County" is what "the county" refers to
  if (key.endsWith(' county')) return kinds.includes('county');
  // a place that is no state, country or region: a town or city
  return kinds.includes('city') && (CITIES.has(key) || !/\s(?:county|river|lake|sea|bay|island|park|street|avenue|road)$/i.test(key));
}
