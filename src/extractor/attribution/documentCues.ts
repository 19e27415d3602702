/**
 * Part of stage 2 of attribution (see ./cueDetection), used by ./plausibleCue and ./cueDetection:
 * cues whose subject is a document, a study or a court — "issued a statement saying", "a poll
 * by Gallup found", "In a new survey, …", "the judge ruled", "the court heard" — and the time
 * words stepped over between a subject and its verb.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { isNameWord } from '../names';
import { MONTH_NAMES } from '../nameWords';
import { type Sentence, type Token } from '../text';
import { isLyAdverb, NUMBER_WORDS, TIME_WORDS } from './words';

/** Studies that report findings in their own right: "In a new poll, …". */
const STUDY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'report', 'census']);

/** Words that open a share of respondents: "most voters", "nearly half", "a majority". */
const SHARE_OPENERS = new Set(['most', 'nearly', 'almost', 'about', 'roughly', 'only', 'just', 'half', 'majority', 'more', 'fewer', 'some']);

/** "a statement saying", "a letter released Friday urging": a document noun (and time words) before token `i`. */
export function afterDocument(t: Token[], i: number, from: number): boolean {
  return documentNounBefore(t, i, from) >= 0;
}

/** The index of the document's noun `afterDocument` finds before the participle at `i`, or -1. */
export function documentNounBefore(t: Token[], i: number, from: number): number {
  let k = i - 1;
  while (k >= from && t[k].type === 'word' && (/^\d{1,4}$/.test(t[k].text) || DAYS_AND_MONTHS.has(t[k].lower) || TIME_WORDS.has(t[k].lower) || t[k].lower === 'on')) k--;
  return k >= from && k < i && t[k].type === 'word' && !t[k].cap && DOCUMENT_NOUNS.has(t[k].lower) && k - 1 >= from && t[k - 1].type === 'word' ? k : -1;
}

/**
 * "Ortiz issued a statement saying …": from the participle at `i` back over the document noun and
 * its modifiers to the verb that made it, and before that verb's auxiliaries; the token where its
 * subject ends (the document's noun itself after a verb of receiving, see RECEIVING), or -1 when
 * no such verb is there.
 */
export function documentVerbSubject(t: Token[], i: number, from: number): number {
  let k = i - 1;
  while (k >= from && t[k].type === 'word' && !DOCUMENT_NOUNS.has(t[k].lower)) k--;
  for (let j = k - 1; j >= from && k - j <= 4; j--) {
    const x = t[j];
    if (x.type !== 'word' || x.cap) return -1;
    // ("received a letter telling her …": the subject of a verb of receiving made no document; the document is the source)
    if (RECEIVING.has(x.lower)) return k;
    // ("are investigating a note saying …": who looks into a document made none; "responded to a
    // complaint saying it would refund …" is as often the subject's own participle, and stays so)
    if (EXAMINING.has(x.lower)) return k;
    if (!/ed$/.test(x.lower) && !DOCUMENT_VERBS.has(x.lower)) continue;
    let e = j - 1;
    while (e >= from && t[e].type === 'word' && (VERB_FILLERS.has(t[e].lower) || isLyAdverb(t[e]))) e--;
    e = skipTimeBackward(t, e, from);
    // ("ITK, which represents Inuit across Canada, released a report saying …": the subject is the
    // head before the relative clause in commas, not the clause's last noun)
    if (t[e]?.text === ',') e = headBeforeRelative(t, e, from);
    return e >= from && t[e].type === 'word' ? e : -1;
  }
  return -1;
}

/** Pronouns that open a relative clause set off in commas: "X, which represents …,". */
const COMMA_RELATIVES = new Set(['which', 'who']);

/**
 * The token that ends the head of a relative clause set off in commas, whose closing comma is
 * token `comma` ("ITK, which represents Inuit across Canada,"): the word before the comma that
 * opens the clause with "which" or "who", no other comma nor quotation mark between; -1 when no such clause ends there.
 */
