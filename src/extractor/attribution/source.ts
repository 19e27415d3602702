/**
 * Stage 4 of attribution: the source phrase, the noun phrase that speaks. Found backwards from
 * the cue (./sourceBefore: over auxiliaries, appositives (./appositive), ages and party labels;
 * with lower-case roles before a name, modifiers of a people noun, and post-modifiers of people:
 * "nurses at the clinic", "a banker briefed on the talks"), after it in inverted order or after
 * "according to" (./sourceAfter: "…,” said plant operator NAME", "said a spokeswoman, NAME"), or
 * inherited by a joined clause from its sentence's subject (./clauseSubject). This file decides
 * which of these a cue takes (`findSource`, `accordingSource`).
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS } from '../cues';
import { sourceTerms } from './cueSenses';
import { ROLE_NOUNS } from '../gazetteer';
import { genderOfFirstName } from '../gender';
import { isNameWord } from '../names';
import { retiredMarkStart } from '../nameWords';
import { isGroupHead, peopleNoun } from '../lexicon/people';
import { SHARE_WORDS } from './sourcePlaces';
import { descriptionKinds } from '../lexicon/organisations';
import type { Paragraph, Sentence, Token } from '../text';
import type { Cue } from './cueDetection';
import type { ArticleState, Attribution, Np } from './state';
import { appositiveSubject, IDENTIFYING, nameGivenAs, SELF_NAMERS } from './appositive';
import { POST_ADJECTIVES } from './linkedSources';
import { documentAuthor, npForward, phraseUntilComma } from './sourceAfter';
import { npBackward } from './sourceBefore';
import { asideBefore, relativeClauseVerb, relativeHead, thatOnBody } from './relativeClauses';
import { subjectOfSentence } from './clauseSubject';
import { listedSubject } from './groups';
import { AUXILIARIES, DETERMINERS, documentParticiple, hasAuxiliary, hasFiniteVerb, isPeopleNoun, isPluralApostrophe, MODALS, reducedRelativeBefore, restrictiveWhoBefore, singularOf, skipParenthetical, STOP_BACKWARD, SUBJECT_PRONOUNS, TITLE_LIKE } from './words';

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
    // ("She says a neighbour pounded on her door and yelled that …": see innerSubject)
    const inner = word < 0 && sentenceSpeaker && cue.info?.form === 'ed' && t[k]?.lower === 'and' ? innerSubject(t, s, sentenceSpeaker, k) : null;
    // ("Ann Lee said it works — Linda Moss disagreed, saying …": the participle is the clause's after the dash)
    const dashed = word < 0 && !inner && cue.info?.form === 'ing' ? subjectAfterDash(t, k, s.from) : null;
    if (word >= 0) subject = { from: word, to: word + 1 };
    else if (inner) subject = inner;
    else if (dashed) subject = dashed;
    // "Ms. Ode, who said …, issued a statement saying …": a relative clause closed before the cue is not its clause
    else inherited = (sentenceSpeaker && !closedRelative(t, sentenceSpeaker, cue.index) ? sentenceSpeaker : null) ?? subjectOfSentence(st, pi, p, s, cue.index);
    // ("A Toronto city council meeting erupted when Coun. Ann Lee stood up, saying …": where the main
    // clause has no one who speaks, the participle is the person's of the clause its comma closes;
    // "Police arrived as Tom Hale fled, saying …" stays the police's)
    const speechless = !!inherited && inherited !== sentenceSpeaker && (!inherited.speaker || inherited.speaker.kind === 'place' || inherited.speaker.kind === 'country');
    const subordinate = speechless && cue.info?.form === 'ing' ? personInSubordinate(st, pi, t, k, s.from) : null;
    if (subordinate) {
      subject = subordinate;
      inherited = null;
    }
  } else if (k > s.from && (t[k].lower === 'but' || t[k].lower === 'yet') && t[k - 1].text !== ',') {
    // "… has been critical of Ode but wrote on Tuesday that …": joined as by "and"
    inherited = sentenceSpeaker ?? subjectOfSentence(st, pi, p, s, cue.index);
  } else if (k >= s.from && t[k].type === 'word') {
    // "Anna Berg, a lawyer, however, said": past an aside (see skipParenthetical), an appositive may still end the subject
    subject = (t[k + 1]?.text === ',' && k + 1 < cue.index ? appositiveSubject(t, k + 1, s.from) : null) ?? subjectBefore(t, s, cue);
    // "released a video that accuses …": the document speaks for its maker
    if (subject && subject.to - subject.from === 1 && t[subject.from].lower === 'that') subject = documentMaker(t, subject.from, s.from) ?? subject;
    // ("Lab tests on samples from guests later confirmed …": people in the plural right after a
    // preposition that follows a thing's noun are its object, and no subject)
    // (the thing's phrase speaks when it opens with a determiner: "A survey of residents found …")
    if (subject && thingsObject(t, subject, s.from)) subject = thingPhrase(t, subject, s.from);
    // ("Farmers whose fields were buried by the floods say …": a preposition's object, or no phrase,
    // ends the relative clause of the noun phrase that opens the sentence, which speaks)
    // (or a phrase inside that clause: "The nurse whose patient Dr. Amir Saleh treated says …")
    const relative = relativeHead(t, s.from, cue.index);
    // (a present cue only: "… whose cyber-mischief first revealed that …" is the clause's own verb)
    // ("Groups that represent landlords said": the relative clause itself is no subject)
    // ("The company that operates Whistler Blackcomb said": a name in the clause on a body's noun is its verb's object)
    if (!subject || prepositionObject(t, s.from, subject, cue.index) || (relative && subject.from > relative.to && (cue.info?.form === 's' || cue.info?.form === 'base' || t[relative.to].lower === 'where')) || (relative && subject.from === relative.to && t[subject.from].lower === 'that') || (relative && subject.to > relative.to && thatOnBody(t, relative.from, relative.to, cue.index))) subject = relative;
    // ("The teacher whose class Mayor Ann Lee visited said …": when the relative clause has its verb
    // before the cue, the cue is the main clause's, whatever its tense; the head speaks, not a name
    // inside the clause)
    else if (relative && (subject.from > relative.to || subject.to > relative.to + 1) && nameInside(t, relative.to + 1, cue.index) && relativeClauseVerb(t, relative.to + 1, cue.index)) {
      // (past the words that open the sentence: "So even economists who favor … agree")
      let from = subject.from < relative.to ? Math.max(subject.from, relative.from) : relative.from;
      while (from < relative.to - 1 && SENTENCE_OPENERS.has(t[from].lower)) from++;
      subject = { from, to: relative.to };
    }
    // ("A witness in the trial of a man accused of killing his partner testified": the phrase read
    // back is the object of a charge; who speaks is the phrase the charge follows)
    const charged = subject ? chargedHead(t, s.from, subject.from, cue.index) : null;
    if (charged) subject = charged;
    // ("Despite Mr. Trump's claims": the preposition that opens the sentence is no part of the source)
    if (subject && subject.from === s.from && subject.to - subject.from > 1 && OPENING_PREPOSITIONS.has(t[s.from].lower)) subject = { from: s.from + 1, to: subject.to };
    // ("A man who gave his name as Darren said …": the name the relative clause gives is the speaker's, not the man's)
    // (only where the clause is the subject's own: not "The officer who arrested a man identified as
    // Darren said", "A lawyer for a man identified as …", "A woman whose son gave his name as …")
    const given = subject ? nameGivenAs(t, k + 1, Math.max(s.from, k - 8)) : -1;
    if (given >= 0 && givenBySubject(t, given - 1, s.from)) subject = { from: given, to: k + 1 };
  } else if (k >= s.from && (t[k].text === ',' || t[k].type === 'close' || t[k].type === 'ambiguous' || t[k].text === '—')) {
    const appositive = subjectAppositive(t, s, cue) ?? nameBeforeBrackets(t, k, s.from);
    const np = npForward(t, cue.end, s.to);
    // ("A woman whose husband serves at CFB Trenton, who asked not to be named, said": the head of
    // the relative clause that opens the sentence speaks, not a name inside the clause)
    // (and where no appositive's subject was found before the aside: "A veteran whose file sat for
    // two years, who asked not to be named, said", a time ending the first clause)
    const relative = appositive || asideBefore(t, s.from, cue.index) < cue.index ? relativeHead(t, s.from, cue.index) : null;
    // "Officers arrested Tom Hale, 54, said Sgt. Ann Roy.": a person's phrase that closes the
    // sentence is never what was said; the appositive before the cue ends the content instead
    // (not after a verb that takes a person: "On Monday, Ann Lee, the mayor, warned Premier Ford.")
    if (relative && (!appositive || appositive.to > relative.to)) subject = relative;
    else if (appositive && !(np && appositive.from > openedAt(t, s) && !invertedBefore(t, appositive.from) && cue.info?.cls === 'speech' && !cue.info.takesObject && cue.info.lemma !== 'speak' && closesSentenceAsSpeaker(t, np, s))) subject = appositive;
    else {
      // "…, said the minister of …" inverts; "…, said she turned out …" is a clause after its cue
      // "…, said Joan Pike should quit": a name followed by a modal or an auxiliary is the subject of the content
      // "The letter, signed by 142 heads, says the number of pupils has doubled": a thing's noun before "of" is the content's subject
      const clauseAfter = !!np && ((np.to - np.from === 1 && SUBJECT_PRONOUNS.has(t[np.from].lower) && t[np.to]?.type === 'word') || (!!t[np.to] && !t[np.to].cap && (MODALS.has(t[np.to].lower) || AUXILIARIES.has(t[np.to].lower) || t[np.to].lower === 'will' || t[np.to].lower === 'would')) || thingOf(t, np));
      // "X and Y, had challenged Cruz's bid": an auxiliary before the cue, or a thing someone
      // owns after it, is a main clause in its usual order, its object no speaker
      // ("…, who chairs the panel, told reporters that …": whom one tells is never the teller)
      if (np && !clauseAfter && k > s.from && cue.info?.lemma !== 'tell' && !auxiliaryBetween(t, k, cue.index) && !ownedThing(t, np)) {
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
    // (and a body's name with commas in it, its determiner too: "A Department for Housing, Communities and … spokesperson")
    if (m && m.from < subject.from && m.from >= s.from && m.to <= subject.to) {
      subject = { from: m.from > s.from && (t[m.from - 1].lower === 'a' || t[m.from - 1].lower === 'an' || t[m.from - 1].lower === 'the') ? m.from - 1 : m.from, to: subject.to };
      // ("Ann Lee of Smith & Wesson said": a person of the body, the phrase over the mark of its name, as "Ann Lee of Acme Corp.")
      const person = st.mentionAt[pi][subject.from - 2];
      if (person && person.to === subject.from - 1 && person.actor.kind === 'person' && PERSON_OF.has(t[subject.from - 1].lower)) subject = { from: person.from, to: subject.to };
    }
    // ("A report about the shelter in Moncton said": the document that opens the clause speaks, not a place inside its phrase)
    subject = documentOpening(st, pi, t, s.from, subject) ?? subject;
    subject = listedSubject(st, pi, t, namedInPlace(st, pi, t, subject, s.from) ?? subject, s.from);
  } else if (subject) {
    // "…,” said port director Willem de Groot": the name goes on over its lower-case particles
    const m = st.mentionAt[pi][subject.to - 1];
    if (m && m.to > subject.to && m.to <= s.to && m.from >= subject.from) subject = { from: subject.from, to: m.to };
  }
  return { subject, inherited, inverted };
}

/**
 * "She says a neighbour pounded on her door and yelled that …": a past cue joined by "and" (token
 * `and`) inside the content of a cue in the present goes on with the content's clause, in the past
 * as it is, and its subject (a person's pronoun, a name or a people noun right after the present
 * cue and its "that") is the cue's. Only across that change of tense: "Lee said Ruiz was wrong
 * and vowed …" may go on with either clause, and goes on with Lee's. Null otherwise.
 */
