/**
 * Events across articles: the same event reported in several articles (same kind, same place or
 * same lead actor, compatible dates) becomes one event with all its passages as sources.
 */
import { pushTo, type LocalActor } from '../extractor/actors';
import type { LocalEvent } from '../extractor/events';
import type { CorpusEvent } from '../extractor/types';

interface Draft {
  event: CorpusEvent;
  placeKey: string | null;
  lead: string | null;
}

/** Two dates agree when one refines the other ("2024-07" and "2024-07-09"), or either is unknown. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const moreSpecific = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a.length >= b.length ? a : b);

export function mergeEvents(docs: Array<{ path: string; events: LocalEvent[] }>, idOf: (a: LocalActor) => string | null): CorpusEvent[] {
  const drafts: Draft[] = [];
  // candidates by kind and place, and by kind, date and lead actor
  const byPlace = new Map<string, Draft[]>();
  const byDateLead = new Map<string, Draft[]>();
  for (const { path, events } of docs) {
    for (const e of events) {
      const participants = e.participants.map(idOf).filter((x): x is string => !!x);
      const placeKey = e.placeName ? e.placeName.toLowerCase().replace(/,.*$/, '') : null;
      const lead = participants[0] ?? null;
      const same = placeKey
        ? byPlace.get(`${e.kind}|${placeKey}`)?.find((d) => datesCompatible(d.event.date, e.date) && (!lead || !d.lead || d.event.participants.includes(lead)))
        : e.date && lead
          ? byDateLead.get(`${e.kind}|${e.date}|${lead}`)?.[0]
          : undefined;
      const sources = [{ path, start: e.start, end: e.end }, ...e.more.map((m) => ({ path, ...m }))];
      if (same) {
        same.event.sources.push(...sources);
        same.event.date = moreSpecific(same.event.date, e.date);
        if (!same.event.dateText) same.event.dateText = e.dateText;
        for (const p of participants) if (!same.event.participants.includes(p)) same.event.participants.push(p);
        continue;
      }
      const draft: Draft = {
        placeKey,
        lead,
        event: { id: '', label: e.label, kind: e.kind, date: e.date, dateText: e.dateText, place: e.placeName, participants, sources },
      };
      drafts.push(draft);
      if (placeKey) pushTo(byPlace, `${e.kind}|${placeKey}`, draft);
      else if (e.date && lead) pushTo(byDateLead, `${e.kind}|${e.date}|${lead}`, draft);
    }
  }
  const events = drafts.map((d) => d.event);
  const used = new Map<string, number>();
  for (const ev of events) {
    const base = `${ev.label}-${ev.date ?? 'undated'}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    ev.id = n ? `${base}-${n + 1}` : base;
  }
  return events.sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0));
}
