/**
 * What an Events tree row says beside its title: the date, place and first participants. Kept out
 * of `eventsTree.ts` (no `vscode` import) so that it can be tested in plain Node.
 */
import type { CorpusEvent } from '../../extractor/types';

/** How many participants a row names before "+N". */
const NAMED_PARTICIPANTS = 3;

/**
 * The row's description, parts joined by " · ": the ISO date; or, for an event without one, the
 * words that dated it in the text with "no year" ("“June 16”, no year"), since an article without
 * a date of its own cannot give the year and the day is what a reader looks for; or "undated".
 * `who` is the participants' display names in the event's order.
 */
export function eventRowDescription(e: Pick<CorpusEvent, 'date' | 'dateText' | 'place'>, who: readonly string[]): string {
  const when = e.date ?? (e.dateText ? `“${e.dateText}”, no year` : 'undated');
  const named = who.slice(0, NAMED_PARTICIPANTS).join(', ') + (who.length > NAMED_PARTICIPANTS ? ` +${who.length - NAMED_PARTICIPANTS}` : '');
  return [when, e.place, named].filter(Boolean).join(' · ');
}
