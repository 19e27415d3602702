/**
 * Part of the article analysis (see ./analyze): quotations attributed by their layout rather than
 * by a cue of their own — after a name and a colon, signed by a name after a dash, handed on by a
 * lead-in line that ends in a colon ("And from Deputy Mayor Lucinda Braithwaite:", "His sister
 * read a statement."), and carried on over paragraphs that open with a quotation mark.
 */
import { CUE_FORMS } from './cues';
import { TITLES } from './gazetteer';
import { firstQuoteFrom, type Paragraph, type Sentence } from './text';
import { trimEnd } from './attribution/contentQuote';
import { colonQuotation } from './attribution/colonQuote';
import { resolveNp } from './attribution/resolution';
import { ArticleState, type Attribution, type LocalQuote } from './attribution/state';
import { quotationAttributedAhead, statementReader } from './attribution/readStatement';
import { npSpan } from './quoteBuild';
import { hasFiniteVerb } from './attribution/words';
import { genderOfFirstName } from './gender';
import type { LocalActor } from './actors';

/** Words before "from" in a lead-in line: "And from …:". */
const LEAD_IN_OPENERS = new Set(['and', 'also', 'plus']);

/** A quotation after a person's name, a short predicate and a colon (./attribution/colonQuote), made and noted as the sentence's attribution. */
export function colonLedQuote(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): Attribution | null {
  const q = colonQuotation(st, pi, p, s);
  if (!q) return null;
  made.push(q);
  const a: Attribution = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
  st.noteSpeaker(a);
  return a;
}

/**
 * “…” —Board Chair Kwame Asante: a quotation signed by a name after a dash, with no verb. The
 * quote is added to `made` and its attribution noted as the latest speaker's; that attribution,
 * or null when the sentence has no such signature.
 */
export function signedQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): Attribution | null {
  // (one function, the rare quote made and noted in here: a small wrapper was inlined into
  // attributeSentence, which V8 then recompiled the first time a signature turned up)
  const t = p.tokens;
  for (let qi = firstQuoteFrom(p.quotes, s.from); qi < p.quotes.length && p.quotes[qi].open < s.to; qi++) {
    const qm = p.quotes[qi];
    if (qm.close < s.from || qm.close >= s.to) continue;
    const dash = t[qm.close + 1];
    if (!dash || !DASHES.has(dash.text) || made.some((q) => q.start <= qm.start && q.end >= qm.start)) continue;
    let end = qm.close + 2;
    while (end < s.to && end - qm.close < 14 && t[end].type === 'word') end++;
    const np = { from: qm.close + 2, to: end };
    // nothing but punctuation after the name (tested first: every dash after a quotation makes
    // this test, so V8 has seen it before it optimises this function)
    let rest = end;
    while (rest < s.to && t[rest].type === 'punct') rest++;
    // (or a description after a comma, with no verb of its own: a press release's "— Bonnie Stoltz,
    // Reeve, Rural Municipality of Corman Park", "- Ravi Bhatt, chair of the authority")
    if (rest < s.to && t[end]?.text === ',' && end > np.from && !hasFiniteVerb(t, end, s.to, true)) rest = s.to;
    if (rest < s.to || np.to - np.from < 1 || !t[np.from].cap) continue;
    let named = false;
    for (let j = np.from; j < np.to; j++) if (st.mentionAt[pi][j]) named = true;
    // ("“Why?” — Montreal, Quebec": a place alone signs nothing; "— Victoria, Montreal", a reader
    // whose given name is a place's, is no surer than it, as the name lists hold "Montreal" too)
    if (named && np.to - np.from === 1 && PLACE_KINDS.has(st.mentionAt[pi][np.from]!.actor.kind)) continue;
    const reader = named ? null : readerSignature(st, pi, p, s, qm.open, np);
    if (!named && !reader) continue;
    const cue = st.span(dash.start, dash.end);
    const q: LocalQuote = { start: qm.start, end: trimEnd(st.text, qm.start, qm.end), text: '', kind: 'direct', speaker: reader ?? resolveNp(st, pi, p, s, np),
      speakerMention: npSpan(st, t, np), cue, continuation: false, pieces: undefined, cueClass: 'speech' };
    made.push(q);
    const a: Attribution = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
    st.noteSpeaker(a);
    return a;
  }
  return null;
}
export const DASHES = new Set(['—', '–', '-', '―']);
/** Kinds of actor a place's name makes, which sign no letter. */
const PLACE_KINDS = new Set(['place', 'country']);

