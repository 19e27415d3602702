/**
 * The actor the extractor resolved at an offset: the speaker of an attribution when the offset is
 * in its source phrase ("Beijing said" → China, "the NATO chief" → the person), else the innermost
 * mention there (a person before the organisation inside "the NATO chief"). Hovers, references and
 * the tree's reveal all ask this one question, so they agree.
 */
import type { CorpusLookup } from '../../corpus/lookup';

export interface ActorSpan {
  actor: string;
  start: number;
  end: number;
}

export function actorAt(lookup: CorpusLookup, path: string, offset: number): ActorSpan | undefined {
  const doc = lookup.documents.get(path);
  if (!doc) return undefined;
  for (const q of doc.quotes) {
    const m = q.speakerMention;
    if (q.speaker && m && offset >= m.start && offset < m.end && lookup.actors.has(q.speaker)) return { actor: q.speaker, start: m.start, end: m.end };
  }
  const mention = lookup.mentionAt(path, offset);
  return mention && lookup.actors.has(mention.actor) ? { actor: mention.actor, start: mention.start, end: mention.end } : undefined;
}
