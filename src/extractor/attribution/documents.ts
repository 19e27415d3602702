/**
 * Documents and who put them out. "The statement said" is the issuer of the statement a sentence
 * before introduced ("The campaign responded with a statement …", "Cook provided a written
 * statement", "Powell's office said in a statement", "a letter from Senator Ode"), not the last
 * body that published anything; "It accused …" after a sentence whose subject or source is a
 * document ("The audit, published by …, found …", "…, the report said") is that document again.
 * Both are looked for back from the reference, when one is met: no pass over every sentence.
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Paragraph, Sentence, Token } from '../text';
import { resolveNp } from './resolution';
import { asAgent } from './bodyForms';
import { subjectOfSentence } from './clauseSubject';
import { documentAuthor } from './sourceAfter';
import { sentenceIndex } from './antecedents';
import type { ArticleState, LocalQuote } from './state';
import { isModifierWord } from './words';
import { DOCUMENT_NOUNS } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { genderOfPronoun } from '../gender';
import { genderOf } from './genderAgreement';


/** Nouns of documents someone issues, that "the NOUN said" can later mean. */
const ISSUED = new Set(
  'statement|release|letter|memo|memorandum|email|note|message|report|declaration|communique|communiqué|readout|filing|complaint|lawsuit|claim|suit|ruling|audit|study|survey|review|assessment|analysis|tweet|post|video|ad|advertisement|editorial|op-ed|transcript|document|paper|notice|order|petition|proposal|plan|bulletin|advisory|warning|alert'.split('|'),
);
/** The papers of a suit, whose words are the suer's: "The complaint says", "the lawsuit alleges", "the claim says" (a statement of claim). */
const COURT_FILINGS = new Set(['complaint', 'lawsuit', 'suit', 'filing', 'claim']);
/** Verbs of suing or charging whose subject files the suit's papers ("The SEC on Tuesday charged an adviser … According to the complaint"). */
const SUED = new Set(['sued', 'sues', 'charged', 'charges']);
/** Verbs of charging, whose papers are a complaint or a filing only (a suit is a suer's). */
const CHARGING = new Set(['charged', 'charges']);
/** The filings a charge makes: "The SEC charged … According to the complaint". */
const CHARGE_FILINGS = new Set(['complaint', 'filing']);
/** Words right after "charged" that make it no act of charging someone: "a man charged with assault", "she charged that …", "charged in the death". */
const NO_CHARGE_OBJECT = new Set(['with', 'that', 'in', 'for', 'against', 'of', 'over', 'after', 'by', 'under', 'and', 'or', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'would', 'could', 'may', 'against']);
/** Whether "charged" or "charges" at `i` charges someone: an object after it, not "with", "that" nor punctuation. */
const chargesSomeone = (t: Token[], i: number): boolean => t[i + 1]?.type === 'word' && !NO_CHARGE_OBJECT.has(t[i + 1].lower);
/**
 * The body, country or person named right before the verb of suing at `verb`, its subject (past a
 * time or an adverb of up to four words: "The FTC on Thursday sued"); undefined when none is.
 */
function suerBefore(st: ArticleState, pi: number, t: Token[], s: Sentence, verb: number): LocalActor | undefined {
  for (let k = verb - 1; k >= s.from && verb - k <= 5; k--) {
    if (t[k].type !== 'word') return undefined;
    const m = st.mentionAt[pi][k];
    if (!m) {
      if (!SUING_ADJUNCTS.has(t[k].lower) && !DAYS_AND_MONTHS.has(t[k].lower) && !/ly$/.test(t[k].lower)) return undefined;
      continue;
    }
    // (a capital sues as its country's government: "Ottawa sued the operator", see asAgent)
    if ((m.actor.kind === 'place' && !m.actor.capitalOf) || m.actor.kind === 'group' || m.to < k + 1) return undefined;
    const before = t[m.from - 1];
    return before && SUER_PREPOSITIONS.has(before.lower) ? undefined : asAgent(st, m.actor);
  }
  return undefined;
}
/** Words of time and auxiliaries between a suer and "sued": "on Thursday", "has also", "last week". */
const SUING_ADJUNCTS = new Set(['on', 'last', 'this', 'week', 'month', 'year', 'also', 'has', 'have', 'had', 'earlier', 'today', 'yesterday', 'previously']);
/** Prepositions that make a name before "sued" no subject: "a customer of Acme sued". */
// (and those placing it: "Police in Ottawa charged", a capital that would sue as its country)
const SUER_PREPOSITIONS = new Set(['of', 'for', 'by', 'with', 'from', 'at', 'against', 'to', 'in', 'near', 'outside']);
/** Auxiliaries of the passive before "sued". */
const SUED_PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'gets']);
/** Nouns one issuer's document is called by in turn: "issued a news release … the statement said". */
const SAME_DOCUMENT: ReadonlyMap<string, string> = new Map([
  ['release', 'statement'],
  ['memorandum', 'memo'],
]);
const kindOf = (noun: string): string => SAME_DOCUMENT.get(noun) ?? noun;

