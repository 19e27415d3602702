/**
 * Events in one article: summits, meetings, talks, visits, speeches, publications,
 * announcements and agreements, with the actors taking part, the place and the date.
 */
import type { Analysis } from './analyze';
import { pushTo, type LocalActor } from './actors';
import { countryByDemonym } from './gazetteer';
import { latestStatedDate, namesDate, resolveDate } from './dates';
import type { EventKind } from './types';

export interface LocalEvent {
  kind: EventKind;
  label: string;
  date: string | null;
  dateText: string | null;
  place: LocalActor | null;
  /** Place named only by an adjective ("the Lithuanian summit"). */
  placeName: string | null;
  participants: LocalActor[];
  start: number;
  end: number;
  /** Later passages of the same article that speak of this event again. */
  more: Array<{ start: number; end: number }>;
}

/**
 * Event words, each with the context that makes it an event and not a figure of speech: "a big
 * deal" and "the election" (in a campaign story) are no events; "the Iowa caucuses" and "a NATO
 * summit" are. Each pattern comes with the words without which it cannot match, so a sentence runs
 * only the patterns its own words call for.
 */
const TRIGGERS: Array<{ pattern: RegExp; kind: EventKind; words: string; verb?: true }> = [
  { pattern: /\b(?:press|news) conference\b/i, kind: 'press conference', words: 'conference' },
  { pattern: /\bsummit\b/i, kind: 'summit', words: 'summit' },
  { pattern: /\b(?:held|hold|holding|holds|during|in|after|before) (?:\w+ ){0,2}(?:talks|negotiations)\b/i, kind: 'talks', words: 'talks negotiations' },
  { pattern: /\b(?:meeting|meetings|gathering) (?:of|with|in|at|between|on|during)\b/i, kind: 'meeting', words: 'meeting meetings gathering' },
  {
    pattern: /\b(?:said|says|wrote|added|stated) in (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}statement\b|\b(?:issued|released|put out) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}statement\b/i,
    kind: 'statement',
    words: 'statement',
  },
  { pattern: /\b(?:a|his|her|the|their|its) (?:\w+ )?speech\b/i, kind: 'speech', words: 'speech' },
  { pattern: /\b(?:visit|visits|trip) to\b/i, kind: 'visit', words: 'visit visits trip' },
  { pattern: /\b(?:agreement|pact|treaty|accord)\b/i, kind: 'agreement', words: 'agreement pact treaty accord' },
  { pattern: /\b(?:[A-Z][\w-]+|\d{4}) (?:presidential |primary |televised )?debates?\b/, kind: 'debate', words: 'debate debates' },
  { pattern: /\b(?:congressional|Senate|House|confirmation|court) hearings?\b/i, kind: 'hearing', words: 'hearing hearings' },
  { pattern: /\brally (?:in|at|on)\b/i, kind: 'rally', words: 'rally' },
  { pattern: /\b(?:[A-Z][\w-]+|\d{4}) (?:general |presidential |midterm |special )?(?:primary|primaries|caucus|caucuses|election)\b/, kind: 'election', words: 'primary primaries caucus caucuses election' },
  { pattern: /\b(?:visited|visiting|arrived in|traveled to|travelled to)\b/i, kind: 'visit', words: 'visited visiting arrived traveled travelled', verb: true },
  { pattern: /\b(?:met with|met|meets with|will meet)\b/i, kind: 'meeting', words: 'met meets meet', verb: true },
  { pattern: /\bheld talks\b/i, kind: 'talks', words: 'held', verb: true },
  { pattern: /\b(?:signed|will sign)\b/i, kind: 'agreement', words: 'signed sign', verb: true },
  { pattern: /\b(?:announced|unveiled)\b/i, kind: 'announcement', words: 'announced unveiled', verb: true },
  {
    pattern: /\b(?:published|released|issued|wrote in)\b (?:(?:a|an|the|its|his|her|their) )?(?:[\w-]+ ){0,2}(?:piece|report|statement|analysis|study|poll|survey|memo|letter|book|commentary|op-ed|essay|article|Foreign Affairs)\b/i,
    kind: 'publication',
    words: 'published released issued wrote',
    verb: true,
  },
  { pattern: /\b(?:told|addressed) (?:an audience|a crowd|the [A-Z][\w.]+ (?:Congress|Parliament|Assembly))\b/, kind: 'speech', words: 'told addressed', verb: true },
];
/** A definite reference just before an event word: "the summit", "this week's NATO gathering". */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|its|their)\s+(?:[\w’'-]+\s+){0,3}\S?$/i;

/** Word -> the triggers it makes possible. */
const TRIGGERS_BY_WORD = new Map<string, number[]>();
TRIGGERS.forEach((t, i) => {
  for (const w of t.words.split(' ')) TRIGGERS_BY_WORD.set(w, [...(TRIGGERS_BY_WORD.get(w) ?? []), i]);
});
const TRIGGER_ORDER: EventKind[] = ['summit', 'press conference', 'talks', 'meeting', 'visit', 'speech', 'agreement', 'statement', 'announcement', 'publication', 'debate', 'hearing', 'rally', 'election'];

/**
 * Events of one analysed article, at most one per sentence (its most specific trigger). Relative
 * dates are resolved against the article's own date, else the date its file name gives, else the
 * latest full date in its text.
 */
export function extractEvents(analysis: Analysis, fileDate: string | null = null): LocalEvent[] {
  const { text } = analysis;
  // the latest full date is looked for once, and only if a sentence needs it
  let reference: string | null | undefined = analysis.published ?? fileDate ?? undefined;
  const events: LocalEvent[] = [];
  const quoteSpans = analysis.quotes.filter((q) => q.kind === 'direct');
  const mentionsByPara = new Map<number, Analysis['mentions']>();
  for (const m of analysis.mentions) pushTo(mentionsByPara, m.para, m);
  analysis.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'body') return;
    for (const s of p.sentences) {
      let possible: Set<number> | null = null;
      for (let i = s.from; i < s.to; i++) {
        const triggers = TRIGGERS_BY_WORD.get(p.tokens[i].lower);
        if (triggers) for (const t of triggers) (possible ??= new Set()).add(t);
      }
      if (!possible) continue;
      const sentence = text.slice(s.start, s.end);
      const found = triggerIn(sentence, possible);
      if (!found) continue;
      const { kind, offset, verb } = found;
      // a trigger inside a direct quotation is someone's words, not the reporter's event
      if (quoteSpans.some((q) => s.start + offset >= q.start && s.start + offset < q.end)) continue;
      const inSentence = (mentionsByPara.get(pi) ?? []).filter((m) => m.start >= s.start && m.end <= s.end);
      const participants: LocalActor[] = [];
      for (const m of inSentence) if (m.actor.kind !== 'place' && !participants.includes(m.actor)) participants.push(m.actor);
      const place = placeOf(sentence, s.start, offset, inSentence);
      const demonymPlace = place ? null : adjectivalPlace(sentence, kind);
      if (reference === undefined) reference = latestStatedDate(text);
      // "today" inside a quotation is the speaker's day, not the event's
      const reported = withoutQuotations(sentence, s.start, quoteSpans);
      const resolved = resolveDate(reported, reference);
      const lead = participants.find((a) => a.kind === 'organization') ?? participants.find((a) => a.kind === 'person') ?? participants[0] ?? null;
      const placeName = place?.name ?? demonymPlace;
      // "the summit" again, with no time or place of its own: the same summit as before in this
      // article; "met with X" or "a meeting with Y" is another one
      const earlier = events.findLast((e) => e.kind === kind);
      if (earlier && !verb && !placeName && !namesDate(reported) && DEFINITE_BEFORE.test(sentence.slice(Math.max(0, offset - 40), offset + 1))) {
        earlier.more.push({ start: s.start, end: s.end });
        for (const a of participants) if (!earlier.participants.includes(a) && earlier.participants.length < 8) earlier.participants.push(a);
        continue;
      }
      events.push({
        kind,
        label: labelFor(kind, lead, placeName),
        date: resolved?.date ?? null,
        dateText: resolved?.text ?? null,
        place,
        placeName,
        participants: participants.slice(0, 8),
        start: s.start,
        end: s.end,
        more: [],
      });
    }
  });
  return events;
}