/**
 * A reader's question or letter signed by given name and place, the whole paragraph ("“… What do
 * I do?” — Linda, Pointe-Claire"): that reader, a person of the article from here on; null when
 * the word after the dash is no given name or the paragraph holds more than the quotation and its
 * signature (a name the article never gave is a reader only in that layout).
 */
function readerSignature(st: ArticleState, pi: number, p: Paragraph, s: Sentence, open: number, np: { from: number; to: number }): LocalActor | null {
  const t = p.tokens;
  const word = t[np.from];
  if (open !== 0 || s.to !== t.length || np.to - np.from !== 1 || (np.to < t.length && t[np.to].text !== ',') || !genderOfFirstName(word.text)) return null;
  const reader = st.table.get('person', word.text);
  st.addMention(reader, pi, np.from, np.to, word.start, word.end);
  return reader;
}


/**
 * A paragraph's last sentence that ends in a colon may be a lead-in (see leadInFrom). (The test
 * here is made by every sentence; the rest is a call V8 makes too seldom to inline, so the rare
 * lead-in, first met after attributeSentence is optimised, no longer recompiles it.)
 */
export function leadIn(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  if (s.to !== p.tokens.length) return;
  if (p.tokens[s.to - 1]?.text === ':') {
    leadInFrom(st, pi, p, s);
    if (!st.leadIn || st.leadIn.para !== pi) followingDocument(st, pi, p, s);
  }
  else if (p.tokens[s.to - 1]?.text === '.') readerLeadIn(st, pi, p, s);
}

/** "His sister, Mary Lee, read a statement.": the reader speaks the quotation of the next paragraphs (see statementReader). */
function readerLeadIn(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const reader = statementReader(p.tokens, s);
  if (!reader || quotationAttributedAhead(st, pi)) return;
  const t = p.tokens;
  st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, reader.np), mention: npSpan(st, t, reader.np), cue: st.span(t[reader.verb].start, t[reader.verb].end), para: pi, sentence: st.sentenceSerial } };
}

/** "And from Deputy Mayor Lucinda Braithwaite:": a line that hands the next paragraph's quotation to a name. */
function leadInFrom(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  let a = s.from;
  if (LEAD_IN_OPENERS.has(t[a]?.lower)) a++;
  if (t[a]?.lower !== 'from') return;
  const np = { from: a + 1, to: s.to - 1 };
  if (np.to - np.from < 1 || np.to - np.from > 12) return;
  for (let j = np.from; j < np.to; j++) if (t[j].type !== 'word' && t[j].text !== ',') return;
  const named = st.mentionAt[pi].slice(np.from, np.to).some((m) => m && m.actor.kind !== 'place');
  if (!named) return;
  st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, np), mention: npSpan(st, t, np), cue: st.span(t[a].start, t[a].end), para: pi, sentence: st.sentenceSerial } };
}

/** Words of a document that a lead-in shows as its author's words: "the following message:". */
const SHOWN_DOCUMENTS = new Set(['message', 'note', 'letter', 'statement', 'email', 'e-mail', 'post', 'memo', 'tweet', 'remarks', 'words']);

/**
 * "Local president Gary Howe sent the following message to members:": a named person (or body)
 * opening the line, a short predicate, then "the following" and a document; its author speaks the
 * quotation of the next paragraphs. Not "the following" after another's name in the predicate
 * ("Ann Lee read the following letter from Tom Hale:" has no author opening the line).
 */
