/**
 * Resolution of words that point back: pronouns ("she", "it", "they") and descriptions ("the
 * company", "the ministry", "the city"). Candidates are the actors mentioned before, nearest
 * sentence first: in the pronoun's own sentence the nearest mention before it, in each earlier
 * sentence its first mention (the subject, as a rule) first. He and she take only people whose
 * gender agrees (courtesy titles and gendered role words, then pronouns already resolved to
 * them, then first names); it takes organisations and countries; they also groups. This file
 * resolves pronouns; descriptions are resolved in ./descriptionAnaphora, gender is read in
 * ./genderAgreement and the walk back over earlier mentions is in ./antecedents.
 */
import type { LocalActor, LocalMention } from '../actors';
import { genderOfPronoun, genderOfRole, genderOfTitle, type Gender } from '../gender';
import { descriptionKinds } from '../lexicon/organisations';
import { CUE_FORMS } from '../cues';
import { ROLE_NOUNS } from '../gazetteer';
import type { Sentence, Token } from '../text';
import { openingBody, typedName } from './descriptions';
import type { ArticleState } from './state';
import { introducedDocumentIssuer, ownDocumentSpeaker, previousDocumentSpeaker } from './documents';
import { previousPluralSubject } from './pluralSubject';
import { joinedToBody, previousBodySubject } from './bodySubject';
import { unnamedPersonEarlier, unnamedSubjectActor, unnamedSubjectBefore } from './unnamedSubject';
import { isPeopleNoun, openingClauseEnd, QUESTIONERS } from './words';
import { addressedInQuestion, askedPerson, askerOf, listedBeside, newsroomReporter, opensOnPronoun, participleObject } from './pronounSalience';
import { genderOf, traits } from './genderAgreement';
import { PRONOUN_REACH, sentenceIndex, walkBack } from './antecedents';
import { resolveDescription } from './descriptionAnaphora';
import { reactingRelative, relativeInSentence } from './reactingRelative';

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
 * Whether person mention `m` modifies a people noun of an indefinite phrase: "a staunch Donald
 * Trump ally", "an Obama adviser". The phrase's head is another person, an aside on someone,
 * whom no later "he" refers to through the name.
 */
function modifiesPeopleNoun(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  const head = t[m.to];
  if (!head || head.type !== 'word' || head.possessive || t[m.to - 1].possessive || !isPeopleNoun(head)) return false;
  // the article, then at most two lower-case modifiers ("a staunch", "a longtime")
  for (let j = m.from - 1; j >= Math.max(0, m.from - 3); j--) {
    if (t[j].lower === 'a' || t[j].lower === 'an') return true;
    if (t[j].type !== 'word' || t[j].cap) return false;
  }
  return false;
}

/** Participles that open a sentence with the question its main clause's subject answers ("Asked what she …,"). */
const QUESTION_OPENINGS = new Set(['asked', 'pressed', 'questioned']);
/** Words that open that question ("Asked whether he …", "Asked what she …"). */
const QUESTION_WORDS = new Set(['what', 'whether', 'if', 'why', 'how', 'who', 'which', 'where']);

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
  // ("Asked what she hoped readers would take from it, Whitby paused": the question put to the
  // main clause's subject, a pronoun right after its question word)
  if (QUESTION_OPENINGS.has(t[k]?.lower ?? '') && QUESTION_WORDS.has(t[k + 1]?.lower ?? '')) k++;
  if (!(OPENING_SUBORDINATORS.has(t[k]?.lower ?? '') || QUESTION_WORDS.has(t[k]?.lower ?? '')) || at !== k + 1) return null;
  for (let j = at + 1; j < Math.min(s.to, at + 30); j++) {
    if (t[j].type !== 'word' && t[j].text !== ',' && t[j].text !== '.' && t[j].text !== '-') return null;
    if (t[j].text !== ',') continue;
    // the subject's name, after a title or role ("Governor Rui Sousa")
    // (or after the article and a role in lower case: "the director Paul Lind")
    let from = j + 1;
    if (t[from]?.lower === 'the') while (from < j + 4 && ROLE_NOUNS.has(t[from + 1]?.lower ?? '')) from++;
    if (from > j + 1) from++;
    for (let i = from; i < Math.min(s.to, from + 3) && t[i].type === 'word'; i++) {
      const m = st.mentionAt[pi][i];
      // ("Asked whether she told police …, Diane Cole, her lawyer, said": a subject whose aside
      // names another by the pronoun's possessive is not whom the pronoun means)
      if (m) return possessedInAside(t, m.to, s.to, t[at].lower) ? null : m.actor;
      if (!t[i].cap) break;
    }
    return null;
  }
  return null;
}

