/**
 * Stage 4 of attribution: the source phrase, the noun phrase that speaks. Found backwards from
 * the cue (over auxiliaries, appositives (./appositive), ages and party labels; with lower-case roles before a
 * name, modifiers of a people noun, and post-modifiers of people: "nurses at the clinic", "a
 * banker briefed on the talks"), after it in inverted order or after "according to"
 * (./sourceAfter: "…,” said plant operator NAME", "said a spokeswoman, NAME"), or inherited by a joined clause from its
 * sentence's subject.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS } from '../cues';
import { DIRECTION_WORDS, GROUP_NOUNS, ORG_HEADS, ROLE_NOUNS, TITLES } from '../gazetteer';
import { isNameWord } from '../names';
import { COMPANY_SUFFIXES } from '../runShapes';
import { descriptionKinds } from '../lexicon/organisations';
import { peopleNoun } from '../lexicon/people';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import type { Cue } from './cueDetection';
import { resolveNp } from './resolution';
import { POST_ADJECTIVES } from './linkedSources';
import { asAgent } from './bodyForms';
import type { ArticleState, Attribution, Np } from './state';
import { appositiveSubject } from './appositive';
import { documentAuthor, npForward, phraseUntilComma, roleNounEnd } from './sourceAfter';
import { ADJUNCT_START, AUXILIARIES, CLAUSE_BREAK, DETERMINERS, EVENT_NOUNS, GOVERNMENT_NOUNS, isModifierWord, isNounish, isPartyGroup, isPeopleNoun, isPluralApostrophe, MODALS, NUMBER_WORDS, openingClauseEnd, PEOPLE_WORDS, skipParenthetical, STOP_BACKWARD, SUBJECT_PRONOUNS, TITLE_LIKE } from './words';

/** Words that count people opening a clause: "Two objectors", "Several residents". */
const COUNTED_PEOPLE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)$/;
/** Pronouns that can be the source of an attribution on their own: "he said", "who said". */
const SOURCE_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'you', 'who', 'which', 'that']);
/** Heads of a share of people, as polls report them: "majorities of Democrats", "half of voters". */
const SHARE_WORDS = new Set(['majority', 'majorities', 'minority', 'plurality', 'percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'most', 'many', 'share', 'number']);

/** Where a cue's speaker comes from: a subject phrase, or the speaker of the clause it joins. */
export interface SourcePhrase {
  /** The subject noun phrase; null where the clause inherits its speaker. */
  subject: Np | null;
  /** A participle or coordinated verb ("…, saying …", "… and said …"): the speaker before. */
  inherited: Attribution | null;
  /** "…,” said NP": the subject follows the cue, so the content is before it. */
  inverted: boolean;
}

/**
 * The source phrase of a verb cue in sentence `s` of paragraph `pi`, or null when none is found.
 * `sentenceSpeaker` is the attribution already made in this sentence, which joined clauses inherit.
 */
export function findSource(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cue: Cue, sentenceSpeaker: Attribution | null): SourcePhrase | null {
  const t = p.tokens;
  let subject: Np | null = null;
  let inherited: Attribution | null = null;
  const k = cue.subjectEnd;
  let inverted = false;
  if (cue.joined) {
    // "…, who came out and endorsed …": the relative pronoun of the clause the cue is joined to
    // "…, who was distracted while saying …": the participle is inside the relative clause too
    const relative = k >= s.from && t[k].type === 'word' && t[k - 1]?.text !== ',' ? relativeBefore(t, k, s.from) : -1;
    // "…, saying that …" or "… and said …": the subject of the clause before
    // "Ruiz, though she praised the plan and said …", "…, he laughed and said": the pronoun's clause, when nothing spoke yet
    const pronoun = relative < 0 && !sentenceSpeaker && t[k]?.lower === 'and' && t[k - 1]?.text !== ',' ? pronounBefore(t, k, s.from) : -1;
    // (one phrase made for either word: a second, rarely reached literal deoptimised this function)
    const word = relative >= 0 ? relative : pronoun;
    if (word >= 0) subject = { from: word, to: word + 1 };
    // "Ms. Ode, who said …, issued a statement saying …": a relative clause closed before the cue is not its clause
    else inherited = (sentenceSpeaker && !closedRelative(t, sentenceSpeaker, cue.index) ? sentenceSpeaker : null) ?? subjectOfSentence(st, pi, p, s, cue.index);
  } else if (k > s.from && (t[k].lower === 'but' || t[k].lower === 'yet') && t[k - 1].text !== ',') {
    // "… has been critical of Ode but wrote on Tuesday that …": joined as by "and"
    inherited = sentenceSpeaker ?? subjectOfSentence(st, pi, p, s, cue.index);
  } else if (k >= s.from && t[k].type === 'word') {
    // "Anna Berg, a lawyer, however, said": past an aside (see skipParenthetical), an appositive may still end the subject
    subject = (t[k + 1]?.text === ',' && k + 1 < cue.index ? appositiveSubject(t, k + 1, s.from) : null) ?? subjectBefore(t, s, cue);
    // "released a video that accuses …": the document speaks for its maker
    if (subject && subject.to - subject.from === 1 && t[subject.from].lower === 'that') subject = documentMaker(t, subject.from, s.from) ?? subject;
  } else if (k >= s.from && (t[k].text === ',' || t[k].type === 'close' || t[k].type === 'ambiguous' || t[k].text === '—')) {
    const appositive = appositiveSubject(t, k, s.from);
    if (appositive) subject = appositive;
    else {
      const np = npForward(t, cue.end, s.to);
      // "…, said the minister of …" inverts; "…, said she turned out …" is a clause after its cue
      // "…, said Joan Pike should quit": a name followed by a modal or an auxiliary is the subject of the content
      const clauseAfter = !!np && ((np.to - np.from === 1 && SUBJECT_PRONOUNS.has(t[np.from].lower) && t[np.to]?.type === 'word') || (!!t[np.to] && !t[np.to].cap && (MODALS.has(t[np.to].lower) || AUXILIARIES.has(t[np.to].lower) || t[np.to].lower === 'will' || t[np.to].lower === 'would')));
      // "X and Y, had challenged Cruz's bid": an auxiliary before the cue, or a thing someone
      // owns after it, is a main clause in its usual order, its object no speaker
      if (np && !clauseAfter && k > s.from && !auxiliaryBetween(t, k, cue.index) && !ownedThing(t, np)) {
        subject = np;
        inverted = true;
      }
    }
  }
  if (!subject && !inherited) return null;
  // "de la Vega told": a name whose first words are lower-case particles; the mention found by the
  // names stage covers them, so the subject starts where that mention starts
  if (subject && !inverted) {
    const m = st.mentionAt[pi][subject.from];
    if (m && m.from < subject.from && m.from >= s.from && m.to <= subject.to) subject = { from: m.from, to: subject.to };
  } else if (subject) {
    // "…,” said port director Willem de Groot": the name goes on over its lower-case particles
    const m = st.mentionAt[pi][subject.to - 1];
    if (m && m.to > subject.to && m.to <= s.to && m.from >= subject.from) subject = { from: subject.from, to: m.to };
  }
  return { subject, inherited, inverted };
}

/** Whether an auxiliary stands between token `k` and the cue at `cue`: "…, had challenged". */
function auxiliaryBetween(t: Token[], k: number, cue: number): boolean {
  // (not "Will" capitalised: a name)
  for (let j = k + 1; j < cue; j++) if (!t[j].cap && (AUXILIARIES.has(t[j].lower) || MODALS.has(t[j].lower))) return true;
  return false;
}

/** Whether phrase `np` is a thing a possessive owns ("Cruz's presidential bid"), not a person ("Cruz's lawyer"). */
function ownedThing(t: Token[], np: Np): boolean {
  const last = t[np.to - 1];
  if (last.cap || isPeopleNoun(last) || ROLE_NOUNS.has(last.lower)) return false;
  for (let j = np.from; j < np.to - 1; j++) if (t[j].possessive) return true;
  return false;
}

/**
 * The noun phrase ending right before a cue's auxiliaries (`npBackward` from `cue.subjectEnd`),
 * kept on the cue: coordination, the outer clause and the source phrase all ask for it.
 */
export function subjectBefore(t: Token[], s: Sentence, cue: Cue): Np | null {
  if (cue.subjectPhrase === undefined) {
    const np = npBackward(t, cue.subjectEnd, s.from);
    // "Residents who packed the public gallery said": the object of a restrictive relative clause
    // is not the subject; the phrase the clause modifies is
    const who = np ? restrictiveWhoBefore(t, np.from, s.from) : -1;
    cue.subjectPhrase = (who > s.from ? npBackward(t, who - 1, s.from) : null) ?? np;
  }
  return cue.subjectPhrase;
}

/** "who" (no comma before it) opening a clause of at most eight words that ends at token `end`, or -1. */
function restrictiveWhoBefore(t: Token[], end: number, from: number): number {
  for (let j = end - 1; j >= from && end - j <= 8; j--) {
    const x = t[j];
    if (x.type !== 'word') return -1;
    if (x.lower === 'who') return t[j - 1]?.type === 'word' && !SUBJECT_PRONOUNS.has(t[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

/**
 * "according to X, CONTENT", "CONTENT, according to X": the source phrase after the cue, and
 * the token its phrase ends at (after a short role between commas: "according to Jane Doe, a
 * pollster at …,"); for a document "by" or "from" its author, the author's phrase too.
 */
export function accordingSource(t: Token[], s: Sentence, cue: Cue): { np: Np; npEnd: number; author?: Np } | null {
  let np = npForward(t, cue.end, s.to) ?? phraseUntilComma(t, cue.end, s.to);
  if (!np) return null;
  // "according to figures released Thursday by Alberta Health Services": the author speaks
  const document = documentAuthor(t, cue.end, s.to);
  if (document && document.phrase.to > np.to) np = document.phrase;
  // "according to a staff report", "a new study": a document noun that is also a verb ends the phrase
  const next = t[np.to];
  if (next?.type === 'word' && !next.cap && DOCUMENT_NOUNS.has(next.lower)) np = { from: np.from, to: np.to + 1 };
  let npEnd = np.to;
  // "according to Jane Doe, a pollster at …, CONTENT": a short role phrase between commas
  if (t[npEnd]?.text === ',') {
    const after = skipAppositive(t, npEnd, s.to);
    const role = t.slice(npEnd + 1, after);
    if (t[after]?.text === ',' && role.length <= 12 && role.slice(0, 4).some((x) => ['a', 'an'].includes(x.lower) || ROLE_NOUNS.has(x.lower) || TITLE_LIKE.test(x.text))) npEnd = after;
  }
  return { np, npEnd, author: document?.author };
}

/**
 * "Ana Ruiz, who saw the crash and described it …": the index of "who" or "which" opening the
 * clause that the "and" at `and` continues (no comma, quotation or other clause between), or -1.
 */
function relativeBefore(t: Token[], and: number, from: number): number {
  for (let j = and - 1; j >= from && and - j <= 30; j--) {
    const x = t[j];
    // a lone hyphen between spaces is as often an aside within the clause ("… amassed - and says")
    const doubleHyphen = x.text === '-' && (t[j - 1]?.text === '-' || t[j + 1]?.text === '-');
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous' || CLAUSE_MARKS.has(x.text) || doubleHyphen) return -1;
    if (x.type !== 'word') continue;
    if (x.lower === 'who' || x.lower === 'which') return j;
    // another subject before it: "… who said she was tired and left" is not the relative's clause
    if (j < and - 1 && SUBJECT_PRONOUNS.has(x.lower)) return -1;
  }
  return -1;
}

/** Whether an attribution's source is a relative pronoun ("who", "which") whose clause a comma closed before token `before`. */
function closedRelative(t: Token[], a: Attribution, before: number): boolean {
  if (!a.mention || !WHO_OR_WHICH.test(a.mention.text)) return false;
  for (let j = before - 1; j >= 0 && t[j].start >= a.mention.end; j--) if (t[j].text === ',' && j < before - 1) return true;
  return false;
}

const WHO_OR_WHICH = /^(?:who|which)$/i;
/** "who", "who'd", "who’s": a relative pronoun, contracted or not. */
const WHO = /^who(?:['’](?:d|s|ve|ll))?$/;
/**
 * "…, though she praised X and said …": the index of the subject pronoun of the clause that the
 * "and" at `and` continues, where that clause opens after a comma or with a subordinator of cause,
 * concession or time ("because", "though", "when"), with no comma or quotation between; or -1.
 */
function pronounBefore(t: Token[], and: number, from: number): number {
  for (let j = and - 2; j >= from && and - j <= 15; j--) {
    const x = t[j];
    if (x.type !== 'word') return -1;
    if (x.lower !== 'he' && x.lower !== 'she' && x.lower !== 'they') continue;
    const prev = t[j - 1];
    const opens = prev?.text === ',' || (!!prev && CLAUSE_OPENERS.has(prev.lower) && t[j - 2]?.text !== '(');
    return opens && t[j + 1]?.type === 'word' && !t[j + 1].cap ? j : -1;
  }
  return -1;
}
const CLAUSE_OPENERS = new Set(['because', 'though', 'although', 'when', 'while', 'as', 'since']);

/**
 * "fire officials said", "state officials said", "protest leaders said": a cue's base form in
 * lower case right before the plural head of a group (token `head`, the phrase's last) is a noun
 * that modifies it, not a verb.
 */
function nounCueBeforeGroup(t: Token[], b: number, head: number, end: number): boolean {
  const x = t[b];
  return b === head - 1 && head === end && GROUP_NOUNS.has(t[head].lower) && x.type === 'word' && !x.cap && CUE_FORMS.get(x.lower)?.form === 'base';
}

/** Marks that close a relative clause or open another: "Wyoming -- which holds a caucus -- Sanders …". */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', '--']);

/** Verbs by which someone puts out a document that then speaks: "released a video that accuses …". */
const MAKES_PUBLIC = new Set(['released', 'releasing', 'releases', 'release', 'launched', 'launching', 'launches', 'issued', 'issuing', 'issues', 'published', 'publishing', 'publishes', 'unveiled', 'unveiling', 'unveils', 'ran', 'running', 'runs', 'aired', 'airing', 'airs', 'posted', 'posting', 'posts', 'sent', 'sending', 'sends', 'wrote', 'writes', 'filed', 'files', 'produced', 'produces', 'put', 'puts']);

/**
 * The source phrase for a relative "that" at token `that` after a document someone puts out in
 * the same clause: its maker ("Rep. Ann Ode released a video that accuses …", "the group is
 * running an ad that says …": the subject of the verb). Null otherwise: a relative "that" is its
 * own source phrase, as PARC-style annotation marks it.
 */
function documentMaker(t: Token[], that: number, from: number): Np | null {
  const head = that - 1;
  if (head < from || t[head].type !== 'word' || t[head].possessive || STOP_BACKWARD.has(t[head].lower) || CUE_FORMS.has(t[head].lower) || AUXILIARIES.has(t[head].lower)) return null;
  // back to the determiner that opens the phrase, over modifiers and one "of"/"on"/"from" post-modifier
  let a = head;
  while (a > from && head - a < 8) {
    const x = t[a - 1];
    if (x.type !== 'word' && x.text !== '-') break;
    if (x.type === 'word' && DETERMINERS.has(x.lower) && x.lower !== 'that') {
      a--;
      break;
    }
    if (x.type === 'word' && (AUXILIARIES.has(x.lower) || CUE_FORMS.has(x.lower) || (STOP_BACKWARD.has(x.lower) && !['of', 'on', 'from', 'about'].includes(x.lower)))) break;
    a--;
  }
  // "… released a new ad that urges": the subject of the verb before it
  const verb = a - 1;
  const document = t.slice(a, head + 1).some((x) => DOCUMENT_NOUNS.has(x.lower) || DOCUMENT_NOUNS.has(x.lower.replace(/s$/, '')));
  if (document && verb > from && t[verb].type === 'word' && MAKES_PUBLIC.has(t[verb].lower)) {
    let j = verb - 1;
    while (j >= from && t[j].type === 'word' && (VERB_FILLERS.has(t[j].lower) || AUXILIARIES.has(t[j].lower))) j--;
    j = skipParenthetical(t, j, from);
    const maker = j >= from && t[j].type === 'word' ? npBackward(t, j, from) : null;
    if (maker && !(maker.to - maker.from === 1 && ['that', 'which'].includes(t[maker.from].lower))) return maker;
  }
  return null;
}

/** The comma or full stop that ends an appositive opened at `comma`. */
function skipAppositive(t: Token[], comma: number, to: number): number {
  let j = comma + 1;
  while (j < to && t[j].text !== ',' && t[j].text !== '.') j++;
  return j;
}

/** Participles that open a body's post-modifier: "the union representing …", "a company based in …". */
const BODY_PARTICIPLES = new Set(['representing', 'based', 'led', 'run', 'owned', 'backed', 'funded', 'operating', 'serving']);

/** Whether word `w` can own a phrase after "of" or "for": a name, a role or title, a noun for people ("members of", "Amir Khan of"). */
const ownsOfPhrase = (w: Token): boolean => ROLE_NOUNS.has(w.lower) || TITLE_LIKE.test(w.text) || isNameWord(w) || peopleNoun(w.lower) !== null;

/** "Sgt. Amir Khan of | the serious crimes unit said": whether the phrase starting at token `a` is of a person or people named before it. */
function ofOwner(t: Token[], a: number, from: number): boolean {
  const of = t[a - 1];
  return !!of && a - 2 >= from && (((of.lower === 'of' || of.lower === 'for') && ownsOfPhrase(t[a - 2])) || (of.lower === 'to' && ROLES_TO.has(t[a - 2].lower)));
}

/** Roles held "to" someone: "a personal assistant to a city councillor", "an adviser to the minister". */
const ROLES_TO = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'assistant', 'assistants', 'envoy', 'ambassador', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'counsel', 'consultant', 'consultants', 'deputy', 'successor', 'heir', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'physician', 'doctor', 'chaplain']);

/**
 * The subject noun phrase ending at token `end` (reading back no further than `from`): a pronoun,
 * a name with its role, a people noun with its modifiers, a poll share. Null when the words
 * there name no one ("the war said").
 */
/** The determiner before modifiers ending at token `k` (at most three: "the | state-owned oil", "the | embattled Austin-based"); -1 when none opens them. */
function determinerOfModifiers(t: Token[], k: number, from: number): number {
  let b = k;
  // (a compound with a hyphen is a modifier, its participle too: "state-owned", "family-run")
  while (b >= from && k - b < 3 && (isModifierWord(t[b]) || (t[b].type === 'word' && t[b].lower.includes('-')))) b--;
  return b >= from && DETERMINERS.has(t[b].lower) && t[b].lower !== 'that' ? b : -1;
}

export function npBackward(t: Token[], end: number, from: number): Np | null {
  const last = t[end];
  if (last.type !== 'word') return null;
  // "Veridian Health, Inc. today announced": a company's legal form after its comma ends its name
  // (not "Co": after a comma it is more often an Irish county, "Killarney, Co Kerry")
  if (COMPANY_SUFFIXES.has(last.lower) && !last.lower.startsWith('co') && end - 2 >= from && t[end - 1].text === ',' && t[end - 2].type === 'word' && t[end - 2].cap) {
    const name = npBackward(t, end - 2, from);
    return name && { from: name.from, to: end + 1 };
  }
  // "he’s predicted": a pronoun with its auxiliary
  if (SOURCE_PRONOUNS.has(baseLower(last))) return { from: end, to: end + 1 };
  // "Trump and Sanders have both argued", "who both endorsed": a floating quantifier after its subject
  if (FLOATING.has(last.lower) && end - 1 >= from) {
    let j = end - 1;
    while (j > from && t[j].type === 'word' && VERB_FILLERS.has(t[j].lower)) j--;
    j = skipParenthetical(t, j, from);
    if (j >= from && t[j].type === 'word' && (!STOP_BACKWARD.has(t[j].lower) || SOURCE_PRONOUNS.has(t[j].lower))) return npBackward(t, j, from);
    // "Her rivals, Sens. Ana Ruiz and Bo Lind, have both urged": the subject before its appositive
    if (j > from && t[j].text === ',') {
      const np = appositiveSubject(t, j, from);
      if (np) return np;
    }
  }
  let a = end;
  let coordinated = false;
  while (a - 1 >= from && end - a < 14) {
    const prev = t[a - 1];
    // "…,” Ana Ruiz and Bo Lind said": two names joined, once
    if (prev.lower === 'and' && !coordinated && isNameWord(t[a]) && a - 2 >= from && isNameWord(t[a - 2])) {
      coordinated = true;
      a--;
      continue;
    }
    if (prev.type !== 'word') {
      // "the pilots' union": a plural possessive, its apostrophe a token of its own
      if (isPluralApostrophe(t, a - 1) && a - 2 > from) {
        a -= 2;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(prev.lower) && prev.lower !== 'that') {
      a--;
      // "majorities of farmers in three provinces": the determiner of a place after the share
      const share = shareBefore(t, a, from);
      if (share >= 0) {
        a = share;
        continue;
      }
      // "delegates at the hall"
      const placed = placedPeople(t, a, from);
      if (placed >= 0) {
        a = placed;
        continue;
      }
      if (ofOwner(t, a, from)) continue;
      break;
    }
    if (prev.possessive && !prev.cap && prev.lower !== 'america’s' && prev.lower !== "america's") {
      a--;
      continue;
    }
    // "a personal assistant to | a city councillor"
    if (prev.lower === 'to' && a - 2 >= from && ROLES_TO.has(t[a - 2].lower)) {
      a--;
      continue;
    }
    if (prev.lower === 'of' || prev.lower === 'for') {
      if (a - 2 >= from && ownsOfPhrase(t[a - 2])) {
        a--;
        continue;
      }
      // "Dorothy Winters, 81, of Oakville said": the age between commas, then the name
      if (prev.lower === 'of' && a - 5 >= from && t[a - 2].text === ',' && /^\d{1,3}$/.test(t[a - 3].text) && t[a - 4].text === ',' && isNameWord(t[a - 5])) {
        a -= 4;
        continue;
      }
      break;
    }
    if ((prev.lower === 'in' || prev.lower === 'at') && a - 2 >= from && EVENT_NOUNS.has(t[a - 2].lower)) {
      a--;
      continue;
    }
    // "officials in Beijing", "farmers in northern Bangladesh": people and where they are
    const placed = placedPeople(t, !prev.cap && DIRECTION_WORDS.has(prev.lower) && t[a].cap ? a - 1 : a, from);
    if (placed >= 0) {
      a = placed;
      continue;
    }
    // poll subjects: "six in 10", "majorities of Democrats in five states", "55 percent of voters"
    const share = shareBefore(t, a, from);
    if (share >= 0) {
      a = share;
      continue;
    }
    // "the state legislature": a verb form that is a modifier after a determiner
    const modifier = (isNounish(prev) && a - 2 >= from && DETERMINERS.has(t[a - 2].lower)) || nounCueBeforeGroup(t, a - 1, a, end);
    if (!prev.cap && (STOP_BACKWARD.has(prev.lower) || (CUE_FORMS.has(prev.lower) && !modifier))) break;
    // "While Clinton claimed …": a subordinator capitalised only because it opens the sentence
    if (prev.cap && a - 1 === from && (STOP_BACKWARD.has(prev.lower) || CLAUSE_BREAK.has(prev.lower))) break;
    if (!prev.cap && !isNounish(prev) && !isPeopleNoun(prev)) {
      // "county engineer Ravi Mehta", "local fishermen": modifiers of a people noun that starts the phrase
      if (isPeopleNoun(t[a]) && end - a < 6) {
        let b = a - 1;
        while (b > a - 3 && b >= from && (isModifierWord(t[b]) || nounCueBeforeGroup(t, b, a, end))) b--;
        if (b < from || t[b].text === ',' || t[b].text === '—' || t[b].type === 'close' || t[b].type === 'ambiguous' || DETERMINERS.has(t[b].lower)) {
          a = b < from ? from : DETERMINERS.has(t[b].lower) ? b : b + 1;
          // "several paramedics at | the county hospital"
          const placed = placedPeople(t, a, from);
          if (placed < 0) break;
          a = placed;
          continue;
        }
      }
      // "the state-owned oil company", "the embattled Austin-based carmaker": up to three modifiers between a determiner and a body's noun
      const bodyDeterminer = end - a < 3 && !last.cap && descriptionKinds(last.lower) ? determinerOfModifiers(t, a - 1, from) : -1;
      if (bodyDeterminer >= 0) {
        a = bodyDeterminer;
        break;
      }
      // "a school spokesman": any modifier between a determiner and the head; "officials with | the county health department"
      if (a - 2 >= from && DETERMINERS.has(t[a - 2].lower) && t[a - 2].lower !== 'that' && end - a < 3) {
        a -= 2;
        const placed = placedPeople(t, a, from);
        if (placed >= 0) {
          a = placed;
          continue;
        }
        if (ofOwner(t, a, from)) continue;
      }
      // "…, top black lawmakers said": up to two modifiers of a people noun after a clause boundary
      else if (end - a < 2 && isPeopleNoun(last)) {
        let b = a - 1;
        while (b > a - 3 && b >= from && (isModifierWord(t[b]) || isNameWord(t[b]))) b--;
        if (b < from || t[b].text === ',' || t[b].text === '—' || DETERMINERS.has(t[b].lower)) a = b < from ? from : DETERMINERS.has(t[b].lower) ? b : b + 1;
        // "a personal assistant to | a Leicester city councillor"
        if (a === b && ofOwner(t, a, from)) continue;
      }
      // "…,” regional carrier Skyward Air said": the noun of a body's trade, and its modifiers, before its name
      else if (isNameWord(t[a]) && descriptionKinds(prev.lower)) {
        let b = a - 2;
        while (b > a - 4 && b >= from && isModifierWord(t[b])) b--;
        if (b < from || t[b].text === ',' || t[b].text === '—' || t[b].type === 'close' || t[b].type === 'ambiguous') a = b + 1;
      } else {
        // "Sgt. Amir Khan of the major crimes unit said": a body's phrase of up to four lower-case words after a person's "of"
        let b = a - 1;
        while (b > a - 4 && b >= from && t[b].type === 'word' && !t[b].cap && !STOP_BACKWARD.has(t[b].lower) && !CUE_FORMS.has(t[b].lower) && !DETERMINERS.has(t[b].lower)) b--;
        if (b >= from && t[b].lower === 'the' && ofOwner(t, b, from)) {
          a = b;
          continue;
        }
      }
      break;
    }
    a--;
  }
  // "officials who spoke with The Huffington Post said": people before a relative clause without
  // commas; "The union representing 3,000 workers rejected": a body before its participle
  for (let j = a - 1; j > from && a - j <= 20; j--) {
    const x = t[j];
    if (x.type !== 'word') break;
    if (((WHO.test(x.lower) || x.lower === 'that') && isPeopleNoun(t[j - 1])) || (BODY_PARTICIPLES.has(x.lower) && !t[j - 1].cap && !!descriptionKinds(t[j - 1].lower))) {
      const np = npBackward(t, j - 1, from);
      if (np) return { from: np.from, to: end + 1 };
      break;
    }
  }
  // "When asked …", "As reported …": a subordinator capitalised only because it opens the sentence
  if (a === end && end === from && (STOP_BACKWARD.has(last.lower) || CLAUSE_BREAK.has(last.lower) || ADJUNCT_START.has(last.lower))) return null;
  // "Ukraine's air force said", "the city's transit authority said": a body's head word after a
  // possessive and up to two modifiers (the owner's; see resolution's linked sources)
  // ("… to Ted Cruz's campaign who has long …": "who" is a person's, not the body's)
  if (a === end && !last.cap && ORG_HEADS.has(last.lower) && t[end + 1]?.lower !== 'who') {
    let b = end - 1;
    while (b > end - 3 && b >= from && t[b].type === 'word' && !t[b].cap && !t[b].possessive && !STOP_BACKWARD.has(t[b].lower) && !CUE_FORMS.has(t[b].lower)) b--;
    if (b >= from && t[b].type === 'word' && t[b].possessive) return { from: !t[b].cap && b - 1 >= from && DETERMINERS.has(t[b - 1].lower) ? b - 1 : b, to: end + 1 };
  }
  // A lower-case word alone is no subject ("the war said"): it needs a name, a role or a group word.
  const singular = last.lower.endsWith('s') ? last.lower.slice(0, -1) : last.lower;
  const ok =
    namesSomeone(t, a, end) ||
    (end - a > 1 && /^\d+$/.test(last.text) && t[end - 1].lower === 'in') ||
    ROLE_NOUNS.has(last.lower) ||
    GROUP_NOUNS.has(last.lower) ||
    DOCUMENT_NOUNS.has(last.lower) ||
    DOCUMENT_NOUNS.has(singular) ||
    GOVERNMENT_NOUNS.has(last.lower) ||
    EVENT_NOUNS.has(last.lower) ||
    PEOPLE_WORDS.has(last.lower) ||
    isPeopleNoun(last) ||
    // "…, the city said", "the province said": a description of a body, as "the company" is
    // (opening its clause: "cities in the nation have endorsed" is the cities')
    (end > a && DETERMINERS.has(t[a].lower) && !!descriptionKinds(last.lower) && (a === from || t[a - 1].type !== 'word'));
  return ok ? { from: a, to: end + 1 } : null;
}

/** Whether tokens [a, end] hold a name, a share word, or a people noun before the last word: a phrase that can speak. */
function namesSomeone(t: Token[], a: number, end: number): boolean {
  for (let i = a; i <= end; i++) {
    const x = t[i];
    if (isNameWord(x) || SHARE_WORDS.has(x.lower) || isPartyGroup(x) || (i !== end && isPeopleNoun(x))) return true;
  }
  return false;
}

/** The subject of a clause whose verb we did not see as a cue: its first noun phrase. */
export function subjectOfSentence(st: ArticleState, pi: number, p: Paragraph, s: Sentence, before: number): Attribution | null {
  const t = p.tokens;
  // "The conservative publication has …, arguing": a described subject that no name covers
  const described = describedSubject(st, pi, t, clauseStart(t, s), before);
  if (described) return { speaker: resolveNp(st, pi, p, s, described), mention: st.span(t[described.from].start, t[described.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  // the main clause's first name or pronoun; failing that, one in the opening adverbial
  const main = openingClauseEnd(t, s, before);
  // "Two objectors, Ann Lee and Bo Ray, had challenged …, contending": the people counted, whom the names list
  if (main + 2 < before && t[main + 2].text === ',' && COUNTED_PEOPLE.test(t[main].lower) && t[main + 1].type === 'word' && !t[main + 1].cap) {
    const np = { from: main, to: main + 2 };
    const speaker = resolveNp(st, pi, p, s, np);
    if (speaker?.kind === 'group') return { speaker, mention: st.span(t[main].start, t[main + 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  }
  const agent = firstAgent(st, pi, p, s, main, before);
  // "Two objectors had challenged Cruz's bid, contending …": a name after the main verb is in its
  // object; the phrase before the verb is who contends, named or not
  const verb = agent?.mention && t[main].lower !== 'there' ? mainVerb(t, main, before) : -1;
  if (verb > main && agent!.mention!.start > t[verb].start && objectOf(t, verb, agent!.mention!.start)) {
    const np = npBackward(t, verb - 1, main);
    const subject = np && np.from === main ? np : null;
    // a phrase the subject rules do not read ("the prince") is still the mention, though no one resolves it
    const mention = subject ?? (verb - main <= 6 && t.slice(main, verb).every((x) => x.type === 'word') ? { from: main, to: verb } : null);
    return { speaker: subject && resolveNp(st, pi, p, s, subject), mention: mention && st.span(t[mention.from].start, t[mention.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  }
  return agent ?? (main > s.from ? firstAgent(st, pi, p, s, s.from, main) : null);
}

/**
 * The main verb of a clause [from, before): its first auxiliary or modal, or a past form in -ed
 * after a noun ("objectors challenged"), not after a determiner ("the so-called"); -1 when none
 * comes before the clause's first comma or mark.
 */
function mainVerb(t: Token[], from: number, before: number): number {
  for (let j = from + 1; j < before; j++) {
    const x = t[j];
    if (x.type !== 'word') {
      if (x.type !== 'close' && x.text !== '.' && x.text !== '-') return -1;
      continue;
    }
    if (x.cap) continue;
    if (AUXILIARIES.has(x.lower) || MODALS.has(x.lower)) return j;
    if (x.lower.endsWith('ed') && t[j - 1].type === 'word' && !DETERMINERS.has(t[j - 1].lower) && !STOP_BACKWARD.has(t[j - 1].lower)) return j;
  }
  return -1;
}

/** Words after which a name opens a clause or phrase of its own rather than the verb's object: "… when Rubio thanked", "with Trump tweeting". */
const OPENS_OWN = new Set(['and', 'but', 'or', 'when', 'while', 'as', 'because', 'after', 'before', 'since', 'if', 'that', 'who', 'which', 'whose', 'with', 'where', 'until', 'though', 'although', 'whether']);

/** Whether the name at offset `start` is in the object of the verb at `verb`: no mark or word that opens another clause stands between them. */
function objectOf(t: Token[], verb: number, start: number): boolean {
  for (let j = verb + 1; j < t.length && t[j].start < start; j++) if (t[j].type !== 'word' ? t[j].type !== 'close' : OPENS_OWN.has(t[j].lower)) return false;
  return true;
}

/** A head a possessive name can own as a body or a person ("bank", "ministry", "government", "spokeswoman"). */
const ownedHead = (w: Token): boolean => !!descriptionKinds(w.lower) || GOVERNMENT_NOUNS.has(w.lower) || isPeopleNoun(w);

/** The first name or subject pronoun in tokens [from, to) of the sentence, as an attribution; null at a quotation. */
function firstAgent(st: ArticleState, pi: number, p: Paragraph, s: Sentence, from: number, to: number): Attribution | null {
  const t = p.tokens;
  for (let i = from; i < to; i++) {
    if (t[i].type === 'open' || t[i].type === 'ambiguous') return null;
    const m = st.mentionAt[pi][i];
    // a dateline ("WASHINGTON —") or a place ("in Iowa") is where, not who
    const dateline = i === s.from && /^[A-Z][A-Z.]+$/.test(t[i].text) && !!m && /^[—–(,-]$/.test(t[m.to]?.text ?? '');
    if (m && ((m.actor.kind === 'place' && !m.actor.capitalOf) || dateline)) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      // "Poland's central bank left … and warned": the body the possessive owns speaks, not its owner
      const owned = t[m.to - 1].possessive ? roleNounEnd(t, m.to, to, ownedHead) : m.to;
      if (owned > m.to) {
        const np = { from: m.from, to: owned };
        return { speaker: resolveNp(st, pi, p, s, np), mention: st.span(t[np.from].start, t[np.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
      }
      const actor = asAgent(st, m.actor);
      return { speaker: actor, mention: st.span(m.start, m.end), cue: null, para: pi, sentence: st.sentenceSerial };
    }
    if (t[i].type === 'word' && (t[i].lower === 'he' || t[i].lower === 'she' || t[i].lower === 'they')) {
      const np = { from: i, to: i + 1 };
      return { speaker: resolveNp(st, pi, p, s, np), mention: st.span(t[i].start, t[i].end), cue: null, para: pi, sentence: st.sentenceSerial };
    }
  }
  return null;
}

/** Where a sentence's main clause starts: after a short opening adverbial and its comma ("Later that day, …"), or after a dateline's dash. */
function clauseStart(t: Token[], s: Sentence): number {
  for (let j = s.from; j < Math.min(s.to, s.from + 14); j++) {
    const x = t[j];
    if (x.text === '—' || x.text === '–' || (x.text === ',' && ADJUNCT_START.has(t[s.from].lower))) return j + 1;
    if (x.type !== 'word' && x.text !== '(' && x.text !== ')' && x.text !== '.') return s.from;
  }
  return s.from;
}

/** Words that open a described subject: "The …", "Both …", "Several …", "His chief aide". */
const SUBJECT_OPENERS = new Set([...DETERMINERS, 'each', 'every', 'another', 'current', 'former', 'his', 'her', 'their', 'its']);

/**
 * The subject phrase opening a clause at `from` when no name or pronoun opens it: a determiner,
 * modifiers and a noun for people or an organisation ("The conservative publication", "Both
 * parents", "A Clinton campaign official"), ending before the verb; null otherwise.
 */
function describedSubject(st: ArticleState, pi: number, t: Token[], from: number, before: number): Np | null {
  const first = t[from];
  if (!first || first.type !== 'word' || !SUBJECT_OPENERS.has(first.lower) || st.mentionAt[pi][from]) return null;
  let head = -1;
  for (let j = from + 1; j < Math.min(before, from + 7); j++) {
    const x = t[j];
    if (x.type !== 'word' || x.possessive || (!x.cap && (STOP_BACKWARD.has(x.lower) || AUXILIARIES.has(x.lower) || CUE_FORMS.has(x.lower)))) break;
    const m = st.mentionAt[pi][j];
    if (m?.actor.kind === 'person') return null;
    // a name is taken whole ("The Federal Reserve held …"): not cut at a word of it
    if (m && m.to > j) {
      head = m.to - 1;
      j = m.to - 1;
      continue;
    }
    if (isPeopleNoun(x) || isNounish(x) || PUBLICATION_NOUNS.has(x.lower)) head = j;
    else if (head >= 0) {
      // "Former Arkansas Gov. Mike Huckabee": a title, then the person the phrase names
      if (x.cap && (TITLE_LIKE.test(x.text) || TITLES.has(x.lower)) && st.mentionAt[pi][j + 1]?.actor.kind === 'person') return null;
      break;
    }
  }
  // "His attorney, Michael Ferrante, had asked …, arguing": the person named in apposition
  if (head >= 0 && t[head + 1]?.text === ',') for (let j = head + 2; j < before && t[j].text !== ','; j++) if (st.mentionAt[pi][j]?.actor.kind === 'person') return null;
  return head >= 0 ? { from, to: head + 1 } : null;
}

const PUBLICATION_NOUNS = new Set(['publication', 'outlet', 'website', 'site', 'blog', 'ad', 'advertisement', 'lawsuit', 'letter', 'email', 'memo', 'campaign']);

/**
 * Poll subjects: where the phrase ending before token `a` continues back through "in", "of" or
 * "among" to a share ("six in 10", "55 percent of voters", "majorities of Democrats in five
 * states"), the index the subject starts at; -1 otherwise.
 */
function shareBefore(t: Token[], a: number, from: number): number {
  const prep = t[a - 1]?.lower;
  if (a - 1 < from || (prep !== 'in' && prep !== 'of' && prep !== 'among')) return -1;
  const before = t[a - 2];
  if (a - 2 >= from && (SHARE_WORDS.has(before.lower) || /^\d+$/.test(before.text) || NUMBER_WORDS.has(before.lower))) return a - 2;
  // back over the place to the share: "majorities of Democrats | in five states"
  const start = Math.max(from, a - 6);
  const share = t.slice(start, a - 1).findLastIndex((x, i, all) => SHARE_WORDS.has(x.lower) && all[i + 1]?.lower === 'of');
  return share >= 0 ? start + share : -1;
}


/**
 * How far back a post-modifier before token `a` reaches to the people it modifies: "delegates at |
 * the hall", "Oren Blake at | the university", "Ada Brook with | the water board", "a banker
 * briefed on | the talks"; the index of the people noun or name, or -1.
 */
function placedPeople(t: Token[], a: number, from: number, depth = 0): number {
  const prep = t[a - 1]?.lower;
  if (a - 2 < from || !PLACE_PREPOSITIONS.has(prep)) return -1;
  // "Officials with …", "People living near …" opening the sentence: a people noun capitalised by its place
  // "Republicans in the Senate": a party's members and where they sit
  const people = (i: number): boolean => isPeopleNoun(t[i]) || (i === from && t[i].cap && peopleNoun(t[i].lower) !== null) || isPartyGroup(t[i]);
  if (people(a - 2) || (isNameWord(t[a - 2]) && prep !== 'in' && prep !== 'on')) return a - 2;
  // a participle between them: "briefed on", "based in", "speaking at", "familiar with"
  const verb = t[a - 2];
  if (a - 3 >= from && verb.type === 'word' && !verb.cap && (/(?:ed|ing)$/.test(verb.lower) || POST_ADJECTIVES.has(verb.lower)) && people(a - 3)) return a - 3;
  // "patients in the waiting room at the Halifax Infirmary": a place within a place (a few words
  // back to the first place's determiner), two places deep at most, so that a text of chained
  // places costs each cue a few steps, not a walk to the sentence's start
  if (depth >= PLACES_DEEP) return -1;
  let j = a - 2;
  // ("economists at the Ifo institute in Munich": a name may stand in the first place's phrase)
  while (j > from && a - 2 - j < 4 && t[j].type === 'word' && !DETERMINERS.has(t[j].lower) && !STOP_BACKWARD.has(t[j].lower)) j--;
  return j < a - 2 && DETERMINERS.has(t[j].lower) && t[j].lower !== 'that' ? placedPeople(t, j, from, depth + 1) : -1;
}

/** How many places within places people may be put before they speak ("nurses in the ward at the hospital in Leeds"). */
const PLACES_DEEP = 2;

/** Quantifiers that float after the subject they quantify: "they both said". */
const FLOATING = new Set(['both', 'all', 'each']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'on', 'near', 'inside', 'outside', 'across', 'around', 'to', 'about', 'for', 'of']);
