/**
 * All articles together: holds each file's analysis, and builds the corpus view (actors merged
 * across files, quotes with corpus-wide speaker ids, events merged across articles) on demand.
 * Updating one file re-analyses only that file.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../extractor/analyze';
import { extractEvents, type LocalEvent } from '../extractor/events';
import type { CorpusEvent, CorpusResult, DocumentResult } from '../extractor/types';
import type { LocalActor } from '../extractor/actors';
import { buildRegistry, toActor, type GlobalActor, type LocalRef } from './registry';
import { mergeEvents } from './events';
import { dateInFileName } from './files';

export const TOOL = { name: 'corpus-navigator', version: '0.1.0' };

/** What the corpus keeps of an analysis: no text and no tokens, so 10,000 articles stay small. */
export type ArticleResult = Pick<Analysis, 'title' | 'published' | 'actors' | 'mentions' | 'quotes'> & {
  /** Sentence spans of the body text, flat: start0, end0, start1, end1, … (what search indexes; flat keeps 10,000 articles small). */
  sentences: Uint32Array;
};

export interface CorpusDocument {
  path: string;
  analysis: ArticleResult;
  events: LocalEvent[];
}

/** Analyses one article into what the corpus keeps; its path may name the day it ran. */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}, path?: string): { analysis: ArticleResult; events: LocalEvent[] } {
  const full = analyze(text, options);
  const { title, published, actors, mentions, quotes } = full;
  const spans: number[] = [];
  for (const p of full.paragraphs) if (p.kind !== 'noise') for (const s of p.sentences) spans.push(s.start, s.end);
  const sentences = Uint32Array.from(spans);
  return { analysis: { title, published, actors, mentions, quotes, sentences }, events: extractEvents(full, path ? dateInFileName(path) : null) };
}

/** How many quotes a built corpus holds: the status bar, the log and the command line report it. */
export const countQuotes = (result: CorpusResult): number => result.documents.reduce((n, d) => n + d.quotes.length, 0);

export interface CorpusView {
  result: CorpusResult;
  /** Actor id -> the merged actor, with its local references. */
  actors: Map<string, GlobalActor>;
}

export class Corpus {
  private readonly docs = new Map<string, CorpusDocument>();
  private view: CorpusView | null = null;

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Analyses (or re-analyses) one article. */
  set(path: string, text: string): CorpusDocument {
    const { analysis, events } = analyzeArticle(text, this.options, path);
    const doc: CorpusDocument = { path, analysis, events };
    this.docs.set(path, doc);
    this.view = null;
    return doc;
  }

  delete(path: string): boolean {
    const had = this.docs.delete(path);
    if (had) this.view = null;
    return had;
  }

  rename(from: string, to: string): void {
    const doc = this.docs.get(from);
    if (!doc) return;
    this.docs.delete(from);
    this.docs.set(to, { ...doc, path: to });
    this.view = null;
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  get size(): number {
    return this.docs.size;
  }

  paths(): string[] {
    return [...this.docs.keys()];
  }

  document(path: string): CorpusDocument | undefined {
    return this.docs.get(path);
  }

  /** The spec's JSON for the whole corpus; cached until the next change. */
  build(): CorpusView {
    if (this.view) return this.view;
    const docs = [...this.docs.values()].sort((a, b) => a.path.localeCompare(b.path));
    const refs: LocalRef[] = [];
    for (const d of docs) {
      const mentions = new Map<unknown, number>();
      const quotes = new Map<unknown, number>();
      for (const m of d.analysis.mentions) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
      for (const q of d.analysis.quotes) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
      for (const a of d.analysis.actors) refs.push({ docKey: d.path, actor: a, mentions: mentions.get(a) ?? 0, quotes: quotes.get(a) ?? 0 });
    }
    const { actors, of } = buildRegistry(refs);
    const idOf = (a: LocalActor | null): string | null => (a ? (of.get(a)?.id ?? null) : null);
    const documents: DocumentResult[] = docs.map((d) => ({
      path: d.path,
      title: d.analysis.title,
      published: d.analysis.published,
      quotes: d.analysis.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        speaker: idOf(q.speaker),
        speakerMention: q.speakerMention,
        cue: q.cue,
        ...(q.continuation ? { continuation: true } : {}),
        ...(q.pieces ? { pieces: q.pieces } : {}),
      })),
      mentions: d.analysis.mentions.map((m) => ({ actor: idOf(m.actor)!, start: m.start, end: m.end, text: m.text })).filter((m) => m.actor),
    }));
    const events: CorpusEvent[] = mergeEvents(
      docs.map((d) => ({ path: d.path, events: d.events })),
      (a) => idOf(a),
    );
    const sortedActors = [...actors].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    this.view = {
      result: { tool: TOOL, documents, actors: sortedActors.map(toActor), events },
      actors: new Map(actors.map((g) => [g.id, g])),
    };
    return this.view;
  }
}
