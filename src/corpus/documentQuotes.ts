/**
 * An article record's quotes as the spec's JSON gives them (Corpus.document): speaker ids from the
 * corpus, `about` from the article's mentions. Two ways to the quoted text: the record's own
 * (records made by the command line keep it) or the article read again when a view asks (the
 * editor's records leave it out: see withoutQuoteTexts in ./record.ts).
 */
import { aboutOf } from './about';
import { MENTION_STRIDE, type ArticleRecord, type RecordQuote } from './record';
import type { Mention, Quote } from '../extractor/types';

/** The corpus id (or null) of the record's actor `index`, seen as `surface`. */
export type IdOf = (index: number, surface?: string) => string | null;

/**
 * A quote with the record's texts. Indexes, not destructuring, and each quote made whole at once
 * (the JSON's key order), not spread or added to: this runs for every quote of the corpus.
 */
export function storedQuote(q: RecordQuote, idOf: IdOf, mentions: Mention[]): Quote {
  const s = q.spans;
  const start = s[0];
  const end = s[1];
  const speaker = idOf(q.speaker, q.speakerText ?? undefined);
  const speakerMention = q.speakerText !== null ? { start: s[2], end: s[3], text: q.speakerText } : null;
  const cue = q.cueText !== null ? { start: s[4], end: s[5], text: q.cueText } : null;
  const spans = q.pieces;
  if (!spans) {
    const about = aboutOf([{ start, end }], mentions, speaker);
    return q.continuation
      ? { start, end, text: q.text, kind: q.kind, speaker, speakerMention, cue, continuation: true, about }
      : { start, end, text: q.text, kind: q.kind, speaker, speakerMention, cue, about };
  }
  const pieces = (q.pieceTexts ?? []).map((text, i) => ({ start: spans[2 * i], end: spans[2 * i + 1], text }));
  const about = aboutOf(pieces, mentions, speaker);
  return q.continuation
    ? { start, end, text: q.text, kind: q.kind, speaker, speakerMention, cue, continuation: true, pieces, about }
    : { start, end, text: q.text, kind: q.kind, speaker, speakerMention, cue, pieces, about };
}

/**
 * A quote whose text and pieces' texts are read from the article (`read(path)`, undefined when it
 * cannot be read: '') each time they are asked: nothing is kept, as answers cached by actor hold
 * these quotes.
 */
export function quoteReadFromArticle(read: (path: string) => string | undefined, path: string, q: RecordQuote, idOf: IdOf, mentions: Mention[]): Quote {
  const s = q.spans;
  const start = s[0];
  const end = s[1];
  const speaker = idOf(q.speaker, q.speakerText ?? undefined);
  const quote: Quote = {
    start,
    end,
    get text() {
      return (read(path) ?? '').slice(start, end);
    },
    kind: q.kind,
    speaker,
    speakerMention: q.speakerText !== null ? { start: s[2], end: s[3], text: q.speakerText } : null,
    cue: q.cueText !== null ? { start: s[4], end: s[5], text: q.cueText } : null,
  };
  if (q.continuation) quote.continuation = true;
  const flat = q.pieces;
  const pieces: Quote['pieces'] = [];
  for (let i = 0; flat && i + 1 < flat.length; i += 2) {
    const [from, to] = [flat[i], flat[i + 1]];
    pieces.push({
      start: from,
      end: to,
      get text() {
        return (read(path) ?? '').slice(from, to);
      },
    });
  }
  if (flat) quote.pieces = pieces;
  quote.about = aboutOf(flat ? pieces : [{ start, end }], mentions, speaker);
  return quote;
}

/** A record's mentions with corpus-wide actor ids (`idOf`), those of no actor left out. */
export function mentionsOf(d: ArticleRecord, idOf: IdOf): Mention[] {
  const mentions: Mention[] = [];
  const m = d.mentions;
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    const text = d.surfaces[m[i + 3]];
    const actor = idOf(m[i], text);
    if (actor) mentions.push({ actor, start: m[i + 1], end: m[i + 2], text });
  }
  return mentions;
}
