/**
 * What the actor network view shows: actors as nodes sized by how often they are quoted, and two
 * kinds of weighted edges: "X quoted about Y" (directed, from a quote's speaker to each actor in
 * its `about`) and "mentioned together" (undirected, both actors mentioned in one paragraph).
 * Only the top N actors of the kinds asked for are kept, actors mentioned once and never quoted
 * only when asked, so a 10,000-article corpus stays a readable graph, and the result says how many
 * each rule left out; only the articles holding two of them are read (./viewSource.ts: records, not the corpus's JSON). The
 * paragraphs behind a "mentioned together" edge are read only when it is chosen (togetherPassages).
 */
import { ACTOR_GROUPS, groupOf, type ActorGroupKey } from './actorGroups';
import { MENTION_STRIDE, type ArticleRecord } from './record';
import { aboutIn, articleDate, speakerOf, type ViewSource } from './viewSource';

export interface NetworkNode {
  id: string;
  name: string;
  /** The actor's group, as the Actors tree lists it: its kind, or 'unnamed' for a person known only by a description. */
  kind: ActorGroupKey;
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
  /** For 'quotedAbout': the quotes behind the edge (at most MAX_EDGE_QUOTES); empty for 'together' (see togetherPassages). */
  quotes: QuoteRef[];
}

export interface NetworkFilter {
  /**
   * Keep the N actors most mentioned, then most quoted (default 50): the Actors tree's order, and a
   * kind ticked with few speakers (places) still gets in by how much the articles name it.
   */
  top?: number;
  /** The groups to keep (default: all). */
  kinds?: readonly ActorGroupKey[];
  /** Keep actors mentioned once and never quoted (default: left out; a single passing mention links little). */
  minor?: boolean;
  /** Keep at most this many links of each type, the strongest (default: all). */
  links?: number;
  /** Articles dated in [from, to] (YYYY-MM-DD, inclusive; see articleDate); undated articles are left out when either is set. */
  from?: string;
  to?: string;
}

const MAX_EDGE_QUOTES = 50;

/** What a network holds and what its filter left out, so the view can say so. */
export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Actors with a quote or a mention (in the date range) per group, before the other rules. */
  counts: Record<ActorGroupKey, number>;
  /** Left out: actors of the groups not asked for, mentioned once and never quoted, beyond the top N; links beyond the cap. */
  left: { kinds: number; minor: number; beyondTop: number; links: number };
}

/** Mentioned once and never quoted. */
const isMinor = (n: NetworkNode): boolean => n.quoteCount === 0 && n.mentionCount <= 1;

/** A paragraph two actors are mentioned in: its span and where the first mention of either starts (UTF-16 offsets). */
export interface PassageRef extends QuoteRef {
  at: number;
}

/**
 * @param paragraphsOf flat [start0, end0, start1, end1, …] paragraph spans of an article, or
 *   undefined when unknown (then only quote edges are built for it).
 */
