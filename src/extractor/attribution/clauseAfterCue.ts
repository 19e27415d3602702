/**
 * Part of stage 3 of attribution (see ./content): the reported clause after a cue, "said (that)
 * …", "told reporters Friday: “…”", past the person told, adverbs, time words and a short adjunct.
 * Objects that are no content are judged in ./cueObjects, withheld speech in ./withheldSpeech, the
 * time words in ./timeAfterCue and an object's bounds in ./clauseBounds.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, type CueInfo } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { baseLower, type Sentence, type Token } from '../text';
import { comparativeSubject, CURRENCY, demonstrativeThat, FRACTIONS, mannerAdverbAt, quantityAt, QUANTITY_WORDS, RELATIVE_VERBS } from './clauseOpening';
import { askedPersonEnd, objectForward, recipientBeforeQuotation } from './personTold';
import { documentBeforeAddressees, guestsWelcomed, modifiedSpeechNoun, pleaObject, sittingName, SPEECH_MODIFIERS, PHRASE_PREPOSITIONS } from './cueSenses';
import { countEnd } from './tally';
import { ADJUNCT_START, AUXILIARIES, CLAUSE_BREAK, DETERMINERS, hasAuxiliary, hasFiniteVerb, infinitiveAt, isModifierWord, isTitleInMarks, MODALS, NUMBER_WORDS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS } from './words';
import { closingMark, OBJECT_PRONOUNS, objectEnd, RELATIVES, strictFiniteVerb, verbOutsideRelatives } from './clauseBounds';
import { addedTo, BARE_OBJECTS, bareObject, calledAct, QUESTIONING, questionedPeople, concededContest, pricedObject, declaredAct, declaredStatus, financialResult, infinitiveIn, JUDGEMENT_VERBS, namedBy, OBJECT_NOT_SPEECH, threatenedAct } from './cueObjects';
import { negatedCue, QUESTION_OPENERS, withheldInfinitive } from './withheldSpeech';
import { programmeTitleEnd, skipTimeForward } from './timeAfterCue';

const TELL_CLASS = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'reassure', 'thank', 'text', 'email', 'message']);
/** Words after which "that" is no complementiser: "so that", "such that", "all that". */
const NOT_COMPLEMENTISER_AFTER = new Set(['so', 'such', 'now', 'the', 'all', 'like']);

/**
 * Where words said begin after a relative clause that follows a told person (its pronoun at token
 * `from`, the sentence ending before `to`): at a complementiser "that" past the pronoun's verb
 * ("told reporters who gathered at the airport that he would resign"), else `from` when a comma,
 * a colon or a quotation mark comes ("told supporters who gathered …, “…”"); -1 when neither does
 * ("thanked residents who called the tip line").
 */
function afterRelativeClause(t: Token[], from: number, to: number): number {
  let mark = false;
  for (let j = from; j < to; j++) {
    if (j >= from + 2 && t[j].lower === 'that' && !NOT_COMPLEMENTISER_AFTER.has(t[j - 1].lower)) return j;
    mark ||= t[j].text === ',' || t[j].text === ':' || t[j].type === 'open' || t[j].type === 'ambiguous';
  }
  return mark ? from : -1;
}

/** How many words a name or a description in apposition to a told person may take: ", Rita Mae Hale,", ", the Senate majority leader,". */
const APPOSITIVE_NAME_REACH = 5;

/** The relative pronoun set off by a comma at token `k` (", who …"), or after a name or a description in apposition there (", Rita Hale, who …", ", his lawyer, who …"); -1 for none. */
function relativeAfterAppositive(t: Token[], k: number, end: number): number {
  if (t[k]?.text !== ',') return -1;
  if (RELATIVE_PRONOUNS.has(t[k + 1]?.lower ?? '')) return k + 1;
  let j = k + 1;
  while (j < end && j <= k + APPOSITIVE_NAME_REACH && t[j].type === 'word' && !CUE_FORMS.has(t[j].lower)) j++;
  return j > k + 1 && t[j]?.text === ',' && RELATIVE_PRONOUNS.has(t[j + 1]?.lower ?? '') ? j + 1 : -1;
}

/** Words that make a count rough: "about 400,000", "nearly 40". */
const ROUGHLY = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some']);
/** Cue verbs in OBJECT_NOT_SPEECH whose form in -s is no noun that a verb follows ("adds", "mentions", "cites"). */
const VERB_ONLY_S_FORMS = new Set(['add', 'mention', 'cite']);

/**
 * Speech verbs whose object is a thing named, never a clause without "that" or a wh-word: "described
 * the scene", "recounted the night", "cited delays" (issue 7: a noun-phrase object is no reported
 * speech). "described how …", "described the plan as “…”" and "cited concerns that …" still report.
 */
const NAMING_ONLY = new Set(['describe', 'recount', 'narrate', 'cite']);

/**
 * Whether the object at token `k` (the sentence's words ending before `end`) is a noun phrase alone:
 * a determiner, possessive, number or lower-case modifier first, and no "as", quotation mark (nor
 * a colon before one) or complementiser "that" after it (a characterisation or words quoted go on as before).
 */
function namedThing(t: Token[], k: number, end: number): boolean {
  const first = t[k];
  if (first.type !== 'word' || first.lower === 'that') return false;
  // (a lower-case word that opens no adjunct, a clause or a question: "citing falling enrollment")
  const opensPhrase = !first.cap && !OBJECT_PRONOUNS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower) && !QUESTION_OPENERS.has(first.lower) && !ADJUNCT_START.has(first.lower) && !STOP_BACKWARD.has(first.lower) && !CUE_FORMS.has(first.lower);
  if (!DETERMINERS.has(first.lower) && !/^\d/.test(first.text) && !opensPhrase) return false;
  for (let j = k + 1; j < end; j++) {
    const x = t[j];
    // (a colon before words quoted introduces them; before a list it gives the thing's details:
    // "described the agreement: a raise of 14 per cent …"; "a report that found …" is a relative clause)
    // ("described a frantic escape as flames jumped the highway": an "as" before a clause is a conjunction; the object ends there)
    if (x.lower === 'as' && t[j + 1]?.type === 'word' && !/(?:ing|ed|ly)$/.test(t[j + 1].lower) && t[j + 1].lower !== 'a' && t[j + 1].lower !== 'an' && hasFiniteVerb(t, j + 2, Math.min(end, j + 4), true)) return true;
    if (x.type === 'open' || x.type === 'ambiguous' || x.lower === 'as' || (x.text === ':' && (t[j + 1]?.type === 'open' || t[j + 1]?.type === 'ambiguous'))) return false;
    if (x.lower === 'that' && t[j - 1].type === 'word' && !t[j - 1].cap && !DOCUMENT_NOUNS.has(t[j - 1].lower)) return false;
  }
  return true;
}