function headBeforeRelative(t: Token[], comma: number, from: number): number {
  for (let j = comma - 1; j > from + 1; j--) {
    if (t[j].text === ',' || t[j].text === '.' || t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') return -1;
    if (COMMA_RELATIVES.has(t[j].lower) && t[j - 1].text === ',') return t[j - 2].type === 'word' ? j - 2 : -1;
  }
  return -1;
}
/** Verbs of a document received, found or read: who did so is no author ("received a letter telling her …", "got an email saying …"). */
const RECEIVING = new Set(['received', 'receives', 'receive', 'got', 'gets', 'obtained', 'found', 'finds', 'read', 'reads', 'opened', 'saw', 'sees', 'seen', 'reviewed', 'intercepted']);
/**
 * The phrase of the document whose noun is token `k` when it is the source itself ("a note", "an
 * anonymous letter" in "… investigating an anonymous letter saying …"): back from the noun over at
 * most three lower-case modifiers to its determiner, none before `from`.
 */
export function documentPhrase(t: Token[], k: number, from: number): { from: number; to: number } {
  let j = k;
  while (j - 1 >= from && k - j < 3 && t[j - 1].type === 'word' && !t[j - 1].cap && !EXAMINING.has(t[j - 1].lower) && !RECEIVING.has(t[j - 1].lower)) {
    j--;
    if (DOCUMENT_DETERMINERS.has(t[j].lower)) break;
  }
  return { from: j, to: k + 1 };
}
const DOCUMENT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/** Verbs of looking into a document or taking it down: its author is another ("investigating a note saying …"). */
const EXAMINING = new Set(['investigating', 'investigated', 'investigate', 'investigates', 'probing', 'studying', 'studied', 'flagged', 'removed', 'deleted']);
/** Irregular verbs that make a document: "wrote a letter", "sent a message", "put out a statement". */
const DOCUMENT_VERBS = new Set(['wrote', 'sent', 'put', 'made', 'gave', 'shared', 'posted', 'issued', 'released', 'published']);

/** "the poll by Gallup found", "a survey by Ipsos Mori shows": a document's noun, "by" and a name of at most four words right before the cue at `i`. */
export function documentByName(t: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && t[j].type === 'word' && t[j].cap) j--;
  return j < i - 1 && j >= 1 && t[j].lower === 'by' && DOCUMENT_NOUNS.has(t[j - 1].lower);
}

/** Nouns and titles of a court or its judges: "the judge found", "Justice Gill ruled". */
const JUDICIAL = new Set(['judge', 'justice', 'jury', 'court', 'panel', 'tribunal', 'coroner', 'magistrate', 'judges', 'justices']);

/** Whether the subject ending before the cue at `i` is a court's: its noun, or a name within three words after a judge's title ("Justice Harpreet Gill"). */
export function judicialSubject(t: Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev || prev.type !== 'word') return false;
  if (JUDICIAL.has(prev.lower)) return true;
  for (let j = i - 2; j >= 0 && i - j <= 4 && isNameWord(t[j + 1]); j--) if (t[j].type === 'word' && (t[j].lower === 'justice' || t[j].lower === 'judge') && t[j].cap) return true;
  return false;
}

/**
 * Whether "ruled" at `i` closes its sentence after a court and a comma ("…, the Federal Court
 * ruled on Monday.", "…, a judge has ruled, ordering …"): a judicial subject of at most four words
 * after the comma, then only time words (see TIME_LEADS) before the sentence's end or a participle.
 */
export function rulingAfterContent(t: Token[], i: number, s: Sentence): boolean {
  // ("…, a judge has ruled": the perfect's auxiliary stands between the court and the verb)
  const verb = t[i - 1]?.lower === 'has' || t[i - 1]?.lower === 'have' ? i - 1 : i;
  if (!judicialSubject(t, verb)) return false;
  let j = i + 1;
  while (j < s.to && t[j].type === 'word' && (TIME_LEADS.has(t[j].lower) || DAYS_AND_MONTHS.has(t[j].lower) || TIME_WORDS.has(t[j].lower))) j++;
  // ("…, a judge ruled, ordering him to pay damages": what the ruling did, in a participle after it)
  const order = t[j]?.text === ',' && j + 1 < s.to && t[j + 1].type === 'word' && !t[j + 1].cap && t[j + 1].lower.endsWith('ing');
  if (j < s.to && t[j].text !== '.' && !order) return false;
  for (let k = verb - 1; k > s.from && verb - k <= 5; k--) if (t[k].text === ',') return true;
  return false;
}

/**
 * "In a new poll by X, CONTENT", "In the latest survey, CONTENT": where a sentence opens with a
 * study as its frame, the comma that ends it; -1 when the phrase is no study or the rest has a
 * cue of its own ("In a statement, the senator said …").
 */
