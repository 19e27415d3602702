/**
 * What the actor network view shows: actors as nodes sized by how often they are quoted, and two
 * kinds of weighted edges: "X quoted about Y" (directed, from a quote's speaker to each actor in
 * its `about`) and "mentioned together" (undirected, both actors mentioned in one paragraph).
 * Only the top N actors are kept, so a 10,000-article corpus stays a readable graph.
 */
import type { ActorKind, CorpusResult } from '../extractor/types';
import { aboutOf } from './about';

export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  quoteCount: number;
  mentionCount: number;
}

export interface QuoteRef {
  path: string;
  start: number;
  end: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: 'quotedAbout' | 'together';
  weight: number;
  /** For 'quotedAbout': the quotes behind the edge (at most MAX_EDGE_QUOTES). */
  quotes: QuoteRef[];
}

export interface NetworkFilter {
  /** Keep the N actors with the most quotes, then mentions (default 50). */
  top?: number;
  kinds?: readonly ActorKind[];
  /** Articles dated in [from, to] (YYYY-MM-DD, inclusive); undated articles are left out when either is set. */
  from?: string;
  to?: string;
}

const MAX_EDGE_QUOTES = 50;

/**
 * @param paragraphsOf flat [start0, end0, start1, end1, …] paragraph spans of an article, or
 *   undefined when unknown (then only quote edges are built for it).
 */
export function buildNetwork(result: CorpusResult, paragraphsOf: (path: string) => ArrayLike<number> | undefined, filter: NetworkFilter = {}): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const dated = (published: string | null): boolean => {
    if (!filter.from && !filter.to) return true;
    if (!published) return false;
    return (!filter.from || published >= filter.from) && (!filter.to || published.slice(0, filter.to.length) <= filter.to);
  };
  const documents = result.documents.filter((d) => dated(d.published));
  // counts within the date range, so a node's size matches the edges shown
  const quoted = new Map<string, number>();
  const mentioned = new Map<string, number>();
  for (const d of documents) {
    for (const q of d.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
    for (const m of d.mentions) mentioned.set(m.actor, (mentioned.get(m.actor) ?? 0) + 1);
  }
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const nodes: NetworkNode[] = result.actors
    .filter((a) => (!kinds || kinds.has(a.kind)) && (quoted.get(a.id) || mentioned.get(a.id)))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, quoteCount: quoted.get(a.id) ?? 0, mentionCount: mentioned.get(a.id) ?? 0 }))
    .sort((a, b) => b.quoteCount - a.quoteCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .slice(0, filter.top ?? 50);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = new Map<string, NetworkEdge>();
  const edge = (source: string, target: string, type: NetworkEdge['type']): NetworkEdge => {
    const [a, b] = type === 'together' && target < source ? [target, source] : [source, target];
    const id = `${type === 'together' ? 't' : 'q'}:${a}>${b}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, source: a, target: b, type, weight: 0, quotes: [] }));
    return e;
  };
  for (const d of documents) {
    for (const q of d.quotes) {
      if (!q.speaker || !kept.has(q.speaker)) continue;
      for (const about of q.about ?? aboutOf(q.pieces ?? [q], d.mentions, q.speaker)) {
        if (!kept.has(about)) continue;
        const e = edge(q.speaker, about, 'quotedAbout');
        e.weight++;
        if (e.quotes.length < MAX_EDGE_QUOTES) e.quotes.push({ path: d.path, start: q.start, end: q.end });
      }
    }
    const paragraphs = paragraphsOf(d.path);
    if (!paragraphs) continue;
    // mentions are sorted by start: walk them and the paragraphs together, pairing the kept actors of each paragraph
    let m = 0;
    for (let p = 0; p + 1 < paragraphs.length; p += 2) {
      const inParagraph = new Set<string>();
      while (m < d.mentions.length && d.mentions[m].start < paragraphs[p + 1]) {
        if (d.mentions[m].start >= paragraphs[p] && kept.has(d.mentions[m].actor)) inParagraph.add(d.mentions[m].actor);
        m++;
      }
      const ids = [...inParagraph];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) edge(ids[i], ids[j], 'together').weight++;
    }
  }
  return { nodes, edges: [...edges.values()] };
}