export function buildNetwork(corpus: ViewSource, paragraphsOf: (path: string) => ArrayLike<number> | undefined, filter: NetworkFilter = {}): NetworkGraph {
  const ranged = !!(filter.from || filter.to);
  const inRange = (path: string): boolean => {
    if (!ranged) return true;
    const record = corpus.record(path);
    return !!record && datedIn(articleDate(path, record), filter);
  };
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const all = (ranged ? countInRange(corpus, inRange) : corpus.actors().map((a) => ({ id: a.id, name: a.name, kind: groupOf(a), quoteCount: a.quoteCount, mentionCount: a.mentionCount }))).filter((n) => n.quoteCount || n.mentionCount);
  const counts = Object.fromEntries(ACTOR_GROUPS.map((k) => [k, 0])) as Record<ActorGroupKey, number>;
  for (const a of all) counts[a.kind]++;
  const ofKinds = kinds ? all.filter((a) => kinds.has(a.kind)) : all;
  const kept = filter.minor ? ofKinds : ofKinds.filter((a) => !isMinor(a));
  const top = filter.top ?? 50;
  const nodes = kept.sort((a, b) => b.mentionCount - a.mentionCount || b.quoteCount - a.quoteCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, top);
  const left = { kinds: all.length - ofKinds.length, minor: ofKinds.length - kept.length, beyondTop: Math.max(0, kept.length - top) };
  // actors by rank: pair counts go into N × N tables rather than a map keyed by strings
  const rank = new Map(nodes.map((n, i) => [n.id, i]));
  const n = nodes.length;
  const together = new Uint32Array(n * n);
  const about = new Uint32Array(n * n);
  const quotes = new Map<number, QuoteRef[]>();
  // an edge needs two kept actors in one article: read only those articles
  const seen = new Map<string, number>();
  for (const id of rank.keys()) for (const path of corpus.articlesOf(id)) seen.set(path, (seen.get(path) ?? 0) + 1);
  const paths = [...seen].filter(([path, count]) => count > 1 && inRange(path)).map(([path]) => path);
  for (const path of paths.sort()) {
    const record = corpus.record(path);
    const idOf = corpus.idsIn(path);
    if (!record || !idOf) continue;
    for (const q of record.quotes) {
      const speaker = speakerOf(q, idOf);
      const s = speaker === null ? undefined : rank.get(speaker);
      if (s === undefined) continue;
      for (const id of aboutIn(record, q, idOf, speaker)) {
        const t = rank.get(id);
        if (t === undefined) continue;
        about[s * n + t]++;
        let list = quotes.get(s * n + t);
        if (!list) quotes.set(s * n + t, (list = []));
        if (list.length < MAX_EDGE_QUOTES) list.push({ path, start: q.spans[0], end: q.spans[1] });
      }
    }
    const paragraphs = paragraphsOf(path);
    if (!paragraphs) continue;
    eachParagraph(record, paragraphs, idOf, (id) => rank.get(id), (_start, _end, ranks) => {
      for (let i = 0; i < ranks.length; i++) for (let j = i + 1; j < ranks.length; j++) together[Math.min(ranks[i], ranks[j]) * n + Math.max(ranks[i], ranks[j])]++;
    });
  }
  const edges: NetworkEdge[] = [];
  for (let s = 0; s < n; s++) {
    for (let t = 0; t < n; t++) {
      if (about[s * n + t]) edges.push({ id: `q:${nodes[s].id}>${nodes[t].id}`, source: nodes[s].id, target: nodes[t].id, type: 'quotedAbout', weight: about[s * n + t], quotes: quotes.get(s * n + t)! });
      if (s < t && together[s * n + t]) {
        const [a, b] = nodes[s].id < nodes[t].id ? [nodes[s].id, nodes[t].id] : [nodes[t].id, nodes[s].id];
        edges.push({ id: `t:${a}>${b}`, source: a, target: b, type: 'together', weight: together[s * n + t], quotes: [] });
      }
    }
  }
  // the strongest links of each type when capped: 800 links between 40 actors were a tangle
  const strongest = (type: NetworkEdge['type']): NetworkEdge[] => {
    const ofType = edges.filter((e) => e.type === type);
    return filter.links === undefined ? ofType : ofType.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1)).slice(0, filter.links);
  };
  const shown = [...strongest('quotedAbout'), ...strongest('together')];
  return { nodes, edges: shown, counts, left: { ...left, links: edges.length - shown.length } };
}

/**
 * The paragraphs behind a "mentioned together" edge, for the edge chosen: read on demand from the
 * articles both actors are in (dated in the filter's range, as buildNetwork counts them), so the
 * graph itself carries no passages. Newest articles first (undated last), text order within one.
 * @param a, b corpus actor ids (either order)
 * @param paragraphsOf as for buildNetwork; an article without paragraphs gives none
 * @returns at most `limit` passages, and `total`: every such paragraph (the edge's weight)
 */