/** Verbs of OBJECT_NOT_SPEECH whose noun-phrase object is common and whose clause has an auxiliary or a past form: "recommended a review", "acknowledged the error". */
const PLAIN_OBJECT_VERBS = new Set(['recommend', 'acknowledge']);

/** Whether tokens [from, to) hold an auxiliary or a past form after a word that is no determiner: "the plan was flawed", "the city failed". */
function auxiliaryOrPast(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.type !== 'word' || x.cap) continue;
    if (hasAuxiliary(t, j, j + 1)) return true;
    const prev = t[j - 1];
    if (/[^e]ed$/.test(x.lower) && prev?.type === 'word' && !DETERMINERS.has(prev.lower) && !ADJUNCT_START.has(prev.lower) && !/^\d/.test(prev.text)) return true;
  }
  return false;
}

/** Pronouns of quantity that, with an auxiliary or a modal after them, are a clause's subject: "said nothing had changed", "said little has been done", "said more must be done" (not "said nothing", "said little on Monday"). */
const QUANTITY_PRONOUNS = new Set(['nothing', 'little', 'much', 'more']);
const pronounOfQuantity = (word: string, next: string): boolean => QUANTITY_PRONOUNS.has(word) && (AUXILIARIES.has(next) || MODALS.has(next));

/** Whether tokens from `j` are a part of a group and its participle, "many of them citing threats", "some of whom said …": an absolute phrase, no clause. */
export function partWithParticiple(t: Token[], j: number): boolean {
  return t[j + 1]?.lower === 'of' && (OBJECT_PRONOUNS.has(t[j + 2]?.lower ?? '') || t[j + 2]?.lower === 'whom') && /ing$/.test(t[j + 3]?.lower ?? '');
}

/** After a possessive "her" at `k - 1`: the "that" ending its noun phrase of at most four lower-case words ("her own crowd that"), or `k`. */
function possessedObjectEnd(t: Token[], k: number, end: number): number {
  for (let j = k; j < Math.min(end, k + 5); j++) {
    if (t[j].lower === 'that') return j > k ? j : k;
    if (t[j].type !== 'word' || t[j].cap || CUE_FORMS.has(t[j].lower) || AUXILIARIES.has(t[j].lower)) return k;
  }
  return k;
}

/** Modals before a cue's base form: "would order", "could cite". */
const MODAL_VERBS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can']);

