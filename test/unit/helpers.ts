/** Small helpers shared by the unit tests. */
import { analyze, type Analysis, type LocalQuote } from '../../src/extractor/analyze';

/** Analyses text and returns its quotes with the speaker's name, in text order. */
export function quotesOf(text: string, options = {}): Array<LocalQuote & { who: string | null }> {
  return analyze(text, options).quotes.map((q) => ({ ...q, who: q.speaker?.name ?? null }));
}

export function actorNames(a: Analysis, kind?: string): string[] {
  return a.actors.filter((x) => !kind || x.kind === kind).map((x) => x.name);
}
