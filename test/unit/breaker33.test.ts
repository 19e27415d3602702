/**
 * What session 33's breaker found: inputs that made the extractor throw or run in time worse than
 * linear, each as a whole kind. Each scaling test doubles the input and checks that the CPU time
 * roughly doubles (under 3x, with a floor so that a noisy shared machine cannot fail a fast run).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** CPU time (user + system) that `analyze(text)` takes, in ms. */
function cpuMs(text: string): number {
  const before = process.cpuUsage();
  analyze(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Asserts that doubling `n` at most roughly doubles the time of `analyze` (runs interleaved, the fastest of each kept). */
function assertLinear(make: (n: number) => string, n: number, floorMs = 400): void {
  const smallText = make(n);
  const largeText = make(2 * n);
  analyze(make(Math.max(1, n >> 3)));
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 3; i++) {
    small = Math.min(small, cpuMs(smallText));
    large = Math.min(large, cpuMs(largeText));
  }
  assert.ok(large < Math.max(3 * small, floorMs), `n=${n}: ${small.toFixed(0)} ms, 2n: ${large.toFixed(0)} ms`);
}

const HEAD = 'Headline of the day\n\n';

describe('breaker33: no article takes the extractor down', () => {
  it('a sentence of subjects with relative clauses ("Lee told reporters that Lee told reporters that …") is linear and never overflows the stack', () => {
    // each cue read its subject back through every "reporters that" before it, one recursion each
    const that = (n: number): string => HEAD + 'Lee told reporters that '.repeat(n) + 'it rained.';
    const who = (n: number): string => HEAD + 'Lee told reporters who gathered at the airport '.repeat(n) + 'that it rained.';
    assert.doesNotThrow(() => analyze(that(6000)));
    assert.doesNotThrow(() => analyze(who(3000)));
    assertLinear(that, 1500);
    assertLinear(who, 800);
  });

  it('near miss: a subject with two relative clauses is still read whole', () => {
    const quotes = analyze(HEAD + 'Residents who met officials who spoke with reporters said the plan was dead.').quotes;
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speakerMention?.text]),
      [['the plan was dead', 'Residents who met officials who spoke with reporters']],
    );
  });
});
