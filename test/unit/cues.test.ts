/** Cue detection: which words report speech here, and which are only the same letters. */
import { strict as assert } from 'node:assert';
import { findCues } from '../../src/extractor/attribution/cueDetection';
import { mayStartCue } from '../../src/extractor/attribution/cueStarts';
import { CUE_FORMS } from '../../src/extractor/cues';
import { layout } from '../../src/extractor/text';

/** The lemmas of the cues found in the last body paragraph of `line` (after an intro line). */
function cueLemmas(line: string): Array<string | null> {
  const { paragraphs } = layout(`Intro line for the test article goes here today.\n${line}`);
  const p = paragraphs[paragraphs.length - 1];
  return p.sentences.flatMap((s) => findCues(p.tokens, s, p.inQuote, {}).map((c) => c.info?.lemma ?? null));
}

describe('attribution stage: cue detection', () => {
  it('finds a speech verb and "according to"', () => {
    assert.deepEqual(cueLemmas('Nadia Berg said the bridge is safe.'), ['say']);
    assert.deepEqual(cueLemmas('The bridge is safe, according to the engineers.'), [null]);
  });

  it('a verb form after a determiner or in the passive is no cue', () => {
    assert.deepEqual(cueLemmas('They had the final say on the budget.'), []);
    assert.deepEqual(cueLemmas('The bridge was criticized by the engineers.'), []);
  });

  it('words inside a quotation are not cues of the sentence', () => {
    assert.deepEqual(cueLemmas('“They said no,” Omar Lutz told the board.'), ['tell']);
  });

  it('attitude verbs only when asked for', () => {
    const { paragraphs } = layout('Intro line for the test article goes here today.\nMina Cho believes that the vote will pass.');
    const p = paragraphs[1];
    assert.equal(findCues(p.tokens, p.sentences[0], p.inQuote, {}).length, 1);
    assert.equal(findCues(p.tokens, p.sentences[0], p.inQuote, { attitudes: false }).length, 0);
  });

  it('participles that report for the clause before: "…, citing …", "…, referring to …"', () => {
    assert.deepEqual(cueLemmas('The council delayed the vote, citing the cost of the new bridge.'), ['cite']);
    assert.deepEqual(cueLemmas('Ada Moss praised the crew, referring to the night of the flood.'), ['praise', 'refer']);
    assert.deepEqual(cueLemmas('The report will refer nothing to the board.'), []);
  });

  it('the letter filter before the cue look-up passes every cue word and stops common other words', () => {
    for (const w of [...CUE_FORMS.keys(), 'in', 'according', 'made', 'make', 'makes', 'making']) assert.ok(mayStartCue(w), w);
    for (const w of ['the', 'and', 'of', 'a', 'to', 'for', 'ferry', 'tomorrow']) assert.equal(mayStartCue(w), false, w);
    // other characters where the filter reads: looked up rather than guessed
    assert.ok(mayStartCue('x-ray'));
    assert.ok(mayStartCue('été'));
  });
});

describe('cue detection: the terms of an anonymous source', () => {
  it('"who asked not to be named" or "…identified" reports nothing; "asked not to raise fees" still does', () => {
    assert.deepEqual(cueLemmas('A nurse, who asked not to be named because she feared for her job, said the ward was short of staff.'), ['say']);
    assert.deepEqual(cueLemmas('One trader, who asked not to be identified, told us prices had doubled.'), ['tell']);
    assert.deepEqual(cueLemmas('The drivers asked not to raise the fees again this year.'), ['ask']);
  });
});