/** Subordinators after which a document opens a clause of its own: "after a report found …". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'once']);
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

/** The determiner (or possessive name) opening the phrase whose head is the document noun at `head`, over up to three modifiers; -1 when none. */
function determinerBefore(t: Token[], head: number, from: number): number {
  for (let j = head - 1; j >= from && head - j <= 4; j--) {
    const w = t[j];
    if (w.type !== 'word') return -1;
    if (INTRODUCING.has(w.lower) || POINTING.has(w.lower) || w.possessive) return j;
    // "a written statement", "a joint news release"; a participle too: "an emailed statement", "a prepared statement", "a signed letter"
    if (!isModifierWord(w) && !/^(?:news|press|joint|written)$/.test(w.lower) && !(!w.cap && w.lower.length > 4 && w.lower.endsWith('ed'))) return -1;
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
function issuerOf(st: ArticleState, pi: number, p: Paragraph, s: Sentence, det: number, head: number, made: LocalQuote[]): LocalActor | null | undefined {
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
  if (authored) return resolveNp(st, pi, p, s, authored.author);

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
  // "Her granddaughter read aloud a letter her grandmother wrote to her": a reader is no writer
  // where the text is another's; whom the writer's words mean is left to no guess
  const writer = inside ? -1 : writtenByAnother(t, det, head, s.to);
  // ("Mark Hale read a letter he wrote to his son": a writer the reader's own pronoun names is the reader)
  if (writer >= 0) return ownPronoun(st, t[writer].lower, subjectOfSentence(st, pi, p, s, det)?.speaker ?? null);
  // "Coun. X raised the matter after a staff report estimated the cost": a document opening a
  // clause of its own after a subordinator is that clause's subject, nothing the sentence's
  // subject put out ("The staff report says …" later is not the councillor's)
  if (!inside && det > s.from && CLAUSE_OPENERS.has(t[det - 1].lower) && t[head + 1]?.type === 'word' && !t[head + 1].cap) return undefined;
  // the subject of the clause the document is in: the sentence's, or that of the content it is part of
  if (!inside) return subjectOfSentence(st, pi, p, s, det)?.speaker ?? undefined;
  let from = s.from;
  while (from < head && t[from].start < inside.start) from++;
  for (let i = from; i < det; i++) {
    const m = at[i];
    if (m && (m.actor.kind !== 'place' || m.actor.capitalOf)) return asAgent(st, m.actor);
  }
  return undefined;
}

/**
 * Whether the document at [det, head] is read out ("read (aloud) a letter") and a relative clause
 * after it gives it a writer of its own: "a letter her husband wrote", "a letter that his
 * grandmother had written to her" (within six words of the noun, up to `end`).
 */
function writtenByAnother(t: Token[], det: number, head: number, end: number): number {
  let v = det - 1;
  if (t[v]?.lower === 'aloud') v--;
  if (!READ_OUT.has(t[v]?.lower ?? '')) return -1;
  for (let k = head + 1; k < end && k - head <= 6; k++) {
    const x = t[k];
    if (x.type !== 'word') return -1;
    if (x.lower === 'wrote' || x.lower === 'written') {
      if (k === head + 1) return -1;
      // the writer: the word before the verb and its auxiliaries ("her grandmother had written")
      let w = k - 1;
      while (w > head + 1 && WRITE_AUXILIARIES.has(t[w].lower)) w--;
      return w;
    }
  }
  return -1;
}
const WRITE_AUXILIARIES = new Set(['had', 'has', 'have', 'once', 'just']);

/** The reader `reader` where `word`, the writer, is a pronoun that agrees with that person; null otherwise (another's words). */
function ownPronoun(st: ArticleState, word: string, reader: LocalActor | null): LocalActor | null {
  const gender = genderOfPronoun(word);
  if (!gender || !reader || reader.kind !== 'person') return null;
  const g = genderOf(st, reader);
  return g && g.gender === gender ? reader : null;
}
const READ_OUT = new Set(['read', 'reads', 'reading']);

/**
 * The document sentence `s` (paragraph `pi`) has for its source ("…, the report said") or opens
 * its main clause with ("The audit, published by X, found …"), as whom it speaks for; undefined
 * when it has none.
 */
function subjectDocumentOf(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalActor | null | undefined {
  const t = p.tokens;
  const made = quotesIn(st, t, s);
  for (let qi = 0; qi < made.length; qi++) {
    const q = made[qi];
    const m = q.speakerMention;
    if (m && q.cue && ISSUED.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase())) return q.speaker;
  }
  const first = t[s.from];
  if (!first || (!POINTING.has(first.lower) && !INTRODUCING.has(first.lower))) return undefined;
  let head = s.from + 1;
  while (head < s.to && head - s.from <= 4 && t[head].type === 'word' && !ISSUED.has(t[head].lower)) head++;
  if (head >= s.to || t[head].type !== 'word' || !ISSUED.has(t[head].lower)) return undefined;
  for (let j = s.from + 1; j < head; j++) if (!isModifierWord(t[j])) return undefined;
  let author = documentAuthor(t, s.from, s.to)?.author;
  if (!author && t[head + 1]?.text === ',' && PUT_OUT_BY.has(t[head + 2]?.lower ?? '') && t[head + 3]?.lower === 'by') {
    let end = head + 4;
    while (end < s.to && t[end].text !== ',') end++;
    if (end > head + 4) author = { from: head + 4, to: end };
  }
  if (author) return resolveNp(st, pi, p, s, author);
  return POINTING.has(first.lower) ? documentIssuer(st, pi, s, t[head].lower) ?? null : null;
}

/** The quotes made in sentence `s` (paragraph tokens `t`), from the latest back: the sentences looked at are the last few. */
function quotesIn(st: ArticleState, t: Token[], s: Sentence): LocalQuote[] {
  const from = t[s.from].start;
  const to = t[s.to - 1].end;
  const out: LocalQuote[] = [];
  for (let k = st.quotes.length - 1; k >= 0; k--) {
    const q = st.quotes[k];
    if (q.start >= to) continue;
    if (q.start < from) break;
    out.push(q);
  }
  return out;
}

/**
 * Calls `visit` with each body sentence before sentence `s` of paragraph `pi`, the nearest first,
 * up to `reach` of them, until it returns true.
 */
export function eachSentenceBefore(st: ArticleState, pi: number, s: Sentence, reach: number, visit: (para: number, sent: Sentence) => boolean): void {
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from) - 1;
  for (let n = 0; n < reach; n++) {
    while (si < 0) {
      if (--para < 0) return;
      const p = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    if (visit(para, st.paragraphs[para].sentences[si--])) return;
  }
}

/**
 * "X issued a statement backing him. “…,” it read.": the issuer of a document the sentence
 * before sentence `s` (paragraph `pi`) introduces, whose words a quotation then gives as "it";
 * undefined when that sentence introduces none.
 */
export function introducedDocumentIssuer(st: ArticleState, pi: number, s: Sentence): LocalActor | null | undefined {
  let found: LocalActor | null | undefined;
  eachSentenceBefore(st, pi, s, 1, (para, sent) => {
    // each "“…,” it read" after the sentence asks again: its answer is read once (a sentence of
    // thousands of documents, then thousands of such quotations, was cubic)
    if (issuers.has(sent)) return ((found = issuers.get(sent)), true);
    const p = st.paragraphs[para];
    const t = p.tokens;
    let quotes: LocalQuote[] | null = null;
    for (let i = sent.to - 1; i >= sent.from && found === undefined; i--) {
      if (t[i].type !== 'word' || t[i].cap || !ISSUED.has(t[i].lower)) continue;
      const det = determinerBefore(t, i, sent.from);
      if (det >= 0 && INDEFINITE.has(t[det].lower)) found = issuerOf(st, para, p, sent, det, i, (quotes ??= quotesIn(st, t, sent)));
    }
    issuers.set(sent, found);
    return true;
  });
  return found;
}

/** introducedDocumentIssuer's answer per sentence: its quotes are all made before a later sentence asks. */
const issuers = new WeakMap<Sentence, LocalActor | null | undefined>();

/** "…, the report said. It accused …": whom the document of the sentence before sentence `s` speaks for; undefined when that sentence has none. */
export function previousDocumentSpeaker(st: ArticleState, pi: number, s: Sentence): LocalActor | null | undefined {
  let found: LocalActor | null | undefined;
  eachSentenceBefore(st, pi, s, 1, (para, sent) => ((found = subjectDocumentOf(st, para, st.paragraphs[para], sent)), true));
  return found;
}

/** "The claim cites an email, which it says reads: …": whom the document opening sentence `s` as its subject speaks for; undefined when none opens it. */
export function ownDocumentSpeaker(st: ArticleState, pi: number, s: Sentence): LocalActor | null | undefined {
  return subjectDocumentOf(st, pi, st.paragraphs[pi], s);
}

/**
 * "CSIS released an analysis …": the body before an active "released", "published", "issued",
 * "unveiled" or "put out" (its first organisation, else its first country) publishes; "The report
 * was released amid concern in Washington" names no publisher.
 */
export function notePublisher(st: ArticleState, pi: number, s: Sentence): void {
  const t = st.paragraphs[pi].tokens;
  const at = st.mentionAt[pi];
  // a body first: its scan reads the sentence's mention slots, most of them empty, where the verb's reads every word's letters
  let any = false;
  for (let i = s.from; i < s.to && !any; i++) any = at[i]?.actor.kind === 'organization' || at[i]?.actor.kind === 'country';
  if (!any) return;
  for (let i = s.from; i < s.to; i++) {
    // most words fail on their first letter or length, before any set look-up (r, p, i, u; 6 letters or "put")
    const c = t[i].lower.charCodeAt(0);
    if ((c !== 114 && c !== 112 && c !== 105 && c !== 117) || (t[i].lower.length < 6 && t[i].lower !== 'put')) continue;
    if ((PUBLISHES.has(t[i].lower) || (t[i].lower === 'put' && t[i + 1]?.lower === 'out')) && !PASSIVE.has(t[i - 1]?.lower ?? '')) return notePublisherOf(st, t, at, s, i);
  }
}

/**
 * The publisher of the document sentence `s` says is put out by the verb at `verb`, noted as the
 * latest (and maybe the first). (Apart from notePublisher, which every sentence calls: V8
 * compiles that scan several times, small it compiles quickly; -64 M instructions over 100 dev articles.)
 */
function notePublisherOf(st: ArticleState, t: Token[], at: Array<LocalMention | undefined>, s: Sentence, verb: number): void {
  // "a report released Thursday by the Pew Research Center": the body after "by"
  let from = s.from;
  let to = verb;
  for (let j = verb + 1; j < s.to && j - verb <= 3; j++) {
    if (t[j].lower !== 'by') continue;
    from = j + 1;
    to = Math.min(s.to, j + 8);
    break;
  }
  // "according to a trial published Wednesday in a journal": a participle after its document
  // with no "by" is passive and names no publisher (not the drugmaker the sentence opened with)
  const before = t[verb - 1]?.lower ?? '';
  if (from === s.from && (ISSUED.has(before) || DOCUMENT_NOUNS.has(before) || before === 'trial' || before === 'trials')) return;
  let country: LocalActor | null = null;
  for (let i = from; i < to; i++) {
    const m = at[i];
    // ("The records, obtained by CBC News …, show three orders issued since 2022": a body after
    // "by" before the verb is another participle's agent, no publisher of this document)
    if (m?.actor.kind === 'organization' && !(from === s.from && t[m.from - 1]?.lower === 'by')) {
      st.lastPublisher = st.lastReleaser = m.actor;
      st.firstDocumentPublisher ??= m.actor;
      return;
    }
    if (m?.actor.kind === 'country') country ??= m.actor;
  }
  if (country) {
    st.lastPublisher = st.lastReleaser = country;
    st.firstDocumentPublisher ??= country;
  }
}

/**
 * The issuer of the latest document of the kind of `noun` introduced in the sentences before
 * sentence `s` of paragraph `pi` ("the statement" after "X issued a statement"), up to
 * DOCUMENT_REACH sentences back; undefined when none was or nothing tells who issued it.
 */
export function documentIssuer(st: ArticleState, pi: number, s: Sentence, noun: string): LocalActor | null | undefined {
  const kind = kindOf(noun);
  let found: LocalActor | null | undefined;
  eachSentenceBefore(st, pi, s, DOCUMENT_REACH, (para, sent) => {
    const p = st.paragraphs[para];
    const t = p.tokens;
    // the sentence's last such document first
    for (let i = sent.to - 1; i >= sent.from; i--) {
      const x = t[i];
      // ("The FTC on Thursday sued a data broker. … The complaint says": a suit's papers are the suer's)
      // (not the one sued: "Lee was sued by the bank")
      // ("A man charged with assault", "she charged that …": no act of charging; a charge files a
      // complaint, no suit: "The woman whom Ottawa charged has sued. … The suit alleges")
      if (SUED.has(x.lower) && COURT_FILINGS.has(kind) && !SUED_PASSIVE.has(t[i - 1]?.lower ?? '') && (!CHARGING.has(x.lower) || (CHARGE_FILINGS.has(kind) && chargesSomeone(t, i)))) {
        found = suerBefore(st, para, t, sent, i);
        if (found !== undefined) return true;
      }
      if (x.type !== 'word' || x.cap || !ISSUED.has(x.lower) || kindOf(x.lower) !== kind) continue;
      const det = determinerBefore(t, i, sent.from);
      if (det < 0 || !(INTRODUCING.has(t[det].lower) || t[det].possessive)) continue;
      found = issuerOf(st, para, p, sent, det, i, quotesIn(st, t, sent));
      if (found !== undefined) return true;
    }
    return false;
  });
  return found;
}
