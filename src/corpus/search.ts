/**
 * Full-text search over the corpus with minisearch: one entry per sentence, with the article's
 * title and, for a sentence inside a quote, its speaker, so "Stoltenberg China" finds what he said.
 * Updating an article replaces only its own entries.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleRecord } from './record';

export interface SearchEntry {
  id: string;
  path: string;
  start: number;
  end: number;
  text: string;
  title: string;
  /** Speaker's name, as this article gives it, when the sentence is (part of) a quote. */
  speaker: string;
}

export interface SearchHit extends SearchEntry {
  score: number;
  terms: string[];
}

export interface SearchableArticle {
  path: string;
  text: string;
  title: string | null;
  /** Flat start/end pairs. */
  sentences: ArrayLike<number>;
  quotes: Array<{ start: number; end: number; speakerName: string | null }>;
}

/** What search indexes of an article: its record's sentences, title and speakers, over its text. */
export function searchableArticle(record: ArticleRecord, text: string): SearchableArticle {
  return {
    path: record.path,
    text,
    title: record.title,
    sentences: record.sentences,
    quotes: record.quotes.map((q) => ({ start: q.spans[0], end: q.spans[1], speakerName: record.actors[q.speaker]?.name ?? null })),
  };
}

const FIELDS = ['text', 'speaker', 'title'];
const STORED = ['path', 'start', 'end', 'text', 'title', 'speaker'];

export class CorpusSearch {
  private readonly index = new MiniSearch<SearchEntry>({
    fields: FIELDS,
    storeFields: STORED,
    // a speaker's name and a title say more about a sentence than any one word in it
    searchOptions: { boost: { speaker: 2, title: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  private readonly idsByPath = new Map<string, string[]>();

  /** Adds or replaces one article's sentences. */
  set(article: SearchableArticle): void {
    this.remove(article.path);
    const entries: SearchEntry[] = [];
    for (let i = 0; i + 1 < article.sentences.length; i += 2) {
      const start = article.sentences[i];
      const end = article.sentences[i + 1];
      const quote = article.quotes.find((q) => q.start < end && q.end > start);
      entries.push({
        id: `${article.path}#${i / 2}`,
        path: article.path,
        start,
        end,
        text: article.text.slice(start, end),
        title: article.title ?? '',
        speaker: quote?.speakerName ?? '',
      });
    }
    this.index.addAll(entries);
    this.idsByPath.set(article.path, entries.map((e) => e.id));
  }

  remove(path: string): void {
    const ids = this.idsByPath.get(path);
    if (!ids) return;
    for (const id of ids) this.index.discard(id);
    this.idsByPath.delete(path);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Best matches first; `within` keeps only sentences that pass it (one actor's quotes, say);
   * `fuzzy` (edit distance as a fraction of a term's length) overrides the default 0.2, for a retry that forgives a typo.
   */
  search(query: string, options: { limit?: number; within?: (path: string, start: number, end: number) => boolean; fuzzy?: number } = {}): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const within = options.within;
    const filter = within ? (r: SearchResult) => within(r.path, r.start, r.end) : undefined;
    return this.index
      .search(q, options.fuzzy === undefined ? { filter } : { filter, fuzzy: options.fuzzy })
      .slice(0, options.limit ?? 50)
      .map((r) => ({
        id: String(r.id),
        path: r.path,
        start: r.start,
        end: r.end,
        text: r.text,
        title: r.title,
        speaker: r.speaker,
        score: r.score,
        terms: r.terms,
      }));
  }
}
