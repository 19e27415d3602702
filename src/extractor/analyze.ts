/**
 * One article's text in, its analysis out: actors and their mentions, quotes with speakers and
 * cues, the title and the article's date. Events are read by ./events from the same analysis.
 *
 * Attribution runs in stages over a shared per-article state (./attribution/state), data flowing
 * one way: names become actors and mentions (./attribution/mentions), then for each sentence the
 * cues are found (./attribution/cueDetection), each cue's source phrase (./attribution/source)
 * and content (./attribution/content), and the source phrase is resolved to an actor
 * (./attribution/resolution).
 */
import type { Paragraph, Sentence, Token } from './text';
import { readPublished } from './dates';
import type { LocalActor, LocalMention } from './actors';
import type { Span } from './types';
import { findCues, type Cue } from './attribution/cueDetection';
import { accordingContent, addContinuations, buildQuoteFrom, findContent, joinContinuations, tokenAfter } from './attribution/content';
import { collectNames, mentionHeadings, resolveSingles } from './attribution/mentions';
import { resolveNp } from './attribution/resolution';
import { accordingSource, findSource } from './attribution/source';
import { ArticleState, type AnalyzeOptions, type Attribution, type LocalQuote, type Np } from './attribution/state';

export type { AnalyzeOptions, LocalQuote } from './attribution/state';

export interface Analysis {
  text: string;
  title: string | null;
  published: string | null;
  paragraphs: Paragraph[];
  actors: LocalActor[];
  mentions: LocalMention[];
  quotes: LocalQuote[];
}

const PUBLISHES = new Set(['released', 'published', 'issued', 'unveiled']);

/** Analyses one article's text (UTF-16 offsets into `text`). Never throws on odd input. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const st = new ArticleState(text, options);
  st.paragraphs.forEach((p, pi) => {
    if (p.kind === 'body') for (const s of p.sentences) collectNames(st, pi, p, s);
  });
  resolveSingles(st);
  st.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'body') return;
    p.sentences.forEach((s) => {
      st.sentenceSerial++;
      attributeSentence(st, pi, p, s);
    });
  });
  mentionHeadings(st);
  const used = new Set<LocalActor>();
  for (const m of st.mentions) used.add(m.actor);
  for (const q of st.quotes) if (q.speaker) used.add(q.speaker);
  const actors = st.table.actors.filter((a) => used.has(a));
  st.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  st.quotes.sort((a, b) => a.start - b.start);
  if (options.joinContinuations !== false) joinContinuations(st);
  return {
    text,
    title: title(st),
    published: st.dateLine ?? readPublished(text),
    paragraphs: st.paragraphs,
    actors,
    mentions: st.mentions,
    quotes: st.quotes,
  };
}

function title(st: ArticleState): string | null {
  const first = st.paragraphs.find((p) => p.kind !== 'noise');
  const repeated = st.paragraphs.find((p, i) => p.kind === 'heading' && st.paragraphs.slice(i + 1).some((q) => q.kind === 'noise' && st.text.slice(q.start, q.end).trim() === st.text.slice(p.start, p.end).trim()));
  const chosen = repeated ?? (first?.kind === 'heading' ? first : undefined);
  return chosen ? st.text.slice(chosen.start, chosen.end).trim() : null;
}

/** Every cue of one sentence in turn, then the quotations no cue took. */
function attributeSentence(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  const inQuote = p.inQuote;
  const firstPerson = st.firstMention(pi, s, (a) => a.kind === 'person');
  const made: LocalQuote[] = [];
  const cues = findCues(t, s, inQuote, st.options);
  let sentenceSpeaker: Attribution | null = null;
  let consumed = -1;
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    // a cue inside content already reported ("said that …, they will announce …") is part of it
    if (cue.index < consumed && !cue.joined) continue;
    const nextCue = cues.slice(ci + 1).find((c) => c.joined);
    const q = attributeCue(st, pi, p, s, cue, nextCue, sentenceSpeaker, made);
    if (cue.consumedUntil !== undefined) consumed = Math.max(consumed, cue.consumedUntil);
    if (q) {
      made.push(q);
      sentenceSpeaker = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
      st.noteSpeaker(sentenceSpeaker);
    }
  }
  addContinuations(st, pi, p, s, made, sentenceSpeaker);
  for (const q of made) {
    q.text = st.text.slice(q.start, q.end);
    st.quotes.push(q);
  }
  if (firstPerson) st.lastPersonMentioned = { actor: firstPerson, sentence: st.sentenceSerial };
  // "CSIS released an analysis … The report highlights …": the report speaks for its publisher
  if (publishes(t, s)) {
    const publisher = st.firstMention(pi, s, (a) => a.kind === 'organization' || a.kind === 'country');
    if (publisher) st.lastPublisher = publisher;
  }
}