function innerSubject(t: Token[], s: Sentence, outer: Attribution, and: number): Np | null {
  if (!outer.cue) return null;
  let c = and - 1;
  while (c >= s.from && t[c].start !== outer.cue.start) c--;
  if (c < s.from || CUE_FORMS.get(t[c].lower)?.form !== 's') return null;
  const j = t[c + 1]?.lower === 'that' ? c + 2 : c + 1;
  const np = SUBJECT_PRONOUNS.has(t[j]?.lower ?? '') && t[j].lower !== 'it' && t[j].lower !== 'i' ? { from: j, to: j + 1 } : npForward(t, j, and);
  if (!np || np.to >= and) return null;
  const head = t[np.to - 1];
  if (np.to - np.from > 1 || !SUBJECT_PRONOUNS.has(head.lower)) {
    if (!isPeopleNoun(head) && !(head.cap && isNameWord(head))) return null;
  }
  const verb = t[np.to];
  if (verb.type !== 'word' || verb.cap || !/ed$/.test(verb.lower)) return null;
  for (let i = np.to; i < and; i++) if (t[i].type !== 'word') return null;
  return np;
}

/**
 * "Gov. John Kasich (R-OH), said, “…”": a name, its brackets (a party's label, an age, a riding) and
 * a stray comma before the cue; the name is the subject. `comma` is the comma's token; null when a
 * name does not end right before the brackets, or they hold more than a few words.
 */