/** Verbs that characterise their object "as" something: "described the plan as …". */
const CHARACTERISING = new Set(['describe', 'characterize', 'characterise', 'portray', 'depict', 'label', 'brand', 'dismiss', 'hail', 'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'welcome']);

/** The reported clause after a cue ending at token `from`, up to `limit`: "said (that) …", "told reporters: “…”". */
/** Determiners of people brought in as another source: "a person close to …", "another analyst". */
const OTHER_SOURCE_DETERMINERS = new Set(['a', 'an', 'another', 'one', 'other']);
/** Nouns of people reporters cite as sources ("a person familiar with …", "analysts", "an aide"); not "percent", "others", "workers", whom a speaker counts or speaks of. */
const SOURCE_NOUNS = new Set(
  'person|people|source|sources|analyst|analysts|official|officials|spokesperson|spokesman|spokeswoman|insider|insiders|critic|critics|observer|observers|expert|experts|economist|economists|aide|aides|adviser|advisers|advisor|advisors'.split('|'),
);
/** How far after the cue a contrasted source (see contrastedSourceEnd) is looked for, in tokens. */
const CONTRAST_REACH = 60;
/**
 * Where the content ends before ", while a person close to Ironbridge put the costs at …":
 * a clause set against it with "while" or "whereas" whose subject is other sources (an indefinite
 * determiner, up to three modifiers and a source's noun, or sources in the plural) is the reporter's, not the
 * speaker's. `end` when there is none (a pronoun's clause, "while it expects …", goes on, and so
 * does one of people the speaker spoke of, "while the workers would be moved").
 */
function contrastedSourceEnd(t: Token[], from: number, end: number): number {
  for (let j = from + 1; j < Math.min(end - 2, from + CONTRAST_REACH); j++) {
    if (t[j].type === 'open' || t[j].type === 'ambiguous') return end;
    if (t[j].text === ',' && t[j + 1].lower === 'as' && speakerAsClause(t, j + 2, end)) return j;
    if (t[j].text !== ',' || (t[j + 1].lower !== 'while' && t[j + 1].lower !== 'whereas')) continue;
    let h = j + 2;
    if (OTHER_SOURCE_DETERMINERS.has(t[h].lower)) h++;
    while (h < end && h - j <= 6 && isModifierWord(t[h]) && !SOURCE_NOUNS.has(t[h].lower)) h++;
    if (h < end && !t[h].cap && SOURCE_NOUNS.has(t[h].lower) && (h > j + 2 || t[h].lower.endsWith('s'))) return j;
  }
  return end;
}

/**
 * Whether an "as" clause from token `h` is another source's report ("…, as Kyiv warned that …",
 * "…, as officials in Kyiv said that …"): up to three capitalised words or a source's noun (placed
 * by "in" or "at" and a name, maybe), then a speech verb and "that". Its clause is the reporter's, not the content of the cue before it.
 */
function speakerAsClause(t: Token[], h: number, end: number): boolean {
  let k = h;
  while (k < end && k - h < 3 && t[k].type === 'word' && t[k].cap) k++;
  if (k === h && k < end && SOURCE_NOUNS.has(t[k].lower)) k++;
  // (and where they are: "as officials in Kyiv warned that")
  if (k > h && (t[k]?.lower === 'in' || t[k]?.lower === 'at') && t[k + 1]?.cap) for (k++; k < end && t[k].type === 'word' && t[k].cap; ) k++;
  return k > h && CUE_FORMS.get(t[k]?.lower ?? '')?.cls === 'speech' && t[k + 1]?.lower === 'that';
}

export function contentAfter(t: Token[], s: Sentence, from: number, info: CueInfo, limit: number): [number, number] | null {
  let k = from;
  let end = Math.min(limit, s.to);
  // "A lawmaker who opposes the bill said …": a restrictive relative clause's object ends at the main clause's cue
  const main = restrictiveObjectEnd(t, s, from, end);
  if (main > 0) end = main;
  end = contrastedSourceEnd(t, from, end);
  while (k < end && mannerAdverbAt(t, k)) k++;
  // ("said, in part, “…”", "wrote, in full: “…”": how much is quoted, set off before the quotation)
  if (t[k]?.text === ',' && t[k + 1]?.lower === 'in' && (t[k + 2]?.lower === 'part' || t[k + 2]?.lower === 'full') && (t[k + 3]?.text === ',' || t[k + 3]?.text === ':')) k += 3;
  // "Ann Lee warned the teacher, who said she understood", "The premier called the mayor, who said
  // …": a person object whose relative clause has its own cue speaks there, and no "that" after the
  // clause leaves the outer cue anything to report
  if (info.takesObject && !TELL_CLASS.has(info.lemma) && !JUDGEMENT_VERBS.has(info.lemma)) {
    const comma = relativeSaying(t, k, Math.min(end, k + PERSON_OBJECT_REACH));
    const after = comma > k ? afterRelativeClause(t, comma + 1, end) : 0;
    if (comma > k && (after < 0 || after === comma + 1)) return null;
  }
  if (TELL_CLASS.has(info.lemma)) {
    const obj = objectForward(t, k, end);
    if (obj) k = obj.to;
    // ("told her staff that …", "was telling her own crowd that …": "her" a possessive, its noun phrase the object before "that")
    if (obj && obj.to - obj.from === 1 && t[obj.from].lower === 'her') k = possessedObjectEnd(t, k, end);
    // "thanked residents who called the tip line": a relative clause after the object tells who
    // they are, nothing said; "told reporters who gathered at the airport that he would resign"
    // says what follows its "that"
    // ("told her former colleagues.": "her" a possessive, its noun phrase the whole object, when no verb nor mark follows)
    if (obj && obj.to - obj.from === 1 && t[obj.from].lower === 'her' && !hasFiniteVerb(t, k, end, true) && !t.slice(k, end).some((x) => x.type === 'open' || x.type === 'ambiguous' || x.text === ':')) return null;
    // ("thanked his wife, Rita Hale, who said …": a relative set off by a comma, after the object's name in apposition too)
    const relative = obj ? relativeAfterAppositive(t, k, end) : -1;
    if (relative >= 0) k = relative;
    if (obj && RELATIVE_PRONOUNS.has(t[k]?.lower ?? '')) {
      const relative = k;
      k = afterRelativeClause(t, k, end);
      // ("thanked Ann Lee, his lawyer, who said, “…”": with no "that" of its own after it, the
      // relative clause's cue reports its words, the object's)
      if (k < 0 || (k === relative && relativeSpeech(t, relative - 1, end) === relative - 1)) return null;
    }
    k = programmeTitleEnd(t, k, end, from);
  } else if (info.lemma === 'ask') {
    // "asked Trump how high …": the question, without the one asked
    const question = askedPersonEnd(t, k, end);
    if (question > 0) return [question, end];
    // "“Where is the money coming from?” he asked staff at the meeting": after a quotation, the one
    // asked and adjuncts are no question; the quotation before is what was asked
    if (quotationBefore(t, s.from, from) && askedOnly(t, k, end)) return null;
  }
  k = skipTimeForward(t, k, end);
  // "a shift its chief described as “the biggest change …”": a characterisation whose object went
  // before it (the gap of a relative clause) has its words after "as"
  if (t[k]?.lower === 'as' && CHARACTERISING.has(info.lemma) && (t[k + 1]?.type === 'open' || t[k + 1]?.type === 'ambiguous')) return [k + 1, end];
  // "has not said whether she would sign", "would not say Tuesday how …": a question left open is nothing said
  if (k < end && QUESTION_OPENERS.has(t[k].lower) && negatedCue(t, from, info, s.from)) return null;
  if ((TELL_CLASS.has(info.lemma) || info.lemma === 'warn' || info.lemma === 'ask') && recipientBeforeQuotation(t, k, end)) return null;
  // "posted on X shortly after the keynote: “…”", "posted again, this time in a milder tone: “…”"
  const colon = colonAfterAdjuncts(t, k, end);
  if (colon > 0) return [colon + 1, end];
  // "said in a statement that …", "told reporters Friday: “…”"; a clause that starts at once
  // ("said the scandal is the latest issue that …") has its own "that"s
  const adjunct = !!t[k] && t[k].type === 'word' && (ADJUNCT_START.has(t[k].lower) || t[k].lower === 'following');
  for (let j = k; j < Math.min(end, k + 16); j++) {
    if (j > k && !adjunct) break;
    const tok = t[j];
    const prev = t[j - 1];
    if (tok.lower === 'that' && tok.type === 'word' && !(prev && NOT_COMPLEMENTISER_AFTER.has(prev.lower))) {
      // "told reporters after the meeting that was held on a boat": a relative "that", its verb at once;
      // right after the cue, with an auxiliary at once, the clause's own subject ("Ng said that was not enough")
      if (j > k && relativeThat(t, j)) continue;
      if (j === k && t[j + 1]?.type === 'word' && RELATIVE_VERBS.has(t[j + 1].lower)) return [j, end];
      // ("said that kind of delay is normal", "repeated that pledge Monday": a demonstrative, the content's own)
      if (j === k && demonstrativeThat(t, j)) return [j, end];
      return j + 1 < end ? [j + 1, end] : null;
    }
    if (tok.text === ':') return j + 1 < end ? [j + 1, end] : null;
    if (tok.type === 'open' || tok.type === 'ambiguous') {
      // "told CNN's “State of the Union” that …": a programme's or a book's title is no quotation
      const title = titleBeforeThat(t, j, end);
      if (title > 0) return title + 1 < end ? [title + 1, end] : null;
      if (j === k || prev.text === ',' || prev.text === ':') return [j, end];
      break;
    }
    if (tok.text === ',') {
      // "wrote on X, formerly known as Twitter, that …", "said Monday, speaking from Iowa, that …": an aside, then the clause
      const after = thatAfterAside(t, j, end);
      if (after > 0) return after < end ? [after, end] : null;
      const next = t[j + 1];
      if (next && (next.type === 'open' || next.type === 'ambiguous')) return [j + 1, end];
      // "told The Washington Post, Fiorina would lead …": the clause after the cue's comma
      if (
        j === k &&
        k > from &&
        next?.type === 'word' &&
        end - j > 4 &&
        !CLAUSE_BREAK.has(next.lower) &&
        !ADJUNCT_START.has(next.lower) &&
        !/ing$/.test(next.lower) &&
        !CUE_FORMS.has(next.lower) &&
        // ("said Thursday, flour still on her apron.", "…, her sleeves dusted with rye.": words
        // without a verb, or a body part's participle, describe the speaker)
        hasFiniteVerb(t, j + 1, end) &&
        !(POSSESSIVE_DETERMINERS.has(next.lower) && !hasAuxiliary(t, j + 1, end)) &&
        // ("said Thursday, many of them citing threats": a part of the subject and its participle, no clause)
        !partWithParticiple(t, j + 1) &&
        // ("…, its lawyer said Wednesday, a day after council voted it down": a time before or after an event, no clause)
        !timeDistanceAt(t, j + 1, end)
      ) {
        return [j + 1, end];
      }
      break;
    }
    // "joked in her answer to a reporter, “…”": a cue word after a determiner is a noun
    // ("in an interview with The Globe and Mail that …": an "and" inside a name breaks no clause)
    // ("said after the match that …": "after" opening the adjunct is its preposition, no clause of its own)
    // ("said on a conference call that …": a cue word after a noun that makes a compound of it is a noun;
    // so is a document's after its modifier, "said in a blog post that …", "in its monetary policy report that …")
    // ("said in a statement read to the court that …": a cue's participle after a document's noun is the document's,
    // and after its addressees, "said in a bulletin to members posted late Wednesday that …")
    // ("told the board during public comments that …": a cue's plural after a speech's modifiers is
    // a noun, and so is "question" in "during question period that …")
    // ("said in a written response to questions that …": a cue's form in -s after a preposition is a plural noun)
    if (tok.type === 'word' && ((CUE_FORMS.has(tok.lower) && j > k && !DETERMINERS.has(prev.lower) && !(CUE_FORMS.get(tok.lower)?.form === 's' && NOUN_PREPOSITIONS.has(prev.lower) && !CONTENT_NOUNS.has(tok.lower)) && !mannerPlural(t, j, k) && !modifiedSpeechNoun(t, j, k) && !sittingName(t, j) && !COMPOUND_FIRSTS.has(prev.lower) && !speechModifierAfterPreposition(t, j) && !(DOCUMENT_NOUNS.has(tok.lower) && (isModifierWord(prev) || platformModifier(t, j - 1))) && !DOCUMENT_NOUNS.has(prev.lower) && !(CUE_FORMS.get(tok.lower)?.form === 'ed' && documentBeforeAddressees(t, j - 1, k) >= 0)) || (CLAUSE_BREAK.has(tok.lower) && !timeAdjunctAt(t, j, k) && !(adjunct && timeObjectAt(t, j, end)) && !(tok.lower === 'and' && prev.cap && t[j + 1]?.cap)))) break;
    if (tok.text === '.' || tok.text === ';') break;
  }
  const first = t[k];
  if (!first || k >= end) return null;
  if (infinitiveAt(t, k, info)) return end - k >= 2 && !withheldInfinitive(t, k, end, info) ? [k, end] : null;
  // ("said $1.2 million was spent": a sum opens the clause)
  if (first.type !== 'word' && first.type !== 'open' && first.type !== 'ambiguous' && !(CURRENCY.has(first.text) && /^\d/.test(t[k + 1]?.text ?? ''))) return null;
  // "said much of the talk was …" opens a clause; "said much" alone does not; "told reporters
  // this was …" opens one, "said this week" does not; "said about 600 pupils …", "said more
  // than half the team …" open one with a quantity
  // the next word and its tests read for every clause: a read or look-up that only the rare
  // "too" and "this" reach would deoptimise this function the first time one of them runs
  const nextWord = t[k + 1]?.lower ?? '';
  const nextQuantity = QUANTITY_WORDS.has(nextWord);
  const nextTime = TIME_WORDS.has(nextWord);
  const quantity = (QUANTITY_WORDS.has(first.lower) && nextWord === 'of') || (first.lower === 'too' && nextQuantity) || quantityAt(t, k) || comparativeSubject(t, k, end);
  const demonstrative = (first.lower === 'this' && !nextTime) || pronounOfQuantity(first.lower, nextWord);
  // "recalled about 400,000 air fryers sold at …", "confirmed nearly 40 cases": a count told
  // roughly is a counted object too ("confirmed about 40 people had died" is a clause)
  if (ROUGHLY.has(first.lower) && OBJECT_NOT_SPEECH.has(info.lemma) && /^\d/.test(t[k + 1]?.text ?? '') && !verbOutsideRelatives(t, k + 2, countEnd(t, k + 1, objectEnd(t, k + 2, end)), hasAuxiliary)) return null;
  if (first.type === 'word' && !quantity && !demonstrative && (ADJUNCT_START.has(first.lower) || DAYS_AND_MONTHS.has(first.lower))) {
    // "said in an interview the deal was dead": the clause after a short adjunct
    const clause = clauseAfterAdjunct(t, k, end);
    return clause >= 0 ? [clause, end] : null;
  }
  // "defended it on Monday", "welcomed them warmly": a pronoun alone as the object, with only
  // adjuncts after it, says nothing but that the act was done ("her" may be a determiner:
  // "defended her record"; "called it a disgrace", "described it as …" characterise it)
  if (BARE_OBJECTS.has(first.lower) && !TELL_CLASS.has(info.lemma) && bareObject(t, k + 1, end)) return null;
  // "questioned the nominee for an hour", "grilled Dr. Ruiz": whom they questioned, no words
  if (QUESTIONING.has(info.lemma) && questionedPeople(t, k, end)) return null;
  if (end - k < 2) return null;
  // "added a third goal", "reported a profit", "confirmed the move": verbs with a sense other than
  // speech take a noun phrase as their object, not as what was said
  // ("added a goal and an assist for Toronto, which has won four straight": the relative clause's verb is not the object's)
  // ("recalled 40,000 packages of berries linked to …": after a counted object only an auxiliary makes a clause, "confirmed 14 people had died")
  // "declared a state of emergency", "declared bankruptcy": a declaration that is the act itself
  // ("declared a code brown as a surge in flu cases stretches …": a clause after the act is its circumstance)
  if (info.lemma === 'declare' && (declaredAct(t, k, objectEnd(t, k + 1, end)) || declaredStatus(t, k, end))) return null;
  // "referring to Rai by its local name": what a thing is called, no words
  if (info.lemma === 'refer' && namedBy(t, k, end)) return null;
  // "called a strike", "called a snap election": an act convened, no words
  if (info.lemma === 'call' && t[k - 1].lower !== 'for' && calledAct(t, k, end)) return null;
  // "adding salt to the wound", "added Ann Lee to the slate": a thing put with another, no words
  if (info.lemma === 'add' && addedTo(t, k, end)) return null;
  // "answered questions for an hour", "answered the phone": what was answered, not the answer ("answered that …" has its clause)
  // (its first word the object's, never its verb: "questions" is a cue's form too)
  if (info.lemma === 'answer' && first.type === 'word' && !verbOutsideRelatives(t, answeredThingEnd(t, k, end), end, strictFiniteVerb)) return null;
  // "conceded defeat", "conceded the race to …": giving up a contest, no words
  if (info.lemma === 'concede' && concededContest(t, k, end)) return null;
  // "would charge landowners an extra $300 a year": a price asked, no charge laid
  if (info.lemma === 'charge' && pricedObject(t, k, end)) return null;
  // "threatened a nationwide strike after …": a threat of an act, no words (a base form is as often "could threaten the lead", left as it was)
  if ((info.lemma === 'threaten' && info.form !== 'base' && threatenedAct(t, k, end)) || pleaObject(t, info.lemma, k)) return null;
  // "posted adjusted earnings of $1.42 a share", "reported record quarterly revenue": a company's results, no words
  // ("reported a net loss of 1.2 billion pesos, as the grounding of … forced it to …": a clause after the object is its circumstance)
  // ("announced the new price of 58,000 cedis per tonne", "raised fares": a figure set is an act, no words;
  // "Zenith Bank Plc Reports N1.3 Trillion Profit": a headline's cue in Title Case, its object capitalised too)
  if ((info.lemma === 'post' || info.lemma === 'report' || info.lemma === 'announce') && financialResult(t, k, objectEnd(t, k + 1, end), info.lemma === 'announce', !!t[from - 1]?.cap && from - 1 > s.from)) return null;
  // "welcomed a record 4.3 million visitors", "welcomed 300 guests": guests received, no words
  if (info.lemma === 'welcome' && guestsWelcomed(t, k, objectEnd(t, k + 1, end))) return null;

  // "described a chaotic morning", "recounted the night part of her ceiling fell in", "cited the
  // new nursing seats at …": verbs that take no clause without "that" or a wh-word name a thing
  // (a participle's noun phrase is the reason a speaker gives, "…, citing repair costs", unless a
  // part of a group gives it, "…, many of them citing threats", whom no cue before names)
  if (NAMING_ONLY.has(info.lemma) && (info.form !== 'ing' || (OBJECT_PRONOUNS.has(t[from - 2]?.lower ?? '') && t[from - 3]?.lower === 'of')) && namedThing(t, k, end)) return null;
  if (OBJECT_NOT_SPEECH.has(info.lemma) && !quantity) {
    const counted = NUMBER_WORDS.has(first.lower) || /^\d/.test(first.text) || CURRENCY.has(first.text);
    // "reported third-quarter revenue", "declared a state of emergency": a bare noun phrase too
    // (only after a past form: "report", "estimates" are as often nouns whose verb follows, "a new report compares …";
    // and after a present one of verbs that are no such nouns: "Ontario adds new testing sites")
    // (a base form after a modal is a verb too: "would order binding arbitration")
    const modal = info.form === 'base' && MODAL_VERBS.has(t[from - 2]?.lower ?? '');
    const bare = (info.form === 'ed' || (info.form === 's' && VERB_ONLY_S_FORMS.has(info.lemma))) && isModifierWord(first) && !OBJECT_PRONOUNS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower);
    // (a bare first word may itself be the verb of a clause without its subject: "posted didn't show …")
    // (and its plural nouns are no verbs in -s: "reported record second-quarter sales")
    // (a clause joined after the object is no part of it: "added a goal and an assist, and Lee Park had two assists")
    // ("would order binding arbitration", "could cite new figures": a modifier or an adjective in -ing may open the object after a modal)
    const modalObject = modal && !bare && (isModifierWord(first) || (!first.cap && /ing$/.test(first.lower) && t[k + 1]?.type === 'word' && !t[k + 1].cap && !DETERMINERS.has(t[k + 1].lower)));
    if (modalObject && !strictFiniteVerb(t, k + 1, objectEnd(t, k + 1, end))) return null;
    const objectTo = counted ? countEnd(t, k, objectEnd(t, k + 1, end)) : objectEnd(t, k + 1, end);
    // (verbs whose clause is as often a bare noun phrase read its nouns in -s as nouns: "recommended a
    // review of department deaths", "acknowledged the remarks"; "acknowledged the plan was flawed" reports)
    const clauseTest = counted ? hasAuxiliary : PLAIN_OBJECT_VERBS.has(info.lemma) ? auxiliaryOrPast : bare ? strictFiniteVerb : hasFiniteVerb;
    if ((counted || bare || DETERMINERS.has(first.lower)) && !verbOutsideRelatives(t, bare ? k : k + 1, objectTo, clauseTest)) return null;
  }
  // "… told Harlow before announcing the sentence": a gerund after a preposition of time or manner
  // with a determiner's object reports an act, not words ("after announcing that …", "while urging
  // his critics to pipe down" still do)
  if (from >= 2 && DETERMINERS.has(first.lower) && SUBORDINATE_GERUND_LEAD.has(t[from - 2].lower) && t[from - 1].lower.endsWith('ing')
    && !verbOutsideRelatives(t, k + 1, end, hasFiniteVerb) && !infinitiveIn(t, k + 1, end)) return null;
  // "have attacked dozens of ships", "blasted two bases": a verb of force whose object is counted is no speech
  if (FORCE_VERBS.has(info.lemma) && (quantity || /^\d/.test(first.text) || NUMBER_WORDS.has(first.lower) || FRACTIONS.has(first.lower)) && !hasFiniteVerb(t, k + 1, end)) return null;
  // "praised the Harbour Trust, which said …": the object's relative clause reports the object's own words
  if (JUDGEMENT_VERBS.has(info.lemma)) {
    const relative = relativeSpeech(t, k + 1, end);
    if (relative > 0) return [k, relative];
  }
  return [k, end];
}

/**
 * Where the main clause's cue stands when the cue ending at `from` is a restrictive relative
 * clause's verb ("A lawmaker who opposes the bill said", "a group that backs the plan says"): "who"
 * or "that" right after a noun, then a short object and a finite cue of speech; 0 otherwise.
 */
function restrictiveObjectEnd(t: Token[], s: Sentence, from: number, end: number): number {
  const rel = from - 2;
  if (rel <= s.from || (t[rel].lower !== 'who' && t[rel].lower !== 'that') || t[rel - 1].type !== 'word' || CUE_FORMS.has(t[rel - 1].lower)) return 0;
  // (the object may have its appositive: "a foundation that supports the lab, the Halvorsen Trust, said")
  for (let j = from + 1; j < Math.min(end, from + RESTRICTIVE_OBJECT_REACH); j++) {
    const x = t[j];
    if (x.type !== 'word') {
      if (x.text === ',' && j > from + 1) continue;
      return 0;
    }
    const cue = CUE_FORMS.get(x.lower);
    if (cue && cue.cls === 'speech' && (cue.form === 'ed' || cue.form === 's' || (x.lower === 'say' && t[j - 1].lower !== 'to')) && !x.cap && !cue.needsQuotation) return j;
    if (x.lower === 'that' || x.lower === 'which' || x.lower === 'who' || AUXILIARIES.has(x.lower)) return 0;
  }
  return 0;
}
const RESTRICTIVE_OBJECT_REACH = 12;

/** How many tokens a person object may take before its ", who": "the mayor of the town". */
const PERSON_OBJECT_REACH = 8;

/** Verbs of saying that open a relative clause's own words: ", who said …", ", who replied that …". */
const SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'replied', 'responded', 'answered', 'explained', 'noted', 'insisted', 'wrote']);

