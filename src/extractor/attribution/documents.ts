/**
 * Documents and who put them out. A sentence that introduces a document ("The campaign responded
 * with a statement …", "Cook provided a written statement", "Powell's office said in a
 * statement", "a letter from Senator Ode") records its issuer, so that "the statement said" later
 * is the issuer's, not the last body that published anything. A sentence whose subject or source
 * is a document ("The audit, published by …, found …", "…, the report said") records it too:
 * "It accused …" in the next sentence is that document speaking again.
 */
import type { LocalActor } from '../actors';
import type { Paragraph, Sentence, Token } from '../text';
import { resolveNp, asAgent } from './resolution';
import { subjectOfSentence } from './source';
import { documentAuthor } from './sourceAfter';
import type { ArticleState, LocalQuote } from './state';
import { isModifierWord, SUBJECT_PRONOUNS } from './words';

/** A document's issuer, or how to find it when it is first asked for. */
export type Issuer = LocalActor | null | (() => LocalActor | null);

/** Nouns of documents someone issues, that "the NOUN said" can later mean. */
const ISSUED = new Set(
  'statement|release|letter|memo|memorandum|email|note|message|report|declaration|communique|communiqué|readout|filing|complaint|lawsuit|ruling|audit|study|survey|review|assessment|analysis|tweet|post|video|ad|advertisement|editorial|op-ed|transcript|document|paper|notice|order|petition|proposal|plan|bulletin|notice'.split('|'),
);
/** Nouns one issuer's document is called by in turn: "issued a news release … the statement said". */
const SAME_DOCUMENT: ReadonlyMap<string, string> = new Map([
  ['release', 'statement'],
  ['memorandum', 'memo'],
]);
const kindOf = (noun: string): string => SAME_DOCUMENT.get(noun) ?? noun;

