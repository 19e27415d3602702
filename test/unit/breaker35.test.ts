/**
 * What session 35's breaker found: run-on sentences of joined cues whose speaker is inherited from
 * the sentence's subject ("He denies a charge of assault and denies …") read the sentence's start
 * again at each cue. Each doubling test checks that twice the input takes about twice the CPU time.
 */
import { strict as assert } from 'node:assert';
import { assertLinear, quotesOf } from './helpers';

const HEAD = 'Court report\n\n';

describe('breaker35: joined cues in one run-on sentence are linear', () => {
  it('pleas joined by "and" (no quote, so no speaker carried on) with a pronoun or a described subject', () => {
    assertLinear((n) => HEAD + 'He denies a charge of assault' + ' and denies a charge of theft'.repeat(n) + '.', 3000);
    assertLinear((n) => HEAD + 'The accused denies a charge of assault' + ' and denies a charge of theft'.repeat(n) + '.', 3000);
  });

  it('speech cues joined by "and" ("He said nothing and said nothing and …")', () => {
    assertLinear((n) => HEAD + 'He said nothing' + ' and said nothing'.repeat(n) + '.', 4000);
  });

  it('a joined cue near its subject still inherits it', () => {
    const quotes = quotesOf(`${HEAD}Mayor Ann Lee opened the bridge on Monday and said the city would build another.`);
    assert.deepEqual(quotes.map((q) => q.who), ['Ann Lee']);
  });
});