/** The comma of the first ", who <verb of saying>" in tokens [from, end); -1 when there is none. */
function relativeSaying(t: Token[], from: number, end: number): number {
  for (let j = from; j < end - 2; j++) if (t[j].text === ',' && t[j + 1].lower === 'who' && SAYING.has(t[j + 2].lower)) return j;
  return -1;
}

/** How far after ", which" or ", who" a cue of the relative clause is looked for: "which later said", "who has long argued". */
const RELATIVE_CUE_REACH = 4;

/** The comma of the first ", which/who … <cue>" in tokens [from, end), the object's own speech; -1 when there is none. */
function relativeSpeech(t: Token[], from: number, end: number): number {
  for (let j = from; j < end - 2; j++) {
    if (t[j].text !== ',' || (t[j + 1].lower !== 'which' && t[j + 1].lower !== 'who')) continue;
    for (let c = j + 2; c < Math.min(end, j + 2 + RELATIVE_CUE_REACH); c++) if (t[c].type === 'word' && CUE_FORMS.has(t[c].lower)) return j;
    return -1;
  }
  return -1;
}

/** How many tokens of adjuncts may stand between a cue and the colon before its quotation. */
const ADJUNCT_TOKENS_TO_COLON = 14;

/**
 * Where the colon is when the words from token `k` are adjuncts of the cue (they open with a
 * preposition, an adverb or a time word, and hold no clause: no subject or relative pronoun, no
 * auxiliary, no "that", no verb after a subject of its own) and a colon ends them with a
 * quotation opening after it: "on X shortly after the keynote: “…”", "again, this time in a more
 * conciliatory tone: “…”"; -1 otherwise.
 */
