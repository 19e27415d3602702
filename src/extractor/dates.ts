/**
 * Dates with chrono-node: the article's own date, and the date an event phrase refers to,
 * resolved against the article's date in the direction the verb's tense implies.
 */
import * as chrono from 'chrono-node';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const HEAD_LENGTH = 400;

/** The article's date when its first lines state one ("Published July 10, 2023", "2023-07-10"). */
export function readPublished(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const iso = ISO.exec(head);
  if (iso) return iso[0];
  const lines = head.split('\n').slice(0, 4).join('\n');
  for (const r of chrono.strict.parse(lines)) {
    if (r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) return isoDay(r.start.date());
  }
  return null;
}

/** The latest fully stated date in the text: a reference when the article gives no date of its own. */
export function latestStatedDate(text: string): string | null {
  let latest: string | null = null;
  for (const r of chrono.strict.parse(text)) {
    if (!(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) continue;
    const d = isoDay(r.start.date());
    if (!latest || d > latest) latest = d;
  }
  return latest;
}

export interface ResolvedDate {
  date: string;
  text: string;
  index: number;
}

/**
 * Resolves the date phrase in a sentence. Relative phrases ("Tuesday", "last month") need the
 * reference date; the tense says whether a bare weekday lies ahead ("will meet Tuesday") or behind.
 */
export function resolveDate(sentence: string, reference: string | null, future: boolean): ResolvedDate | null {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const results = ref ? chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: future }) : chrono.strict.parse(sentence);
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') && !ref) continue;
    if (!ref && !c.isCertain('month')) continue;
    // chrono fills unknown parts from the reference: keep only what the text or the reference fixes
    const d = c.date();
    const y = d.getUTCFullYear();
    if (!Number.isFinite(y)) continue;
    const relative = !c.isCertain('year');
    if (c.isCertain('day') || (relative && c.get('weekday') !== null && c.get('weekday') !== undefined)) {
      return { date: isoDay(d), text: r.text, index: r.index };
    }
    if (c.isCertain('month')) return { date: isoDay(d).slice(0, 7), text: r.text, index: r.index };
    if (/\b(?:last|next|this) (?:month)\b/i.test(r.text)) return { date: isoDay(d).slice(0, 7), text: r.text, index: r.index };
    if (c.isCertain('year') || /\b(?:last|next|this) year\b/i.test(r.text)) return { date: String(y), text: r.text, index: r.index };
    if (/\bweek\b/i.test(r.text)) return { date: isoDay(d), text: r.text, index: r.index };
  }
  const year = /\b(?:in|since|during|of) ((?:19|20)\d{2})\b/.exec(sentence);
  if (year) return { date: year[1], text: year[1], index: year.index + year[0].length - 4 };
  return null;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