function nameBeforeBrackets(t: Token[], comma: number, from: number): Np | null {
  if (t[comma].text !== ',' || t[comma - 1]?.text !== ')') return null;
  let open = comma - 2;
  while (open > from && comma - open < 8 && t[open].text !== '(' && t[open].text !== ')') open--;
  if (t[open]?.text !== '(' || open - 1 < from || !isNameWord(t[open - 1]) || !t[open - 1].cap) return null;
  const np = npBackward(t, open - 1, from);
  return np && np.to === open ? np : null;
}

/** Forms in -s of cues that are never plural nouns. */
const VERB_ONLY_FORMS = new Set(['says', 'tells', 'adds', 'explains', 'insists', 'argues', 'writes', 'asks', 'suggests']);

/** Prepositions that open a sentence with a phrase, not a clause: no verb follows their object before its comma. */
/** Whether tokens [from, to) hold a capitalised word, a name that resolution could take for the source. */
function nameInside(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (t[j].cap) return true;
  return false;
}

/** Prepositions that tie a person to the body they work for: "Ann Lee of Smith & Wesson", "from Ernst & Young". */
const PERSON_OF = new Set(['of', 'from', 'at', 'with']);

/** Conjunctions and adverbs that open a sentence before its subject: "But executives who …", "So even economists who …". */
const SENTENCE_OPENERS = new Set(['and', 'but', 'so', 'even', 'though', 'although', 'yet', 'still', 'now', 'also', 'then']);

/** Where sentence `s` starts past its opening words: "But Ann Lee, a nurse, said …" opens on its subject as "Ann Lee, a nurse, said …" does. */
function openedAt(t: Token[], s: Sentence): number {
  let from = s.from;
  while (from < s.to - 1 && t[from].type === 'word' && SENTENCE_OPENERS.has(t[from].lower)) from++;
  return from;
}
const OPENING_PREPOSITIONS = new Set(['amid', 'amidst', 'despite', 'alongside', 'along', 'among', 'amongst', 'during', 'without', 'beside', 'besides', 'behind', 'beneath', 'throughout', 'toward', 'towards', 'regarding', 'including', 'except', 'against', 'unlike']);

/**
 * "Amid BLM calls for action, a strategist said …", "Along with Trump demands for a wall, Cruz said
 * …": a cue's -s form right after the object of a preposition that opens the sentence is a plural
 * noun ("calls", "demands"), and that object no subject. Not "Over the weekend Ruiz says", whose
 * source does not follow the preposition.
 */
