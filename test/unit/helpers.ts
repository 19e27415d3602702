/** Small helpers shared by the unit tests. */
import { strict as assert } from 'node:assert';
import { analyze, type Analysis, type LocalQuote } from '../../src/extractor/analyze';

/** Analyses text and returns its quotes with the speaker's name, in text order. */
export function quotesOf(text: string, options = {}): Array<LocalQuote & { who: string | null }> {
  return analyze(text, options).quotes.map((q) => ({ ...q, who: q.speaker?.name ?? null }));
}

export function actorNames(a: Analysis, kind?: string): string[] {
  return a.actors.filter((x) => !kind || x.kind === kind).map((x) => x.name);
}

/** The speaker's name (null for none) of the first quote of `text` whose text matches `re`; fails when no quote does. */
export function speakerOf(text: string, re: RegExp): string | null {
  const quotes = quotesOf(text);
  const q = quotes.find((x) => re.test(x.text));
  assert.ok(q, `a quote matching ${re} is found in ${JSON.stringify(quotes.map((x) => [x.who, x.text]))}`);
  return q.who;
}
