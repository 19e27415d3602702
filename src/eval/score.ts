/**
 * Scores an extraction against a gold file exactly as ../shared/spec/extraction.md defines:
 * quote precision/recall/F1 at 0.3 and 0.8 coverage, speaker-mention accuracy, speaker accuracy
 * (strict and lenient), actor recall with wrong merges and splits, and events found and dated.
 */
import type { CorpusResult, Quote } from '../extractor/types';

interface GoldSpan {
  start: number;
  end: number;
  text?: string;
}

export interface GoldQuote extends GoldSpan {
  kind: string;
  speakerName?: string | null;
  speakerMention: GoldSpan | null;
  cue: GoldSpan | null;
  borderline?: boolean;
  pieces?: GoldSpan[];
  continuation?: boolean;
}

export interface GoldActor {
  name: string;
  kind: string;
  aliases?: string[];
  ambiguousAliases?: string[];
}

export interface GoldEvent {
  label: string;
  date: string | null;
  mentions?: Array<{ path: string; text: string }>;
}

/** How a gold file annotates `“A,” she said. “B.”`: two quotes (`split`) or one with `pieces` (`joined`). */
export type Continuations = 'split' | 'joined';

export interface GoldFile {
  corpus?: { continuations?: Continuations };
  documents: Array<{ path: string; published?: string | null; quotes: GoldQuote[] }>;
  actors?: GoldActor[];
  events?: GoldEvent[];
}

export interface PRF {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  documents: number;
  quotes: Record<'lenient' | 'strict', PRF>;
  directMixed: PRF;
  indirect: PRF;
  speakerMention: { right: number; of: number; accuracy: number };
  speaker: { strict: number; lenient: number; of: number } | null;
  actors: { found: number; of: number; recall: number; wrongMerges: string[]; splits: string[]; missing: string[] } | null;
  events: EventScores | null;
  published: { right: number; of: number };
}

/**
 * Gold events found (a predicted event has a source overlapping one of the gold mentions), dated
 * right, reported as two or more predicted events, and predicted events that no gold event lists.
 */
export interface EventScores {
  found: number;
  dated: number;
  of: number;
  withDate: number;
  /** Gold events that two or more predicted events claim, by label. */
  split: string[];
  /** Predicted events of the scored documents that overlap no gold mention, by label. */
  unlisted: string[];
}

const THRESHOLDS = { lenient: 0.3, strict: 0.8 } as const;
const NOT_NAME_CHAR = /[^\p{L}\p{N}\s-]/gu;
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'sen', 'senator', 'gov', 'governor', 'rep', 'prime', 'minister', 'secretary', 'general', 'the', 'chairman', 'lt', 'col', 'senior']);