export function studyPhraseEnd(t: Token[], s: Sentence, from: number): number {
  let comma = -1;
  let study = false;
  for (let j = from; j < Math.min(s.to, from + 14); j++) {
    if (t[j].text === ',') {
      comma = j;
      break;
    }
    if (t[j].type !== 'word' && t[j].text !== '/' && t[j].text !== '-') return -1;
    if (STUDY_NOUNS.has(t[j].lower)) study = true;
  }
  if (!study || comma < 0 || s.to - comma < 5) return -1;
  // "In a poll …, 38 percent of voters said …": the respondents' answers are the study's finding too
  const share = t[comma + 1];
  if (share && (/^\d/.test(share.text) || NUMBER_WORDS.has(share.lower) || SHARE_OPENERS.has(share.lower))) return comma;
  for (let j = comma + 1; j < s.to; j++) if (t[j].type === 'word' && CUE_FORMS.has(t[j].lower) && !t[j].cap) return -1;
  return comma;
}

/** Words that lead a time phrase: "on Monday", "last week", "this morning". */
const TIME_LEADS = new Set(['on', 'last', 'this']);

/** Steps back over time words between a subject and its verb ("…, on Monday accused"). */
export function skipTimeBackward(t: Token[], k: number, from: number): number {
  // "Lin Jian, …, on Monday accused": time words between subject and verb
  let j = k;
  while (j >= from && t[j].type === 'word' && (DAYS_AND_MONTHS.has(t[j].lower) || TIME_WORDS.has(t[j].lower) || TIME_LEADS.has(t[j].lower))) j--;
  // ("“…,” May said", "May says": with no word before it, a lone month that is also a name is the subject, no time between it and the verb)
  if (j === k - 1 && t[k].cap && MONTH_NAMES.has(t[k].lower) && (j < from || t[j].type !== 'word')) return k;
  return j;
}

/** Bodies that hear evidence: "the court heard that …", "a jury at the Old Bailey has heard", "the inquest heard". */
const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'tribunal', 'inquiry', 'hearing', 'trial', 'magistrates', 'coroner', 'committee', 'panel', 'commission']);

/**
 * Whether the subject before "heard" (its last word at token `k`, reading back at most seven
 * words, no mark between) is a body that hears evidence: what it heard is someone's testimony,
 * reported without its speaker; any other "heard" ("residents heard gunshots") is no cue.
 */
export function courtHeard(t: Token[], k: number, from: number): boolean {
  for (let j = k; j >= from && k - j < 7; j--) {
    if (t[j].type !== 'word') return false;
    if (HEARING_BODIES.has(t[j].lower)) return true;
  }
  return false;
}

/** What a body hears when the hearing, not its content, is told: "heard testimony", "heard arguments". */
const HEARD_PROCEEDINGS = new Set(['testimony', 'evidence', 'arguments', 'submissions', 'statements', 'appeal', 'appeals', 'case', 'cases', 'motion', 'motions', 'application', 'challenge', 'witnesses', 'presentations', 'deputations', 'delegations']);

/**
 * Whether the words from token `i` (right after "heard") are "from …" or a noun phrase of
 * proceedings within five words, before any mark or "that": "The jury heard eight days of
 * testimony", "the committee heard from 12 witnesses" tell the hearing, no one's words.
 */
export function hearingHeld(t: Token[], i: number): boolean {
  if (t[i]?.lower === 'from') return true;
  for (let j = i; j < t.length && j < i + 5 && t[j].type === 'word' && t[j].lower !== 'that'; j++) if (HEARD_PROCEEDINGS.has(t[j].lower)) return true;
  return heardSpeak(t, i);
}

/** Speech verbs in the bare infinitive after "heard" and its object: "heard the minister say …". */
const HEARD_INFINITIVES = new Set(['say', 'tell', 'testify', 'explain', 'describe', 'admit', 'warn', 'argue', 'insist', 'claim', 'acknowledge', 'concede', 'confirm', 'deny', 'state', 'predict', 'suggest', 'promise']);

/**
 * Whether the words from token `i` (right after "heard") are someone and a speech verb in the bare
 * infinitive within seven words, before any mark or "that": "The committee heard the minister say
 * that …" reports the minister's words, the speech verb's cue and subject, not the body's.
 */
function heardSpeak(t: Token[], i: number): boolean {
  for (let j = i + 1; j < t.length && j < i + 7 && t[j].type === 'word' && t[j].lower !== 'that'; j++) if (HEARD_INFINITIVES.has(t[j].lower) && t[j - 1].lower !== 'to') return true;
  return false;
}