/** The possessive and object forms of each personal pronoun. */
const PRONOUN_FORMS: Record<string, readonly string[]> = { he: ['his', 'him'], she: ['her'], they: ['their', 'them'] };

/** Whether the aside set off by the comma at `at` (up to `end`) holds a form of `pronoun` ("…, her lawyer,"; "…, who represents her,"). */
function possessedInAside(t: Token[], at: number, end: number, pronoun: string): boolean {
  const forms = PRONOUN_FORMS[pronoun];
  if (!forms || t[at]?.text !== ',') return false;
  for (let k = at + 1; k < end && k <= at + 8 && t[k].text !== ','; k++) if (forms.includes(t[k].lower)) return true;
  return false;
}

/**
 * The person "he" or "she" (`word`, token `at` of sentence `s`) refers to: the nearest person
 * before it whose gender agrees (never `excluded`), the last speaker preferred within a sentence;
 * null when none is in reach. Records the pronoun's gender on a person whose gender was unknown.
 */
export function resolvePersonPronoun(st: ArticleState, pi: number, s: Sentence, at: number, word: string, excluded: LocalActor | null = null): LocalActor | null {
  const gender = genderOfPronoun(word);
  // (the one asked answers: "Reporter Alicia Bear asked her about taxes. “…,” she said")
  if (!excluded && gender && st.asker && st.sentenceSerial - st.asker.sentence === 1) excluded = st.asker.actor;
  // the walk meets the same people again and again; nothing about them changes until it ends
  const agreement = new Map<LocalActor, boolean>();
  const agrees = (a: LocalActor): boolean => {
    let ok = agreement.get(a);
    if (ok === undefined) {
      const g = genderOf(st, a);
      // ("one questioner claimed … “You're right,” he said": the one asked answers, not the questioner)
      ok = a !== excluded && !(a.anonymous && QUESTIONERS.test(a.name)) && (!g || !gender || g.gender === gender);
      agreement.set(a, ok);
    }
    return ok;
  };
  const ahead = cataphor(st, pi, s, at);
  if (ahead && ahead.kind === 'person' && agrees(ahead)) return ahead;
  // ("A Berlin woman was fined after she posted …": the unnamed person opening the sentence or the one before)
  const sentences = st.paragraphs[pi].sentences;
  const si = sentenceIndex(sentences, s.from);
  const relative = gender ? reactingRelative(st, pi, si > 0 ? sentences[si - 1] : null, gender) : undefined;
  if (relative !== undefined) return relative;
  const kin = gender ? relativeInSentence(st, pi, s, at, gender) : undefined;
  if (kin !== undefined) {
    // (the kin noun told the relative's gender: "her husband" is a man)
    if (kin && !genderOf(st, kin)) traits.set(kin, { pronounGender: gender! });
    return kin;
  }
  const unnamed = gender ? unnamedSubjectBefore(st, pi, s, si > 0 ? sentences[si - 1] : null, at, gender) : -1;
  if (unnamed >= 0) return unnamedSubjectActor(st, pi, unnamed);
  if (gender && unnamedPersonEarlier(st, pi, s, at, gender)) return null;
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
  // a reporter passed over whose gender the pronoun's is ("He spoke with reporter Alicia Bear. … she said")
  let reporterAgrees = false;
  let objectRelative = st.paragraphs[pi].tokens[at - 1]?.lower === 'whom';
  walkBack(st, pi, s, at, PRONOUN_REACH, (m, depth) => {
    if (!first && unsure && depth !== unsure.depth) [first, firstDepth, firstOpens] = [unsure.a, unsure.depth, unsure.opens];
    if (!first && opening && depth !== opening.depth) [first, firstDepth, firstOpens] = [opening.a, opening.depth, opening.opens];
    if (first && depth !== firstDepth) return true;
    // ("“Ms. Lowry, … was it common …?” the commissioner asked. “Not this common,” she said": the one addressed answers)
    if (depth === 1 && addressedInQuestion(st, m) && m.actor.kind === 'person' && m.actor !== last?.actor && agrees(m.actor)) return ((found = m.actor), true);
    if (speaker && depth >= speakerDepth) return ((found = speaker), true);
    if (depth > 0 && gender && (chained === depth || opensOnPronoun(st, m, word))) return ((chained = depth), false);
    const a = m.actor;
    if (a.kind !== 'person' || !agrees(a) || (outsideQuote && st.paragraphs[m.para].inQuote[m.from]) || modifiesName(st, m) || modifiesPeopleNoun(st, m)) return false;
    if (depth === 0 && otherPersonDescribed(st, pi, m.to, at, a, gender)) return (described = true);
    // "Maddison, he said, was fit": the name the words are about, set before the parenthetical cue
    if (depth === 0 && m.to + 1 === at && st.paragraphs[pi].tokens[m.to].text === ',' && CUE_FORMS.has(st.paragraphs[pi].tokens[at + 1]?.lower ?? '')) return false;
    // ("took aim at Peter Ames, whom he called …": a pronoun in an object relative is not its antecedent)
    if (depth === 0 && objectRelative) return (objectRelative = false);
    if (depth === 0) return !a.anonymous && ((found = a), true);
    // ("CBC's Alicia Bear asked her about the budget. “…,” she said": who asked a question is not who answers it)
    if (depth === 1 && askerOf(st, m, gender, agrees)) return false;
    // ("Reporter Anna Kim met Maria Lopez … “…,” she said": the newsroom's own reporter asks, others answer)
    if (newsroomReporter(st, m)) {
      reporterAgrees ||= !!gender && genderOf(st, a)?.gender === gender;
      return false;
    }
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
  // (past such a reporter, a person whose gender the article never told is no surer than the
  // reporter: "Cameron McBride … He spoke with reporter Alicia Bear. “…,” she said" is neither's)
  if (found && found === first && reporterAgrees && !genderOf(st, found)) return null;
  // "But four years later, Freddy was dead. “He would have been a peacemaker …,” he said": a quote
  // that opens on "he" is about the one last in view; who says it is the last speaker
  if (found && speaker && found !== speaker && speakerDepth <= PRONOUN_REACH && gender && quoteOpensOn(st.paragraphs[pi].tokens, s, at, word)) found = speaker;
  // "“…,” says Lakhdar Brahimi. … “We had an agreement,” she says": no one in reach agrees, but the
  // one who spoke before the last speaker does, and the text told their gender
  // "Sportsnet analyst Elliotte Friedman said … . He said …": after a speaker of the sentence just
  // before, named in this paragraph, whose given name only guessed against the pronoun (an
  // Elliotte may be a man, an André is one), a person further back whom the paragraph never names
  // is no surer: neither
  if (found && found === first && gender && last && !speaker && speakerDepth <= 1 && firstDepth > speakerDepth && genderOf(st, last.actor)?.strong === false && !namedInParagraph(st, pi, found) && namedInParagraph(st, pi, last.actor)) return null;
  const before = st.previousPersonSpeaker;
  if (!found && gender && before && before.actor !== excluded && st.sentenceSerial - before.sentence <= 2 * PRONOUN_REACH && genderOf(st, before.actor)?.gender === gender) found = before.actor;
  // "INMO general secretary Phil Ní Sheaghdha said … “Staff are …,” she said": no one in reach
  // agrees, and the speaker of the sentence just before has only a given name's guess against it
  // (a Phil, a Jan may be either); the writer's pronoun tells the gender
  if (!found && gender && last && last.actor !== excluded && speakerDepth <= 1 && genderOf(st, last.actor)?.strong === false) {
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
  // ("The claim cites an email from an Acme engineer, which it says reads …": in a relative clause of
  // the sentence a document opens, it is that document, whatever body came between; not "The ruling
  // said it had failed", the one ruled on)
  const relative = st.paragraphs[pi].tokens[at - 1]?.lower;
  const own = !plural && at > s.from && (relative === 'which' || relative === 'that') ? ownDocumentSpeaker(st, pi, s) : undefined;
  if (own !== undefined) return own;
  if (!plural && !sameSentenceBefore(st, pi, s, at, fits)) {
    const document = previousDocumentSpeaker(st, pi, s);
    if (document !== undefined) return document;
  }
  // "The company's board approved a bond sale, it said.": the body the sentence's subject describes
  if (!plural) {
    const subject = describedSubject(st, pi, s, at) ?? openingBody(st, pi, s, at, fits);
    if (subject) return subject;
    // "Enbridge has run the line since 1953. It says …": the body that opened the sentence before
    const before = at === s.from ? previousBodySubject(st, pi, s, fits) : null;
    if (before) return before === 'joined' ? null : before;
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
  let joined = false;
  // ("“… interviewed by Congress,” it stated": a body named inside the quotation is not what the pronoun outside it means)
  const outside = !inQuote[at];
  walkBack(st, pi, s, at, PRONOUN_REACH, (m) => {
    if (!fits(m.actor) || (outside && st.paragraphs[m.para].inQuote[m.from])) return false;
    if (m.actor === speaker) return (sawSpeaker = true);
    // ("Enbridge and TC Energy have disputed the figures. It says …": neither for sure)
    if (!plural && !first && joinedToBody(st, m, fits)) return (joined = true);
    first ??= m.actor;
    return false;
  });
  if (joined) return null;
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