/** Determiners that introduce a document not met before. */
const INTRODUCING = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'one']);
/** Determiners of a document not met before (no possessive pronoun). */
const INDEFINITE = new Set(['a', 'an', 'one']);
/** Determiners that point back at a document met before. */
const POINTING = new Set(['the', 'that', 'this']);
/** Participles by which a document is put out, as the sentence's main verb goes after "The report,": "The audit, published by X, …". */
const PUT_OUT_BY = new Set(['released', 'published', 'issued', 'written', 'prepared', 'commissioned', 'signed', 'sent', 'filed', 'authored', 'produced', 'compiled', 'conducted', 'drafted']);
/** Verbs by which a subject publishes a document (active voice only: "was released" names no publisher). */
const PUBLISHES = new Set(['released', 'published', 'issued', 'unveiled']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
/** How far back, in sentences, an introduced document is looked for. */
const DOCUMENT_REACH = 30;

/**
 * What sentence `s` tells of documents, once its quotes `made` are known: each document it
 * introduces and its issuer, the document that is its subject or source, and a body that
 * publishes something (the fallback of "the report said" when no report was introduced).
 */
export function noteDocuments(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): void {
  const t = p.tokens;
  for (let i = s.from; i < s.to; i++) {
    const x = t[i];
    // (no document's noun has three letters or fewer but "ad": most function words fail on their length)
    const n = x.lower.length;
    if ((n < 4 ? x.lower !== 'ad' : n > 13) || x.cap || x.type !== 'word' || !ISSUED.has(x.lower)) continue;
    const det = determinerBefore(t, i, s.from);
    if (det < 0) continue;
    if (INTRODUCING.has(t[det].lower) || t[det].possessive) {
      const issuer = issuerOf(st, pi, p, s, det, i, made);
      if (issuer !== undefined) st.documents.push({ kind: kindOf(x.lower), issuer, sentence: st.sentenceSerial });
    }
  }
  noteSubjectDocument(st, pi, p, s, made);
  notePublisher(st, pi, s);
}

/** The determiner (or possessive name) opening the phrase whose head is the document noun at `head`, over up to three modifiers; -1 when none. */
function determinerBefore(t: Token[], head: number, from: number): number {
  for (let j = head - 1; j >= from && head - j <= 4; j--) {
    const w = t[j];
    if (w.type !== 'word') return -1;
    if (INTRODUCING.has(w.lower) || POINTING.has(w.lower) || w.possessive) return j;
    // "a written statement", "a joint news release"
    if (!isModifierWord(w) && !/^(?:news|press|joint|written)$/.test(w.lower)) return -1;
  }
  return -1;
}

/**
 * Who issued the document introduced at `det` (its noun at `head`): a named owner ("Powell's
 * statement"); the author after "by" or "from" ("a letter from Senator Ode"); the speaker of the
 * sentence's attribution the document is no part of the content of ("said in a statement", "In a
 * statement, X announced"); else the first actor of the clause it is in ("Cook provided a written
 * statement"). Undefined where nothing tells.
 */
function issuerOf(st: ArticleState, pi: number, p: Paragraph, s: Sentence, det: number, head: number, made: LocalQuote[]): Issuer | undefined {
  const t = p.tokens;
  const at = st.mentionAt[pi];
  if (t[det].possessive) {
    const m = at[det];
    return m && m.actor.kind !== 'place' ? asAgent(st, m.actor) : undefined;
  }
  const offset = t[head].start;
  // "according to a report from the inspector general": the document is the source, resolved so
  for (let qi = 0; qi < made.length; qi++) {
    const m = made[qi].speakerMention;
    if (m && offset >= m.start && offset < m.end) return made[qi].speaker;
  }
  const authored = documentAuthor(t, det, s.to);
  if (authored) return () => resolveNp(st, pi, p, s, authored.author);

  let quote: LocalQuote | null = null;
  let inside: LocalQuote | null = null;
  for (let qi = 0; qi < made.length; qi++) {
    const q = made[qi];
    if (offset >= q.start && offset < q.end) inside = q;
    else if (q.cue && (!quote || Math.abs(q.cue.start - offset) < Math.abs(quote.cue!.start - offset))) quote = q;
  }
  if (quote && !inside) return quote.speaker;
  // "in its 2013 report": a document met before, most often, which the pronoun does not tell
  if (!INDEFINITE.has(t[det].lower)) return undefined;
  // the subject of the clause the document is in: the sentence's, or that of the content it is part of
  if (!inside) {
    // a pronoun is read now, against the speakers so far; a phrase only if a document is referred to again
    const subject = (): LocalActor | null => subjectOfSentence(st, pi, p, s, det)?.speaker ?? null;
    return SUBJECT_PRONOUNS.has(t[s.from].lower) ? subject() : subject;
  }
  let from = s.from;
  while (from < head && t[from].start < inside.start) from++;
  for (let i = from; i < det; i++) {
    const m = at[i];
    if (m && (m.actor.kind !== 'place' || m.actor.capitalOf)) return asAgent(st, m.actor);
  }
  return undefined;
}

/**
 * The document a sentence's main clause opens with ("The audit, published by X, found …") or
 * that is the source of its quote ("…, the report said"), and whom it speaks for: what "It"
 * opening the next sentence means.
 */
function noteSubjectDocument(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): void {
  const t = p.tokens;
  for (let qi = 0; qi < made.length; qi++) {
    const q = made[qi];
    const m = q.speakerMention;
    // (a document's phrase ends in a lower-case letter: most names fail here, before any string is made)
    const c = m ? m.text.charCodeAt(m.text.length - 1) : 0;
    if (!m || !q.cue || c < 97 || c > 122) continue;
    if (ISSUED.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase())) {
      st.subjectDocument = { issuer: q.speaker, sentence: st.sentenceSerial };
      return;
    }
  }
  // "The audit, published by the comptroller, examined …": the subject phrase and its author
  let head = s.from;
  while (head < s.to && head - s.from <= 4 && t[head].type === 'word' && !ISSUED.has(t[head].lower)) head++;
  const first = t[s.from];
  if (head >= s.to || t[head].type !== 'word' || !ISSUED.has(t[head].lower) || !first || (!POINTING.has(first.lower) && !INTRODUCING.has(first.lower))) return;
  for (let j = s.from + 1; j < head; j++) if (!isModifierWord(t[j])) return;
  let author = documentAuthor(t, s.from, s.to)?.author;
  if (!author && t[head + 1]?.text === ',' && PUT_OUT_BY.has(t[head + 2]?.lower ?? '') && t[head + 3]?.lower === 'by') {
    let end = head + 4;
    while (end < s.to && t[end].text !== ',') end++;
    if (end > head + 4) author = { from: head + 4, to: end };
  }
  const noun = t[head].lower;
  const issuer: Issuer = author ? () => resolveNp(st, pi, p, s, author) : POINTING.has(first.lower) ? () => documentIssuer(st, noun) ?? null : null;
  st.subjectDocument = { issuer, sentence: st.sentenceSerial };
}