function prepositionObject(t: Token[], from: number, subject: Np, cue: number): boolean {
  const preposition = t[from].lower === 'along' && t[from + 1]?.lower === 'with' ? from + 1 : from;
  // ("Despite Mr. Trump's claims that …": an owner's noun cue keeps its owner as the source)
  // ("During Question Period Poilievre says": "says", "tells", "adds" are never nouns)
  if (!OPENING_PREPOSITIONS.has(t[from].lower) || subject.from > preposition + 1 || !t[cue].lower.endsWith('s') || VERB_ONLY_FORMS.has(t[cue].lower) || t[subject.to - 1].possessive) return false;
  for (let j = subject.to; j < cue; j++) if (t[j].type !== 'word') return false;
  return true;
}

/** Prepositions whose object a thing's noun takes: "samples from guests", "a survey of residents". */
const THING_PREPOSITIONS = new Set(['from', 'of', 'on', 'by', 'about', 'among', 'for']);

/** Whether `subject` is one lower-case plural people noun after a thing's preposition, itself after a lower-case noun that names no people ("samples | from | guests"). */
function thingsObject(t: Token[], subject: Np, from: number): boolean {
  const prep = subject.from - 1;
  const thing = t[prep - 1];
  return subject.to - subject.from === 1 && prep - 1 >= from && !t[subject.from].cap && peopleNoun(t[subject.from].lower) === 'plural' && THING_PREPOSITIONS.has(t[prep].lower) && thing.type === 'word' && !thing.cap && !thing.possessive && peopleNoun(thing.lower) === null && !STOP_BACKWARD.has(thing.lower) && !CUE_FORMS.has(thing.lower) && !descriptionKinds(thing.lower) && !SHARE_WORDS.has(thing.lower);
}

/** The phrase of the thing whose object `subject` is, from its determiner up to three words back ("A survey | of residents"); null when none opens it. */
function thingPhrase(t: Token[], subject: Np, from: number): Np | null {
  for (let k = subject.from - 2; k >= from && subject.from - 2 - k <= 3 && t[k].type === 'word'; k--) {
    if (DETERMINERS.has(t[k].lower)) return { from: k, to: subject.to };
    if (t[k].cap || STOP_BACKWARD.has(t[k].lower)) return null;
  }
  return null;
}

/**
 * "The Royal College of Surgeons in Wales said", "The Red Cross at Nairobi said", "Trump in Florida
 * said": a body's or a person's name opening the clause, then where it is. The phrase read back
 * from the cue is the place alone (it stopped at "in") or the whole, and a place (or a capital,
 * its government) is not who speaks: the name and its article, without the place; null when `np`
 * is no such phrase. Not "Protesters outside Google in Dublin said": the name must open the clause
 * or the phrase.
 */
function namedInPlace(st: ArticleState, pi: number, t: Token[], np: Np, from: number): Np | null {
  const place = st.mentionAt[pi][np.to - 1];
  if (!place || (place.actor.kind !== 'place' && place.actor.kind !== 'country') || place.to !== np.to || place.from < np.from) return null;
  const prep = t[place.from - 1]?.lower === 'the' ? place.from - 2 : place.from - 1;
  if (prep - 1 < from || (t[prep].lower !== 'in' && t[prep].lower !== 'at')) return null;
  const body = st.mentionAt[pi][prep - 1];
  if (!body || (body.actor.kind !== 'organization' && body.actor.kind !== 'person') || body.to !== prep || body.from < from) return null;
  const start = body.from > from && DETERMINERS.has(t[body.from - 1].lower) ? body.from - 1 : body.from;
  if (np.from < prep) return np.from === start || np.from === body.from ? { from: np.from, to: body.to } : null;
  const before = t[start - 1];
  return start === from || before.text === ',' || before.type === 'close' || before.text === '—' || before.lower === 'and' || before.lower === 'but' ? { from: start, to: body.to } : null;
}

/**
 * Whether phrase `np` after a cue is a thing's noun and its "of" ("the number of pupils", "the
 * cost of the scheme"): no one who speaks (not people, a group, a body's kind, a document or a role).
 */
function thingOf(t: Token[], np: Np): boolean {
  const last = t[np.to - 1];
  if (last.cap || t[np.to]?.lower !== 'of' || np.to - np.from > 3) return false;
  // ("the number of" counts things; a document's "numbers" speak)
  return !isPeopleNoun(last) && !isGroupHead(last.lower) && !descriptionKinds(last.lower) && !(DOCUMENT_NOUNS.has(last.lower) && last.lower !== 'number') && !ROLE_NOUNS.has(last.lower);
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

/** Whether an inverted cue stands before token `from` (", said | Kristen Day, …, reports USA Today"): the phrase there is that cue's speaker. */
function invertedBefore(t: Token[], from: number): boolean {
  const before = t[from - 2];
  return CUE_FORMS.has(t[from - 1]?.lower ?? '') && !!before && (before.text === ',' || before.type === 'close' || before.type === 'ambiguous');
}

/** Noun phrase `np` after a cue, opened by no preposition, ends sentence `s` (bar its final mark) on a name, a role or a people noun. */
export function closesSentenceAsSpeaker(t: Token[], np: Np, s: Sentence): boolean {
  // (a preposition opens no speaker: "said of Mr. Trump." is whom it was said of)
  if (TOPIC_OPENERS.has(t[np.from].lower)) return false;
  const end = SENTENCE_FINAL.has(t[s.to - 1].text) ? s.to - 1 : s.to;
  // ("…, said Sgt. Ann Roy, a police spokeswoman.", "…, said Sgt. Ann Roy, who added …", "…,
  // adding …", "… on Monday.", "… in a statement.": an aside on the person, a relative clause, a
  // participle's clause or an adjunct may end the sentence)
  if (np.to < end && !asideToEnd(t, np.to, end)) return false;
  const head = t[np.to - 1];
  // ("The class action, filed … by Siskinds LLP, alleges the bank overcharged customers.": a noun,
  // a past form and its object are a clause, what was said, no speaker's phrase; not "the man
  // arrested Monday", "the officer injured in the crash")
  for (let i = np.from + 1; i + 1 < np.to; i++) {
    const x = t[i];
    const after = t[i + 1];
    if (x.type === 'word' && !x.cap && /[^e]ed$/.test(x.lower) && t[i - 1].type === 'word' && !t[i - 1].cap && !DETERMINERS.has(t[i - 1].lower) && after.type === 'word' && !after.cap && !STOP_BACKWARD.has(after.lower) && !CLAUSE_TIMES.has(after.lower)) return false;
  }
  return head.cap || isPeopleNoun(head) || ROLE_NOUNS.has(head.lower);
}
/** Words of time after a participle: "the man arrested yesterday". */
const CLAUSE_TIMES = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'overnight', 'recently']);