function followingDocument(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  const at = st.mentionAt[pi];
  let k = s.from;
  while (k < s.to && k - s.from < 6 && !at[k] && t[k].type === 'word') k++;
  let m = at[k];
  if (!m || m.from !== k || (m.actor.kind !== 'person' && m.actor.kind !== 'organization')) return;
  // ("Almonte General Hospital president and CEO Mary Wilson Trider sent …": the body's office holder named after it)
  if (m.actor.kind === 'organization') {
    let r = m.to;
    while (r < s.to && r - m.to < 4 && t[r].type === 'word' && !at[r] && (!t[r].cap || TITLES.has(t[r].lower)) && t[r].lower !== 'the') r++;
    if (r > m.to && at[r]?.from === r && at[r]!.actor.kind === 'person') m = at[r]!;
  }
  let j = m.to;
  if (t[j]?.text === ',') return;
  while (j < s.to && j - m.to < 4 && t[j].type === 'word' && !t[j].cap && t[j].lower !== 'following') j++;
  if (j === m.to || t[j]?.lower !== 'following' || t[j - 1].lower !== 'the' || !SHOWN_DOCUMENTS.has(t[j + 1]?.lower ?? '')) return;
  // (up to the colon: only words of whom it went to or when, no name of another's document: "from Tom Hale")
  for (let x = j + 2; x < s.to - 1; x++) if (t[x].type !== 'word' || t[x].lower === 'from' || t[x].lower === 'by' || at[x]?.actor.kind === 'person') return;
  const np = { from: s.from, to: m.to };
  st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, np), mention: npSpan(st, t, np), cue: st.span(t[j].start, t[j + 1].end), para: pi, sentence: st.sentenceSerial } };
}

/**
 * After a paragraph: when it ends inside an attributed quotation (a quotation over several
 * paragraphs, each opening with a mark and only the last closing), the next paragraph's opening
 * quotation carries that attribution on.
 */
export function carryQuotation(st: ArticleState, pi: number, p: Paragraph): void {
  st.carry = null;
  const last = p.quotes[p.quotes.length - 1];
  if (!last || last.close >= 0) return;
  for (let i = st.quotes.length - 1; i >= 0 && i >= st.quotes.length - 4; i--) {
    const q = st.quotes[i];
    if (q.start <= last.start && q.end >= last.start && q.cue) {
      st.carry = { para: pi, attribution: { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial } };
      return;
    }
  }
}

/**
 * "— We did fund it, Grant answered. Read the contract.": in a line of dialogue opened by a dash
 * (no quotation marks), the sentences after the cue's go on with the speaker's words; the quote of
 * the line's first sentence `s` gets them as its second piece.
 */
export function dialogueRest(st: ArticleState, p: Paragraph, s: Sentence, made: LocalQuote[]): void {
  const t = p.tokens;
  if (s.from !== 0 || p.sentences.length < 2 || p.quotes.length || !DIALOGUE_OPENERS.has(t[0]?.text ?? '') || made.length !== 1) return;
  const q = made[0];
  if (q.kind !== 'direct' || q.pieces || q.start !== t[1].start || !q.cue || q.cue.start < q.end) return;
  const rest = p.sentences[1];
  // (a sentence with a cue of its own is narration: "— We did, Grant said. She said the vote was 6-1."; an imperative opens one: "Read the contract.")
  for (let j = rest.from + 1; j < t.length; j++) if (CUE_FORMS.has(t[j].lower) && t[j - 1].type === 'word') return;
  const end = trimEnd(st.text, t[rest.from].start, t[p.sentences[p.sentences.length - 1].to - 1].end);
  if (end <= t[rest.from].start) return;
  q.pieces = [st.span(q.start, q.end), st.span(t[rest.from].start, end)];
  q.end = end;
}
const DIALOGUE_OPENERS = new Set(['—', '–', '―']);
