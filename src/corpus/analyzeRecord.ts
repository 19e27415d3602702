/**
 * Makes an article's record from its text: the extractor's analysis and events, reduced to the
 * compact record of ./record.ts. Apart from record.ts so that code which only reads records (the
 * extension host) does not bundle the extractor.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../extractor/analyze';
import { unwrapLines } from '../extractor/lineWrap';
import { frontMatter } from '../extractor/frontMatter';
import { readableText } from './readableText';
import { extractEvents } from '../extractor/events';
import type { LocalActor } from '../extractor/actors';
import { dateInFileName } from './files';
import { MENTION_STRIDE, RECORD_VERSION, type ArticleRecord, type RecordActor, type RecordEvent, type RecordQuote } from './record';

/**
 * Analyses one article into its record. Pure (no vscode, no I/O), so it runs in a worker thread.
 * `path` is stored and may name the article's day (a `YYYY-MM-DD` in the file name), used to
 * resolve relative dates when the text gives none. Throws only what the extractor throws.
 */
export function analyzeToRecord(text: string, options: AnalyzeOptions, path: string): ArticleRecord {
  // read as a reader sees it (./readableText), and when hard-wrapped with its paragraphs' inner
  // line breaks joined; then the record is put back in the file's offsets (each step's map the
  // identity when it changed nothing)
  const readable = readableText(text);
  // (a Markdown front matter's lines are no paragraph to join: its fields would read as a sentence)
  const front = readable.text.charCodeAt(0) === 0x2d ? frontMatter(readable.text) : null;
  const read = unwrapLines(readable.text, front?.end ?? 0);
  const record = recordOf(analyze(read.text, options), path);
  return readable.changed || read.joined ? inFileOffsets(record, text, (offset) => readable.toFile(read.toFile(offset))) : record;
}

/** The record of one analysis, its offsets those of the text analysed. */
function recordOf(full: Analysis, path: string): ArticleRecord {
  const index = new Map<LocalActor, number>();
  for (let i = 0; i < full.actors.length; i++) index.set(full.actors[i], i);
  // counted apart and the actors made after: an actor record has a few shapes (the optional fields),
  // and counting on them made V8 recompile this function for each new shape it met
  const mentionCounts = new Array<number>(full.actors.length).fill(0);
  const quoteCounts = new Array<number>(full.actors.length).fill(0);
  // (each step a function of its own: run once per article, the whole was optimised as one large
  // function, its loops and the callbacks inlined into it, at a cost no article repaid: -41 M
  // instructions over 100 dev articles)
  const { surfaces, mentions } = recordMentions(full, index, mentionCounts);
  const quotes = recordQuotes(full, index, quoteCounts);
  const actors = recordActors(full, mentionCounts, quoteCounts);
  const events = recordEvents(full, index, path);
  return { version: RECORD_VERSION, path, title: full.title, published: full.published, actors, surfaces, mentions, quotes, events, sentences: sentenceSpans(full) };
}

/** The record's index of actor `a` in `index`, -1 for none. */
const indexOf = (index: Map<LocalActor, number>, a: LocalActor | null): number => (a ? (index.get(a) ?? -1) : -1);

/** The mentions as flat (actor, start, end, surface) quadruples and their surfaces, each once; counts each actor's mentions. */
function recordMentions(full: Analysis, index: Map<LocalActor, number>, mentionCounts: number[]): { surfaces: string[]; mentions: Int32Array } {
  const surfaces: string[] = [];
  const surfaceIndex = new Map<string, number>();
  const mentions: number[] = [];
  for (const m of full.mentions) {
    const i = indexOf(index, m.actor);
    if (i >= 0) mentionCounts[i]++;
    let s = surfaceIndex.get(m.text);
    if (s === undefined) surfaceIndex.set(m.text, (s = surfaces.push(m.text) - 1));
    mentions.push(i, m.start, m.end, s);
  }
  return { surfaces, mentions: new Int32Array(mentions) };
}

/** The quotes as the record keeps them; counts each actor's quotes. */
function recordQuotes(full: Analysis, index: Map<LocalActor, number>, quoteCounts: number[]): RecordQuote[] {
  return full.quotes.map((q): RecordQuote => {
    const speaker = indexOf(index, q.speaker);
    if (speaker >= 0) quoteCounts[speaker]++;
    const sm = q.speakerMention;
    const { kind, text } = q;
    // written out, not spread from pairs, and each quote made whole in one literal (fields in the
    // same order), not added to: a record is made for every quote of every article
    const spans = [q.start, q.end, sm ? sm.start : -1, sm ? sm.end : -1, q.cue ? q.cue.start : -1, q.cue ? q.cue.end : -1];
    const speakerText = sm?.text ?? null;
    const cueText = q.cue?.text ?? null;
    if (!q.pieces) return q.continuation ? { kind, text, spans, speaker, speakerText, cueText, continuation: true } : { kind, text, spans, speaker, speakerText, cueText };
    const pieces: number[] = [];
    for (const p of q.pieces) pieces.push(p.start, p.end);
    const pieceTexts = q.pieces.map((p) => p.text);
    return q.continuation
      ? { kind, text, spans, speaker, speakerText, cueText, continuation: true, pieces, pieceTexts }
      : { kind, text, spans, speaker, speakerText, cueText, pieces, pieceTexts };
  });
}