/** A name's words: lower case, no possessive, no punctuation, hyphens as spaces. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(NOT_NAME_CHAR, '')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function normaliseForScore(name: string): string[] {
  return nameWords(name).filter((w) => !TITLE_WORDS.has(w));
}

const prf = (matched: number, predicted: number, gold: number): PRF => {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { matched, predicted, gold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const coverage = (p: GoldSpan, g: GoldSpan): number => {
  const shared = Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
  return g.end > g.start ? shared / (g.end - g.start) : 0;
};

const overlaps = (a: GoldSpan | null, b: GoldSpan | null): boolean => !!a && !!b && Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** One-to-one matching, highest coverage first. Returns pairs [pred, gold]. */
function match<P extends GoldSpan>(pred: P[], gold: GoldQuote[], threshold: number): Array<[P, GoldQuote]> {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const c = coverage(p, g);
    if (c > threshold) pairs.push([c, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[P, GoldQuote]> = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([pred[i], gold[j]]);
  }
  return out;
}

/** The gold's convention: stated in `corpus.continuations`, else `joined` when its quotes carry `pieces`. */
export function continuationsOf(gold: GoldFile): Continuations {
  const stated = gold.corpus?.continuations;
  if (stated === 'split' || stated === 'joined') return stated;
  return gold.documents.some((d) => d.quotes.some((q) => q.pieces?.length)) ? 'joined' : 'split';
}

/**
 * Predictions as split gold counts them: a quote with two or more pieces becomes its pieces, the
 * first with the quote's mention and cue, the others continuations of the same speaker. A piece
 * after the first is a quotation (`direct`); the first keeps the quote's kind, but a `mixed`
 * quote's first piece without a quotation mark in or just before it is reported speech (`indirect`)
 * when the article's text is at hand.
 */
export function splitPieces(quotes: Quote[], text: string | null = null): Quote[] {
  return quotes.flatMap((q) => {
    const { pieces, ...rest } = q;
    if (!pieces || pieces.length < 2) return [q];
    return pieces.map((p, i) => {
      let kind = i > 0 ? 'direct' : q.kind;
      if (i === 0 && kind === 'mixed' && text !== null && !QUOTE_MARK.test(text.slice(Math.max(0, p.start - 1), p.end))) kind = 'indirect';
      return { ...rest, kind, start: p.start, end: p.end, text: p.text, continuation: i > 0 || q.continuation } as Quote;
    });
  });
}

/** Quotation marks; the closing single mark is left out, as it is also the apostrophe ("That’s"). */
const QUOTE_MARK = /["“”‘«»„]/;

function sameDocument(predPath: string, goldPath: string): boolean {
  const p = predPath.split('\\').join('/');
  const g = goldPath.split('\\').join('/');
  return p === g || p.endsWith(`/${g}`) || g.endsWith(`/${p}`);
}

/** One gold document with its predicted document: the predictions as the gold's convention counts them, the gold quotes scored and those left borderline. */
interface DocumentPair {
  gd: GoldFile['documents'][number];
  pd: CorpusResult['documents'][number];
  predicted: Quote[];
  scored: GoldQuote[];
  borderline: GoldQuote[];
}

function* documentPairs(result: CorpusResult, gold: GoldFile, readText?: (path: string) => string | null): Generator<DocumentPair> {
  const split = continuationsOf(gold) === 'split';
  for (const gd of gold.documents) {
    const pd = result.documents.find((d) => sameDocument(d.path, gd.path));
    if (!pd) continue;
    const predicted = split ? splitPieces(pd.quotes, readText?.(pd.path) ?? null) : pd.quotes;
    yield { gd, pd, predicted, scored: gd.quotes.filter((q) => !q.borderline), borderline: gd.quotes.filter((q) => q.borderline) };
  }
}

/** Predictions matched to scored gold quotes; predictions that only find a borderline quote count neither for nor against, so they are left out of `pred`. */
function matchScored(predicted: Quote[], scored: GoldQuote[], borderline: GoldQuote[], threshold: number): { pred: Quote[]; pairs: Array<[Quote, GoldQuote]> } {
  const onBorderline = new Set(match(predicted, borderline, threshold).map(([p]) => p));
  const pred = predicted.filter((p) => !onBorderline.has(p));
  return { pred, pairs: match(pred, scored, threshold) };
}

/** A quote matched at F1@0.3 whose speaker mention the gold does not agree with (see `mentionRightFor`). */
export interface MentionError {
  /** The predicted document's path. */
  path: string;
  pred: Quote;
  gold: GoldQuote;
}

/** The matched quotes that the speaker-mention accuracy of `score` counts as wrong, in gold order. */
export function speakerMentionErrors(result: CorpusResult, gold: GoldFile, readText?: (path: string) => string | null): MentionError[] {
  const out: MentionError[] = [];
  for (const { pd, predicted, scored, borderline } of documentPairs(result, gold, readText)) {
    for (const [p, g] of matchScored(predicted, scored, borderline, THRESHOLDS.lenient).pairs) if (!mentionRightFor(p, g)) out.push({ path: pd.path, pred: p, gold: g });
  }
  return out;
}

export function score(result: CorpusResult, gold: GoldFile, readText?: (path: string) => string | null): Scores {
  const actorsById = new Map(result.actors.map((a) => [a.id, a]));
  const goldActors = gold.actors ?? [];
  const acronymOfGold = new Map<string, string[]>();
  for (const a of goldActors) acronymOfGold.set(normaliseForScore(a.name).join(' '), (a.aliases ?? []).filter((x) => /^[A-Z]{2,}$/.test(x)).map((x) => x.toLowerCase()));

  const totals = { lenient: [0, 0, 0], strict: [0, 0, 0], dm: [0, 0, 0], ind: [0, 0, 0] };
  let mentionRight = 0;
  let mentionOf = 0;
  let strictRight = 0;
  let lenientRight = 0;
  let speakerOf = 0;
  let pubRight = 0;
  let pubOf = 0;
  let documents = 0;
  const hasSpeakerNames = gold.documents.some((d) => d.quotes.some((q) => q.speakerName !== undefined));

  for (const { gd, pd, predicted, scored, borderline } of documentPairs(result, gold, readText)) {
    documents++;
    if (gd.published !== undefined && gd.published !== null) {
      pubOf++;
      if (pd.published === gd.published) pubRight++;
    }
    for (const [name, threshold] of Object.entries(THRESHOLDS) as Array<['lenient' | 'strict', number]>) {
      const { pred, pairs } = matchScored(predicted, scored, borderline, threshold);
      const t = totals[name];
      t[0] += pairs.length;
      t[1] += pred.length;
      t[2] += scored.length;
      if (name === 'lenient') {
        const dmGold = scored.filter((q) => q.kind !== 'indirect');
        const dmPred = pred.filter((q) => q.kind !== 'indirect');
        const dmPairs = match(dmPred, dmGold, threshold);
        totals.dm[0] += dmPairs.length;
        totals.dm[1] += dmPred.length;
        totals.dm[2] += dmGold.length;
        const inGold = scored.filter((q) => q.kind === 'indirect');
        const inPred = pred.filter((q) => q.kind === 'indirect');
        totals.ind[0] += match(inPred, inGold, threshold).length;
        totals.ind[1] += inPred.length;
        totals.ind[2] += inGold.length;
        for (const [p, g] of pairs) {
          mentionOf++;
          if (mentionRightFor(p, g)) mentionRight++;
          if (!hasSpeakerNames) continue;
          speakerOf++;
          const predName = p.speaker ? (actorsById.get(p.speaker)?.name ?? null) : null;
          const verdict = judgeSpeaker(predName, g.speakerName ?? null, acronymOfGold);
          if (verdict.strict) strictRight++;
          if (verdict.lenient) lenientRight++;
        }
      }
    }
  }
  return {
    documents,
    quotes: { lenient: prf(totals.lenient[0], totals.lenient[1], totals.lenient[2]), strict: prf(totals.strict[0], totals.strict[1], totals.strict[2]) },
    directMixed: prf(totals.dm[0], totals.dm[1], totals.dm[2]),
    indirect: prf(totals.ind[0], totals.ind[1], totals.ind[2]),
    speakerMention: { right: mentionRight, of: mentionOf, accuracy: mentionOf ? mentionRight / mentionOf : 0 },
    speaker: hasSpeakerNames ? { strict: speakerOf ? strictRight / speakerOf : 0, lenient: speakerOf ? lenientRight / speakerOf : 0, of: speakerOf } : null,
    actors: goldActors.length ? scoreActors(result, goldActors) : null,
    events: gold.events?.length ? scoreEvents(result, gold, readText) : null,
    published: { right: pubRight, of: pubOf },
  };
}

/**
 * A predicted mention is right when it overlaps the gold one; a gold quote without a mention is
 * right for a prediction without one or for a continuation (a floating quote, as the Gender Gap
 * Tracker's evaluation counts it).
 */
export function mentionRightFor(p: Pick<Quote, 'speakerMention' | 'continuation'>, g: Pick<GoldQuote, 'speakerMention'>): boolean {
  return g.speakerMention ? overlaps(p.speakerMention, g.speakerMention) : !p.speakerMention || !!p.continuation;
}

export function judgeSpeaker(pred: string | null, gold: string | null, acronyms: Map<string, string[]>): { strict: boolean; lenient: boolean } {
  if (!gold) return { strict: !pred, lenient: !pred };
  if (!pred) return { strict: false, lenient: false };
  const p = normaliseForScore(pred);
  const g = normaliseForScore(gold);
  const same = p.join(' ') === g.join(' ') || (p.length === g.length && [...p].sort().join(' ') === [...g].sort().join(' '));
  const acronym = (acronyms.get(g.join(' ')) ?? []).includes(p.join(' '));
  const strict = same || acronym;
  const subset = (a: string[], b: string[]): boolean => a.length > 0 && a.every((w) => b.includes(w));
  return { strict, lenient: strict || subset(p, g) || subset(g, p) };
}

function scoreActors(result: CorpusResult, goldActors: GoldActor[]): NonNullable<Scores['actors']> {
  // names are compared whole: case, punctuation and hyphens aside, but titles kept ("NATO Secretary-General" is not "NATO")
  const norm = (s: string): string => nameWords(s).join(' ');
  const namesOf = result.actors.map((a) => new Set([a.name, ...a.aliases].map(norm)));
  const missing: string[] = [];
  let found = 0;
  for (const g of goldActors) {
    if (namesOf.some((names) => names.has(norm(g.name)))) found++;
    else missing.push(g.name);
  }
  const wrongMerges: string[] = [];
  result.actors.forEach((a, i) => {
    const carried = goldActors.filter((g) => namesOf[i].has(norm(g.name)));
    if (carried.length > 1) wrongMerges.push(`${a.name}: ${carried.map((g) => g.name).join(' + ')}`);
  });
  const splits: string[] = [];
  for (const g of goldActors) {
    const ambiguous = new Set((g.ambiguousAliases ?? []).map(norm));
    const forms = [g.name, ...(g.aliases ?? [])].map(norm).filter((f) => !ambiguous.has(f));
    const holders = new Set<number>();
    forms.forEach((f) => namesOf.forEach((names, i) => names.has(f) && holders.add(i)));
    if (holders.size > 1) splits.push(`${g.name}: ${[...holders].map((i) => result.actors[i].name).join(' | ')}`);
  }
  return { found, of: goldActors.length, recall: goldActors.length ? found / goldActors.length : 0, wrongMerges, splits, missing };
}

function scoreEvents(result: CorpusResult, gold: GoldFile, readText?: (path: string) => string | null): EventScores {
  const events = gold.events ?? [];
  let found = 0;
  let dated = 0;
  let withDate = 0;
  const split: string[] = [];
  const claimed = new Set<CorpusResult['events'][number]>();
  for (const g of events) {
    if (g.date) withDate++;
    const places = (g.mentions ?? []).flatMap((m) => {
      const doc = result.documents.find((d) => sameDocument(d.path, m.path));
      const text = doc && readText ? readText(doc.path) : null;
      const at = text ? text.indexOf(m.text) : -1;
      return doc && at >= 0 ? [{ path: doc.path, start: at, end: at + m.text.length }] : [];
    });
    const hits = result.events.filter((e) => e.sources.some((s) => places.some((p) => p.path === s.path && overlaps(s, p))));
    if (!hits.length) continue;
    for (const h of hits) claimed.add(h);
    found++;
    if (hits.length > 1) split.push(g.label);
    if (g.date && hits[0].date === g.date) dated++;
  }
  const scoredDoc = (path: string): boolean => gold.documents.some((d) => sameDocument(path, d.path));
  const unlisted = result.events.filter((e) => !claimed.has(e) && e.sources.some((s) => scoredDoc(s.path))).map((e) => e.label);
  return { found, dated, of: events.length, withDate, split, unlisted };
}

export function formatScores(s: Scores): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + '%';
  const row = (label: string, r: PRF): string => `${label.padEnd(28)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}   (${r.matched} matched / ${r.predicted} predicted / ${r.gold} gold)`;
  const lines = [
    `documents scored: ${s.documents}`,
    `${'quotes'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
    row('all, coverage 0.3', s.quotes.lenient),
    row('all, coverage 0.8', s.quotes.strict),
    row('direct+mixed, coverage 0.3', s.directMixed),
    row('indirect, coverage 0.3', s.indirect),
    `speaker mention accuracy     ${pct(s.speakerMention.accuracy)}   (${s.speakerMention.right} / ${s.speakerMention.of} matched quotes)`,
  ];
  if (s.speaker) lines.push(`speaker accuracy strict       ${pct(s.speaker.strict)}`, `speaker accuracy lenient      ${pct(s.speaker.lenient)}   (of ${s.speaker.of} matched quotes)`);
  else lines.push('speaker accuracy              n/a (the gold names no speakers)');
  if (s.actors) {
    lines.push(`actor recall                  ${pct(s.actors.recall)}   (${s.actors.found} / ${s.actors.of})`);
    lines.push(`actor wrong merges            ${s.actors.wrongMerges.length}${s.actors.wrongMerges.length ? ': ' + s.actors.wrongMerges.join('; ') : ''}`);
    lines.push(`actor splits                  ${s.actors.splits.length}${s.actors.splits.length ? ': ' + s.actors.splits.join('; ') : ''}`);
    if (s.actors.missing.length) lines.push(`actors missed                 ${s.actors.missing.join(', ')}`);
  }
  if (s.events) {
    const e = s.events;
    lines.push(
      `events found                  ${e.found} / ${e.of}`,
      `events correctly dated        ${e.dated} / ${e.withDate} dated gold events`,
      `events the gold does not list ${e.unlisted.length}${e.unlisted.length ? ': ' + e.unlisted.join('; ') : ''}`,
      `gold events reported as two+  ${e.split.length}${e.split.length ? ': ' + e.split.join('; ') : ''}`,
    );
  }
  if (s.published.of) lines.push(`article dates right           ${s.published.right} / ${s.published.of}`);
  return lines.join('\n');
}
