/**
 * Part of stage 3 of attribution (see ./content): the reported clause after a cue, "said (that)
 * …", "told reporters Friday: “…”", past the person told, adverbs, time words and a short adjunct;
 * and a headline's verb of judgement whose object is no content ("Coach defends keeper").
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS, type CueInfo } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { isNameWord } from '../names';
import { baseLower, type Sentence, type Token } from '../text';
import { comparativeSubject, CURRENCY, demonstrativeThat, FRACTIONS, mannerAdverbAt, quantityAt, QUANTITY_WORDS, RELATIVE_VERBS } from './clauseOpening';
import { askedPersonEnd, objectForward, recipientBeforeQuotation } from './personTold';
import { guestsWelcomed, pleaObject } from './cueSenses';
import { countEnd } from './tally';
import { ADJUNCT_START, AUXILIARIES, CLAUSE_BREAK, DETERMINERS, hasAuxiliary, hasFiniteVerb, infinitiveAt, isLyAdverb, isModifierWord, isTitleInMarks, NUMBER_WORDS, participleWithAgent, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS } from './words';

const TELL_CLASS = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'reassure', 'thank']);
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

/** Verbs that characterise their object "as" something: "described the plan as …". */
const CHARACTERISING = new Set(['describe', 'characterize', 'characterise', 'portray', 'depict', 'label', 'brand', 'dismiss', 'hail', 'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'welcome']);

/** The reported clause after a cue ending at token `from`, up to `limit`: "said (that) …", "told reporters: “…”". */
export function contentAfter(t: Token[], s: Sentence, from: number, info: CueInfo, limit: number): [number, number] | null {
  let k = from;
  let end = Math.min(limit, s.to);
  // "A lawmaker who opposes the bill said …": a restrictive relative clause's object ends at the main clause's cue
  const main = restrictiveObjectEnd(t, s, from, end);
  if (main > 0) end = main;
  while (k < end && mannerAdverbAt(t, k)) k++;
  if (TELL_CLASS.has(info.lemma)) {
    const obj = objectForward(t, k, end);
    if (obj) k = obj.to;
    // "thanked residents who called the tip line": a relative clause after the object tells who
    // they are, nothing said; "told reporters who gathered at the airport that he would resign"
    // says what follows its "that"
    if (obj && RELATIVE_PRONOUNS.has(t[k]?.lower ?? '')) {
      k = afterRelativeClause(t, k, end);
      if (k < 0) return null;
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
        !(POSSESSIVE_DETERMINERS.has(next.lower) && !hasAuxiliary(t, j + 1, end))
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
    // ("said in a statement read to the court that …": a cue's participle after a document's noun is the document's)
    if (tok.type === 'word' && ((CUE_FORMS.has(tok.lower) && j > k && !DETERMINERS.has(prev.lower) && !COMPOUND_FIRSTS.has(prev.lower) && !(DOCUMENT_NOUNS.has(tok.lower) && isModifierWord(prev)) && !DOCUMENT_NOUNS.has(prev.lower)) || (CLAUSE_BREAK.has(tok.lower) && !timeAdjunctAt(t, j, k) && !(tok.lower === 'and' && prev.cap && t[j + 1]?.cap)))) break;
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
  const demonstrative = first.lower === 'this' && !nextTime;
  if (first.type === 'word' && !quantity && !demonstrative && (ADJUNCT_START.has(first.lower) || DAYS_AND_MONTHS.has(first.lower))) {
    // "said in an interview the deal was dead": the clause after a short adjunct
    const clause = clauseAfterAdjunct(t, k, end);
    return clause >= 0 ? [clause, end] : null;
  }
  // "defended it on Monday", "welcomed them warmly": a pronoun alone as the object, with only
  // adjuncts after it, says nothing but that the act was done ("her" may be a determiner:
  // "defended her record"; "called it a disgrace", "described it as …" characterise it)
  if (BARE_OBJECTS.has(first.lower) && !TELL_CLASS.has(info.lemma) && bareObject(t, k + 1, end)) return null;
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
  // "conceded defeat", "conceded the race to …": giving up a contest, no words
  if (info.lemma === 'concede' && concededContest(t, k, end)) return null;
  // "threatened a nationwide strike after …": a threat of an act, no words (a base form is as often "could threaten the lead", left as it was)
  if ((info.lemma === 'threaten' && info.form !== 'base' && threatenedAct(t, k, end)) || pleaObject(t, info.lemma, k)) return null;
  // "posted adjusted earnings of $1.42 a share", "reported record quarterly revenue": a company's results, no words
  // ("reported a net loss of 1.2 billion pesos, as the grounding of … forced it to …": a clause after the object is its circumstance)
  // ("announced the new price of 58,000 cedis per tonne", "raised fares": a figure set is an act, no words;
  // "Zenith Bank Plc Reports N1.3 Trillion Profit": a headline's cue in Title Case, its object capitalised too)
  if ((info.lemma === 'post' || info.lemma === 'report' || info.lemma === 'announce') && financialResult(t, k, objectEnd(t, k + 1, end), info.lemma === 'announce', !!t[from - 1]?.cap && from - 1 > s.from)) return null;
  // "welcomed a record 4.3 million visitors", "welcomed 300 guests": guests received, no words
  if (info.lemma === 'welcome' && guestsWelcomed(t, k, objectEnd(t, k + 1, end))) return null;

  if (OBJECT_NOT_SPEECH.has(info.lemma) && !quantity) {
    const counted = NUMBER_WORDS.has(first.lower) || /^\d/.test(first.text) || CURRENCY.has(first.text);
    // "reported third-quarter revenue", "declared a state of emergency": a bare noun phrase too
    // (only after a past form: "report", "estimates" are as often nouns whose verb follows, "a new report compares …")
    const bare = info.form === 'ed' && isModifierWord(first) && !OBJECT_PRONOUNS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower);
    // (a bare first word may itself be the verb of a clause without its subject: "posted didn't show …")
    // (and its plural nouns are no verbs in -s: "reported record second-quarter sales")
    // (a clause joined after the object is no part of it: "added a goal and an assist, and Lee Park had two assists")
    const objectTo = counted ? countEnd(t, k, objectEnd(t, k + 1, end)) : objectEnd(t, k + 1, end);
    if ((counted || bare || DETERMINERS.has(first.lower)) && !verbOutsideRelatives(t, bare ? k : k + 1, objectTo, counted ? hasAuxiliary : bare ? strictFiniteVerb : hasFiniteVerb)) return null;
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

/** The closing mark of the quotation opening at token `open`, within a title's length (eight tokens), or -1. */
function closingMark(t: Token[], open: number, end: number): number {
  for (let j = open + 1; j < Math.min(end, open + 8); j++) if (t[j].type === 'close' || t[j].type === 'ambiguous') return j;
  return -1;
}

/**
 * Whether tokens [from, to) hold a verb (`hasVerb`: a finite verb, or for a counted object an
 * auxiliary) outside the clauses set off by commas in them that are no content: relative clauses
 * (", which has won …,") and non-finite ones (", freeing state funds", ", to be completed within
 * 30 days"), which tell more of the act the verb reports.
 */
function verbOutsideRelatives(t: Token[], from: number, to: number, hasVerb: (t: Token[], from: number, to: number) => boolean, participles = false): boolean {
  let a = from;
  for (let j = from; j < to; j++) {
    if (t[j].text !== ',' || !asideAt(t, j + 1, participles)) continue;
    if (hasVerb(t, a, j)) return true;
    // the relative clause runs to the next comma
    j++;
    while (j < to && t[j].text !== ',') j++;
    a = j + 1;
  }
  return hasVerb(t, a, to);
}
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/**
 * Where an object that opens at token `from` ends, before `to`: at a clause joined after it (a
 * comma and a coordinator, ", and Lee Park had two assists") or a subordinator's set off by a
 * comma (", hours before the trade was finalized", ", although 55 people were cited"); `to` when
 * neither comes.
 */
function objectEnd(t: Token[], from: number, to: number): number {
  let comma = -1;
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.text === ';' || (x.text === ',' && JOINING.has(t[j + 1]?.lower ?? ''))) return j;
    // "confirmed the visit but declined to give details": "but" after the object opens the subject's next predicate
    // (not "all but", "nothing but")
    if (x.lower === 'but' && j > from && !BUT_INSIDE.has(t[j - 1].lower)) return j;
    if (x.text === ',') comma = j;
    // (", as the grounding of 20 jets forced it to …": "as" opening a clause after a comma too)
    else if (comma >= 0 && j - comma <= 3 && x.type === 'word' && (SUBORDINATORS.has(x.lower) || (x.lower === 'as' && j === comma + 1 && clauseOpensAt(t[j + 1]) && hasFiniteVerb(t, j + 2, Math.min(to, j + 2 * AS_CLAUSE_REACH))))) return comma;
    // "added a third goal as the Leafs pulled away", "added an assist before …": with no comma, a
    // subordinator right after a short object opens a clause of its own (no part of the object)
    else if (comma < 0 && j - from >= 1 && j - from <= 3 && x.type === 'word' && !x.cap && (SUBORDINATORS.has(x.lower) || (x.lower === 'as' && clauseOpensAt(t[j + 1]) && hasFiniteVerb(t, j + 2, Math.min(to, j + AS_CLAUSE_REACH))))) return j;
  }
  return to;
}

/** Words after "as" within which its clause's verb stands ("as the Toronto Maple Leafs beat …"; "pitched her plan as a way to create jobs" has none). */
const AS_CLAUSE_REACH = 8;
/** Whether a clause's subject may open at `x`: a determiner, a subject pronoun or a capitalised word ("as the Leafs pulled away"; not "as expected", "as well"). */
const clauseOpensAt = (x: Token | undefined): boolean => !!x && x.type === 'word' && (x.cap || DETERMINERS.has(x.lower) || SUBJECT_PRONOUNS.has(x.lower) || AMOUNTS.has(x.lower));
/** Words of amount that open a clause's subject: ", as more users ordered food", "as higher prices hit demand". */
const AMOUNTS = new Set(['more', 'fewer', 'less', 'many', 'most', 'several', 'higher', 'lower', 'rising', 'falling', 'weaker', 'stronger']);

/** Coordinators after a comma that join a clause of its own. */
const JOINING = new Set(['and', 'but', 'while', 'whereas', 'or']);
/** Words before a "but" that keeps a phrase whole: "all but", "nothing but", "not … but". */
const BUT_INSIDE = new Set(['all', 'nothing', 'anything', 'none', 'not', 'everything', 'everyone', 'anyone', 'last', 'first']);
/** Subordinators that open a clause of its own after an object. */
const SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'because', 'since', 'although', 'though', 'until', 'whereas', 'if', 'unless']);

/**
 * Whether token `j`, after a comma, opens a relative or an infinitive clause ("which …", "to be
 * …"), or with `participles` a participle's ("freeing …": after a declared act it tells what the
 * act does; after other objects it may describe the object, "recalled the figure of X, sitting alone …").
 */
function asideAt(t: Token[], j: number, participles: boolean): boolean {
  const x = t[j];
  if (!x || x.type !== 'word' || x.cap) return false;
  if (RELATIVES.has(x.lower)) return true;
  // ("…, something had to change", "…, that morning": nouns in -ing are no participle)
  if (participles && x.lower.length > 4 && x.lower.endsWith('ing') && !x.lower.endsWith('thing') && !TIME_WORDS.has(x.lower)) return true;
  const next = t[j + 1];
  // (and a past participle with its agent: "…, driven by record sales", "…, hit by weaker prices")
  if (participles && participleWithAgent(t, j)) return true;
  return x.lower === 'to' && next?.type === 'word' && !next.cap && !DETERMINERS.has(next.lower);
}
/**
 * A finite verb, not only a verb in -s (see hasFiniteVerb), outside participles that modify the
 * noun before them with their agent or instrument ("trains fitted with the affected brakes",
 * "goods seized by customs"): a bare object's words hold no clause for those.
 */
function strictFiniteVerb(t: Token[], from: number, to: number): boolean {
  return finiteOutside(t, from, to, (j) => /[^e]ed$/.test(t[j].lower) && PARTICIPLE_PREPOSITIONS.has(t[j + 1]?.lower ?? ''), true);
}

/** Whether tokens [from, to) hold a finite verb (see hasFiniteVerb) other than the words `noVerb` tells are none. */
function finiteOutside(t: Token[], from: number, to: number, noVerb: (j: number) => boolean, strict: boolean): boolean {
  let a = from;
  for (let j = from; j < to; j++) {
    if (!(t[j].type === 'word' && noVerb(j))) continue;
    if (hasFiniteVerb(t, a, j, strict)) return true;
    a = j + 1;
  }
  return hasFiniteVerb(t, a, to, strict);
}
const PARTICIPLE_PREPOSITIONS = new Set(['with', 'by']);
/** Pronouns that are an object, not a noun phrase's first word: "ordered him to …", "declared himself a candidate". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself', 'you', 'one']);
/**
 * Whether the words [from, to) after an object pronoun are none but a time's or a manner's ("on
 * Monday", "last week", "strongly") up to the sentence's end; not an argument of
 * the cue ("accused him of …", "praised them for …", "called it a disgrace", "described it as …").
 */
function bareObject(t: Token[], from: number, to: number): boolean {
  let j = from;
  while (j < to && t[j].type === 'word') {
    const w = t[j].lower;
    const time = (x: Token | undefined): boolean => !!x && (DAYS_AND_MONTHS.has(x.lower) || TIME_WORDS.has(x.lower));
    if (TIME_LEADS.has(w) && time(t[j + 1])) j += 2;
    else if (time(t[j]) || isLyAdverb(t[j])) j++;
    else return false;
  }
  return j >= to || t[j].text === '.';
}
const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'later', 'in']);