const SENTENCE_FINAL = new Set(['.', '!', '?']);

/**
 * Whether tokens [from, end) are a relative clause or a cue's participle set off by a comma, or
 * words with no finite verb (an appositive after a comma, an adjunct opened by a preposition).
 */
function asideToEnd(t: Token[], from: number, end: number): boolean {
  const comma = t[from].text === ',';
  if (comma && (t[from + 1]?.lower === 'who' || t[from + 1]?.lower === 'whose')) return true;
  // ("…, said Const. Ann Roy, adding that …": the speaker's own words go on in a participle's clause)
  if (comma && t[from + 1]?.type === 'word' && t[from + 1].lower.endsWith('ing') && CUE_FORMS.has(t[from + 1].lower)) return true;
  if (!comma && !ADJUNCT_OPENERS.has(t[from].lower)) return false;
  for (let j = from; j < end; j++) if (t[j].type !== 'word' && t[j].text !== ',' && !t[j].possessive && t[j].text !== '.') return false;
  return !hasFiniteVerb(t, from, end, true) && !hasAuxiliary(t, from, end);
}
/** Prepositions and time words that open an adjunct after a closing speaker: "… on Monday", "… in a statement", "… late Tuesday". */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Prepositions after a cue that open whom or what the words were about, or to whom they went. */
const TOPIC_OPENERS = new Set(['of', 'about', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'over', 'from', 'after', 'before']);

/**
 * The subject before the appositive that ends at a cue's `subjectEnd` (a comma, a closing mark or
 * a dash: see ./appositive `appositiveSubject`), kept on the cue: coordination, the outer clause
 * and the source phrase all ask for it.
 */
export function subjectAppositive(t: Token[], s: Sentence, cue: Cue): Np | null {
  if (cue.subjectAppositive === undefined) cue.subjectAppositive = appositiveSubject(t, cue.subjectEnd, s.from);
  return cue.subjectAppositive;
}

/**
 * The noun phrase ending right before a cue's auxiliaries (`npBackward` from `cue.subjectEnd`),
 * kept on the cue: coordination, the outer clause and the source phrase all ask for it.
 */
export function subjectBefore(t: Token[], s: Sentence, cue: Cue): Np | null {
  if (cue.subjectPhrase === undefined) {
    // "a deputy sheriff in an alleged …": a subject ends in its noun, never in an article (a compound's
    // phrase before its head may: "Independents in the | state assembly", see cueDetection)
    const last = t[cue.subjectEnd]?.lower;
    // "A news report published Wednesday said …": a document's participle after its noun is no part of the subject
    const end = cue.subjectEnd > s.from && PUT_OUT.test(last ?? '') && DOCUMENT_NOUNS.has(t[cue.subjectEnd - 1].lower) ? cue.subjectEnd - 1 : cue.subjectEnd;
    // ("Mr An said", "Nguyen Van An said": a capitalised "An" after a name word is a name)
    const nameAfterName = cue.subjectEnd > s.from && t[cue.subjectEnd].cap && t[cue.subjectEnd - 1].cap;
    const np = (last === 'a' || last === 'an' || last === 'the') && !nameAfterName ? null : npBackward(t, end, s.from);
    // "Residents who packed the public gallery said": the object of a restrictive relative clause
    // is not the subject; the phrase the clause modifies is
    // (a clause of a source's terms too, which ends in no phrase: "a mother of three who asked that
    // her name not be used said")
    const who = np ? restrictiveWhoBefore(t, np.from, s.from) : termsClauseBefore(t, end + 1, s.from);
    // "The commissioners appointed to oversee the council said": nor the object of a participle's clause
    const modified = np && who < 0 ? reducedRelativeBefore(t, np.from, s.from) : -1;
    const head = who > s.from ? who : modified > s.from ? modified : -1;
    const subject = (head > s.from ? npBackward(t, head - 1, s.from) : null) ?? np;
    cue.subjectPhrase = subject && roleAfterQuotation(t, subject, s.from);
  }
  return cue.subjectPhrase;
}

/**
 * "“…,” jury foreperson Anne Morse said", "“…,” former Obama speechwriter Jon Favreau said": the
 * words between a quotation's closing comma and a person's full name, a lower-case one last, are
 * the name's role, whether or not a list knows the noun; `np` taken back over them (as it is otherwise).
 */
