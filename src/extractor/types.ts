/** The extraction contract of ../shared/spec/extraction.md, as TypeScript types. */

export type ActorKind = 'person' | 'organization' | 'country' | 'place' | 'group';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Quote extends Span {
  kind: QuoteKind;
  /** Actor id (corpus-wide) or null when no source was found. */
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  /** A quote that carries on an attribution made just before it. */
  continuation?: boolean;
  /** One attribution interrupted by its cue, when continuations are joined. */
  pieces?: Span[];
  /** Ids of the actors mentioned inside the content (the speaker left out): whom the quote is about. */
  about?: string[];
}

export interface Mention {
  actor: string;
  start: number;
  end: number;
  text: string;
}

export interface EventSource {
  path: string;
  start: number;
  end: number;
}

export type EventKind =
  | 'summit'
  | 'meeting'
  | 'talks'
  | 'visit'
  | 'speech'
  | 'publication'
  | 'announcement'
  | 'agreement'
  | 'statement'
  | 'press conference'
  | 'election'
  | 'debate'
  | 'hearing'
  | 'rally'
  | 'strike'
  | 'vote'
  | 'swearing-in';

export interface CorpusEvent {
  id: string;
  label: string;
  kind: EventKind;
  date: string | null;
  dateText: string | null;
  place: string | null;
  participants: string[];
  sources: EventSource[];
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  quoteCount: number;
}

export interface DocumentResult {
  path: string;
  title: string | null;
  published: string | null;
  quotes: Quote[];
  mentions: Mention[];
}

export interface CorpusResult {
  tool: { name: string; version: string };
  documents: DocumentResult[];
  actors: Actor[];
  events: CorpusEvent[];
}