function colonAfterAdjuncts(t: Token[], k: number, end: number): number {
  // (", when asked about the price:": set off by a comma)
  const first = t[k]?.text === ',' ? t[k + 1] : t[k];
  if (!first || first.type !== 'word' || first.cap || !(ADJUNCT_START.has(first.lower) || TIME_WORDS.has(first.lower) || first.lower.endsWith('ly'))) return -1;
  for (let j = k + 1; j < Math.min(end - 1, k + ADJUNCT_TOKENS_TO_COLON); j++) {
    const x = t[j];
    if (x.text === ':') return t[j + 1].type === 'open' || t[j + 1].type === 'ambiguous' ? j : -1;
    if (x.text === ',' || x.text === '-' || x.text === '’' || x.text === "'") continue;
    if (x.type !== 'word' || x.lower === 'that' || SUBJECT_PRONOUNS.has(baseLower(x)) || RELATIVES.has(x.lower) || hasAuxiliary(t, j, j + 1) || verbOfOwnSubject(t, j)) return -1;
  }
  return -1;
}

/**
 * Whether token `j` is a verb in -ed, or a cue verb, after a subject of its own ("as the heckler
 * yelled", "while the crowd chanted"): a clause, not an adjunct of the cue or a predicate of the
 * speaker ("when asked about …", "took the stage and added" are theirs).
 */