/**
 * "CSIS released an analysis …": the body before an active "released", "published", "issued",
 * "unveiled" or "put out" (its first organisation, else its first country) publishes; "The report
 * was released amid concern in Washington" names no publisher.
 */
function notePublisher(st: ArticleState, pi: number, s: Sentence): void {
  const t = st.paragraphs[pi].tokens;
  const at = st.mentionAt[pi];
  // a body first: its scan reads the sentence's mention slots, most of them empty, where the verb's reads every word's letters
  let any = false;
  for (let i = s.from; i < s.to && !any; i++) any = at[i]?.actor.kind === 'organization' || at[i]?.actor.kind === 'country';
  if (!any) return;
  let verb = -1;
  for (let i = s.from; i < s.to && verb < 0; i++) {
    // most words fail on their first letter or length, before any set look-up (r, p, i, u; 6 letters or "put")
    const c = t[i].lower.charCodeAt(0);
    if ((c !== 114 && c !== 112 && c !== 105 && c !== 117) || (t[i].lower.length < 6 && t[i].lower !== 'put')) continue;
    if ((PUBLISHES.has(t[i].lower) || (t[i].lower === 'put' && t[i + 1]?.lower === 'out')) && !PASSIVE.has(t[i - 1]?.lower ?? '')) verb = i;
  }
  if (verb < 0) return;
  // "a report released Thursday by the Pew Research Center": the body after "by"
  let from = s.from;
  let to = verb;
  for (let j = verb + 1; j < s.to && j - verb <= 3; j++) {
    if (t[j].lower !== 'by') continue;
    [from, to] = [j + 1, Math.min(s.to, j + 8)];
    break;
  }
  let country: LocalActor | null = null;
  for (let i = from; i < to; i++) {
    const m = at[i];
    if (m?.actor.kind === 'organization') {
      st.lastPublisher = m.actor;
      return;
    }
    if (m?.actor.kind === 'country') country ??= m.actor;
  }
  if (country) st.lastPublisher = country;
}

/**
 * The issuer of the latest document of the kind of `noun` the article introduced in reach
 * ("the statement" after "X issued a statement"); undefined when none was.
 */
export function documentIssuer(st: ArticleState, noun: string): LocalActor | null | undefined {
  const kind = kindOf(noun);
  for (let i = st.documents.length - 1; i >= 0; i--) {
    const d = st.documents[i];
    if (st.sentenceSerial - d.sentence > DOCUMENT_REACH) return undefined;
    if (d.kind === kind) return issuerNow(d);
  }
  return undefined;
}

/** A record's issuer, resolved on first need and kept: a phrase resolved only for a document referred to again adds no actor for the others. */
export function issuerNow(d: { issuer: Issuer }): LocalActor | null {
  if (typeof d.issuer === 'function') d.issuer = d.issuer();
  return d.issuer;
}