function roleAfterQuotation(t: Token[], np: Np, from: number): Np {
  if (np.to - np.from < 2 || np.from === 0 || !t[np.from].cap) return np;
  // ("“…,” Veterans Ombud Colonel (Ret'd) Nishika Jardine said": a retired officer's mark after the
  // rank, which tells a person whatever the given name)
  const retired = retiredMarkStart(t, np.from - 1);
  let a = retired > 0 && t[retired - 1].cap ? retired : np.from;
  if (a === np.from && (!roleWord(t[np.from - 1]) || genderOfFirstName(t[np.from].base) === null)) return np;
  // (a name may modify the role: "former George W. Bush speechwriter Noam Neusner wrote")
  const head = a;
  while (a - 1 >= from && head - a < ROLE_REACH && (roleWord(t[a - 1]) || (t[a - 1].type === 'word' && t[a - 1].cap))) a--;
  if (a === np.from || a - 2 < from) return np;
  const close = t[a - 1];
  return (close.type === 'close' || close.type === 'ambiguous') && t[a - 2].text === ',' ? { from: a, to: np.to } : np;
}
/** The most words of a role before a name after a quotation ("former George W. Bush speechwriter"). */
const ROLE_REACH = 5;
/** A lower-case word that may name a role: no function word, adverb or verb of saying. */
const roleWord = (w: Token): boolean => w.type === 'word' && !w.cap && !STOP_BACKWARD.has(w.lower) && !DETERMINERS.has(w.lower) && !w.lower.endsWith('ly') && !CUE_FORMS.has(w.lower);

/** Participles that put a document out: "published", "released", "issued", "posted". */
const PUT_OUT = /^(?:published|released|issued|posted|leaked|obtained|circulated)$/;

/**
 * "who" (no comma before it) opening a clause of a source's terms for speaking that ends at token
 * `end` ("who asked that her name not be used", "who asked not to be named"; see sourceTerms), or -1.
 */
function termsClauseBefore(t: Token[], end: number, from: number): number {
  const who = restrictiveWhoBefore(t, end, from);
  const info = who >= 0 ? CUE_FORMS.get(t[who + 1]?.lower ?? '') : undefined;
  return info && sourceTerms(t, who + 1, info) ? who : -1;
}

/** Prepositions that tell where a source's people are: "officials in the ministry", "doctors at the clinic". */
const PLACING = new Set(['in', 'at', 'with', 'from', 'inside', 'near']);

/** Words that join the parts of one body's name: "Fisheries and Oceans Canada", "Department of Health and Human Services". */
const CONNECTED_NAME = new Set(['and', '&', 'of', 'for']);

/** Whether phrase `np` is words (and "&") only: no quotation, number or mark of a clause. */
function wordsOnly(t: Token[], np: Np): boolean {
  for (let j = np.from; j < np.to; j++) if (t[j].type !== 'word' && t[j].text !== '&') return false;
  return true;
}

/** How many lower-case words may stand between an "according to" phrase and the document's noun that ends it ("its most | recent annual | report"). */
const DOCUMENT_REACH = 4;

/** How many words a relative clause on an opening "according to" source may take before its comma. */
const RELATIVE_TOKENS = 12;
/** Words after a comma inside such a relative clause that go on with it: another relative ("…, which was drafted in May,"). */
const RELATIVE_GOES_ON = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Whether a list's items go on from token `k`: up to three words, then "and" or "or", before the sentence's end at `to` ("Bell and Telus"). */
function listGoesOn(t: Token[], k: number, to: number): boolean {
  for (let i = k; i < to && i - k <= 3; i++) {
    if (t[i].type !== 'word') return i > k && t[i].text === ',';
    if (t[i].lower === 'and' || t[i].lower === 'or') return i > k;
  }
  return false;
}

/**
 * "according to X, CONTENT", "CONTENT, according to X": the source phrase after the cue, and
 * the token its phrase ends at (after a short role or aside between commas: "according to Jane
 * Doe, a pollster at …,", "…, who asked not to be named,"); for a document "by" or "from" its author, the author's phrase too.
 */