/** The actors as the record keeps them, with their counts. */
function recordActors(full: Analysis, mentionCounts: number[], quoteCounts: number[]): RecordActor[] {
  return full.actors.map((a, i) => {
    // the analysis's own lists, not copies: it is dropped once the record is made, and nothing changes a record's lists
    const r: RecordActor = {
      key: a.key,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles: a.roles,
      orgHints: a.orgHints,
      nameTokens: a.nameTokens,
      anonymous: a.anonymous,
      mentions: mentionCounts[i],
      quotes: quoteCounts[i],
    };
    if (a.capitalOf) r.capitalOf = a.capitalOf;
    if (a.pendingRole) r.pendingRole = a.pendingRole;
    if (a.gender) r.gender = a.gender;
    if (a.introduced) r.introduced = true;
    return r;
  });
}

/** The article's events as the record keeps them. */
function recordEvents(full: Analysis, index: Map<LocalActor, number>, path: string): RecordEvent[] {
  return extractEvents(full, dateInFileName(path)).map((e) => ({
    kind: e.kind,
    label: e.label,
    date: e.date,
    dateText: e.dateText,
    place: indexOf(index, e.place),
    placeName: e.placeName,
    participants: e.participants.map((p) => indexOf(index, p)).filter((i) => i >= 0),
    spans: flatSpans(e),
    ...(e.yearless !== undefined ? { yearless: e.yearless } : {}),
  }));
}

/**
 * The sentences of the paragraphs that are not noise, as flat start, end pairs. A wire dateline
 * the layout cut from the text ("SUDBURY, Ont. — Provincial inspectors found …", or alone on the
 * line before) opens the next sentence, so that search finds the story by its dateline's place.
 */
function sentenceSpans(full: Analysis): Int32Array {
  const sentences: number[] = [];
  let cut = -1;
  let after = 0;
  for (const p of full.paragraphs) {
    const gap = DATELINE_GAP.exec(full.text.slice(after, p.start));
    if (gap) cut = after + gap.index;
    after = Math.max(after, p.end);
    if (p.kind === 'noise') continue;
    for (const s of p.sentences) {
      sentences.push(cut >= 0 ? Math.min(cut, s.start) : s.start, s.end);
      cut = -1;
    }
  }
  return new Int32Array(sentences);
}

/** Text between paragraphs that is a dateline the layout cut: words ending in its dash ("MONTRÉAL —"), at a line's start. */
const DATELINE_GAP = /(?<=^|[\n\r])[ \t]*\p{Lu}[^\n\r]*?(?:-{1,2}|—|–)[ \t]*(?=[\n\r]|$)/u;

/**
 * A record made from a copy of the file's text (../extractor/lineWrap), in place: each offset
 * mapped by `toFile`, and each quote's, piece's, speaker's, cue's and mention's text the file's
 * own between its new offsets (line breaks and all), as the contract has every span's text.
 */
function inFileOffsets(r: ArticleRecord, file: string, toFile: (offset: number) => number): ArticleRecord {
  const m = r.mentions;
  const surfaceIndex = new Map(r.surfaces.map((s, i) => [s, i]));
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    const start = toFile(m[i + 1]);
    const end = toFile(m[i + 2]);
    // a mention across a joined break reads as the file has it
    const surface = file.slice(start, end);
    if (surface !== r.surfaces[m[i + 3]]) {
      let s = surfaceIndex.get(surface);
      if (s === undefined) surfaceIndex.set(surface, (s = r.surfaces.push(surface) - 1));
      m[i + 3] = s;
    }
    m[i + 1] = start;
    m[i + 2] = end;
  }
  const mapAll = (offsets: { length: number; [i: number]: number }): void => {
    for (let i = 0; i < offsets.length; i++) if (offsets[i] >= 0) offsets[i] = toFile(offsets[i]);
  };
  for (const q of r.quotes) {
    const sp = q.spans;
    mapAll(sp);
    q.text = file.slice(sp[0], sp[1]);
    if (q.speakerText !== null) q.speakerText = file.slice(sp[2], sp[3]);
    if (q.cueText !== null) q.cueText = file.slice(sp[4], sp[5]);
    if (q.pieces) {
      const pieces = q.pieces;
      mapAll(pieces);
      q.pieceTexts = q.pieceTexts?.map((_, k) => file.slice(pieces[2 * k], pieces[2 * k + 1]));
    }
  }
  for (const e of r.events) mapAll(e.spans);
  mapAll(r.sentences);
  return r;
}

/** An event's first passage and each later one as flat start, end pairs. */
function flatSpans(e: { start: number; end: number; more: Array<{ start: number; end: number }> }): number[] {
  const out = [e.start, e.end];
  for (const m of e.more) out.push(m.start, m.end);
  return out;
}