/** One cue: its source phrase and content, then the speaker; null when the cue reports nothing here. */
function attributeCue(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cue: Cue, nextCue: Cue | undefined, sentenceSpeaker: Attribution | null, made: LocalQuote[]): LocalQuote | null {
  const t = p.tokens;
  const cueSpan = st.span(t[cue.index].start, t[cue.end - 1].end);
  // content stops before a coordinated or participial cue ("… and criticized …", "…, saying …")
  const contentEndLimit = nextCue && nextCue.joined ? nextCue.clauseStart : s.to;
  const regionStart = made.length ? tokenAfter(t, made[made.length - 1].end, s) : s.from;

  if (!cue.info && cue.phraseEnd !== undefined) {
    const np = { from: cue.end, to: cue.phraseEnd };
    return buildQuote(st, pi, p, s, cue.phraseEnd + 1, contentEndLimit, np, cueSpan, 'according');
  }
  if (!cue.info) {
    // "according to X": the content is the rest of the sentence.
    const source = accordingSource(t, s, cue);
    if (!source) return null;
    const content = accordingContent(t, cue, source.npEnd, regionStart, contentEndLimit);
    if (!content) return null;
    return buildQuote(st, pi, p, s, content[0], content[1], source.np, cueSpan, 'according');
  }

  const info = cue.info;
  const source = findSource(st, pi, p, s, cue, sentenceSpeaker);
  if (!source) return null;
  const content = findContent(p, s, cue, info, source, regionStart, contentEndLimit);
  if (!content) return null;
  cue.consumedUntil = content[1];
  const { subject, inherited } = source;
  if (inherited) return buildQuoteFrom(st, p, s, content[0], content[1], inherited.speaker, inherited.mention, cueSpan, info.cls);
  const speaker = resolveNp(st, pi, p, s, subject!);
  // "Japan fears that …" is the reporter's reading of a country, not anyone's words
  if (info.cls === 'attitude' && speaker && (speaker.kind === 'country' || speaker.kind === 'place')) return null;
  return buildQuote(st, pi, p, s, content[0], content[1], subject!, cueSpan, info.cls, speaker);
}

/** A quote whose speaker is the source phrase `np`, resolved here unless given. */
function buildQuote(st: ArticleState, pi: number, p: Paragraph, s: Sentence, from: number, to: number, np: Np, cue: Span, cls: LocalQuote['cueClass'], speaker = resolveNp(st, pi, p, s, np)): LocalQuote | null {
  const t = p.tokens;
  const mention = st.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
  return buildQuoteFrom(st, p, s, from, to, speaker, mention, cue, cls);
}

/** "released", "published", "issued", "put out", "unveiled" among a sentence's words. */
function publishes(t: Token[], s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) {
    // most words fail on their first letter, before any set look-up (r, p, i, u)
    const c = t[i].lower.charCodeAt(0);
    if (c !== 114 && c !== 112 && c !== 105 && c !== 117) continue;
    if (PUBLISHES.has(t[i].lower) || (t[i].lower === 'put' && t[i + 1]?.lower === 'out')) return true;
  }
  return false;
}