export function accordingSource(t: Token[], s: Sentence, cue: Cue): { np: Np; npEnd: number; author?: Np } | null {
  let np = npForward(t, cue.end, s.to) ?? phraseUntilComma(t, cue.end, s.to);
  if (!np) return null;
  // "According to Fisheries and Oceans Canada, stocks fell": opening the sentence, the phrase runs
  // to its comma over a connector, or over where its people are ("According to officials in the
  // Health Ministry, …")
  if (cue.index === s.from && (CONNECTED_NAME.has(t[np.to]?.lower ?? '') || PLACING.has(t[np.to]?.lower ?? ''))) {
    const whole = phraseUntilComma(t, cue.end, s.to);
    if (whole && t[whole.to]?.text === ',' && whole.to - whole.from <= 10 && wordsOnly(t, whole)) np = whole;
  }
  // "According to the inspector general's report, …": opening the sentence, a document's phrase runs to its comma
  if (cue.index === s.from && t[np.to]?.text !== ',') {
    const whole = phraseUntilComma(t, cue.end, s.to);
    if (whole && t[whole.to]?.text === ',' && whole.to - whole.from <= 8 && wordsOnly(t, whole) && DOCUMENT_NOUNS.has(t[whole.to - 1].lower.replace(/s$/, ''))) np = whole;
  }
  // "according to people familiar with the matter, …", "…, according to a source close to the talks.":
  // the people noun's post-modifier is the phrase's, up to its comma or the sentence's end
  if (POST_ADJECTIVES.has(t[np.to]?.lower ?? '') && t[np.to + 1]?.type === 'word') {
    const whole = phraseUntilComma(t, cue.end, s.to);
    if (whole && whole.to > np.to && whole.to - whole.from <= 10 && wordsOnly(t, whole)) np = whole;
  }
  // "according to figures released Thursday by Alberta Health Services": the author speaks
  const document = documentAuthor(t, cue.end, s.to);
  if (document && document.phrase.to > np.to) np = document.phrase;
  // "according to a staff report", "a new study": a document noun that is also a verb ends the phrase
  const next = t[np.to];
  if (next?.type === 'word' && !next.cap && DOCUMENT_NOUNS.has(next.lower)) np = { from: np.from, to: np.to + 1 };
  // ("…, according to its most recent annual report.": a document's noun a few lower-case words on,
  // closing the phrase, ends a phrase read only to a lower-case word; "its FEC reports" keeps its name)
  else if (!t[np.to - 1].cap) {
    let d = np.to;
    while (d < s.to && d - np.to < DOCUMENT_REACH && t[d].type === 'word' && !t[d].cap && !DOCUMENT_NOUNS.has(singularOf(t[d].lower))) d++;
    if (d < s.to && d - np.to < DOCUMENT_REACH && t[d].type === 'word' && !t[d].cap && DOCUMENT_NOUNS.has(singularOf(t[d].lower)) && t[d + 1]?.type !== 'word') np = { from: np.from, to: d + 1 };
  }
  let npEnd = np.to;
  // "According to a ministry official who spoke on background, CONTENT": opening the sentence, a
  // relative clause with no comma before it is the source's, up to its comma
  if (cue.index === s.from && t[npEnd]?.lower === 'who') {
    let comma = npEnd + 1;
    // (past a second relative or a list's items set off by commas inside the clause: "who has spoken
    // with Rogers, Bell and Telus, …", "who were briefed on the plan, which was drafted in May, …")
    for (let k = npEnd + 1; k < s.to && k - npEnd <= 2 * RELATIVE_TOKENS; k++) {
      if (t[k].type === 'word') continue;
      if (t[k].text !== ',') break;
      if (!(RELATIVE_GOES_ON.has(t[k + 1]?.lower ?? '') || listGoesOn(t, k + 1, s.to))) {
        comma = k;
        break;
      }
    }
    // (a verb of its own before the comma: "who, like others, spoke" opens an aside, no clause)
    if (t[comma]?.text === ',' && comma - npEnd >= 3 && comma - npEnd <= 2 * RELATIVE_TOKENS) npEnd = comma;
  }
  // "according to Jane Doe, a pollster at …, CONTENT": a short role phrase between commas
  if (t[npEnd]?.text === ',') {
    const after = skipAppositive(t, npEnd, s.to);
    const role = t.slice(npEnd + 1, after);
    // ("according to one senior manager, who asked not to be named, CONTENT": a relative aside on the source, too)
    // (and "according to the expense records, posted online Wednesday, CONTENT": the document's participle aside)
    const aside = role.length > 0 && (role[0].lower === 'who' || role[0].lower === 'speaking' || (role.length <= 8 && documentParticiple(role[0]) && DOCUMENT_NOUNS.has(t[npEnd - 1].lower.replace(/s$/, ''))));
    if (t[after]?.text === ',' && role.length <= 12 && (aside || role.slice(0, 4).some((x) => ['a', 'an'].includes(x.lower) || ROLE_NOUNS.has(x.lower) || TITLE_LIKE.test(x.text)))) npEnd = after;
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

/** The most tokens from a sentence's start to its cue that a charged subject's phrase takes. */
const CHARGED_SUBJECT_REACH = 30;

/** Participles of a charge, before "of" or "with" and what is charged: "accused of killing", "charged with murder". */
const CHARGES = new Set(['accused', 'charged', 'convicted', 'suspected', 'acquitted']);

/**
 * The phrase opening the sentence at `from` that a charge's participle follows, when the subject
 * read back to `subjectFrom` lies in that charge's phrase ("A witness in the trial of a man |
 * accused of killing his business partner | testified"): words only up to the cue at `cue`, and
 * no verb before the participle. Null otherwise.
 */
function chargedHead(t: Token[], from: number, subjectFrom: number, cue: number): Np | null {
  // (a subject's phrase is short: a run-on sentence of cues is not read again from its start for each)
  if (cue - from > CHARGED_SUBJECT_REACH) return null;
  for (let c = from + 1; c < subjectFrom; c++) {
    if (!CHARGES.has(t[c].lower) || (t[c + 1]?.lower !== 'of' && t[c + 1]?.lower !== 'with')) continue;
    for (let j = from; j < cue; j++) if (t[j].type !== 'word' && !isPluralApostrophe(t, j)) return null;
    return hasFiniteVerb(t, from, c) ? null : { from, to: c };
  }
  return null;
}

/**
 * The subject of a short clause after a dash that the comma at `comma` ends ("— Linda Moss
 * disagreed," "— she disagreed,"): one to four capitalised words or a pronoun, then one verb in
 * lower case; null for any other words before the comma.
 */
function subjectAfterDash(t: Token[], comma: number, from: number): Np | null {
  const verb = comma - 1;
  if (t[comma]?.text !== ',' || verb - 1 <= from || t[verb].type !== 'word' || t[verb].cap) return null;
  let d = verb - 1;
  if (SUBJECT_PRONOUNS.has(t[d].lower)) d--;
  else while (d > from && verb - d <= 4 && t[d].type === 'word' && t[d].cap) d--;
  return d < verb - 1 && (t[d].text === '—' || t[d].text === '–') ? { from: d + 1, to: verb } : null;
}

/**
 * Conjunctions of a time at once with the main clause's, whose clause after it a participle goes
 * on from: "… when Coun. Ann Lee stood up, saying". Not "after" or "because": "The caucus met after
 * Tom Hale resigned, saying …" is as often the caucus's.
 */
const TRAILING_SUBORDINATORS = new Set(['as', 'when', 'while']);
/** How many words an adverbial clause closed by a participle's comma may take ("after he threatened the two clerks at the desk"). */
const SUBORDINATE_REACH = 14;

/**
 * The person who is the subject of an adverbial clause after the main clause that the comma at
 * `comma` closes ("A … meeting erupted when Coun. Ann Lee stood up, saying …"; asked only where
 * the main clause has no one who speaks): a name the names stage made a person's (a title before it allowed), then
 * a verb; null for anything else ("after he threatened staff": whom a pronoun means is the main
 * clause's to tell), and for a clause that opens the sentence.
 */
function personInSubordinate(st: ArticleState, pi: number, t: Token[], comma: number, from: number): Np | null {
  if (t[comma]?.text !== ',') return null;
  let j = comma - 1;
  while (j > from && comma - j <= SUBORDINATE_REACH && t[j].type === 'word' && !TRAILING_SUBORDINATORS.has(t[j].lower)) j--;
  if (j <= from || !TRAILING_SUBORDINATORS.has(t[j].lower) || t[j].cap) return null;
  for (let k = j + 1; k < comma && k <= j + 3; k++) {
    const m = st.mentionAt[pi][k];
    // (the name's verb right after it: "went after Trump on Wednesday, calling …" is a preposition's object)
    if (m?.actor.kind === 'person' && m.from === k) return m.to < comma && hasFiniteVerb(t, m.to, Math.min(comma, m.to + 2), true) ? { from: k, to: m.to } : null;
    if (!t[k].cap && t[k].text !== '.') return null;
  }
  return null;
}

/**
 * The document phrase opening the clause at `from` ("A report", "An article"), a determiner first,
 * when `subject` is a place's mention after a preposition inside it, with no mark between ("…
 * about the shelter in Moncton said"); null otherwise.
 */
function documentOpening(st: ArticleState, pi: number, t: Token[], from: number, subject: Np): Np | null {
  const place = st.mentionAt[pi][subject.from]?.actor.kind;
  if ((place !== 'place' && place !== 'country') || !PLACE_PREPOSITIONS.has(t[subject.from - 1]?.lower ?? '')) return null;
  if (!DETERMINERS.has(t[from]?.lower ?? '')) return null;
  for (let k = from; k < subject.from; k++) if (t[k].type !== 'word') return null;
  for (let j = from + 1; j < from + 4 && j < subject.from; j++) if (DOCUMENT_NOUNS.has(t[j].lower)) return { from, to: j + 1 };
  return null;
}
/** Prepositions before a place inside a document's phrase. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'about', 'of', 'from', 'on']);

/**
 * Whether the "as" at `as` ("identified as NAME", "who gave his name as NAME", "giving her name as
 * NAME") tells the name of the noun phrase that opens the clause (from `from`, or after an opening
 * phrase's comma): the clause follows that phrase's head, and no preposition, relative pronoun or
 * verb stands between the phrase's start and its head.
 */
function givenBySubject(t: Token[], as: number, from: number): boolean {
  const w = t[as - 1]?.lower === 'only' ? as - 2 : as - 1;
  let head: number;
  // ("A woman who identified herself only as Colleen said", "A man identifying himself as Dave said";
  // "A tenant who asked to be identified only as Luz said": the asker is the one named)
  if (SELF_NAMERS.has(t[w]?.lower ?? '') && IDENTIFYING.has(t[w - 1]?.lower ?? '')) head = t[w - 1].lower === 'identifying' ? w - 2 : t[w - 2]?.lower === 'who' ? w - 3 : -1;
  else if (t[w]?.lower === 'identified' && t[w - 1]?.lower === 'be' && t[w - 2]?.lower === 'to' && /^(?:asked|asks|asking)$/.test(t[w - 3]?.lower ?? '')) head = t[w - 3].lower === 'asking' ? w - 4 : t[w - 4]?.lower === 'who' ? w - 5 : -1;
  else if (t[w]?.lower === 'identified') head = w - 1;
  else if (/^(?:gave|gives|giving|give)$/.test(t[w - 2]?.lower ?? '')) head = /ing$/.test(t[w - 2].lower) ? w - 3 : t[w - 3]?.lower === 'who' ? w - 4 : -1;
  else return false;
  if (head < from || t[head].type !== 'word' || t[head].cap) return false;
  for (let i = head - 1; i >= from && t[i].text !== ','; i--) {
    if (t[i].type !== 'word' || STOP_BACKWARD.has(t[i].lower) || t[i].lower === 'whose' || (/ed$/.test(t[i].lower) && !DETERMINERS.has(t[i - 1]?.lower ?? '') && i > from)) return false;
  }
  return true;
}