export function togetherPassages(corpus: ViewSource, paragraphsOf: (path: string) => ArrayLike<number> | undefined, a: string, b: string, filter: NetworkFilter = {}, limit = MAX_EDGE_QUOTES): { passages: PassageRef[]; total: number } {
  const inB = new Set(corpus.articlesOf(b));
  const dated: Array<{ path: string; date: string }> = [];
  for (const path of new Set(corpus.articlesOf(a))) {
    const record = inB.has(path) ? corpus.record(path) : undefined;
    if (!record) continue;
    const date = articleDate(path, record);
    if ((filter.from || filter.to) && !datedIn(date, filter)) continue;
    dated.push({ path, date: date ?? '' });
  }
  dated.sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const passages: PassageRef[] = [];
  let total = 0;
  const keyOf = (id: string): number | undefined => (id === a ? 0 : id === b ? 1 : undefined);
  for (const { path } of dated) {
    const record = corpus.record(path);
    const idOf = corpus.idsIn(path);
    const paragraphs = paragraphsOf(path);
    if (!record || !idOf || !paragraphs) continue;
    eachParagraph(record, paragraphs, idOf, keyOf, (start, end, keys, firstAt) => {
      if (keys.length < 2) return;
      total++;
      if (passages.length < limit) passages.push({ path, start, end, at: Math.min(...firstAt) });
    });
  }
  return { passages, total };
}

/**
 * Walks an article's paragraphs and its mentions (both sorted by start) together, once each: for
 * every paragraph with a mention, `visit` gets its span, the distinct keys (`keyOf` of the mention's
 * corpus id; undefined leaves it out) of the actors mentioned in it and, at the same index, the
 * start of each one's first mention there.
 */
function eachParagraph(record: ArticleRecord, paragraphs: ArrayLike<number>, idOf: (index: number, surface?: string) => string | null, keyOf: (id: string) => number | undefined, visit: (start: number, end: number, keys: readonly number[], firstAt: readonly number[]) => void): void {
  const m = record.mentions;
  const keys: number[] = [];
  const firstAt: number[] = [];
  let k = 0;
  for (let p = 0; p + 1 < paragraphs.length && k < m.length; p += 2) {
    keys.length = firstAt.length = 0;
    for (; k < m.length && m[k + 1] < paragraphs[p + 1]; k += MENTION_STRIDE) {
      if (m[k + 1] < paragraphs[p]) continue;
      const id = idOf(m[k], record.surfaces[m[k + 3]]);
      const key = id === null ? undefined : keyOf(id);
      if (key !== undefined && !keys.includes(key)) {
        keys.push(key);
        firstAt.push(m[k + 1]);
      }
    }
    if (keys.length) visit(paragraphs[p], paragraphs[p + 1], keys, firstAt);
  }
}

/** Whether an article's date is in the filter's [from, to] (a `to` of YYYY or YYYY-MM takes its whole year or month). */
function datedIn(date: string | null, filter: NetworkFilter): boolean {
  return !!date && (!filter.from || date >= filter.from) && (!filter.to || date.slice(0, filter.to.length) <= filter.to);
}

/** Quotes and mentions per actor in the articles dated in range, so a node's size matches the edges shown. */
function countInRange(corpus: ViewSource, inRange: (path: string) => boolean): NetworkNode[] {
  const counts = new Map<string, { quotes: number; mentions: number }>();
  const count = (id: string): { quotes: number; mentions: number } => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { quotes: 0, mentions: 0 }));
    return c;
  };
  for (const path of corpus.paths()) {
    const record = corpus.record(path);
    const idOf = corpus.idsIn(path);
    if (!record || !idOf || !inRange(path)) continue;
    for (const q of record.quotes) {
      const speaker = speakerOf(q, idOf);
      if (speaker) count(speaker).quotes++;
    }
    for (let k = 0; k < record.mentions.length; k += MENTION_STRIDE) {
      const id = idOf(record.mentions[k], record.surfaces[record.mentions[k + 3]]);
      if (id) count(id).mentions++;
    }
  }
  const nodes: NetworkNode[] = [];
  for (const [id, c] of counts) {
    const actor = corpus.actor(id);
    if (actor) nodes.push({ id, name: actor.name, kind: groupOf(actor), quoteCount: c.quotes, mentionCount: c.mentions });
  }
  return nodes;
}
