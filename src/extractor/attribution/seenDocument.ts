/**
 * A document a newsroom saw: "a memo seen by Reuters", "documents reviewed by The Associated
 * Press", "an email obtained by the Tribune" (an outlet's name after "by": "a statement read by
 * her lawyer" is the lawyer's). The newsroom tells how it knows; it said nothing,
 * so the document is the source, no actor speaks for it, and over a sentence that names its own
 * speaker ("X said …, according to a memo seen by Reuters") it makes no second quote.
 */
import { DOCUMENT_NOUNS } from '../cues';
import type { Token } from '../text';
import { npBackward } from './sourceBefore';
import { namesNewsroom, npForward, phraseUntilComma } from './sourceAfter';
import type { LocalQuote, Np } from './state';
import { DETERMINERS } from './words';

/** Participles by which a newsroom tells it got or read a document. */
const SEEN = new Set(['seen', 'reviewed', 'obtained', 'viewed', 'examined', 'read', 'acquired', 'shown']);
/** Words of time between the participle and "by": "obtained this week by". */
const TIME_BETWEEN = new Set(['on', 'last', 'this', 'earlier', 'week', 'month', 'year', 'today', 'yesterday', 'exclusively']);
/** Nouns of documents a newsroom is shown beyond the reporting nouns of ../cues ("a copy", "the minutes"). */
const SEEN_NOUNS = new Set(['copy', 'draft', 'minutes', 'file', 'files', 'cable', 'presentation', 'contract', 'proposal', 'notes', 'records']);

/** Whether one of the words [from, to) is a document's noun ("memo", "documents", "a copy"). */
function namesDocument(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = t[i].lower;
    if (DOCUMENT_NOUNS.has(w) || SEEN_NOUNS.has(w) || (w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** From token `at` (the participle), "seen [time] by": the index after "by", or -1. */
function seenBy(t: Token[], at: number, to: number): number {
  if (at >= to || !SEEN.has(t[at].lower)) return -1;
  let j = at + 1;
  while (j < to && j - at <= 3 && TIME_BETWEEN.has(t[j].lower)) j++;
  return t[j]?.lower === 'by' ? j + 1 : -1;
}

/**
 * A phrase `np` that opens with a document and goes on, or is followed, by "seen by NEWSROOM"
 * ("a memo" before "seen by Reuters"; "documents reviewed by The Associated Press" whole): the
 * whole phrase, or null when no document is seen so in it.
 */
export function seenDocumentAfter(t: Token[], np: Np, to: number): Np | null {
  for (let k = np.from + 1; k <= np.to; k++) {
    const by = seenBy(t, k, to);
    if (by < 0) continue;
    if (!namesDocument(t, np.from, k)) return null;
    const newsroom = npForward(t, by, to) ?? phraseUntilComma(t, by, to);
    return newsroom && namesNewsroom(t, newsroom.from, newsroom.to) ? { from: np.from, to: Math.max(np.to, newsroom.to) } : null;
  }
  return null;
}

/**
 * Whether the words before token `i` end "DOCUMENT seen by NEWSROOM" (a newsroom's name of up to
 * six words after "by"): "a memo obtained by CBC News shows …" reports as "a memo shows" does.
 */
export function seenDocumentEndsAt(t: Token[], i: number): boolean {
  for (let j = i - 2; j >= 2 && i - j <= 7; j--) {
    if (t[j].lower !== 'by') continue;
    let at = j - 1;
    while (at > 1 && j - at <= 3 && TIME_BETWEEN.has(t[at].lower)) at--;
    return SEEN.has(t[at].lower) && namesDocument(t, at - 1, at) && namesNewsroom(t, j + 1, i);
  }
  return false;
}

/**
 * Whether the words before token `i` are "seen [time] by" or "a copy of which was seen by": the
 * phrase at `i` names who saw a document, not who wrote it.
 */
export function seenByBefore(t: Token[], i: number): boolean {
  // (past the article: "obtained by the Globe and Mail")
  if (i >= 3 && t[i - 1].lower === 'the') i--;
  if (i < 2 || t[i - 1].lower !== 'by') return false;
  let at = i - 2;
  while (at > 0 && i - at <= 4 && TIME_BETWEEN.has(t[at].lower)) at--;
  return SEEN.has(t[at].lower);
}

/** Participles by which a document's author is named before "and seen by": "a memo written by X and obtained by Y". */
const WRITTEN = new Set(['written', 'signed', 'sent', 'drafted', 'prepared', 'authored', 'issued', 'released', 'compiled']);

/**
 * A subject that saw or obtained the document that speaks ("A redacted copy of the memo seen by
 * Reuters said …", "An email obtained by the Globe and Mail says …"; a newsroom or anyone else, as
 * who got a document wrote none of it): the whole phrase from the document, or null when the
 * subject follows no "DOCUMENT seen by".
 */
export function seenDocumentBefore(t: Token[], subject: Np, from: number): Np | null {
  if (subject.from - 2 < from || t[subject.from - 1].lower !== 'by') return null;
  let at = subject.from - 2;
  while (at > from && subject.from - at <= 4 && TIME_BETWEEN.has(t[at].lower)) at--;
  if (!SEEN.has(t[at].lower) || at - 1 < from) return null;
  // "A memo written by X and obtained by The Tribune": back over the author to the document
  if (t[at - 1].lower === 'and') {
    for (let j = at - 2; j > from && at - j <= 10; j--) {
      if (t[j].lower !== 'by' || !WRITTEN.has(t[j - 1].lower)) continue;
      at = j - 1;
      break;
    }
    if (t[at - 1].lower === 'and') return null;
  }
  const doc = npBackward(t, at - 1, from);
  if (!doc) return null;
  // "the 2013 FDIC memo": a year or a determiner before the name that opens the phrase
  let start = doc.from;
  while (start - 1 >= from && (/^\d+$/.test(t[start - 1].text) || DETERMINERS.has(t[start - 1].lower))) start--;
  // "A copy of the memo seen by …": the phrase the document's "of" hangs on
  const of = start - 2 >= from && t[start - 1].lower === 'of' ? npBackward(t, start - 2, from) : null;
  const first = of ? of.from : start;
  return namesDocument(t, first, at) ? { from: first, to: subject.to } : null;
}

/**
 * Removes the quote of a document a newsroom saw (`seen`) from the sentence's quotes `made` when
 * another lies inside its content: the sentence's own attribution, the newsroom's sourcing of it.
 */
export function dropSeenOver(made: LocalQuote[], seen: LocalQuote): void {
  const at = made.indexOf(seen);
  if (at >= 0 && made.some((q) => q !== seen && q.start >= seen.start && q.end <= seen.end)) made.splice(at, 1);
}
