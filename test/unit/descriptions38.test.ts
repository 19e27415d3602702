import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 38: a trade's description ("the carmaker") opening its sentence is the topic company only when no other company in its paragraph could be it. */
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a trade description between two companies', () => {
  it('two companies in the paragraph: "the carmaker" is neither, not the nearest guessed', () => {
    const [who] = speakers('Markets\n\nLONDON — Toyota posted higher sales on Monday. BP cut 200 jobs. The carmaker said demand was strong.');
    assert.notEqual(who, 'BP');
    assert.notEqual(who, 'Toyota');
  });

  it('one company in view is still the topic the description means', () => {
    assert.deepEqual(speakers('Markets\n\nLONDON — Toyota posted higher sales on Monday. The carmaker said demand was strong.'), ['Toyota']);
    assert.deepEqual(speakers('Markets\n\nRio Tinto reported a fall in profit on Wednesday. The mining giant said iron ore prices had dropped.'), ['Rio Tinto']);
  });

  it('a company of the paragraph before is another item of a round-up, no rival', () => {
    const text = 'Stocks\n\nAlphabet, the parent company of Google, jumped $25.50. The company reported earnings of $8.42 a share.\n\nAmazon rose $6.20, or 1 percent. The online retail giant said sales rose 20 percent.';
    assert.equal(speakers(text).at(-1), 'Amazon');
  });

  it('"according to a staff report" is no report of the body that spoke last', () => {
    const text = 'Council approves bike lanes\n\nCity council voted 9-6 on Wednesday to build the lanes. Cycle Hamilton, an advocacy group, applauded the vote.\n\nConstruction is expected to begin in May and cost about $4.2 million, according to a staff report.';
    assert.notEqual(speakers(text).at(-1), 'Cycle Hamilton');
    // near miss: "the report" points back to the body that released one
    assert.deepEqual(speakers('Audit\n\nThe Fraser Institute released a report on Monday. The report said wait times had doubled.'), ['Fraser Institute']);
  });
});