export function verbOfOwnSubject(t: Token[], j: number): boolean {
  const x = t[j];
  const prev = t[j - 1];
  return !x.cap && (/[^e]ed$/.test(x.lower) || (CUE_FORMS.get(x.lower)?.form ?? 'base') !== 'base') && prev?.type === 'word' && !ADJUNCT_START.has(prev.lower) && !DETERMINERS.has(prev.lower) && !COORDINATORS.has(prev.lower);
}
/** Words before a verb of the speaker's own clause: "and added", "what happened" (what the speaker spoke of). */
const COORDINATORS = new Set(['and', 'or', 'but', 'then', 'what', 'whatever']);

/**
 * A title in quotation marks at token `open` ("“State of the Union”", see isTitleInMarks)
 * followed by "that": the index of that "that", else -1.
 */
function titleBeforeThat(t: Token[], open: number, end: number): number {
  const close = closingMark(t, open, end);
  return close > 0 && isTitleInMarks(t, open, close) && t[close + 1]?.lower === 'that' ? close + 1 : -1;
}

/**
 * Whether a quotation closes right before the subject of the cue that ends at `to` (sentence from
 * `from`): a closing or ambiguous mark, then at most a comma and a few words, none a cue ("“…?”
 * he asked", not "“…,” Ana Ruiz said when Bo Lind asked": that quotation is another's).
 */
