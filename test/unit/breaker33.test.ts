/**
 * What session 33's breaker found: inputs that made the extractor throw or run in time worse than
 * linear, each as a whole kind. Each scaling test doubles the input and checks that the CPU time
 * roughly doubles (under 3x, with a floor so that a noisy shared machine cannot fail a fast run).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { assertLinear } from './helpers';

/** The whole of an article's analysis, events too (analyze alone finds none). */
const record = (text: string) => analyzeToRecord(text, {}, 'breaker33.txt');

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

  it('a run of thousands of glued words ("MaransFlagShareLike …") never overflows the stack', () => {
    // each glued word parted the run by a recursion on the rest
    assert.doesNotThrow(() => analyze(HEAD + 'MaransFlagShareLike '.repeat(6000) + 'said it.'));
    assert.doesNotThrow(() => analyze(HEAD + 'MaransFlagShareLike Paige '.repeat(6000) + 'said it.'));
    // near miss: a glued word between two bylines still parts them
    const names = analyze(HEAD + 'By Daniel MaransFlagShareLikeReplyPaige Lavender\n\nDaniel Marans said it was fine.').actors.map((a) => a.name);
    assert.ok(names.includes('Daniel Marans'), names.join(', '));
  });

  it('a name of one long word after its first ("Ann O\'Lee\'Lee\'…") is keyed in linear time', () => {
    // the legal form's pattern backtracked over every split of the word
    assertLinear((n) => HEAD + "Ann O'" + "Lee'".repeat(n) + ' said it.', 16000);
    // near miss: a company's legal form after two words is still dropped from its key ("Halverson Bank Corp" is "Halverson Bank")
    const actors = analyze(HEAD + 'Halverson Bank Corp said profits rose. Halverson Bank said it would hire.').actors.filter((a) => a.kind === 'organization');
    assert.equal(actors.length, 1, actors.map((a) => a.name).join(', '));
  });

  it('a long sentence of penalties before a comma and a year ("jailed for a crime of … , in 2024") dates its event in linear time', () => {
    // the offence pattern was tried from every penalty word up to the comma: cubic
    assertLinear((n) => HEAD + 'At the trial he was jailed for a crime of '.repeat(n) + ', in 2024.', 300, 400, record);
    // near miss: the offence's year is still no date of the sentencing
    const events = record('Jailed\n\nA Leeds man was jailed on Tuesday for six years for burglaries committed in 2023.').events;
    assert.ok(!events.some((e) => e.date === '2023'), JSON.stringify(events.map((e) => e.date)));
  });

  it('a document\'s participle as a paragraph\'s first word ("posted.", "tweeted:") is read, not a throw', () => {
    // its noun was looked for before the paragraph's first token
    const text = 'Rally\n\nshe\nposted.\n\ntweeted:\n“People behind her,” it said.\n';
    assert.doesNotThrow(() => analyze(text));
    assert.doesNotThrow(() => analyze('posted.'));
  });

  it('near miss: a subject with two relative clauses is still read whole', () => {
    const quotes = analyze(HEAD + 'Residents who met officials who spoke with reporters said the plan was dead.').quotes;
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speakerMention?.text]),
      [['the plan was dead', 'Residents who met officials who spoke with reporters']],
    );
  });
});