/** The most specific event word of a sentence, and where it stands. */
function triggerIn(sentence: string, possible: Set<number>): { kind: EventKind; offset: number; verb: boolean } | null {
  const found = new Map<EventKind, { offset: number; verb: boolean }>();
  for (const i of possible) {
    const { pattern, kind, verb } = TRIGGERS[i];
    const m = pattern.exec(sentence);
    const earlier = found.get(kind);
    if (m && (!earlier || m.index < earlier.offset)) found.set(kind, { offset: m.index, verb: !!verb });
  }
  const kind = TRIGGER_ORDER.find((k) => found.has(k));
  return kind ? { kind, ...found.get(kind)! } : null;
}

/** The sentence with the text of direct quotations blanked out, offsets kept. */
function withoutQuotations(sentence: string, sentenceStart: number, quotes: Array<{ start: number; end: number }>): string {
  let out = sentence;
  for (const q of quotes) {
    const a = Math.max(0, q.start - sentenceStart);
    const b = Math.min(sentence.length, q.end - sentenceStart);
    if (a < b) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** The place after "in", "at" or "to" nearest after the event word; else the nearest before it. */
function placeOf(sentence: string, sentenceStart: number, trigger: number, mentions: Array<{ actor: LocalActor; start: number }>): LocalActor | null {
  let best: { actor: LocalActor; distance: number } | null = null;
  for (const m of mentions) {
    if (m.actor.kind !== 'place' && m.actor.kind !== 'country') continue;
    const at = m.start - sentenceStart;
    const before = sentence.slice(Math.max(0, at - 12), at);
    if (!/\b(?:in|at|to)\s+(?:the\s+)?$/i.test(before)) continue;
    // places after the event word are its place far more often than places before it
    const distance = at >= trigger ? at - trigger : (trigger - at) * 3;
    if (!best || distance < best.distance) best = { actor: m.actor, distance };
  }
  return best && best.distance < 160 ? best.actor : null;
}

/** "the Lithuanian summit": a capitalised word before the event word, per kind. */
const ADJECTIVE_BEFORE = new Map(TRIGGER_ORDER.map((kind) => [kind, new RegExp(`\\b([A-Z][a-z]+)\\s+${kind}\\b`)]));

function adjectivalPlace(sentence: string, kind: EventKind): string | null {
  const m = ADJECTIVE_BEFORE.get(kind)!.exec(sentence);
  const country = m ? countryByDemonym.get(m[1].toLowerCase()) : undefined;
  return country?.name ?? null;
}

function labelFor(kind: EventKind, lead: LocalActor | null, place: string | null): string {
  const who = lead ? `${lead.name} ` : '';
  return `${who}${kind}${place ? ` in ${place}` : ''}`;
}
