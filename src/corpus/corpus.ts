/**
 * All articles together: holds each file's record (./record.ts), and builds the corpus view (actors
 * merged across files, quotes with corpus-wide speaker ids, events merged across articles) on
 * demand. Updating one file re-analyses only that file.
 */
import type { AnalyzeOptions } from '../extractor/analyze';
import type { LocalEvent } from '../extractor/events';
import type { CorpusEvent, CorpusResult, DocumentResult, Quote } from '../extractor/types';
import { buildRegistry, toActor, type GlobalActor, type LocalRef } from './registry';
import { mergeEvents } from './events';
import { analyzeToRecord, MENTION_STRIDE, type ArticleRecord, type RecordActor } from './record';

export const TOOL = { name: 'corpus-navigator', version: '0.1.0' };

/** How many quotes a built corpus holds: the status bar, the log and the command line report it. */
export const countQuotes = (result: CorpusResult): number => result.documents.reduce((n, d) => n + d.quotes.length, 0);

export interface CorpusView {
  result: CorpusResult;
  /** Actor id -> the merged actor, with its local references. */
  actors: Map<string, GlobalActor>;
}

export class Corpus {
  private readonly records = new Map<string, ArticleRecord>();
  private view: CorpusView | null = null;

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Adds or replaces one article's record (made here or in a worker by analyzeToRecord). */
  upsert(path: string, record: ArticleRecord): void {
    this.records.set(path, record.path === path ? record : { ...record, path });
    this.view = null;
  }

  /** Drops one article; false when it was not there. */
  remove(path: string): boolean {
    const had = this.records.delete(path);
    if (had) this.view = null;
    return had;
  }

  /** Analyses (or re-analyses) one article: upsert of its record. Throws what the extractor throws. */
  set(path: string, text: string): ArticleRecord {
    const record = analyzeToRecord(text, this.options, path);
    this.upsert(path, record);
    return record;
  }

  delete(path: string): boolean {
    return this.remove(path);
  }

  rename(from: string, to: string): void {
    const record = this.records.get(from);
    if (!record) return;
    this.remove(from);
    this.upsert(to, record);
  }

  has(path: string): boolean {
    return this.records.has(path);
  }

  get size(): number {
    return this.records.size;
  }

  paths(): string[] {
    return [...this.records.keys()];
  }

  record(path: string): ArticleRecord | undefined {
    return this.records.get(path);
  }

  /** The spec's JSON for the whole corpus; cached until the next change. */
  build(): CorpusView {
    if (this.view) return this.view;
    const docs = [...this.records.values()].sort((a, b) => a.path.localeCompare(b.path));
    const refs: LocalRef[] = [];
    for (const d of docs) for (const a of d.actors) refs.push({ docKey: d.path, actor: a, mentions: a.mentions, quotes: a.quotes });
    const { actors, of } = buildRegistry(refs);
    const idOf = (a: RecordActor | undefined): string | null => (a ? (of.get(a)?.id ?? null) : null);
    const documents: DocumentResult[] = docs.map((d) => {
      const mentions = [];
      for (let i = 0; i < d.mentions.length; i += MENTION_STRIDE) {
        const actor = idOf(d.actors[d.mentions[i]]);
        if (actor) mentions.push({ actor, start: d.mentions[i + 1], end: d.mentions[i + 2], text: d.surfaces[d.mentions[i + 3]] });
      }
      const quotes = d.quotes.map((q): Quote => {
        const [start, end, smStart, smEnd, cueStart, cueEnd] = q.spans;
        return {
          start,
          end,
          text: q.text,
          kind: q.kind,
          speaker: idOf(d.actors[q.speaker]),
          speakerMention: q.speakerText !== null ? { start: smStart, end: smEnd, text: q.speakerText } : null,
          cue: q.cueText !== null ? { start: cueStart, end: cueEnd, text: q.cueText } : null,
          ...(q.continuation ? { continuation: true } : {}),
          ...(q.pieces ? { pieces: q.pieceTexts!.map((text, i) => ({ start: q.pieces![2 * i], end: q.pieces![2 * i + 1], text })) } : {}),
        };
      });
      return { path: d.path, title: d.title, published: d.published, quotes, mentions };
    });
    const events: CorpusEvent[] = mergeEvents(
      docs.map((d) => ({
        path: d.path,
        events: d.events.map(
          (e): LocalEvent => ({
            kind: e.kind,
            label: e.label,
            date: e.date,
            dateText: e.dateText,
            place: d.actors[e.place] ?? null,
            placeName: e.placeName,
            participants: e.participants.map((i) => d.actors[i]),
            start: e.spans[0],
            end: e.spans[1],
            more: pairs(e.spans.slice(2)),
          }),
        ),
      })),
      (a) => idOf(a as RecordActor),
    );
    const sortedActors = [...actors].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    this.view = {
      result: { tool: TOOL, documents, actors: sortedActors.map(toActor), events },
      actors: new Map(actors.map((g) => [g.id, g])),
    };
    return this.view;
  }
}

function pairs(flat: number[]): Array<{ start: number; end: number }> {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}
