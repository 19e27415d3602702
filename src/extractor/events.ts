/**
 * Events in one article: summits, meetings, talks, visits, speeches, publications,
 * announcements and agreements, with the actors taking part, the place and the date.
 */
import type { Analysis } from './analyze';
import type { LocalActor } from './actors';
import { countryByDemonym } from './gazetteer';
import { latestStatedDate, resolveDate } from './dates';
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
 * summit" are.
 */
const NOUN_TRIGGERS: Array<[RegExp, EventKind]> = [
  [/\b(?:press|news) conference\b/i, 'press conference'],
  [/\bsummit\b/i, 'summit'],
  [/\b(?:held|hold|holding|holds|during|in|after|before) (?:\w+ ){0,2}(?:talks|negotiations)\b/i, 'talks'],
  [/\b(?:meeting|meetings|gathering) (?:of|with|in|at|between|on)\b/i, 'meeting'],
  [/\b(?:a|his|her|the|their|its) (?:\w+ )?speech\b/i, 'speech'],
  [/\b(?:visit|visits|trip) to\b/i, 'visit'],
  [/\b(?:agreement|pact|treaty|accord)\b/i, 'agreement'],
  [/\b(?:[A-Z][\w-]+|\d{4}) (?:presidential |primary |televised )?debates?\b/, 'debate'],
  [/\b(?:congressional|Senate|House|confirmation|court) hearings?\b/i, 'hearing'],
  [/\brally (?:in|at|on)\b/i, 'rally'],
  [/\b(?:[A-Z][\w-]+|\d{4}) (?:general |presidential |midterm |special )?(?:primary|primaries|caucus|caucuses|election)\b/, 'election'],
];
const VERB_TRIGGERS: Array<[RegExp, EventKind]> = [
  [/\b(?:visited|visiting|arrived in|traveled to|travelled to)\b/i, 'visit'],
  [/\b(?:met with|met|meets with|will meet)\b/i, 'meeting'],
  [/\bheld talks\b/i, 'talks'],
  [/\b(?:signed|will sign)\b/i, 'agreement'],
  [/\b(?:announced|unveiled)\b/i, 'announcement'],
  [/\b(?:published|released|issued|wrote in)\b (?:(?:a|an|the|its|his|her|their) )?(?:[\w-]+ ){0,2}(?:piece|report|statement|analysis|study|poll|survey|memo|letter|book|commentary|op-ed|essay|article|Foreign Affairs)\b/i, 'publication'],
  [/\b(?:told|addressed) (?:an audience|a crowd|the [A-Z][\w.]+ (?:Congress|Parliament|Assembly))\b/, 'speech'],
];
const FUTURE = /\b(?:will|would|next|upcoming|planned|plans? to|set to|is to|are to|starts|begins|due to|scheduled|ahead of|later this)\b/i;
const TRIGGER_ORDER: EventKind[] = ['summit', 'press conference', 'talks', 'meeting', 'visit', 'speech', 'agreement', 'announcement', 'publication', 'debate', 'hearing', 'rally', 'election'];

/** Events of one analysed article, at most one per sentence (its most specific trigger). */
export function extractEvents(analysis: Analysis): LocalEvent[] {
  const { text } = analysis;
  // without a date of its own, the article's latest full date is the reference (looked for once, if needed)
  let reference: string | null | undefined = analysis.published ?? undefined;
  const events: LocalEvent[] = [];
  const quoteSpans = analysis.quotes.filter((q) => q.kind === 'direct');
  const mentionsByPara = new Map<number, Analysis['mentions']>();
  for (const m of analysis.mentions) {
    const list = mentionsByPara.get(m.para);
    if (list) list.push(m);
    else mentionsByPara.set(m.para, [m]);
  }
  analysis.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'body') return;
    for (const s of p.sentences) {
      let candidate = false;
      for (let i = s.from; i < s.to && !candidate; i++) candidate = TRIGGER_WORDS.has(p.tokens[i].lower);
      if (!candidate) continue;
      const sentence = text.slice(s.start, s.end);
      const found = triggerIn(sentence);
      if (!found) continue;
      const { kind, offset } = found;
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
      const resolved = resolveDate(reported, reference, FUTURE.test(reported));
      const lead = participants.find((a) => a.kind === 'organization') ?? participants.find((a) => a.kind === 'person') ?? participants[0] ?? null;
      const placeName = place?.name ?? demonymPlace;
      // "the summit" again, with no date or place of its own: the same summit as before in this article
      const earlier = events.findLast((e) => e.kind === kind);
      if (earlier && !resolved && !placeName) {
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

/** Words without which no pattern below can match: most sentences are ruled out on their tokens alone. */
const TRIGGER_WORDS = new Set(
  ('summit|conference|talks|negotiations|meeting|meetings|gathering|speech|visit|visits|trip|agreement|pact|treaty|accord|' +
    'debate|debates|hearing|hearings|rally|primary|primaries|caucus|caucuses|election|met|meets|meet|signed|sign|announced|' +
    'unveiled|published|released|wrote|issued|told|addressed|arrived|traveled|travelled|visited|visiting|held')
    .split('|'),
);

/** The most specific event word of a sentence, and where it stands. */
function triggerIn(sentence: string): { kind: EventKind; offset: number } | null {
  const found = new Map<EventKind, number>();
  for (const [re, kind] of [...NOUN_TRIGGERS, ...VERB_TRIGGERS]) {
    const m = re.exec(sentence);
    if (m && !(found.get(kind)! <= m.index)) found.set(kind, m.index);
  }
  const kind = TRIGGER_ORDER.find((k) => found.has(k));
  return kind ? { kind, offset: found.get(kind)! } : null;
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

function adjectivalPlace(sentence: string, kind: EventKind): string | null {
  const m = new RegExp(`\\b([A-Z][a-z]+)\\s+${kind}\\b`).exec(sentence);
  const country = m ? countryByDemonym.get(m[1].toLowerCase()) : undefined;
  return country?.name ?? null;
}

function labelFor(kind: EventKind, lead: LocalActor | null, place: string | null): string {
  const who = lead ? `${lead.name} ` : '';
  return `${who}${kind}${place ? ` in ${place}` : ''}`;
}