function quotationBefore(t: Token[], from: number, to: number): boolean {
  for (let j = to - 2; j >= from && to - j <= 8; j--) {
    if (t[j].type === 'close' || t[j].type === 'ambiguous') return true;
    if (t[j].type === 'word' && CUE_FORMS.has(t[j].lower)) return false;
  }
  return false;
}

/** Whether the words [k, end) after "asked" are only the one asked and adjuncts: a person told, no verb, "to", "that", colon or quotation. */
function askedOnly(t: Token[], k: number, end: number): boolean {
  if (!objectForward(t, k, end) || infinitiveIn(t, k, end) || hasFiniteVerb(t, k, end, true)) return false;
  for (let j = k; j < end; j++) if (t[j].type !== 'word' && t[j].text !== ',' && t[j].text !== '.') return false;
  for (let j = k; j < end; j++) if (t[j].lower === 'that' || t[j].lower === 'for') return false;
  return true;
}

/** Prepositions after which a word in -s is a noun, never a verb: "in response to questions", "from reports". */
/**
 * "said in written testimony that …", "said in recorded remarks that …": a cue's participle that
 * modifies speech (SPEECH_MODIFIERS), right after a preposition and before a noun in lower case,
 * is the adjunct's adjective, no verb ending the adjunct.
 */
function speechModifierAfterPreposition(t: Token[], j: number): boolean {
  const next = t[j + 1];
  return (SPEECH_MODIFIERS.has(t[j].lower) || t[j].lower === 'sworn') && PHRASE_PREPOSITIONS.has(t[j - 1]?.lower ?? '') && next?.type === 'word' && !next.cap && !DETERMINERS.has(next.lower) && next.lower !== 'that';
}
/** Units of a span of time, as "a day after …", "hours before …" measure one. */
const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moment', 'moments', 'decade', 'decades']);
/**
 * Whether the words at `k` measure a time before or after something: "a day after council voted",
 * "two weeks before the vote", "hours after …", "just days after …" (a count and a unit of time,
 * then "after", "before" or "since"), an adjunct and no clause however many verbs follow.
 */
export function timeDistanceAt(t: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && j - k < 3 && t[j].type === 'word' && !t[j].cap && !TIME_UNITS.has(t[j].lower) && (DETERMINERS.has(t[j].lower) || NUMBER_WORDS.has(t[j].lower) || /^(?:just|only|barely|mere|few|several|some|about|nearly|almost|less|more|than)$/.test(t[j].lower))) j++;
  if (j < end && j - k < 3 && /^\d+$/.test(t[j].text)) j++;
  // ("weeks earlier had warned …": "later" and "earlier" before a verb are the clause's own adverb, going on)
  const rel = t[j + 1]?.lower ?? '';
  return j < end && TIME_UNITS.has(t[j].lower) && (/^(?:after|before|since)$/.test(rel) || (/^(?:later|earlier)$/.test(rel) && (j + 2 >= end || t[j + 2].type !== 'word')));
}
/**
 * Whether the cue's form in -s at `j` is the plural noun of a manner adjunct that opens at `k`,
 * a preposition and one modifier before it ("said in general terms that …", "said in broad terms
 * that …").
 */
function mannerPlural(t: Token[], j: number, k: number): boolean {
  return j === k + 2 && CUE_FORMS.get(t[j].lower)?.form === 's' && ADJUNCT_START.has(t[k].lower) && isModifierWord(t[k + 1]) && !DETERMINERS.has(t[k + 1].lower);
}

const NOUN_PREPOSITIONS = new Set(['to', 'from', 'of', 'about', 'with', 'for']);
/** Such plurals whose own content a "that" after them opens ("responded to reports that Trump …"): the clause is theirs, not the cue's. */
const CONTENT_NOUNS = new Set(['reports', 'claims', 'allegations', 'suggestions', 'warnings', 'assertions', 'statements', 'rumors', 'rumours', 'comments', 'remarks', 'charges', 'accusations', 'complaints', 'promises', 'threats', 'predictions', 'assurances', 'announcements', 'hints']);

/** Prepositions that make a gerund after them an adjunct of the clause: "before announcing", "after confirming". */
const SUBORDINATE_GERUND_LEAD = new Set(['before', 'after', 'while', 'upon', 'without', 'since', 'when']);

/** Cue verbs with a sense of force as well as of speech ("attacked the plan" and "attacked three ships"). */
const FORCE_VERBS = new Set(['attack', 'blast', 'slam', 'hit', 'strike']);

/**
 * "said in an interview the deal was dead", "told reporters in Ohio he would win": after a short
 * adjunct (no comma), where a clause starts (a subject pronoun, or a determiner after a noun)
 * and has a finite verb; -1 when none does.
 */
function clauseAfterAdjunct(t: Token[], k: number, end: number): number {
  if (!ADJUNCT_PREPOSITIONS.has(t[k].lower)) return -1;
  for (let j = k + 1; j < Math.min(end, k + 9); j++) {
    const x = t[j];
    const prev = t[j - 1];
    if (x.type !== 'word') return -1;
    if ((CUE_FORMS.has(x.lower) && !DETERMINERS.has(prev.lower)) || CLAUSE_BREAK.has(x.lower) || x.lower === 'or') return -1;
    // a determiner after the adjunct's noun ("in an interview the deal …"), not inside it ("of the")
    const nounBefore = prev.type === 'word' && !DETERMINERS.has(prev.lower) && !ADJUNCT_START.has(prev.lower) && !STOP_BACKWARD.has(prev.lower);
    // ("said within the squad there was no panic": an existential "there" opens the clause too)
    const subject = SUBJECT_PRONOUNS.has(baseLower(x)) || (x.lower === 'there' && nounBefore) || (DETERMINERS.has(x.lower) && x.lower !== 'that' && nounBefore);
    // ("said after he won …": a subject at once after the preposition is its own clause's)
    if (subject) return j > k + 1 && hasFiniteVerb(t, j + 1, Math.min(end, j + 8), true) ? j : -1;
  }
  return -1;
}
/** Prepositions that open an adjunct between a cue and its clause ("said in an interview …", "told reporters after the match …"). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'from', 'with', 'for', 'over', 'via', 'through', 'outside', 'inside', 'near', 'after', 'before', 'within', 'amid']);
/** Whether the "that" at token `j` opens a relative clause: a verb follows it at once ("the meeting that was held", "the attack that killed 49"), where a complement clause has its subject first. */
function relativeThat(t: Token[], j: number): boolean {
  const next = t[j + 1];
  return !!next && next.type === 'word' && !next.cap && (RELATIVE_VERBS.has(next.lower) || (next.lower.endsWith('ed') && next.lower.length > 4 && !participleModifier(t, j + 1)));
}