/** Object pronouns that are never a determiner nor a clause's subject: an object alone after a cue is no content. */
const BARE_OBJECTS = new Set(['him', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself']);

/**
 * A headline's verb of judgement with a noun phrase after it ("Coach defends keeper after derby
 * loss", "Council Slams Stadium Sale"): whom or what was judged, an act the headline reports, not
 * words. `lemma` is the cue's; tokens [from, to) follow the cue. A clause, a colon or a quotation
 * after it is speech. (In body text PARC-style annotation, PolNeAR's, counts "criticized the
 * decision" as an attribution, so only headlines are read this way.)
 */
export function judgedThing(t: Token[], lemma: string, from: number, to: number, strict = false): boolean {
  if (!JUDGEMENT_VERBS.has(lemma) && !HEADLINE_ACTS.has(lemma)) return false;
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous' || x.text === ':') return false;
  }
  // ("testifies against alleged boss": a form in -ed after a preposition is an adjective)
  // (and, `strict`, a word after a determiner other than "that" or after a possessive is a noun: "dismissed the minister's figures", "questioned the ruling")
  const nounAt = (j: number): boolean => !!t[j - 1] && ((DETERMINERS.has(t[j - 1].lower) && t[j - 1].lower !== 'that') || t[j - 1].possessive);
  // (the object's first word, right after the cue, is no verb of its own unless an auxiliary: "praises youngsters after cup win")
  const objectHead = (j: number): boolean => j === from && !hasAuxiliary(t, j, j + 1);
  return !finiteOutside(t, from, to, (j) => objectHead(j) || (/[^e]ed$/.test(t[j].lower) && STOP_BACKWARD.has(t[j - 1]?.lower ?? '')) || (strict && nounAt(j)), strict);
}

/** Whether "by" and a name's noun close the object at tokens [k, end), within six words: "to Rai by its local name", "to him by his nickname" (not the name quoted, "by a nickname, “Gert”", words said). */
function namedBy(t: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (t[j].type === 'open' || t[j].type === 'ambiguous') return false;
  for (let j = k + 1; j < end && j < k + 8; j++) {
    if (t[j].lower !== 'by') continue;
    for (let n = j + 1; n < end && n <= j + 4; n++) if (NAME_NOUNS.has(t[n].lower)) return true;
    return false;
  }
  return false;
}
const NAME_NOUNS = new Set(['name', 'names', 'nickname', 'title', 'initials', 'acronym']);

/** Speech verbs of judgement, whose object is whom or what was judged. */
const JUDGEMENT_VERBS = new Set(
  ('defend|praise|criticize|criticise|condemn|blast|slam|applaud|hail|welcome|denounce|decry|reject|dismiss|question|' +
    'attack|fault|blame|credit|thank|chide|scold|mock|ridicule|deride|belittle|disparage|tout|lament')
    .split('|'),
);

/** Speech verbs whose object in a headline is an act or a fact: "Unions threaten strike as …", "Witness testifies against ex-boss", "Regulator orders audit", "Department confirms mpox cases". */
const HEADLINE_ACTS = new Set(['threaten', 'testify', 'order', 'confirm']);

/**
 * Cue verbs whose noun-phrase object is a thing done or counted, not a message: "added a goal",
 * "reported a profit", "posted a loss", "confirmed the move", "recalled 4,000 jars", "wrote the
 * bill", "writes a newsletter" (a work authored). (With a clause they report speech: "added that …",
 * "wrote that …".)
 */
const OBJECT_NOT_SPEECH = new Set(['add', 'report', 'post', 'confirm', 'recall', 'forecast', 'project', 'estimate', 'signal', 'order', 'charge', 'credit', 'pitch', 'continue', 'object', 'argue', 'write']);

/** A company's results, as it posts or reports them. */
const FINANCIAL_RESULTS = new Set(['earnings', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'income', 'results', 'deficit', 'surplus', 'turnover', 'margins', 'ebitda']);

/** A figure a body sets and announces: "the new price of 58,000 cedis", "a fare rise of 10 per cent". */
const SET_FIGURES = new Set(['price', 'prices', 'fare', 'fares', 'tariff', 'tariffs', 'toll', 'tolls', 'fee', 'fees', 'levy', 'wage', 'wages', 'salary', 'salaries', 'rate', 'rates', 'budget']);

/**
 * "adjusted earnings of …", "a record quarterly profit", "a doubling of its quarterly net profit",
 * "a 14 per cent fall in annual profit": results (`figures`: or a figure set, SET_FIGURES) within
 * the object's first four lower-case words (a share's figure not counted; three more after "of"
 * or "in"; capitalised in a `titleCase` headline), with no clause of their own after them
 * ("earnings fell" is one).
 */
function financialResult(t: Token[], k: number, end: number, figures = false, titleCase = false): boolean {
  let budget = 4;
  for (let j = k; j < end && budget > 0 && (t[j].type === 'word' || /^\d/.test(t[j].text) || t[j].text === '%') && (titleCase || !t[j].cap); j++) {
    if (FINANCIAL_RESULTS.has(t[j].lower) || (figures && SET_FIGURES.has(t[j].lower))) return !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
    if (t[j].lower === 'of' || t[j].lower === 'in') budget += 3;
    if (!SHARE_WORDS.has(t[j].lower) && !/^\d/.test(t[j].text)) budget--;
  }
  return false;
}
/** The words of a share's figure: "14 per cent", "3.5 percent", "12%". */
const SHARE_WORDS = new Set(['per', 'cent', 'percent', '%']);

/** What a declaration makes so by being declared: "a state of emergency", "bankruptcy", "martial law", "a local disaster", a hospital's "code brown". */
const DECLARED_ACTS = new Set(['emergency', 'emergencies', 'calamity', 'bankruptcy', 'insolvency', 'law', 'independence', 'war', 'ceasefire', 'truce', 'disaster', 'holiday', 'curfew', 'quarantine', 'lockdown', 'pandemic', 'epidemic', 'outbreak', 'victory', 'dividend', 'candidacy', 'mistrial', 'code']);

/** "declared a state of emergency", "declared a local disaster on Monday": a declared act opens the object (after a determiner and up to three words, "of" among them), with no clause after it. */
function declaredAct(t: Token[], k: number, end: number): boolean {
  let j = DETERMINERS.has(t[k].lower) ? k + 1 : k;
  for (const last = j + 4; j < end && j < last && t[j].type === 'word' && !t[j].cap; j++) {
    // ("declared a final dividend of 74 US cents a share": a payout's amount is never a clause, whatever its words)
    if (DECLARED_ACTS.has(t[j].lower)) return t[j].lower === 'dividend' || !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
  }
  return false;
}

/** What is called as an act, not a name given: "called a strike", "called an election", "called a halt to …". */
const CALLED_ACTS = new Set(['strike', 'strikes', 'election', 'elections', 'vote', 'referendum', 'meeting', 'halt', 'truce', 'ceasefire', 'recess', 'inquiry', 'review', 'walkout', 'lockout', 'boycott', 'timeout', 'session', 'conference', 'summit', 'hearing', 'by-election', 'byelection', 'runoff', 'primary', 'caucus']);

/**
 * "called a strike", "called a snap general election", "called a meeting to order": "a" or "an",
 * at most three modifiers, an act (CALLED_ACTS), then the clause's end or a preposition, and no
 * clause after it ("called a second referendum unthinkable", "called her vote a mistake" name it).
 */
function calledAct(t: Token[], k: number, end: number): boolean {
  // "called police at about 1 p.m.", "called 911 after …": a service phoned, no words (not "called
  // police racist", nor "called on police to release …", an appeal)
  const service = t[k].lower === 'the' || t[k].lower === 'an' ? k + 1 : k;
  if (service < end && CALLED_SERVICES.has(t[service].lower) && t[k - 1]?.lower.startsWith('call')) return service + 1 >= end || t[service + 1].type !== 'word' || PHONED_FOLLOWERS.has(t[service + 1].lower);
  // "called the department's tip line", "called a hotline": a line phoned, its object's head
  if (t[k - 1]?.lower.startsWith('call')) {
    for (let j = k; j < end && j <= k + 4 && t[j].type === 'word'; j++) {
      const line = PHONE_LINES.has(t[j].lower) || (t[j].lower === 'line' && PHONE_LINE_KINDS.has(t[j - 1].lower));
      // (what follows is nothing, a mark that ends the clause or a time or place: "called the long lines “unacceptable”" names them)
      if (line) return j + 1 >= end || t[j + 1].text === '.' || t[j + 1].text === ',' || PHONED_FOLLOWERS.has(t[j + 1].lower);
    }
  }
  if (t[k].lower !== 'a' && t[k].lower !== 'an') return false;
  for (let j = k + 1; j < end && j <= k + 4 && t[j].type === 'word' && !t[j].cap; j++) {
    if (!CALLED_ACTS.has(t[j].lower)) continue;
    const next = t[j + 1];
    if (j + 1 >= end || next.type !== 'word') return true;
    // ("called a vote on the deal premature", "a review of the policy long overdue": the object's
    // phrase may go on to what it is called; a time, a place or "to order" leave it an act)
    if (next.lower === 'to' && t[j + 2]?.lower === 'order') return true;
    return ACT_FOLLOWERS.has(next.lower) && !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
  }
  return false;
}
/** What is conceded as a contest given up: "conceded defeat", "conceded the race", "conceded the nomination to …". */
const CONCEDED_CONTESTS = new Set(['defeat', 'race', 'election', 'nomination', 'primary', 'contest', 'seat', 'leadership', 'title', 'match', 'game', 'runoff']);

/** "conceded defeat Wednesday", "conceded the race to her rival": a contest (CONCEDED_CONTESTS) alone or after "the", "her", "his" as the object, then no clause. */
function concededContest(t: Token[], k: number, end: number): boolean {
  const j = t[k].lower === 'the' || t[k].lower === 'her' || t[k].lower === 'his' || t[k].lower === 'their' ? k + 1 : k;
  return j < end && CONCEDED_CONTESTS.has(t[j].lower) && !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
}

/** Services one phones: "called police", "called 911", "called an ambulance". */
/** Heads of what is phoned: "called the tip line", "called a hotline". */
const PHONE_LINES = new Set(['hotline', 'helpline', 'tipline', 'tip-line', 'switchboard']);
/** Words before "line" that make it a line phoned: "the tip line", "a crisis line". */
const PHONE_LINE_KINDS = new Set(['tip', 'phone', 'help', 'crisis', 'hot', 'telephone']);
const CALLED_SERVICES = new Set(['police', '911', '999', '112', '311', 'paramedics', 'ambulance', 'firefighters', 'authorities', 'security']);
/** Words after a service phoned that tell when, where or why ("called police at 1 p.m.", "… after spotting …", "… for help"). */
const PHONED_FOLLOWERS = new Set(['at', 'after', 'before', 'when', 'and', 'for', 'to', 'about', 'from', 'on', 'in', 'around', 'shortly', 'just', 'immediately', 'but', 'because', 'as']);
/** Words after an act called that tell its time or place, leaving it an act ("for Monday", "at the plant", "in March"). */
const ACT_FOLLOWERS = new Set(['for', 'at', 'in', 'after', 'before', 'next', 'this', 'last', 'until', 'amid']);

/**
 * "declared the quarry a protected site", "declared himself a candidate": an object and what the
 * declaration makes it (a noun phrase after "a"/"an", no verb): a status conferred, no words reported.
 */
function declaredStatus(t: Token[], k: number, end: number): boolean {
  let j = k;
  if (DETERMINERS.has(t[j].lower) && t[j].lower !== 'that') {
    j++;
    while (j < end && j - k <= 4 && isModifierWord(t[j]) && !STATUS_ARTICLES.has(t[j].lower)) j++;
  } else if (OBJECT_PRONOUNS.has(t[j].lower)) j++;
  else return false;
  return j > k + (OBJECT_PRONOUNS.has(t[k].lower) ? 0 : 1) && STATUS_ARTICLES.has(t[j]?.lower ?? '') && !hasFiniteVerb(t, j + 1, end);
}
const STATUS_ARTICLES = new Set(['a', 'an']);

/**
 * "threatened a nationwide strike after the price doubled", "threatens a walkout": an act
 * threatened (a determiner's noun phrase) with no verb before the clause or adjunct
 * that ends it ("after …", ", …", "that …"); "threatened the union would walk out" reports words.
 */
function threatenedAct(t: Token[], k: number, end: number): boolean {
  const first = t[k];
  // (a bare noun is as often a thing endangered, "threatens national security", which PolNeAR counts)
  if (!DETERMINERS.has(first.lower) || first.lower === 'that') return false;
  let stop = k + 1;
  while (stop < end && t[stop].text !== ',' && !(t[stop].type === 'word' && (CLAUSE_BREAK.has(t[stop].lower) || t[stop].lower === 'that' || t[stop].lower === 'until'))) stop++;
  return !hasFiniteVerb(t, k + 1, stop, true);
}

/** Whether tokens [from, to) hold "to" before a lower-case word that is no determiner: an infinitive ("to pipe down"). */
function infinitiveIn(t: Token[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) if (t[j].lower === 'to' && t[j + 1].type === 'word' && !t[j + 1].cap && !DETERMINERS.has(t[j + 1].lower)) return true;
  return false;
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
/** Nouns that make a compound with a cue word after them, a noun then: "conference call", "phone call", "news release". */
const COMPOUND_FIRSTS = new Set(['conference', 'phone', 'video', 'news', 'press', 'radio', 'television', 'earnings', 'investor', 'campaign', 'media', 'town-hall']);
/** Words of time that open a clause ("said after he won") or, before a noun phrase, an adjunct ("said after the match that …"). */
const TIME_PREPOSITIONS = new Set(['after', 'before']);


/**
 * A speech verb in the infinitive at token `k` ("to" there) that reports nothing: "declined to
 * comment", "promised to explain"; after a refusal ("declined to say whether …", "refused to say
 * that …") whatever follows was withheld, not said. A quotation or a colon after it is still
 * what was said ("refused to say the words “…”").
 */
function withheldInfinitive(t: Token[], k: number, end: number, info: CueInfo): boolean {
  const verb = t[k + 1];
  if (verb && REFUSALS.has(info.lemma) && withheldInformation(t, k + 1, end)) return true;
  if (!verb || !CUE_FORMS.has(verb.lower) || CUE_FORMS.get(verb.lower)?.cls !== 'speech') return false;
  const refused = REFUSALS.has(info.lemma) && WITHHELD.has(CUE_FORMS.get(verb.lower)!.lemma);
  for (let j = k + 2; j < end; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'ambiguous' || x.text === ':' || (!refused && (x.lower === 'that' || QUESTION_OPENERS.has(x.lower)))) return false;
  }
  return true;
}
/** Verbs that hand over what a refusal withholds: "declined to give details", "refused to provide a timeline". */
const GIVING = new Set(['give', 'provide', 'offer', 'release', 'share', 'put', 'go']);
/** What a source gives when it speaks: details, a date, figures, a reason (after GIVING, maybe past a determiner and a word). */
const INFORMATION = new Set(['details', 'detail', 'specifics', 'figures', 'figure', 'numbers', 'number', 'date', 'dates', 'timeline', 'timetable', 'timeframe', 'reason', 'reasons', 'estimate', 'estimates', 'information', 'breakdown', 'names', 'name', 'explanation', 'comment', 'comments', 'update', 'answer', 'answers']);

/**
 * Whether the infinitive at token `v` (after "declined to", "refused to") hands over information,
 * so that what follows was withheld: "to give details of the talks", "to provide a date for the
 * vote", "to put a figure on the cost", "to go into detail" (a quotation after it is still words).
 */
function withheldInformation(t: Token[], v: number, end: number): boolean {
  if (!GIVING.has(t[v].lower)) return false;
  // the object's head within three words: "a date", "any further details", "into detail"
  for (let j = v + 1; j < end && j <= v + 4 && t[j].type === 'word' && !t[j].cap; j++) {
    if (INFORMATION.has(t[j].lower)) {
      for (let q = j + 1; q < end; q++) if (t[q].type === 'open' || t[q].type === 'ambiguous' || t[q].text === ':') return false;
      return true;
    }
  }
  return false;
}

/** Verbs of refusal: what their speech infinitive would have reported was not said. */
const REFUSALS = new Set(['decline', 'refuse']);
/**
 * Speech verbs that give information, which a refusal withholds ("declined to say who …"); not
 * those that take a stand, where refusing is one too ("declined to concur", "refused to admit that …").
 */
const WITHHELD = new Set(['say', 'tell', 'comment', 'answer', 'explain', 'elaborate', 'specify', 'disclose', 'reveal', 'confirm', 'state', 'respond', 'reply', 'describe', 'indicate', 'clarify']);
/** Words that negate a verb before it: "not", "never", "hasn't", "wouldn’t". */
const NEGATION = /^(?:not|never)$|n[’']t$/;

/**
 * Whether the cue whose tokens end before `from` (`info` its entry, maybe with a particle after
 * it) is negated: "not", "never" or an auxiliary in -n't among the auxiliaries and adverbs before it.
 */
function negatedCue(t: Token[], from: number, info: CueInfo, sentenceFrom: number): boolean {
  let k = from - 1;
  // ("did not point out …": the particle)
  if (k > sentenceFrom && CUE_FORMS.get(t[k].lower)?.lemma !== info.lemma) k--;
  for (k--; k >= sentenceFrom && t[k].type === 'word' && !t[k].cap; k--) {
    if (NEGATION.test(t[k].lower)) return true;
    if (!VERB_FILLERS.has(t[k].lower) && !isLyAdverb(t[k])) return false;
  }
  return false;
}

/** Words that open an embedded question: "whether …", "why …", "who …". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);

/** Words that open a time phrase after a cue: "on Friday", "last week", "early Monday". */
const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late']);

/** "said on Friday he …", "says tonight he …": time words between a cue and its clause. */
export function skipTimeForward(t: Token[], k: number, end: number): number {
  let j = k;
  const timeWord = (w: Token | undefined): boolean => !!w && w.type === 'word' && (DAYS_AND_MONTHS.has(w.lower) || TIME_WORDS.has(w.lower));
  // a day's number only beside its month ("said March 14 that", "said 14 March"): "said 14 people died" counts people
  const dayNumber = (i: number): boolean => /^\d{1,2}$/.test(t[i]?.text ?? '') && (DAYS_AND_MONTHS.has(t[i - 1]?.lower ?? '') || DAYS_AND_MONTHS.has(t[i + 1]?.lower ?? ''));
  while (j < end) {
    // "said on Sunday Morning Ledger", "said on Morning Rounds Live": a time word in title case
    // before a name word is a programme's name, an adjunct that contentAfter reads from its start
    if (namedTime(t, j) || (TIME_PHRASE_LEADS.has(t[j].lower) && namedTime(t, j + 1))) return k;
    if (timeWord(t[j]) || dayNumber(j)) j++;
    else if (TIME_PHRASE_LEADS.has(t[j].lower) && timeWord(t[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * "told CTV's “Question Period” on Sunday", "told “Sunday Ledger” that …": a programme's title in
 * quotation marks, all in capitalised words, is the one told, no content. Where the content search
 * goes on: after the title's closing mark, or `k` when there is none; `from` is where the cue ends.
 */
function programmeTitleEnd(t: Token[], k: number, end: number, from: number): number {
  if (t[k]?.type !== 'open' && t[k]?.type !== 'ambiguous') return k;
  // right after the cue, a network's possessive or a lower-case noun ("the program"): not a headline's quoted words ("Told A Reporter Not To ‘Moan’")
  const before = t[k - 1];
  if (k !== from && !before.possessive && before.cap) return k;
  const close = closingMark(t, k, end);
  return close > 0 && isTitleInMarks(t, k, close) ? close + 1 : k;
}

/** A time word other than a day or a month capitalised before a name word: "Morning" in "Sunday Morning Ledger", "Tonight" in "Politics Tonight Live". */
function namedTime(t: Token[], i: number): boolean {
  const w = t[i];
  return !!w && w.type === 'word' && w.cap && TIME_WORDS.has(w.lower) && isNameWord(t[i + 1]);
}
