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

/** Analyses `body` as an article under a plain headline, as the scouts' tests write their articles. */
export const inArticle = (body: string): Analysis => analyze(`Headline for the story\n\n${body}`);

/** [quote text, speaker name or null] of each quote of article `body`, in text order. */
export const quotePairsInArticle = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

/** The speaker's name of the first quote of article `body` holding `quote`: null for none, undefined when no quote holds it. */
export function speakerInArticle(body: string, quote: string): string | null | undefined {
  const q = inArticle(body).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? undefined : q.speaker?.name ?? null;
}

/** The speaker's name (null for none) of the first quote of `text` whose text matches `re`; fails when no quote does. */
export function speakerOf(text: string, re: RegExp): string | null {
  const quotes = quotesOf(text);
  const q = quotes.find((x) => re.test(x.text));
  assert.ok(q, `a quote matching ${re} is found in ${JSON.stringify(quotes.map((x) => [x.who, x.text]))}`);
  return q.who;
}

/** The speaker's name (null for none) of the first quote of `text` that holds `words`; fails when no quote does. */
export function speakerHolding(text: string, words: string): string | null {
  const quotes = quotesOf(text);
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote holding "${words}" is found in ${JSON.stringify(quotes.map((x) => [x.who, x.text]))}`);
  return q.who;
}

/** CPU time (user + system) that `run(text)` takes, in ms. */
function cpuMs(text: string, run: (text: string) => unknown): number {
  const before = process.cpuUsage();
  run(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Asserts that doubling `n` at most roughly doubles the time of `run` (runs interleaved, the fastest of each kept). */
export function assertLinear(make: (n: number) => string, n: number, floorMs = 400, run: (text: string) => unknown = analyze): void {
  const smallText = make(n);
  const largeText = make(2 * n);
  run(make(Math.max(1, n >> 3)));
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 3; i++) {
    small = Math.min(small, cpuMs(smallText, run));
    large = Math.min(large, cpuMs(largeText, run));
  }
  assert.ok(large < Math.max(3 * small, floorMs), `n=${n}: ${small.toFixed(0)} ms, 2n: ${large.toFixed(0)} ms`);
}