/** Whether the form in -ed at token `j` modifies the plural noun after it, which an auxiliary follows ("that unplanned breakdowns had averaged …"): a clause's subject, no relative's verb. */
function participleModifier(t: Token[], j: number): boolean {
  const noun = t[j + 1];
  return !!noun && noun.type === 'word' && !noun.cap && /[^s]s$/.test(noun.lower) && hasAuxiliary(t, j + 2, j + 3);
}
/**
 * At the comma `comma` after a cue's adjunct: where the clause starts when a short aside without
 * quotation marks runs to the next comma and "that" follows it ("on X, formerly known as Twitter,
 * that …"); -1 when none does.
 */
function thatAfterAside(t: Token[], comma: number, end: number): number {
  for (let j = comma + 1; j < Math.min(end - 1, comma + 10); j++) {
    const x = t[j];
    if (x.text === ',') return t[j + 1].lower === 'that' && j > comma + 1 && clauseOpener(t[j + 2]) ? j + 2 : -1;
    if (x.type !== 'word') return -1;
  }
  return -1;
}

/** Whether `x` may open a clause after "that" (a determiner, a pronoun, a name, a plural, a figure, an adjunct, a quotation), not a noun that "that" points at ("that hurdle will grow"). */
function clauseOpener(x: Token | undefined): boolean {
  return !!x && (x.type === 'open' || x.type === 'ambiguous' || x.cap || /^\d/.test(x.text) || x.text === '–' || x.text === '—' || DETERMINERS.has(x.lower) || SUBJECT_PRONOUNS.has(baseLower(x)) || QUANTITY_WORDS.has(x.lower) || ADJUNCT_START.has(x.lower) || x.lower.endsWith('s'));
}

/** Whether token `j` is "after" or "before" right after the cue (`k`): what follows is when it was said ("after the match", "after he won"), and a "that" after it may open the content. */
function timeAdjunctAt(t: Token[], j: number, k: number): boolean {
  return j === k && TIME_PREPOSITIONS.has(t[j].lower);
}
/**
 * Whether token `j`, inside the cue's adjunct, is "after" or "before" with a noun phrase as its
 * object and no verb up to the next "that" ("in an interview after the meeting that …", "at a news
 * conference before Tuesday's vote that …"): when it was said, no clause of its own; "that" is then
 * the cue's complementiser ("after the board announced that …" has a verb and stays a clause).
 */
function timeObjectAt(t: Token[], j: number, end: number): boolean {
  if (!TIME_PREPOSITIONS.has(t[j].lower)) return false;
  const head = t[j + 1];
  // ("in an update shortly after 7 a.m. that …", "in a release just before noon that …": a time of day is the object too)
  const clock = !!head && (/^\d{1,2}(?::\d\d)?$/.test(head.text) || CLOCK_WORDS.has(head.lower));
  if (!head || (!clock && (head.type !== 'word' || !((DETERMINERS.has(head.lower) && head.lower !== 'that') || (head.cap && head.possessive))))) return false;
  for (let i = j + 2; i < Math.min(end, j + 8); i++) {
    if (t[i].lower === 'that') return true;
    // (the clock's marks: "7 a.m.", "2:30 p.m.")
    if (clock && (t[i].text === '.' || t[i].text === ':' || /^(?:[ap]\.?m\.?|\d\d)$/i.test(t[i].text))) continue;
    // (a cue's noun right after its determiner is no verb: "after the ruling that …")
    if (t[i].type !== 'word' || (hasFiniteVerb(t, i, i + 1) && !DETERMINERS.has(t[i - 1].lower) && !t[i - 1].possessive)) return false;
  }
  return false;
}
/** Times of day named by a word, the object of "after" or "before" as a clock's figure is ("shortly before noon"). */
const CLOCK_WORDS = new Set(['noon', 'midnight', 'midday', 'dawn', 'daybreak', 'sunrise', 'sunset', 'dusk', 'nightfall']);
/** Whether token `i` is a capitalised modifier after a determiner, a platform's or outlet's name before a document's noun: "in a Facebook post", "in an Instagram post". */
function platformModifier(t: Token[], i: number): boolean {
  return t[i].type === 'word' && t[i].cap && !t[i].possessive && DETERMINERS.has(t[i - 1]?.lower ?? '');
}

/** Nouns that make a compound with a cue word after them, a noun then: "conference call", "phone call", "news release". */
const COMPOUND_FIRSTS = new Set(['conference', 'phone', 'video', 'news', 'press', 'radio', 'television', 'earnings', 'investor', 'campaign', 'media', 'town-hall']);
/** Words of time that open a clause ("said after he won") or, before a noun phrase, an adjunct ("said after the match that …"). */
const TIME_PREPOSITIONS = new Set(['after', 'before']);

/** Things one answers that are no clause's subject ("answered the same questions", "answered our calls"): "questions" is a verb's form too. */
const ANSWERED_THINGS = new Set(['question', 'questions', 'query', 'queries', 'call', 'calls', 'email', 'emails', 'letter', 'letters', 'phone']);

/** Where to look for a clause's verb after "answered" whose object opens at token `k`: past an answered thing among its first four words, else after its first word. */
function answeredThingEnd(t: Token[], k: number, end: number): number {
  for (let j = k; j < end && j < k + 4 && t[j].type === 'word'; j++) if (ANSWERED_THINGS.has(t[j].lower)) return j + 1;
  return k + 1;
}
